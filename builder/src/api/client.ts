import type {
  QualityFigures,
  QualityReport as CoreQualityReport,
  ReplayComparison,
  RuleQuality,
  Ruleset,
} from '../../../core';

/** A key's view of itself (`GET /v1/me`). */
export interface Me {
  id: string;
  name: string;
  scopes: string[];
}

/** A stored fixture: an input and the decision fields it must produce. */
export interface StoredFixture {
  name: string;
  input: unknown;
  expect: Record<string, unknown>;
}

/** A ruleset as the service shows it. */
export interface RulesetRecord {
  id: string;
  name: string;
  draft: Ruleset;
  fixtures: StoredFixture[];
  revision: number;
  publishedVersion: string | null;
  updatedAt: string;
  updatedBy: string;
  etag: string;
}

export interface RulesetSummary {
  id: string;
  name: string;
  rules: number;
  publishedVersion: string | null;
  etag: string;
}

export interface VersionSummary {
  version: string;
  seq: number;
  createdAt: string;
  createdBy: string;
  published: boolean;
}

/** One change in the audit trail of a ruleset. */
export interface HistoryEvent {
  id: number;
  at: string;
  keyId: string;
  action: 'create' | 'update' | 'publish' | 'rollback' | 'revoke';
  revision: number | null;
  version: string | null;
}

/** The service's diff of two versions (or a version and the draft). */
export interface DiffResult {
  identical: boolean;
  rules: { added: string[]; removed: string[]; changed: string[]; reordered: boolean };
  changes: {
    path: string;
    kind: 'added' | 'removed' | 'changed';
    before?: unknown;
    after?: unknown;
  }[];
}

/** A ruleset's quality report over a window (`GET /v1/rulesets/{id}/quality`). */
export interface QualityReport extends CoreQualityReport {
  rulesetId: string;
  from: string;
  to: string;
}

export type { QualityFigures, RuleQuality };

/** A logged decision with its (redacted) conversation and verdicts. */
export interface LoggedDecision {
  id: string;
  at: string;
  conversationId: string | null;
  handoff: boolean | null;
  reasons: string[];
  matchedRules: string[];
  input: unknown;
  verdicts: { author: string; verdict: string; source: string; note: string | null }[];
}

/** Precision and recall of handoffs against people's verdicts. */
export interface VerdictScore {
  handoffs: number;
  precision: number | null;
  recall: number | null;
}

/** The service's replay of the saved draft against the published version over logged conversations. */
export interface LogReplay extends ReplayComparison {
  draft: { version: string };
  baseline: { version: string; source: 'published' | 'version' | 'default' };
  verdicts?: {
    judged: number;
    needed: number;
    before: VerdictScore;
    after: VerdictScore;
    rules: { rule: string; before: VerdictScore; after: VerdictScore }[];
  };
}

/** A refusal from the service, as a sentence a person can act on. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiProblem';
  }
}

const advice: Record<number, string> = {
  401: 'The key was not accepted: check it, or ask an admin for a new one.',
  403: 'This key may not do that: ask an admin for a key with the right permission.',
  404: 'It is not there any more: reload the list.',
  409: 'Someone else changed this ruleset meanwhile.',
  412: 'The saved copy no longer matches: reload the ruleset.',
  422: 'A saved test conversation fails: fix the rules or the test first.',
  428: 'Reload the ruleset before saving.',
  429: 'Too many requests: wait a moment and try again.',
};

/** Turns an error body into one sentence with what to do. */
export const sentenceFor = (status: number, body: unknown): string => {
  const error = (
    body as { error?: { message?: string; issues?: { path: string; message: string }[] } }
  )?.error;
  const detail = error?.message
    ? `${error.message[0]!.toUpperCase()}${error.message.slice(1)}.`
    : '';
  const issues = (error?.issues ?? [])
    .slice(0, 3)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
  return [
    detail,
    issues && `(${issues})`,
    advice[status] ?? (status >= 500 ? 'The service failed: try again in a moment.' : ''),
  ]
    .filter(Boolean)
    .join(' ');
};

