export * from './languages';
export * from './format';
export * from './pack';
export * from './packs';
export * from './overrides';
export * from './duration';
export * from './customer-message';
