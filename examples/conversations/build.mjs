// Expands the hand-written conversations in ./src/*.mjs into the JSON Lines files beside
// this script. The sources hold the words and the labels; this script only fills in what is
// tedious to type by hand: ISO timestamps (from per-message delays), role names, the
// conversation id and the defaults of each file. Run: `node examples/conversations/build.mjs`.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const roles = { c: 'customer', b: 'bot', a: 'agent', s: 'system' };
const liveChannels = new Set(['web', 'whatsapp', 'sms']);

/** '90s', '25m', '3h', '2d' or a number of seconds. */
const parseDelay = (delay, where) => {
  if (typeof delay === 'number') return delay;
  const m = /^(\d+)(s|m|h|d)$/.exec(delay);
  if (!m) throw new Error(`${where}: delay "${delay}" is not like 90s, 25m, 3h or 2d`);
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2]];
};

/** A plausible pause before a message when the source gives none: people type, bots answer fast. */
const defaultDelay = (role, text, channel, i) => {
  if (role === 'system') return 1;
  if (role === 'bot') return channel === 'email' ? 45 : 2 + (text.length % 5);
  if (channel === 'email') return 3600 * (1 + (i % 4)) + 60 * ((i * 37) % 50);
  if (channel === 'voice') return 4 + Math.ceil(text.length / 15);
  const typing = Math.min(55, Math.ceil(text.length / 5));
  return (role === 'agent' ? 20 : 10) + typing + ((i * 7) % 11);
};

/** A start time in November 2026 derived from the id, so unrelated chats do not share a clock. */
const defaultStart = (id) => {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const day = 2 + (h % 23);
  const minutes = 7 * 60 + ((h >>> 5) % (14 * 60));
  return new Date(Date.UTC(2026, 10, day, 0, minutes, (h >>> 3) % 60));
};

const iso = (date) => date.toISOString().replace('.000Z', 'Z');

/** One source entry and its file's defaults -> one labelled line. */
export const expand = (src, defaults, file) => {
  const where = `${file}: ${src.id}`;
  const channel = src.ch ?? defaults.ch ?? 'web';
  let t = src.start ? new Date(src.start) : defaultStart(src.id);
  if (Number.isNaN(t.getTime())) throw new Error(`${where}: bad start ${src.start}`);
  const startedAt = iso(t);
  const messages = src.m.map(([r, text, delay], i) => {
    const role = roles[r];
    if (!role) throw new Error(`${where}: message ${i} has unknown role "${r}"`);
    const pause =
      delay !== undefined
        ? parseDelay(delay, where)
        : i === 0
          ? 3
          : defaultDelay(role, text, channel, i);
    t = new Date(t.getTime() + 1000 * pause);
    return { role, text, at: iso(t) };
  });
  const now = new Date(t.getTime() + 1000 * parseDelay(src.nowAfter ?? 4, where));
  const language = src.x.l ?? defaults.l;
  if (!language) throw new Error(`${where}: no expected language`);
  const conversation = {
    id: src.id,
    channel,
    ...(src.lang ? { language: src.lang } : {}),
    startedAt,
    previousHandoffs: src.prev ?? 0,
    messages,
  };
  const input = {
    conversation,
    ...(src.cust ? { customer: src.cust } : {}),
    ...(src.ctx ? { context: src.ctx } : {}),
    now: iso(now),
  };
  const expected = {
    handoff: src.x.h,
    reasons: src.x.r ?? [],
    issueType: src.x.t,
    language,
    summaryFacts: src.x.f ?? [],
    ...(src.x.p ? { priority: src.x.p } : {}),
  };
  return { id: src.id, note: src.note, input, expected };
};

/** Minutes from the first message to `now`, for the long-session review below. */
export const liveMinutes = (line) => {
  const { channel, messages } = line.input.conversation;
  if (!liveChannels.has(channel)) return 0;
  return (Date.parse(line.input.now) - Date.parse(messages[0].at)) / 60000;
};

/**
 * The labelled sets, each a folder with its sources in `src/`: the tuning set beside this
 * script, and the independently written set split once into `dev/` (for development) and
 * `test/` (frozen: no tuning ever reads it).
 */
export const sets = ['.', 'dev', 'test'];

/** Every source file of one set expanded: `{ 'billing.jsonl': '...lines...\n', ... }`. */
export const buildAll = async (set = '.') => {
  const out = {};
  const srcDir = join(here, set, 'src');
  if (!existsSync(srcDir)) return out;
  const files = readdirSync(srcDir)
    .filter((f) => f.endsWith('.mjs'))
    .sort();
  for (const file of files) {
    const mod = await import(pathToFileURL(join(srcDir, file)).href);
    const lines = mod.default.map((src) => expand(src, mod.defaults ?? {}, file));
    out[file.replace(/\.mjs$/, '.jsonl')] = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
  }
  return out;
};

/** Counts per file, language, reason code, issue type and outcome, as Markdown for the README. */
export const statsMarkdown = (out) => {
  const lines = Object.entries(out).flatMap(([file, text]) =>
    text
      .trim()
      .split('\n')
      .map((l) => ({ file, ...JSON.parse(l) })),
  );
  const count = (key) => {
    const m = new Map();
    for (const l of lines) for (const k of [key(l)].flat()) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(b[0]));
  };
  const table = (title, rows) =>
    [
      `| ${title} | conversations |`,
      '| --- | ---: |',
      ...rows.map(([k, n]) => `| ${k} | ${n} |`),
    ].join('\n');
  const byFile = Object.keys(out).map((file) => {
    const mine = lines.filter((l) => l.file === file);
    return [
      `\`${file}\``,
      `${mine.length} (${mine.filter((l) => l.expected.handoff).length} hand off)`,
    ];
  });
  const handoff = lines.filter((l) => l.expected.handoff).length;
  const english = lines.filter((l) => l.expected.language === 'en').length;
  return [
    `${lines.length} conversations: ${handoff} hand off, ${lines.length - handoff} do not ` +
      `(${Math.round((100 * (lines.length - handoff)) / lines.length)}%); ` +
      `${lines.length - english} not in English (${Math.round((100 * (lines.length - english)) / lines.length)}%).`,
    table('file', byFile),
    table(
      'language',
      count((l) => l.expected.language),
    ),
    table(
      'reason code (expected)',
      count((l) => l.expected.reasons),
    ),
    table(
      'issue type',
      count((l) => l.expected.issueType),
    ),
    table(
      'channel',
      count((l) => l.input.conversation.channel),
    ),
  ].join('\n\n');
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const set of sets) await writeSet(set);
}

async function writeSet(set) {
  const out = await buildAll(set);
  if (Object.keys(out).length === 0) return;
  console.log(`== ${set === '.' ? 'tuning set' : `${set}/`}`);
  let total = 0;
  for (const [name, text] of Object.entries(out)) {
    writeFileSync(join(here, set, name), text);
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    total += lines.length;
    for (const line of lines) {
      const long = liveMinutes(line) > 20;
      const labelled = line.expected.reasons.includes('long_session');
      if (long !== labelled && line.expected.handoff)
        console.warn(
          `review ${line.id}: ${liveMinutes(line).toFixed(0)} min, long_session=${labelled}`,
        );
    }
    console.log(`${name}: ${lines.length}`);
  }
  console.log(`total: ${total}`);
  if (process.argv.includes('--stats')) console.log(`\n${statsMarkdown(out)}`);
}
