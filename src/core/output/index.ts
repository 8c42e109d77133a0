export * from './output-sheet';
