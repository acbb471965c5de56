export * from './facts';
export * from './attempts';
export * from './request';
export * from './summarize';
export * from './transcript';
export * from './numbers';
export * from './llm';
