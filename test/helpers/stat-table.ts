/**
 * Builds StatTable literals for tests without going through the parser: a fixed layout
 * (A 指标名称, B 计量单位, C 本期, D 上年同期, E 同比增长(%), F 全年目标, G 完成目标(%)),
 * header on row 1, indicator rows from row 2.
 */
import type {
  IndicatorNature,
  IndicatorRow,
  Period,
  StatTable,
  TableRole,
  ValueColumn,
} from '../../src/core/model';
import { parseUnit } from '../../src/core/model';

export interface RowSpec {
  /** As written: "一、工业总产值", "其中：规模以上工业产值". */
  readonly label: string;
  /** Normalised name; by default the label without numbering and 其中. */
  readonly name?: string;
  readonly unit?: string | null;
  /** 0 main, 1 其中 item…; by default 1 when the label starts with 其中 or #, else 0. */
  readonly level?: number;
  readonly nature?: IndicatorNature;
  readonly current?: number;
  readonly previous?: number;
  readonly growth?: number;
  readonly target?: number;
  readonly completion?: number;
}

export interface TableOptions {
  readonly role?: TableRole;
  readonly sheet?: string;
  readonly file?: string;
  readonly period?: Period | null;
}

const COLUMN_OF: Record<ValueColumn, number> = {
  current: 2,
  previous: 3,
  growth: 4,
  target: 5,
  completion: 6,
};
const LETTER: Record<ValueColumn, string> = {
  current: 'C',
  previous: 'D',
  growth: 'E',
  target: 'F',
  completion: 'G',
};

function defaultName(label: string): string {
  return label
    .trim()
    .replace(/^(其中[:：]?|#)/, '')
    .replace(/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、])/, '')
    .trim();
}

/**
 * @example
 * statTable('东城镇', [{ label: '工业总产值', unit: '万元', current: 120, previous: 100 }])
 */
export function statTable(
  unitName: string,
  specs: readonly RowSpec[],
  options: TableOptions = {},
): StatTable {
  const sheet = options.sheet ?? unitName;
  const parents: string[] = [];
  const rows: IndicatorRow[] = specs.map((spec, i) => {
    const row = i + 1;
    const name = spec.name ?? defaultName(spec.label);
    const level = spec.level ?? (/^(其中|#)/.test(spec.label.trim()) ? 1 : 0);
    parents.length = level;
    const parentKey = level > 0 ? (parents[level - 1] ?? null) : null;
    const key = parentKey === null ? name : `${parentKey}>${name}`;
    parents[level] = key;
    const unit = spec.unit ? parseUnit(spec.unit) : null;
    const values: Partial<Record<ValueColumn, number>> = {};
    const cells: Partial<Record<ValueColumn, string>> = {};
    for (const column of Object.keys(COLUMN_OF) as ValueColumn[]) {
      cells[column] = `${LETTER[column]}${row + 1}`;
      const value = spec[column];
      if (value !== undefined) values[column] = value;
    }
    const nature: IndicatorNature =
      spec.nature ?? (unit !== null && !unit.additive ? 'non-additive' : 'additive');
    return {
      key,
      name,
      label: spec.label.trim(),
      unit,
      unitText: spec.unit && !unit ? spec.unit : null,
      level,
      parentKey,
      nature,
      values,
      cells,
      labelCell: `A${row + 1}`,
      row,
      note: null,
    };
  });
  return {
    unitName,
    sheet,
    ...(options.file !== undefined ? { file: options.file } : {}),
    role: options.role ?? 'township',
    title: null,
    period: options.period ?? null,
    defaultUnit: null,
    layout: {
      headerRow: 0,
      headerRows: 1,
      indicator: 0,
      unit: 1,
      notes: null,
      values: { ...COLUMN_OF },
      headerText: {
        indicator: '指标名称',
        unit: '计量单位',
        current: '本期',
        previous: '上年同期',
        growth: '同比增长(%)',
        target: '全年目标',
        completion: '完成目标(%)',
      },
    },
    rows,
  };
}
