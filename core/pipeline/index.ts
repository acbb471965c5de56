export * from './default-routing';
export * from './complete';
export * from './run';
export * from './run-async';
export * from './options';
export * from './steps';
