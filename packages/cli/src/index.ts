export {
  adviceText,
  anchor,
  catalogUrl,
  describeEntry,
  describeError,
  entryHeading,
  listLines,
  REPOSITORY_URL,
} from './describe.js';
export { main } from './main.js';
export { defaultRegistry } from './registry.js';
export type { Io } from './run.js';
export { EXIT, run } from './run.js';
export type { Style } from './style.js';
export { styleFor } from './style.js';
export { printable } from './text.js';
