import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandoffInput, issueTypes, priorities, reasonCodes } from '../../core';
import { buildAll, sets } from './build.mjs';

interface Expected {
  handoff: boolean;
  reasons: string[];
  issueType: string;
  language: string;
  summaryFacts: string[];
  priority?: string;
}
interface Labelled {
  id: string;
  note: string;
  input: unknown;
  expected: Expected;
}
interface Line {
  file: string;
  row: number;
  raw: string;
}

/** What each set must hold: the tuning set keeps chats short; the independent set has long ones. */
const shapes: Record<string, { minCount: number; maxMessages: number }> = {
  '.': { minCount: 220, maxMessages: 20 },
  dev: { minCount: 100, maxMessages: 40 },
  test: { minCount: 150, maxMessages: 40 },
};

/** Whole digit runs (single spaces or dashes allowed between groups) of 13-19 digits that pass Luhn. */
const luhnCards = (text: string): string[] =>
  (text.match(/\d(?:[ -]?\d)*/g) ?? []).filter((run) => {
    const digits = run.replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19) return false;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let d = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    return sum % 10 === 0;
  });

/** IBANs (with or without spaces) whose mod-97 checksum holds. */
const validIbans = (text: string): string[] =>
  (text.match(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b/g) ?? []).filter((cand) => {
    const iban = cand.replace(/ /g, '');
    if (iban.length < 15 || iban.length > 34) return false;
    const moved = iban.slice(4) + iban.slice(0, 4);
    const numeric = moved.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
    let rest = 0;
    for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
    return rest === 1;
  });

const present = sets.filter((set) => existsSync(join(__dirname, set, 'src')));