/** Calls the rule service with the signed-in key; refusals become {@link ApiProblem}s. */
export const createClient = (key: string, base = '') => {
  const call = async <T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ data: T; etag: string | null }> => {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${key}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiProblem(
        0,
        'network',
        'The rule service cannot be reached: check that it is running.',
      );
    }
    const text = await res.text();
    let data: unknown = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (!res.ok) {
      const code = (data as { error?: { code?: string } })?.error?.code ?? `http_${res.status}`;
      throw new ApiProblem(
        res.status,
        code,
        sentenceFor(res.status, data),
        (data ?? {}) as Record<string, unknown>,
      );
    }
    return { data: data as T, etag: res.headers.get('etag') };
  };
  /** A JSON Lines answer as text (the decision export). */
  const lines = async (path: string): Promise<string> => {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${key}` } });
    } catch {
      throw new ApiProblem(
        0,
        'network',
        'The rule service cannot be reached: check that it is running.',
      );
    }
    const text = await res.text();
    if (res.ok) return text;
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    throw new ApiProblem(res.status, `http_${res.status}`, sentenceFor(res.status, body));
  };
  return {
    /** Judged decisions the service logged (with `ruleset`: made with it), as labelled JSON Lines. */
    judgedDecisions: (ruleset?: string) =>
      lines(
        `/v1/decisions/export?source=all${ruleset ? `&ruleset=${encodeURIComponent(ruleset)}` : ''}`,
      ),
    quality: (id: string, window: { from?: string; to?: string } = {}) => {
      const q = new URLSearchParams(
        Object.entries(window).filter((e): e is [string, string] => Boolean(e[1])),
      ).toString();
      return call<QualityReport>(
        'GET',
        `/v1/rulesets/${encodeURIComponent(id)}/quality${q ? `?${q}` : ''}`,
      ).then((r) => r.data);
    },
    decision: (id: string) =>
      call<LoggedDecision>('GET', `/v1/decisions/${encodeURIComponent(id)}`).then((r) => r.data),
    /** Judged decisions people (not inferences) gave verdicts on, as labelled JSON Lines. */
    peopleJudged: (ruleset: string) =>
      lines(`/v1/decisions/export?source=explicit&ruleset=${encodeURIComponent(ruleset)}`),
    /** The saved draft against the published version over the last `days` days of the log. */
    replayLog: (id: string, days: number) =>
      call<LogReplay>('POST', `/v1/rulesets/${encodeURIComponent(id)}/replay`, {
        fromLog: { days },
      }).then((r) => r.data),
    me: () => call<Me>('GET', '/v1/me').then((r) => r.data),
    list: () =>
      call<{ rulesets: RulesetSummary[] }>('GET', '/v1/rulesets').then((r) => r.data.rulesets),
    get: (id: string) =>
      call<RulesetRecord>('GET', `/v1/rulesets/${encodeURIComponent(id)}`).then((r) => r.data),
    create: (ruleset: Ruleset, fixtures: StoredFixture[] = []) =>
      call<RulesetRecord>('POST', '/v1/rulesets', { ruleset, fixtures }).then((r) => r.data),
    save: (ruleset: Ruleset, fixtures: StoredFixture[], etag: string) =>
      call<RulesetRecord>(
        'PUT',
        `/v1/rulesets/${encodeURIComponent(ruleset.id)}`,
        { ruleset, fixtures },
        { 'if-match': etag },
      ).then((r) => r.data),
    publish: (id: string, etag: string) =>
      call<{ ruleset: RulesetRecord }>(
        'POST',
        `/v1/rulesets/${encodeURIComponent(id)}/publish`,
        {},
        { 'if-match': etag },
      ).then((r) => ({ ...r.data, etag: r.etag })),
    history: (id: string) =>
      call<{ events: HistoryEvent[] }>(
        'GET',
        `/v1/rulesets/${encodeURIComponent(id)}/history`,
      ).then((r) => r.data.events),
    diff: (id: string, from: string, to: string) =>
      call<DiffResult>(
        'GET',
        `/v1/rulesets/${encodeURIComponent(id)}/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
      ).then((r) => r.data),
    rollback: (id: string, version: string, etag: string) =>
      call<RulesetRecord>(
        'POST',
        `/v1/rulesets/${encodeURIComponent(id)}/rollback`,
        { version },
        { 'if-match': etag },
      ).then((r) => ({ ...r.data, etag: r.etag ?? r.data.etag })),
    versions: (id: string) =>
      call<{ versions: VersionSummary[] }>(
        'GET',
        `/v1/rulesets/${encodeURIComponent(id)}/versions`,
      ).then((r) => r.data.versions),
    version: (id: string, version: string) =>
      call<{ content: Ruleset }>(
        'GET',
        `/v1/rulesets/${encodeURIComponent(id)}/versions/${encodeURIComponent(version)}`,
      ).then((r) => r.data),
  };
};
export type Client = ReturnType<typeof createClient>;
