import { formatMessage } from '../diagnostics/format';
import type { ConsolidatedIndicator, Consolidation } from '../model/consolidation';
import { indicatorNumbers } from '../model/figure-numbers';
import { fitColumnWidths } from './column-width';
import { NUMBER_FORMATS, valueFormat } from './number-format';
import type { OutputCell, OutputMerge, OutputSheet } from './output-sheet';
import { padRow, rounded } from './sheet-cells';
import { LEVEL_INDENT } from './summary-sheet';

/** Columns per township: 本期, 同比增长(%), 占比(%), 位次. */
export const PER_TOWNSHIP = 4;

/** A township's four cells: 本期, 同比增长(%) and 占比(%) to one decimal, 位次. */
type FigureCells = readonly [number | null, number | null, number | null, number | null];

const NO_FIGURES: FigureCells = [null, null, null, null];

/**
 * For each township of the sheet, the place of its figures among the townships an
 * indicator reports (`names`, in the indicator's order; the first of a name given twice),
 * or −1 where it does not report. Indicators reported by the same townships share the
 * answer.
 */
function townshipSlots(
  sheetTownships: readonly string[],
): (names: readonly string[]) => Int32Array {
  let lastNames: readonly string[] | null = null;
  let lastSlots = new Int32Array(0);
  return (names) => {
    if (names === lastNames) return lastSlots;
    const place = new Map<string, number>();
    names.forEach((name, k) => {
      if (!place.has(name)) place.set(name, k);
    });
    lastNames = names;
    lastSlots = Int32Array.from(sheetTownships, (name) => place.get(name) ?? -1);
    return lastSlots;
  };
}

/**
 * Each sheet township's cells for `indicator` (undefined where it does not report it),
 * read from the indicator's columns, without making its figure objects, when it has them.
 */
function townshipCells(
  indicator: ConsolidatedIndicator,
  slotsOf: (names: readonly string[]) => Int32Array,
): (FigureCells | undefined)[] {
  const numbers = indicatorNumbers(indicator);
  if (numbers !== undefined) {
    return Array.from(slotsOf(numbers.townships), (k): FigureCells | undefined => {
      if (k < 0) return undefined;
      const current = numbers.current[k] as number; // NaN: none
      return [
        current === current ? current : null,
        rounded(numbers.growthPct[k] as number, 1),
        rounded(numbers.sharePct[k] as number, 1),
        numbers.rank[k] ?? null,
      ];
    });
  }
  const figures = indicator.townships;
  return Array.from(slotsOf(figures.map((f) => f.township)), (k): FigureCells | undefined => {
    const f = figures[k];
    return f === undefined
      ? undefined
      : [
          f.current ?? null,
          rounded(f.growth.pct ?? null, 1),
          rounded(f.sharePct ?? null, 1),
          f.rank ?? null,
        ];
  });
}

/**
 * The 分乡镇 sheet: one row per indicator (in `c.indicators` order), and for each
 * township its 本期, 同比增长(%), 占比(%) and 位次. Two header rows: township names merged
 * over their four columns, then the sub-headers; 指标名称 and 计量单位 merged over both.
 * Frozen: the two header rows and the two label columns. Missing figures are empty.
 *
 * @example
 * const sheet = buildByTownshipSheet(consolidation);
 * sheet.rows[0] // ["指标名称", "计量单位", "东城镇", null, null, null, "西城镇", …]
 * sheet.rows[1] // [null, null, "本期", "同比增长(%)", "占比(%)", "位次", "本期", …]
 */
export function buildByTownshipSheet(c: Consolidation): OutputSheet {
  const width = 2 + PER_TOWNSHIP * c.townships.length;
  const subHeaders = [
    formatMessage('output.col.current'),
    formatMessage('output.col.growth'),
    formatMessage('output.col.share'),
    formatMessage('output.col.rank'),
  ];
  const top: OutputCell[] = [
    formatMessage('output.col.indicator'),
    formatMessage('output.col.unit'),
  ];
  const second: OutputCell[] = [null, null];
  const merges: OutputMerge[] = [
    { row: 0, col: 0, rowSpan: 2, colSpan: 1 },
    { row: 0, col: 1, rowSpan: 2, colSpan: 1 },
  ];
  c.townships.forEach((township, i) => {
    top.push(township, null, null, null);
    second.push(...subHeaders);
    merges.push({ row: 0, col: 2 + PER_TOWNSHIP * i, rowSpan: 1, colSpan: PER_TOWNSHIP });
  });

  const rows: OutputCell[][] = [top, second];
  const formats: (string | null)[][] = [padRow([], width), padRow([], width)];
  const cellFormats = [
    null, // 本期: the row's amount format
    NUMBER_FORMATS.percent,
    NUMBER_FORMATS.percent,
    NUMBER_FORMATS.rank,
  ];
  const slotsOf = townshipSlots(c.townships);
  for (const indicator of c.indicators) {
    const figures = townshipCells(indicator, slotsOf);
    const amountFormat = valueFormat(
      indicator.unit,
      figures.map((f) => f?.[0] ?? null),
    );
    const row: OutputCell[] = [
      LEVEL_INDENT.repeat(Math.max(0, indicator.level)) + indicator.label,
      indicator.unit?.symbol ?? indicator.unitText ?? null,
    ];
    const rowFormats: (string | null)[] = [null, null];
    for (const f of figures) {
      const cells = f ?? NO_FIGURES;
      for (let k = 0; k < PER_TOWNSHIP; k++) {
        const value = cells[k] ?? null;
        row.push(value);
        rowFormats.push(value === null ? null : (cellFormats[k] ?? amountFormat));
      }
    }
    rows.push(row);
    formats.push(rowFormats);
  }

  // Township names span four columns: size the columns by the sub-headers and figures.
  const widths = fitColumnWidths(rows.slice(1), formats.slice(1), 0);
  widths[1] = Math.max(widths[1] ?? 0, 10);
  return {
    kind: 'by-township',
    name: formatMessage('sheet.by-township'),
    rows,
    numberFormats: formats,
    columnWidths: widths,
    boldRows: [0, 1],
    frozenRows: 2,
    frozenColumns: 2,
    merges,
    wrapColumns: [],
    links: [],
  };
}
