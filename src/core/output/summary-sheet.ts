import { formatMessage } from '../diagnostics/format';
import type { MessageCode } from '../diagnostics/messages.zh-CN';
import type { ConsolidatedIndicator, Consolidation } from '../model/consolidation';
import { fitColumnWidths } from './column-width';
import { NUMBER_FORMATS, valueFormat } from './number-format';
import type { OutputCell, OutputSheet } from './output-sheet';
import { padRow, rounded } from './sheet-cells';

/** The subject and time words of the 汇总 title. */
export interface SummaryWords {
  /** 全县, 园区… */
  readonly area: string;
  /** 上半年, 2025年1-6月… */
  readonly period: string;
}

type SummaryColumn = 'current' | 'previous' | 'growth' | 'target' | 'completion';

const VALUE_HEADERS: Readonly<Record<SummaryColumn, MessageCode>> = {
  current: 'output.col.current',
  previous: 'output.col.previous',
  growth: 'output.col.growth',
  target: 'output.col.target',
  completion: 'output.col.completion',
};

/** One full-width space per 其中 level, so the sheet keeps its hierarchy when read back. */
export const LEVEL_INDENT = '\u3000';

/**
 * The 汇总 sheet: itself a standard statistics sheet (same header names as the input) so
 * it can be fed up unchanged. A title row merged across the columns, the header row
 * `指标名称 | 计量单位 | 本期 | 上年同期 | 同比增长(%) | 全年目标 | 完成目标(%)` (value
 * columns without any data left out; 本期 always kept), then one row per indicator in
 * `c.indicators` order with the label as written, 其中 rows indented with full-width
 * spaces. Growth and completion are numbers rounded to one decimal; missing figures are
 * empty, never 0.
 *
 * @example
 * const sheet = buildSummarySheet(consolidation, { area: '全县', period: '上半年' });
 * sheet.rows[0]?.[0] // "全县主要经济指标完成情况（上半年）"
 * sheet.rows[1] // ["指标名称", "计量单位", "本期", "上年同期", "同比增长(%)"]
 */
export function buildSummarySheet(c: Consolidation, words: SummaryWords): OutputSheet {
  const columns = summaryColumns(c.indicators);
  const header: string[] = [
    formatMessage('output.col.indicator'),
    formatMessage('output.col.unit'),
    ...columns.map((column) => formatMessage(VALUE_HEADERS[column])),
  ];
  const width = header.length;
  const title = formatMessage('output.summary-title', { area: words.area, period: words.period });
  const rows: OutputCell[][] = [padRow([title], width), header];
  const formats: (string | null)[][] = [padRow([], width), padRow([], width)];

  for (const indicator of c.indicators) {
    const figures = summaryFigures(indicator);
    const amountFormat = valueFormat(indicator.unit, [
      figures.current,
      figures.previous,
      figures.target,
    ]);
    rows.push([
      indentedLabel(indicator),
      unitText(indicator),
      ...columns.map((column) => figures[column]),
    ]);
    formats.push([
      null,
      null,
      ...columns.map((column) => {
        if (figures[column] === null) return null;
        return column === 'growth' || column === 'completion'
          ? NUMBER_FORMATS.percent
          : amountFormat;
      }),
    ]);
  }

  return {
    kind: 'summary',
    name: formatMessage('sheet.summary'),
    rows,
    numberFormats: formats,
    columnWidths: fitColumnWidths(rows, formats, 1),
    boldRows: [0, 1],
    frozenRows: 2,
    frozenColumns: 0,
    merges: width > 1 ? [{ row: 0, col: 0, rowSpan: 1, colSpan: width }] : [],
    wrapColumns: [],
    links: [],
  };
}

/** The value columns that have at least one figure; 本期 is always kept. */
function summaryColumns(indicators: readonly ConsolidatedIndicator[]): SummaryColumn[] {
  const all: SummaryColumn[] = ['current', 'previous', 'growth', 'target', 'completion'];
  const figures = indicators.map(summaryFigures);
  return all.filter((column) => column === 'current' || figures.some((f) => f[column] !== null));
}

function summaryFigures(indicator: ConsolidatedIndicator): Record<SummaryColumn, number | null> {
  const additive = indicator.nature === 'additive';
  return {
    current: indicator.current,
    previous: indicator.previous,
    growth: additive ? rounded(indicator.growth.pct, 1) : null,
    target: indicator.target,
    completion: rounded(indicator.completionPct, 1),
  };
}

function indentedLabel(indicator: ConsolidatedIndicator): string {
  return LEVEL_INDENT.repeat(Math.max(0, indicator.level)) + indicator.label;
}

function unitText(indicator: ConsolidatedIndicator): string | null {
  return indicator.unit?.symbol ?? indicator.unitText ?? null;
}
