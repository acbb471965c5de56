export * from './outcome';
export * from './fixture';
export * from './fixture-check';
export * from './replay';
export * from './metrics';
export * from './labelled';
