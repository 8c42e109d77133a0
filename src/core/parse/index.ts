export {
  parseSheet,
  parseSheetDetail,
  tableRole,
  type ParseOptions,
  type SheetParseDetail,
} from './parse-sheet';
export { parseWorkbooks } from './parse-workbooks';
export { normaliseLabel, type NormalisedLabel } from './label';
export { parseCellNumber, type CellNumber, type CellNumberOptions } from './cell-number';
export { detectPeriod } from './period';
export { isTotalSheetName, isGenericSheetName, fileBaseName } from './township-name';
export { DEFAULT_ALIASES } from './aliases';
export {
  classifyHeader,
  findHeader,
  normaliseHeader,
  type HeaderKind,
  type HeaderResult,
} from './header';
export { toSimplified } from './traditional';
