export * from './adapter';
export * from './config';
export * from './errors';
export * from './paths';
export * from './rate-limit';
export * from './scopes';
