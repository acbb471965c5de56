export * from './thresholds';
export * from './suggest';
