/**
 * Measures a trained issue-type classifier against the lexicon, side by side, by
 * cross-validation on `examples/conversations/dev/` (see the README of
 * `examples/conversations` for the figures and why the lexicon is what ships):
 *
 *   npx tsx scripts/train-issue-type.ts
 *
 * Training data: the labelled conversations in `examples/conversations/` (the tuning set)
 * and `examples/conversations/dev/`, and the Bitext sample in
 * `../shared/datasets/bitext-customer-support/` when present (single English utterances,
 * their intents mapped to issue types). `examples/conversations/test/` is never read.
 *
 * The model: multinomial logistic regression over word, bigram and character 4-gram
 * features, alone or with the lexicon's issue scores as features, trained by
 * stochastic gradient descent in a fixed order, so the same data give the same weights.
 * Cross-validation holds out one writer file of dev/ at a time (each covers its own
 * domains or country), which is closer to meeting new domains than a random split.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  validateInput,
  type HandoffInputRaw,
  type IssueType,
  type ReasonCode,
} from '../core/contract';
import { resolveConfig } from '../core/detect/config';
import { detectors } from '../core/detect/detect';
import { issueScores } from '../core/detect/issue-type';
import { prepare, type Prepared } from '../core/detect/prepare';
import { tokens } from '../core/detect/text';
import type { Signals } from '../core/detect/types';

/** The issue types, in the order of a model's weight vectors. */
const issueClasses: readonly IssueType[] = ['billing', 'sales', 'support', 'technical'];

/** A linear issue-type classifier: one weight per feature and class plus a bias per class. */
interface IssueModel {
  classes: IssueType[];
  bias: number[];
  weights: Record<string, number[]>;
}

/** How many customer messages state the issue (after an earlier handoff: since then). */
const MAX_MESSAGES = 8;

const add = (f: Map<string, number>, key: string, by = 1): void => {
  f.set(key, (f.get(key) ?? 0) + by);
};

/**
 * The features of a conversation's request: word unigrams and bigrams and character
 * 4-grams of the customer's words (folded, look-alikes masked), scaled to unit length,
 * plus the share of each issue type in the lexicon scores (`lex:<type>`) and the
 * lexicon's pick (`top:<type>`), so the model learns how far to trust the cue words.
 *
 * @example
 * issueFeatures(prepared, { billing: 3, sales: 0, support: 1, technical: 0 }).get('w:invoice') // 0.2
 */
const issueFeatures = (
  p: Pick<Prepared, 'customer'>,
  lexicon: Record<IssueType, number>,
): Map<string, number> => {
  const f = new Map<string, number>();
  for (const m of p.customer.slice(0, MAX_MESSAGES)) {
    const words = tokens(m.masked);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      add(f, `w:${w}`);
      if (i > 0) add(f, `b:${words[i - 1]} ${w}`);
      const padded = `_${w}_`;
      for (let j = 0; j + 4 <= padded.length; j++) add(f, `c:${padded.slice(j, j + 4)}`);
    }
  }
  let norm = 0;
  for (const v of f.values()) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (const [k, v] of f) f.set(k, v / norm);
  const total = issueClasses.reduce((s, t) => s + lexicon[t], 0);
  let best: IssueType | undefined;
  for (const t of issueClasses) {
    if (total > 0) f.set(`lex:${t}`, lexicon[t] / total);
    if (lexicon[t] > 0 && (best === undefined || lexicon[t] > lexicon[best])) best = t;
  }
  f.set(`top:${best ?? 'none'}`, 1);
  return f;
};

/**
 * Each class's score (a linear function of the features) under `model`.
 *
 * @example
 * issueLogits(model, features) // [1.2, -0.3, 0.4, -1.1] in `model.classes` order
 */
const issueLogits = (model: IssueModel, features: Map<string, number>): number[] => {
  const out = [...model.bias];
  for (const [k, v] of features) {
    const w = model.weights[k];
    if (w) for (let c = 0; c < out.length; c++) out[c]! += w[c]! * v;
  }
  return out;
};

const root = join(__dirname, '..');
const conversations = join(root, 'examples/conversations');
const bitextCsv = join(root, '../shared/datasets/bitext-customer-support/sample.csv');

interface Sample {
  group: string;
  label: number;
  weight: number;
  features: Map<string, number>;
  /** The lexicon's own pick, for comparison. */
  lexicon: IssueType;
}

const config = resolveConfig({});

