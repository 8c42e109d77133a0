export * from './numeric-policy';
export * from './growth';
export * from './share';
export * from './rank';
export * from './contribution';
export * from './completion';
export * from './schedule';
export * from './change-pp';
