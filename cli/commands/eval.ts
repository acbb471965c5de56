import { createInterface } from 'node:readline';
import { runDecide, scoreDecisions, scoreLine, type EvalReport, type Scored } from '../../core';
import { errorMessage } from '../jsonl';
import { parseDecideFlags } from './decide-options';
import type { Command } from './types';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The report as an ops person reads it. */
export const formatReport = (r: EvalReport): string => {
  const h = r.handoff;
  const lines = [
    `conversations      ${r.count} (${r.errors} failed)`,
    `handoff precision  ${h.precision.toFixed(4)}   recall ${h.recall.toFixed(4)}   F1 ${h.f1.toFixed(4)}`,
    `confusion          tp ${h.tp}  fp ${h.fp}  fn ${h.fn}  tn ${h.tn}`,
    `over-escalation    ${pct(r.overEscalation)} of no-handoff conversations escalated`,
    `issue type         ${pct(r.issueTypeAccuracy)} accurate`,
    `language           ${pct(r.languageAccuracy)} accurate`,
    'reason recall:',
    ...Object.entries(r.reasonRecall)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, v]) => `  ${code.padEnd(20)} ${v!.found}/${v!.expected}  ${pct(v!.recall)}`),
  ];
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
