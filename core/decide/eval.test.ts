import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateInput } from '../contract';
import { detectAll } from '../detect';
import { decide } from './decide';
import { scoreDecisions, type Scored } from '../evaluation';

const root = join(__dirname, '..', '..');
const conversations = join(root, 'examples', 'conversations');

const labelled = (): Scored[] =>
  readdirSync(conversations)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(conversations, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim()),
    )
    .map((line) => {
      const ex = JSON.parse(line) as {
        id: string;
        input: never;
        expected: Scored extends { expected: infer E } ? E : never;
      };
      try {
        return { id: ex.id, expected: ex.expected, decision: decide(ex.input) };
      } catch (error) {
        return { id: ex.id, error: String(error) };
      }
    });

describe('evaluation on examples/conversations', () => {
  const report = scoreDecisions(labelled());

  it('covers the labelled set without errors', () => {
    expect(report.count).toBeGreaterThanOrEqual(200);
    expect(report.errors).toBe(0);
  });

  it('meets the handoff targets: F1 >= 0.95, over-escalation <= 5%', () => {
    expect(report.handoff.f1).toBeGreaterThanOrEqual(0.95);
    expect(report.overEscalation).toBeLessThanOrEqual(0.05);
  });

  it('meets the issue-type and language targets: accuracy >= 0.95', () => {
    expect(report.issueTypeAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.languageAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});

/** RFC 4180 rows (quoted cells may hold commas, quotes and newlines). */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') cell += text[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''));
    else if (c !== '\r') cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
};

const bitext = join(root, '..', 'shared', 'datasets', 'bitext-customer-support', 'sample.csv');

describe.skipIf(!existsSync(bitext))(
  'Bitext customer-support sample (single English utterances)',
  () => {
    const [head, ...rows] = parseCsv(existsSync(bitext) ? readFileSync(bitext, 'utf8') : '');
    const col = (name: string) => head!.indexOf(name);
    const cases = rows
      .filter((r) => r.length >= head!.length)
      .map((r) => {
        const input = validateInput({
          conversation: {
            messages: [
              { role: 'customer', text: r[col('instruction')], at: '2026-01-01T00:00:00Z' },
            ],
          },
        });
        if (!input.ok) throw new Error(`row ${r[0]}: ${JSON.stringify(input.issues)}`);
        return {
          intent: r[col('intent')]!,
          group: r[col('our_category')]!,
          detection: detectAll(input.value),
        };
      });
    const share = (list: typeof cases, test: (c: (typeof cases)[number]) => boolean) =>
      list.filter(test).length / list.length;

    it('detects most requests for a human agent', () => {
      const asks = cases.filter((c) => c.intent === 'contact_human_agent');
      expect(asks.length).toBe(90);
      expect(share(asks, (c) => !!c.detection.signals.human_request)).toBeGreaterThanOrEqual(0.75);
    });

    it('almost never finds a human request in routine questions', () => {
      const routine = cases.filter((c) => c.group === 'routine');
      expect(share(routine, (c) => !!c.detection.signals.human_request)).toBeLessThanOrEqual(0.01);
    });

    it('types payment and invoice intents as billing, account and shipping ones as support', () => {
      const billing = cases.filter((c) =>
        ['payment_issue', 'check_invoice', 'check_payment_methods', 'check_refund_policy'].includes(
          c.intent,
        ),
      );
      expect(share(billing, (c) => c.detection.issueType === 'billing')).toBeGreaterThanOrEqual(
        0.9,
      );
      const support = cases.filter((c) =>
        [
          'recover_password',
          'create_account',
          'switch_account',
          'delivery_options',
          'set_up_shipping_address',
        ].includes(c.intent),
      );
      expect(share(support, (c) => c.detection.issueType === 'support')).toBeGreaterThanOrEqual(
        0.95,
      );
    });
  },
);
