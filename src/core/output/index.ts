export * from './output-sheet';
export * from './column-width';
export * from './number-format';
export * from './sheet-cells';
export * from './summary-sheet';
export * from './by-township-sheet';
export * from './narrative-sheet';
export * from './audit-sheet';
