export * from './context';
export * from './indicator-index';
export * from './indicator-view';
export * from './indicator-functions';
export * from './resolve-template';
export * from './named-indicators';
export * from './group-words';
