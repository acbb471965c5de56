export * from './redact';
export * from './facts';
export * from './attempts';
export * from './request';
export * from './summarize';
export * from './transcript';
