export * from './http';
export * from './json-client';
