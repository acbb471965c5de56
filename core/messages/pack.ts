import type { DetailKey, IssueType, ReasonCode } from '../contract';
import type { SupportedLanguage } from './languages';

/** What the bot already tried, as the summary reports it. */
export const attemptKeys = [
  'askedDetails',
  'troubleshooting',
  'sharedArticle',
  'explainedPolicy',
  'couldNotAnswer',
] as const;
export type AttemptKey = (typeof attemptKeys)[number];

export { detailKeys, type DetailKey } from '../contract';

/** The bot's transparency lines. */
export interface TransparencyLines {
  /** Said when the bot introduces itself: "I'm an AI assistant…". */
  aiDisclosure: string;
  /** Said right before a person takes over. */
  handoffIntro: string;
}

/**
 * Every sentence Handoff writes in one language. Placeholders in `{braces}` are
 * filled by `fillTemplate`; the summary templates contain no digits, so a summary
 * never shows a number that is not in the transcript.
 */
export interface MessagePack {
  language: SupportedLanguage;
  /** BCP 47 locale for dates and times. */
  locale: string;
  and: string;
  quote: (text: string) => string;
  summary: {
    defaultWho: string;
    issue: Record<IssueType, string>;
    request: string;
    requestNoQuote: string;
    facts: string;
    tried: string;
    state: string;
    states: Record<ReasonCode | 'calm', string>;
    attempts: Record<AttemptKey, string>;
  };
  customer: {
    handoffWait: string;
    handoffNow: string;
    handoffSoon: string;
    closed: string;
    closedUnknown: string;
    followUp: string;
    followUpEmail: string;
    noRepeat: string;
    lessThanMinute: string;
    oneMinute: string;
    minutes: string;
    oneHour: string;
    hours: string;
  };
  transparency: TransparencyLines;
  details: Record<DetailKey, string>;
}
