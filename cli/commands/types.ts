import type { Readable, Writable } from 'node:stream';

/** What a subcommand does with one parsed input line: the object to write back. */
export type LineHandler = (input: unknown) => unknown;

/**
 * One `handoff` subcommand. It reads JSON Lines; `create` is called once per run with the
 * command's flags and returns the handler for each line (so it can keep caches).
 */
export interface Command {
  readonly name: string;
  /** One line for `handoff --help`. */
  readonly summary: string;
  /** The full help text of `handoff <name> --help`. */
  readonly help: string;
  /** For line-by-line commands: the handler for each line. */
  create?(flags: readonly string[]): LineHandler;
  /**
   * For commands that read the whole stream before answering (`handoff eval`): runs the
   * command and resolves to the exit code. Used instead of `create` when present.
   */
  run?(flags: readonly string[], input: Readable, output: Writable): Promise<number>;
}
