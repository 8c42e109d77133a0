// Browser-safe entry: no Node imports. Node callers import './read-workbook-file' directly.
export * from './cell-value';
export * from './read-workbook';
export * from './sheet-name';
export * from './write-workbook';
