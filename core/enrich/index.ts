export * from './cache';
export * from './path';
export * from './adapter';
export * from './generic';
export * from './hubspot/index';
export * from './phone';
export * from './enrich';
export { mergeContext } from './merge';
