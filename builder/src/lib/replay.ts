import {
  replay,
  runHandoff,
  HandoffInput,
  type CompiledRuleset,
  type HandoffInputRaw,
  type ReplayComparison,
} from '../../../core';

export interface ReplayReport extends ReplayComparison {
  /** Handoffs per reason code, before and after. */
  byReason: { code: string; before: number; after: number }[];
  /** The conversations, so a flip can be opened in the test panel. */
  inputs: HandoffInputRaw[];
  /** Lines that are not conversations, with why. */
  skipped: { line: number; message: string }[];
}

/**
 * Replays a JSONL file (one `HandoffInput`, or a labelled line with `input`, per line) through
 * the published ruleset and the draft with core's `replay`, and counts reasons on both sides.
 */
export const replayJsonl = (
  text: string,
  published: CompiledRuleset,
  draft: CompiledRuleset,
): ReplayReport => {
  const inputs: HandoffInputRaw[] = [];
  const skipped: ReplayReport['skipped'] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const json = JSON.parse(line) as { input?: unknown };
      const candidate = json.input ?? json;
      const parsed = HandoffInput.safeParse(candidate);
      if (parsed.success) inputs.push(candidate as HandoffInputRaw);
      else skipped.push({ line: i + 1, message: 'not a conversation' });
    } catch {
      skipped.push({ line: i + 1, message: 'not JSON' });
    }
  });
  const counts = new Map<string, { before: number; after: number }>();
  const count = (side: 'before' | 'after') => (input: HandoffInput) => {
    const d = runHandoff(input, { ruleset: side === 'before' ? published : draft });
    if (d.handoff)
      for (const r of d.reasons) {
        const c = counts.get(r.code) ?? { before: 0, after: 0 };
        c[side]++;
        counts.set(r.code, c);
      }
    return d;
  };
  const result = replay(inputs as HandoffInput[], count('before'), count('after'));
  return {
    ...result,
    byReason: [...counts]
      .map(([code, c]) => ({ code, ...c }))
      .sort((a, b) => b.after + b.before - a.after - a.before),
    inputs,
    skipped,
  };
};