describe.each(present)('labelled conversations in %s', (set) => {
  const dir = join(__dirname, set);
  const { minCount, maxMessages } = shapes[set]!;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const lines: Line[] = files.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .map((raw, i) => ({ file: join(set, file), row: i + 1, raw }))
      .filter((l) => l.raw.trim() !== ''),
  );
  const where = (l: Line) => `${l.file}:${l.row}`;
  const labelled: Labelled[] = lines.map((l) => JSON.parse(l.raw) as Labelled);
  const parsed = labelled.map((l) => HandoffInput.parse(l.input));
  const customerText = (i: number) =>
    parsed[i]!.conversation.messages.filter((m) => m.role === 'customer').map((m) => m.text);
  const allText = (i: number) => parsed[i]!.conversation.messages.map((m) => m.text).join('\n');

  it(`has at least ${minCount} conversations in files under 1 MB`, () => {
    expect(labelled.length).toBeGreaterThanOrEqual(minCount);
    for (const f of files) expect(statSync(join(dir, f)).size, f).toBeLessThan(1024 * 1024);
  });

  it('every line is a HandoffInput per the contract', () => {
    for (const [i, l] of labelled.entries()) {
      const r = HandoffInput.safeParse(l.input);
      expect(r.success, `${where(lines[i]!)} ${r.error?.message ?? ''}`).toBe(true);
    }
  });

  it('every line has a unique id and a one-line note', () => {
    const ids = labelled.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [i, l] of labelled.entries()) {
      expect(l.id, where(lines[i]!)).toMatch(/^[a-z0-9-]+$/);
      expect(l.note.length, where(lines[i]!)).toBeGreaterThan(10);
      expect(l.note, where(lines[i]!)).not.toContain('\n');
    }
  });

  it('expected fields use the codes and enums of the contract', () => {
    for (const [i, { expected: e }] of labelled.entries()) {
      const at = where(lines[i]!);
      expect(typeof e.handoff, at).toBe('boolean');
      for (const code of e.reasons) expect(reasonCodes, at).toContain(code);
      expect(new Set(e.reasons).size, at).toBe(e.reasons.length);
      if (e.handoff) expect(e.reasons.length, at).toBeGreaterThan(0);
      else expect(e.reasons, at).toEqual([]);
      expect(issueTypes, at).toContain(e.issueType);
      expect(e.language, at).toMatch(/^[a-z]{2}$/);
      if (e.priority !== undefined) expect(priorities, at).toContain(e.priority);
      expect(Array.isArray(e.summaryFacts), at).toBe(true);
    }
  });

  it(`chats are realistic in size and time: 2-${maxMessages} messages in order, now after the last one`, () => {
    for (const [i, input] of parsed.entries()) {
      const at = where(lines[i]!);
      const times = input.conversation.messages.map((m) => Date.parse(m.at));
      expect(times.length, at).toBeGreaterThanOrEqual(2);
      expect(times.length, at).toBeLessThanOrEqual(maxMessages);
      for (let k = 1; k < times.length; k++)
        expect(times[k]!, at).toBeGreaterThanOrEqual(times[k - 1]!);
      expect(Date.parse(input.now!), at).toBeGreaterThanOrEqual(times.at(-1)!);
      expect(
        input.conversation.messages.some((m) => m.role === 'customer'),
        at,
      ).toBe(true);
    }
  });

  it('every summary fact occurs verbatim in a customer message', () => {
    for (const [i, l] of labelled.entries()) {
      const said = customerText(i).join('\n');
      for (const fact of l.expected.summaryFacts)
        expect(said, `${where(lines[i]!)} "${fact}"`).toContain(fact);
    }
  });

  it('covers every reason code at least three times', () => {
    const counts = new Map<string, number>();
    for (const l of labelled)
      for (const c of l.expected.reasons) counts.set(c, (counts.get(c) ?? 0) + 1);
    for (const code of reasonCodes) expect(counts.get(code) ?? 0, code).toBeGreaterThanOrEqual(3);
  });

  it('has at least 45% conversations that must not hand off', () => {
    const no = labelled.filter((l) => !l.expected.handoff).length;
    expect(no / labelled.length).toBeGreaterThanOrEqual(0.45);
  });

  it('has at least 25% non-English conversations, each of es/de/fr/pt/it/nl five times or more', () => {
    const langs = labelled.map((l) => l.expected.language);
    expect(langs.filter((x) => x !== 'en').length / langs.length).toBeGreaterThanOrEqual(0.25);
    for (const lang of ['es', 'de', 'fr', 'pt', 'it', 'nl']) {
      expect(langs.filter((x) => x === lang).length, lang).toBeGreaterThanOrEqual(5);
    }
  });

  it('labels sensitive data only where the chat holds some, and never lets a card or IBAN pass', () => {
    const otherSecrets =
      /password|passwort|contraseña|clave|mot de passe|senha|wachtwoord|secret|api key|token|bearer|sk_live_|DNI|BSN|SSN|NIF|RUT|codice fiscale|CPF|NIE|Steuer-ID|sociale|numéro de sécurité|assurance sociale|aadhaar|national insurance|passport|\bNAS\b|\bSIN\b/i;
    for (const [i, l] of labelled.entries()) {
      const text = allText(i);
      const found = luhnCards(text).length + validIbans(text).length;
      const at = `${where(lines[i]!)} ${l.id}`;
      if (l.expected.reasons.includes('sensitive_data')) {
        expect(found > 0 || otherSecrets.test(text), at).toBe(true);
      }
      if (!l.expected.handoff) expect(found, at).toBe(0);
    }
  });

  it('the checks above really catch cards and IBANs', () => {
    expect(luhnCards('card 4111 1111 1111 1111 exp')).toHaveLength(1);
    expect(luhnCards('tracking 1Z999AA10123456784 and 4111 1111 1111 1112')).toHaveLength(0);
    expect(luhnCards('USPS 9400 1118 9922 3397 4218 31, card 4012-8888-8888-1881')).toEqual([
      '4012-8888-8888-1881',
    ]);
    expect(validIbans('IBAN DE89 3704 0044 0532 0130 00 please')).toHaveLength(1);
    expect(validIbans('IBAN DE89 3704 0044 0532 0130 01 please')).toHaveLength(0);
  });

  it('the JSON Lines files are what build.mjs makes from src/', async () => {
    const built = await buildAll(set);
    expect(Object.keys(built).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8'), f).toBe(built[f]);
  });
});
