// Browser-safe entry: no Node imports. Node callers import './read-workbook-file' directly.
export * from './cell-value';
export * from './read-workbook';
export { uniqueSheetName, sanitizeSheetName } from '../../core/grid/sheet-name';
export { isPercentFormat } from '../../core/grid/number-format';
export * from './write-workbook';
export * from './result-marker';
export * from './package-check';
export * from './cell-references';
