/// <reference types="office-js" />

/**
 * Whether the running Excel supports an ExcelApi requirement set ("1.7"). Adapter
 * functions take one of these so tests can pretend to be any Excel version.
 */
export type ExcelApiSupport = (version: string) => boolean;

/**
 * The ExcelApi versions this host uses beyond its 1.1 baseline, one name per feature, so
 * every gate in the adapter reads as what it unlocks.
 */
export const EXCEL_API = {
  /** RangeFormat.columnWidth, Range.merge, setting Worksheet.visibility, getUsedRange(valuesOnly). */
  columnWidthMergeVisibility: '1.2',
  /** Worksheet.getUsedRangeOrNullObject (a sheet without values gives a null object). */
  nullObjects: '1.4',
  /** Application.suspendApiCalculationUntilNextSync. */
  suspendCalculation: '1.6',
  /** Worksheet.freezePanes, Range.hyperlink. */
  freezePanesHyperlinks: '1.7',
  /** ChartSeries.chartType (the charts' reference line drawn as a line). */
  seriesChartType: '1.7',
  /** Range.getCellProperties (format.indentLevel). */
  cellProperties: '1.9',
  /** Worksheet.customProperties. */
  worksheetCustomProperties: '1.12',
} as const;

/**
 * The running host's support, from `Office.context.requirements.isSetSupported`. Outside
 * Office (tests, the standalone page) only the 1.1 baseline is assumed.
 *
 * @example
 * if (excelApiSupport('1.7')) sheet.freezePanes.freezeRows(2);
 */
export const excelApiSupport: ExcelApiSupport = (version) => {
  if (version === '1.1') return true;
  if (typeof Office === 'undefined') return false;
  const requirements = Office.context?.requirements;
  return requirements?.isSetSupported('ExcelApi', version) === true;
};

/**
 * A fixed support table: every version up to and including `highest`.
 *
 * @example
 * supportUpTo('1.7')('1.2') // true
 * supportUpTo('1.7')('1.12') // false
 */
export function supportUpTo(highest: string): ExcelApiSupport {
  const top = minorVersion(highest);
  return (version) => minorVersion(version) <= top;
}

function minorVersion(version: string): number {
  const match = /^1\.(\d+)$/.exec(version);
  if (match === null) throw new RangeError(`not an ExcelApi version: ${version}`);
  return Number(match[1]);
}
