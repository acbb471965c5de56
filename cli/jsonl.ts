import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { RuleError } from '../core';
import type { LineHandler } from './commands/types';

/**
 * Runs a handler over JSON Lines: one output line per input line, in order (blank lines
 * are skipped). A
 * line that is not JSON, or that the handler refuses, gets `{"error": "…"}` and the rest
 * still run. Returns how many lines failed.
 */
export async function runJsonLines(
  handler: LineHandler,
  input: Readable,
  output: Writable,
): Promise<number> {
  let failed = 0;
  let lineNo = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let reply: unknown;
    try {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch (error) {
        throw new Error(`line ${lineNo} is not JSON: ${(error as Error).message}`);
      }
      reply = await handler(parsed);
    } catch (error) {
      failed++;
      reply = { error: errorMessage(error) };
    }
    if (!output.write(`${safeStringify(reply)}\n`)) {
      await new Promise<void>((resolve) => output.once('drain', resolve));
    }
  }
  return failed;
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch (error) {
    return JSON.stringify({ error: `result is not JSON: ${(error as Error).message}` });
  }
}

/** The message written for a failed line: the rule error's code first when there is one. */
export function errorMessage(error: unknown): string {
  if (error instanceof RuleError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
