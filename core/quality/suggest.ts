import { signalLabel } from '../catalogue';
import type { HandoffInput, HandoffInputRaw, Ruleset } from '../contract';
import { compileRuleset, decide, type Decision } from '../decide';
import { detectAll } from '../detect';
import { isSupportedLanguage, languageNames } from '../messages';
import { validateInput } from '../contract';
import { thresholdSites, withThreshold, type ThresholdSite } from './thresholds';

/** A conversation a person judged: did it need a person (needed, too late, missed) or not. */
export interface JudgedConversation {
  id: string;
  input: HandoffInput | HandoffInputRaw;
  wanted: boolean;
}

/** What the changed ruleset does on the judged conversations, against the current one. */
export interface SuggestionReplay {
  judged: number;
  handoffsBefore: number;
  handoffsAfter: number;
  /** Handoffs that go away, and of them the ones people marked needed. */
  removed: number;
  removedNeeded: number;
  /** Handoffs that come in, and of them the ones people marked needed (or missed). */
  added: number;
  addedNeeded: number;
  /** The conversations whose handoff changes, by id. */
  flipped: string[];
}

/** A change a person may accept or not; nothing here is ever applied on its own. */
export interface Suggestion {
  kind: 'raise' | 'lower';
  ruleId: string;
  ruleName: string;
  signal: string;
  /** Where the `has_signal` sits in the rule's `when` (see `thresholdSites`). */
  at: (string | number)[];
  from: number;
  to: number;
  /** Raise: the rule's judged handoffs and those not needed. Lower: conversations missed. */
  judged: number;
  notNeeded: number;
  missed: number;
  /** The commonest reason and language among the conversations the suggestion is about. */
  mostly: { reason?: string; language?: string };
  replay: SuggestionReplay;
  /** The ruleset with the change applied (a draft to replay or save; never published by this). */
  ruleset: Ruleset;
  sentence: string;
}

export interface SuggestOptions {
  /** Judged handoffs a rule needs before its share is trusted. */
  minJudged?: number;
  /** Share of not-needed handoffs from which a rule is worth tightening. */
  minNotNeededShare?: number;
  /** Missed conversations a rule's signal must be present in before loosening it. */
  minMissed?: number;
  /** Thresholds tried. */
  steps?: readonly number[];
}

const defaultSteps = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95] as const;

const commonest = (xs: (string | undefined)[]): string | undefined => {
  const counts = new Map<string, number>();
  for (const x of xs) if (x) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: string | undefined;
  for (const [k, n] of counts) if (best === undefined || n > counts.get(best)!) best = k;
  return best;
};

