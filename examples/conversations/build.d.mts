/** Types of build.mjs, for the TypeScript test beside it. */

/** Every source file in src/ expanded: JSON Lines text keyed by file name (`billing.jsonl`). */
export declare const buildAll: () => Promise<Record<string, string>>;

/** Counts per file, language, reason code, issue type and channel, as Markdown. */
export declare const statsMarkdown: (out: Record<string, string>) => string;
