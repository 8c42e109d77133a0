// The office-js host: open workbook <-> grids and output sheets. ExcelApi 1.1 baseline.
export * from './cell-value';
export * from './fingerprint';
export * from './own-sheet-check';
export * from './own-sheets';
export * from './payload';
export * from './payload-retry';
export * from './range-address';
export * from './read-grids';
export * from './requirement';
export * from './select-cell';
export * from './sheet-layout';
export * from './text-cell';
export * from './write-plan';
export * from './write-sheets';
