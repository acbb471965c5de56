export * from './http';
export * from './json-client';
export * from './token-bucket';
export * from './fetch-transport';