const percent = (x: number) => `${Math.round(x * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const languageWord = (code: string | undefined) =>
  code && isSupportedLanguage(code) ? languageNames[code] : code;

const replayOf = (
  judged: JudgedConversation[],
  before: Decision[],
  after: Decision[],
): SuggestionReplay => {
  const r: SuggestionReplay = {
    judged: judged.length,
    handoffsBefore: 0,
    handoffsAfter: 0,
    removed: 0,
    removedNeeded: 0,
    added: 0,
    addedNeeded: 0,
    flipped: [],
  };
  judged.forEach((j, i) => {
    const a = before[i]!.handoff;
    const b = after[i]!.handoff;
    if (a) r.handoffsBefore++;
    if (b) r.handoffsAfter++;
    if (a === b) return;
    r.flipped.push(j.id);
    if (a) {
      r.removed++;
      if (j.wanted) r.removedNeeded++;
    } else {
      r.added++;
      if (j.wanted) r.addedNeeded++;
    }
  });
  return r;
};

/** How much better the change does by people's verdicts: right calls gained minus lost. */
const gain = (r: SuggestionReplay) =>
  r.removed - r.removedNeeded + r.addedNeeded - (r.added - r.addedNeeded) - r.removedNeeded;

const replaySentence = (r: SuggestionReplay) => {
  const parts: string[] = [];
  if (r.removed)
    parts.push(`${plural(r.removed, 'fewer handoff')}, ${r.removedNeeded} of them marked needed`);
  if (r.added)
    parts.push(`${plural(r.added, 'more handoff')}, ${r.addedNeeded} of them marked needed`);
  return `Replay over the ${plural(r.judged, 'judged conversation')} shows ${parts.join(' and ') || 'no change'}.`;
};

/**
 * Suggestions from people's verdicts, each a threshold move a person accepts or not: a rule
 * whose handoffs were often not needed gets a higher least strength for a signal it reads
 * ("raise from 0.5 to 0.7?"), a rule whose signal was present in conversations the bot
 * kept but a person needed gets a lower one. Every candidate is replayed over the judged
 * conversations with the whole ruleset (the first matching rule still decides), and only
 * the best move per rule that gains more right calls than it loses is kept, best first.
 *
 * @example
 * suggestChanges(ruleset, [{ id: 'd1', input, wanted: false }, ...])[0].sentence;
 * // 'Rule "Asked for a person": its handoffs were not needed 41% of the time (9 of 22), mostly …'
 */
export const suggestChanges = (
  ruleset: Ruleset,
  judged: JudgedConversation[],
  {
    minJudged = 5,
    minNotNeededShare = 0.25,
    minMissed = 3,
    steps = defaultSteps,
  }: SuggestOptions = {},
): Suggestion[] => {
  const usable = judged.filter((j) => validateInput(j.input).ok);
  const compiled = compileRuleset(ruleset);
  const current = usable.map((j) => decide(j.input, { ruleset: compiled }));
  const config = compiled.config;
  const strengths = new Map<number, Record<string, number>>();
  const strengthIn = (i: number) => {
    if (!strengths.has(i)) {
      const input = validateInput(usable[i]!.input);
      const found = input.ok ? detectAll(input.value, config).signals : {};
      strengths.set(
        i,
        Object.fromEntries(Object.entries(found).map(([code, s]) => [code, s.strength])),
      );
    }
    return strengths.get(i)!;
  };
  // Kept conversations a person needed: a signal there but too weak may be the rule's fault.
  const missed = usable.flatMap((j, i) => (j.wanted && !current[i]!.handoff ? [i] : []));
  const out: Suggestion[] = [];

  for (const rule of ruleset.rules) {
    if (rule.enabled === false || !rule.then.handoff) continue;
    const sites = thresholdSites(rule.when);
    if (!sites.length) continue;
    const fired = usable.flatMap((j, i) =>
      current[i]!.handoff && current[i]!.trace.some((t) => t.rule === rule.id && t.matched)
        ? [i]
        : [],
    );
    const notNeeded = fired.filter((i) => !usable[i]!.wanted);
    const share = fired.length ? notNeeded.length / fired.length : 0;
    const tighten = fired.length >= minJudged && share >= minNotNeededShare;

    const missedUnder = (site: ThresholdSite) =>
      missed.filter((i) => {
        const s = strengthIn(i)[site.code];
        return s !== undefined && s < site.least;
      });

    let best: {
      site: ThresholdSite;
      to: number;
      replay: SuggestionReplay;
      about: number[];
    } | null = null;
    for (const site of sites) {
      const under = site.least > 0 ? missedUnder(site) : [];
      // Moving a signal's threshold changes nothing where the signal was not detected.
      const affected = usable.flatMap((_, i) =>
        strengthIn(i)[site.code] !== undefined ? [i] : [],
      );
      const candidates = [
        ...(tighten ? steps.filter((s) => s > site.least) : []),
        // Loosen as little as needed: the highest threshold that catches them wins a tie.
        ...(under.length >= minMissed ? steps.filter((s) => s < site.least).reverse() : []),
      ];
      for (const to of candidates) {
        const changed = compileRuleset(withThreshold(ruleset, rule.id, site, to));
        const after = current.map((d, i) =>
          affected.includes(i) ? decide(usable[i]!.input, { ruleset: changed }) : d,
        );
        const replay = replayOf(usable, current, after);
        if (gain(replay) <= 0) continue;
        if (!best || gain(replay) > gain(best.replay))
          best = { site, to, replay, about: to > site.least ? notNeeded : under };
      }
    }
    if (!best) continue;
    const kind = best.to > best.site.least ? 'raise' : 'lower';
    const reason = commonest(best.about.flatMap((i) => current[i]!.reasons.map((r) => r.code)));
    const language = commonest(best.about.map((i) => current[i]!.language));
    const mostly = [
      reason && `with reason "${signalLabel(reason)}"`,
      language && `in ${languageWord(language)}`,
    ]
      .filter(Boolean)
      .join(' ');
    const from = best.site.least ? String(best.site.least) : 'any strength';
    const signal = `"${signalLabel(best.site.code)}"`;
    const finding =
      kind === 'raise'
        ? `its handoffs were not needed ${percent(share)} of the time (${notNeeded.length} of ${fired.length} judged)${mostly ? `, mostly ${mostly}` : ''}`
        : `the bot kept ${plural(best.about.length, 'conversation')} a person was needed for where ${signal} was present below ${from}${mostly ? `, mostly ${mostly}` : ''}`;
    out.push({
      kind,
      ruleId: rule.id,
      ruleName: rule.name,
      signal: best.site.code,
      at: best.site.at,
      from: best.site.least,
      to: best.to,
      judged: fired.length,
      notNeeded: notNeeded.length,
      missed: kind === 'lower' ? best.about.length : 0,
      mostly: { reason, language },
      replay: best.replay,
      ruleset: withThreshold(ruleset, rule.id, best.site, best.to),
      sentence: `Rule "${rule.name}": ${finding}. ${kind === 'raise' ? 'Raise' : 'Lower'} the least strength of ${signal} from ${from} to ${best.to}? ${replaySentence(best.replay)}`,
    });
  }
  return out.sort((a, b) => gain(b.replay) - gain(a.replay));
};
