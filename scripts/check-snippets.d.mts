// Types for check-snippets.mjs, for the tests that import it.

/** A fenced code block of a Markdown text. */
export interface Block {
  /** The fence's info string (`ts`, `ts fragment`, `sh`). */
  readonly info: string;
  /** The 1-based line of the block's first line of code. */
  readonly line: number;
  /** The code, without a list item's indentation. */
  readonly code: string;
}

/** A block of a named document. */
export interface Snippet extends Block {
  readonly file: string;
}

/** The Markdown files whose ```ts blocks are checked. */
export function documents(): string[];

/** The fenced code blocks of one Markdown text. */
export function blocksOf(text: string): Block[];

/** The ```ts blocks of one document, and apart from them its fragments. */
export function snippetsOf(
  file: string,
  text: string,
): { checked: Snippet[]; fragments: Snippet[] };

/** Every ```ts block of the documents, and the fragments. */
export function snippets(): { checked: Snippet[]; fragments: Snippet[] };

/** Where each block is written in the scratch project: path -> block. */
export function blockFiles(checked: readonly Snippet[]): Map<string, Snippet>;

/** tsc's output as report lines at Markdown positions, and the blocks that failed. */
export function readTscOutput(
  output: string,
  byFile: ReadonlyMap<string, Snippet>,
): { report: string[]; failing: Set<Snippet> };
