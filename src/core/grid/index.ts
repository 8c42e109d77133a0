export * from './cell';
export * from './address';
export * from './sheet-name';
export * from './number-format';
