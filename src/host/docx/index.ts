export * from './render-report';
export * from './gbt9704';
