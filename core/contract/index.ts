export * from './reasons';
export * from './input';
export * from './decision';
export * from './validate';
export * from './json-schema';
