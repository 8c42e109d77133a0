export * from './user-error';
export * from './collect-inputs';
export * from './run-on-files';
export * from './load-templates';
