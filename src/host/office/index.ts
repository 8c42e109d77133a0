// The office-js host: open workbook <-> grids and output sheets. ExcelApi 1.1 baseline.
export * from './cell-value';
export * from './own-sheets';
export * from './payload';
export * from './range-address';
export * from './read-grids';
export * from './requirement';
export * from './select-cell';
export * from './sheet-layout';
export * from './text-cell';
export * from './write-sheets';
