/**
 * A ruleset's quality from the decision log and people's verdicts, as the service reports
 * it (`GET /v1/rulesets/{id}/quality`) and the builder shows it.
 */

/** The figures of a group of decisions. Rates are null when their denominator is 0. */
export interface QualityFigures {
  decisions: number;
  handoffs: number;
  kept: number;
  /** Decisions with a verdict from a person, by the latest verdict. */
  needed: number;
  notNeeded: number;
  tooLate: number;
  missed: number;
  /** Handoffs over decisions. */
  handoffRate: number | null;
  /** The clingy bot: (missed + too late) over kept. */
  clingyRate: number | null;
  /** The dumping ground: not needed over handed off. */
  dumpingGroundRate: number | null;
}

/** One rule: how often it fired and what people said about its handoffs. */
export interface RuleQuality {
  rule: string;
  fired: number;
  handoffs: number;
  /** Its handoffs with a verdict of needed, too late or not needed. */
  judged: number;
  needed: number;
  tooLate: number;
  notNeeded: number;
  /** (needed + too late) over judged: the handoff was right, if sometimes late. */
  precision: number | null;
  notNeededShare: number | null;
  decisionIds: { fired: string[]; needed: string[]; tooLate: string[]; notNeeded: string[] };
}

/** Kept conversations people said needed a person, by the rule that should have caught them. */
export interface MissedByRule {
  /** A rule id, or "no rule" when no handoff rule looks at any signal that was present. */
  rule: string;
  count: number;
  decisionIds: string[];
}

/** The whole report for one ruleset and window. */
export interface QualityReport extends QualityFigures {
  rules: RuleQuality[];
  missedBy: MissedByRule[];
  /** What the service inferred on its own, apart from people's verdicts. */
  implicit: {
    notNeeded: { count: number; decisionIds: string[] };
    missed: { count: number; decisionIds: string[] };
  };
  by: Record<'week' | 'language' | 'issueType' | 'queue', ({ key: string } & QualityFigures)[]>;
}
