export * from './reasons';
export * from './input';
export * from './decision';
export * from './ruleset';
export * from './validate';
export * from './json-schema';
