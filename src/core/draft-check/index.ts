export * from './types';
export { checkDraft } from './check-draft';
export { findStatements, type Statement, type Approximation } from './figure-grammar';
export { readNumber, foldDigits, type NumberReading } from './read-number';
export { DRAFT_SHORT_FORMS } from './short-forms';
