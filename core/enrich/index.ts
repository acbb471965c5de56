export * from './cache';
export * from './path';
export * from './adapter';
export * from './generic';
export * from './hubspot';
export * from './enrich';
