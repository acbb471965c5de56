/**
 * The public surface of Handoff's core: the wire contract, the rule engine, and (as they
 * land) detection, decision, summary, enrichment and routing. Adapters import from here
 * only.
 */
export * from './contract';
export * from './logic';
export * from './http';
export * from './time';
export * from './enrich';
export * from './detect';
export * from './decide';
export * from './messages';
export * from './summarize';
export * from './route';
export * from './pipeline';
export * from './evaluation';
export * from './catalogue';
export * from './quality';