const featuresOf = (
  raw: HandoffInputRaw,
): { features: Map<string, number>; lexicon: IssueType } => {
  const valid = validateInput(raw);
  if (!valid.ok) throw new Error(valid.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  const p = prepare(valid.value, config);
  const signals: Signals = {};
  for (const code of Object.keys(detectors) as ReasonCode[]) {
    const hit = detectors[code](p);
    if (hit) signals[code] = hit;
  }
  const scores = issueScores(p, signals);
  let lexicon: IssueType = 'support';
  let top = 0;
  for (const t of ['billing', 'technical', 'sales', 'support'] as IssueType[])
    if (scores[t] > top) [top, lexicon] = [scores[t], t];
  return { features: issueFeatures(p, scores), lexicon };
};

const labelled = (dir: string, group: (file: string) => string): Sample[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((line) => {
          const l = JSON.parse(line) as {
            input: HandoffInputRaw;
            expected: { issueType: IssueType };
          };
          return {
            group: group(file),
            label: issueClasses.indexOf(l.expected.issueType),
            weight: 1,
            ...featuresOf(l.input),
          };
        }),
    );

/** Bitext intents whose issue type the policy settles (contact and feedback intents say nothing). */
const bitextIssue: Record<string, IssueType> = {
  payment_issue: 'billing',
  check_invoice: 'billing',
  get_invoice: 'billing',
  check_payment_methods: 'billing',
  get_refund: 'billing',
  track_refund: 'billing',
  check_refund_policy: 'billing',
  place_order: 'sales',
  registration_problems: 'technical',
  track_order: 'support',
  change_order: 'support',
  cancel_order: 'support',
  recover_password: 'support',
  create_account: 'support',
  edit_account: 'support',
  switch_account: 'support',
  delete_account: 'support',
  delivery_options: 'support',
  delivery_period: 'support',
  change_shipping_address: 'support',
  set_up_shipping_address: 'support',
  newsletter_subscription: 'support',
};

/** RFC 4180 rows (quoted fields may hold commas, quotes and newlines). */
const csvRows = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      (row.push(field), rows.push(row), (row = []), (field = ''));
    } else field += c;
  }
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
};

const bitext = (): Sample[] => {
  if (!existsSync(bitextCsv)) return [];
  const [head, ...rows] = csvRows(readFileSync(bitextCsv, 'utf8'));
  const text = head!.indexOf('instruction');
  const intent = head!.indexOf('intent');
  return rows.flatMap((r) => {
    const type = bitextIssue[r[intent]!];
    if (!type || !r[text]) return [];
    const input = {
      conversation: {
        id: 'bitext',
        language: 'en',
        messages: [{ role: 'customer', text: r[text]!, at: '2026-01-01T00:00:00Z' }],
      },
    } as HandoffInputRaw;
    // Single templated English lines: they teach English vocabulary, not conversations.
    return [
      { group: 'bitext', label: issueClasses.indexOf(type), weight: 0.3, ...featuresOf(input) },
    ];
  });
};

/** A small deterministic pseudo-random sequence (mulberry32). */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const EPOCHS = 40;
const RATE = 0.5;
const L2 = 1e-4;

const train = (samples: Sample[]): IssueModel => {
  const k = issueClasses.length;
  const weights: Record<string, number[]> = {};
  const bias = new Array<number>(k).fill(0);
  const order = samples.map((_, i) => i);
  const next = random(12);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = RATE / (1 + epoch * 0.2);
    for (const i of order) {
      const s = samples[i]!;
      const logits = issueLogits({ classes: [...issueClasses], bias, weights }, s.features);
      const max = Math.max(...logits);
      const exp = logits.map((z) => Math.exp(z - max));
      const sum = exp.reduce((a, b) => a + b, 0);
      const grad = exp.map((e, c) => (e / sum - (c === s.label ? 1 : 0)) * s.weight);
      for (let c = 0; c < k; c++) bias[c]! -= rate * grad[c]!;
      for (const [f, v] of s.features) {
        const w = (weights[f] ??= new Array<number>(k).fill(0));
        for (let c = 0; c < k; c++) w[c]! -= rate * (grad[c]! * v + L2 * w[c]!);
      }
    }
  }
  return { classes: [...issueClasses], bias, weights };
};

const predict = (model: IssueModel, s: Sample): number => {
  const logits = issueLogits(model, s.features);
  return logits.indexOf(Math.max(...logits));
};

const tuning = labelled(conversations, () => 'tuning');
const dev = labelled(join(conversations, 'dev'), (f) => f.replace(/\.jsonl$/, ''));
const extra = bitext();
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;

/** The same samples without the lexicon's features: words and characters only. */
const textOnly = (samples: Sample[]): Sample[] =>
  samples.map((s) => ({
    ...s,
    features: new Map([...s.features].filter(([k]) => !/^(?:lex|top):/.test(k))),
  }));

const groups = [...new Set(dev.map((s) => s.group))];
let lexicon = 0;
let combined = 0;
let words = 0;
for (const g of groups) {
  const held = dev.filter((s) => s.group === g);
  const rest = [...tuning, ...extra, ...dev.filter((s) => s.group !== g)];
  const both = train(rest);
  const text = train(textOnly(rest));
  const heldText = textOnly(held);
  held.forEach((s, i) => {
    if (issueClasses.indexOf(s.lexicon) === s.label) lexicon++;
    if (predict(both, s) === s.label) combined++;
    if (predict(text, heldText[i]!) === s.label) words++;
  });
}
console.log(
  `dev/: ${dev.length} conversations, each of its ${groups.length} files held out in turn; training: ` +
    `${tuning.length} tuning conversations, ${extra.length} Bitext lines and the other dev/ files`,
);
console.log(`lexicon (what ships)                 ${pct(lexicon, dev.length)}`);
console.log(`classifier, words and characters     ${pct(words, dev.length)}`);
console.log(`classifier, words + lexicon scores   ${pct(combined, dev.length)}`);
