export * from './ast';
export * from './parse-template';
export * from './template-issue';
