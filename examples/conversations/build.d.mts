/** Types of build.mjs, for the TypeScript test beside it. */

/** The labelled sets: `.` (the tuning set), `dev` and `test` (the frozen test split). */
export declare const sets: string[];

/** Every source file of a set's src/ expanded: JSON Lines text keyed by file name (`billing.jsonl`). */
export declare const buildAll: (set?: string) => Promise<Record<string, string>>;

/** Counts per file, language, reason code, issue type and channel, as Markdown. */
export declare const statsMarkdown: (out: Record<string, string>) => string;
