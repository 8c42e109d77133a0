export * from './cell';
export * from './address';
