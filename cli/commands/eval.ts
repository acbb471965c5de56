import { createInterface } from 'node:readline';
import { runDecide, scoreDecisions, scoreLine, type EvalReport, type Scored } from '../../core';
import { errorMessage } from '../jsonl';
import { parseDecideFlags } from './decide-options';
import type { Command } from './types';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const table = (head: string[], rows: (string | number)[][]): string[] => {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const width = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map(
    (r) =>
      `  ${r.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ')}`,
  );
};

/** The report as an ops person reads it. */
export const formatReport = (r: EvalReport): string => {
  const h = r.handoff;
  const codes = [
    ...new Set([...Object.keys(r.reasonRecall), ...Object.keys(r.reasonPrecision)]),
  ].sort() as (keyof EvalReport['reasonRecall'])[];
  const lines = [
    `conversations      ${r.count} (${r.errors} failed)`,
    `handoff precision  ${h.precision.toFixed(4)}   recall ${h.recall.toFixed(4)}   F1 ${h.f1.toFixed(4)}`,
    `confusion          tp ${h.tp}  fp ${h.fp}  fn ${h.fn}  tn ${h.tn}`,
    `over-escalation    ${pct(r.overEscalation)} of no-handoff conversations escalated`,
    `issue type         ${pct(r.issueTypeAccuracy)} accurate`,
    `language           ${pct(r.languageAccuracy)} accurate`,
    `reasons            recall ${pct(r.reasons.recall)}   precision ${pct(r.reasons.precision)} (labels list only the clear reasons: a floor)`,
    'per reason:',
    ...table(
      ['code', 'found/expected', 'recall', 'expected/given', 'precision'],
      codes.map((code) => {
        const rec = r.reasonRecall[code];
        const pre = r.reasonPrecision[code];
        return [
          code,
          rec ? `${rec.found}/${rec.expected}` : '-',
          rec ? pct(rec.recall) : '-',
          pre ? `${pre.expected}/${pre.given}` : '-',
          pre ? pct(pre.precision) : '-',
        ];
      }),
    ),
    'per issue type (labelled):',
    ...table(
      ['type', 'conversations', 'recall', 'precision'],
      Object.entries(r.byIssueType).map(([t, v]) => [t, v.count, pct(v.recall), pct(v.precision)]),
    ),
  ];
  if (Object.keys(r.byLanguage).length)
    lines.push(
      'per language (labelled):',
      ...table(
        ['language', 'conversations', 'F1', 'over-escalation', 'issue type', 'reason recall'],
        Object.entries(r.byLanguage).map(([l, v]) => [
          l,
          v.count,
          v.f1.toFixed(3),
          pct(v.overEscalation),
          pct(v.issueTypeAccuracy),
          pct(v.reasonRecall),
        ]),
      ),
    );
  return lines.join('\n');
};

/**
 * `handoff eval`: reads labelled lines (`{"id"?, "input", "expected": {"handoff",
 * "reasons", "issueType", "language"}}`) and prints precision, recall and F1 of the
 * handoff decision, per-reason recall, issue-type and language accuracy and the
 * over-escalation rate; `--json` prints the report (with every miss) as one JSON object.
 */
export const evaluate: Command = {
  name: 'eval',
  summary: 'score decisions against labelled lines: precision, recall, F1, accuracy',
  help: [
    'Usage: handoff eval [--json] [--ruleset file.json] [--config file.json] < labelled.jsonl',
    '',
    'Each input line is {"id"?, "input": HandoffInput, "expected": {"handoff", "reasons",',
    '"issueType", "language"}}. Prints the handoff precision, recall and F1, the share of',
    'no-handoff conversations escalated, per-reason recall, and issue-type and language',
    'accuracy. A line that cannot be decided counts as failed and is listed with --json.',
    '',
    'Options:',
    '  --json          one JSON object with every figure and every miss',
    '  --ruleset FILE  a ruleset (JSON); default: the built-in ruleset (examples/rulesets/default.json)',
    '  --config FILE   detector thresholds (JSON)',
  ].join('\n'),
  async run(flags, input, output) {
    const { ruleset, config, rest } = parseDecideFlags(flags);
    const unknown = rest.filter((f) => f !== '--json');
    if (unknown.length)
      throw new Error(`unknown option ${unknown.join(' ')} (see handoff eval --help)`);
    const scored: Scored[] = [];
    let lineNo = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNo++;
      if (line.trim() === '') continue;
      const id = `line ${lineNo}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        scored.push({ id, error: `not JSON: ${errorMessage(error)}` });
        continue;
      }
      scored.push(scoreLine(value, id, (input) => runDecide(input as never, { ruleset, config })));
    }
    const report = scoreDecisions(scored);
    output.write(
      flags.includes('--json') ? `${JSON.stringify(report)}\n` : `${formatReport(report)}\n`,
    );
    return 0;
  },
};
