export {
  adviceText,
  anchor,
  catalogPage,
  describeEntry,
  describeError,
  listLines,
} from './describe.js';
export { main } from './main.js';
export { defaultRegistry } from './registry.js';
export type { Io } from './run.js';
export { EXIT, run } from './run.js';
export type { Style } from './style.js';
export { styleFor } from './style.js';
