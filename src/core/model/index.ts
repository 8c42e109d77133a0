export * from './unit';
export * from './period';
export * from './table';
export * from './consolidation';
export * from './figure-numbers';
export * from './row-numbers';
