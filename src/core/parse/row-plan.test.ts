import type { CellValue, SheetGrid } from '../grid/cell';
import type { ColumnLayout } from '../model/table';
import { parseUnit } from '../model/unit';
import { sheet } from '../../../test/helpers/sheet-grid';
import { findHeader } from './header';
import { parseSheet } from './parse-sheet';
import { HAS_CONTENT, HAS_NUMBER, planRows, type PlanInput, type PlannedRow } from './row-plan';

const HEADER = ['指标名称', '计量单位', '本期', '上年同期'];

function township(name: string, body: readonly (readonly CellValue[])[]): SheetGrid {
  return sheet(name, [HEADER, ...body]);
}

/** One object: the plan is shared for the same aliases object. */
const ALIASES = { 从业人员: '就业人数' };

const BODY: readonly (readonly CellValue[])[] = [
  ['工业总产值', '万元', 120, 100],
  ['  其中：规模以上工业产值', '万元', 90, 80],
  ['从业人员', '人', 50, 48],
];

function layoutOf(grid: SheetGrid): ColumnLayout {
  const header = findHeader(grid);
  if (header.kind !== 'found') throw new Error('no header');
  return header.layout;
}

/** The plan input of a grid whose every body row holds numbers (or `flags`). */
function input(grid: SheetGrid, extra: Partial<PlanInput> = {}): PlanInput {
  return {
    grid,
    layout: layoutOf(grid),
    bodyStart: 1,
    flags: grid.rows.slice(1).map(() => HAS_NUMBER | HAS_CONTENT),
    defaultUnit: null,
    aliases: undefined,
    ...extra,
  };
}

function rowsOf(plan: ReturnType<typeof planRows>): PlannedRow[] {
  return plan.entries.filter((e): e is PlannedRow => e.kind === 'row');
}

describe('planRows', () => {
  it('works out keys, levels, units and natures', () => {
    const rows = rowsOf(planRows(input(township('东城镇', BODY))));
    expect(rows.map((r) => [r.key, r.level, r.parentKey, r.unit?.symbol, r.nature])).toEqual([
      ['工业总产值', 0, null, '万元', 'additive'],
      ['工业总产值>规模以上工业产值', 1, '工业总产值', '万元', 'additive'],
      ['从业人员', 0, null, '人', 'additive'],
    ]);
    expect(rows.map((r) => r.labelCell)).toEqual(['A2', 'A3', 'A4']);
  });

  it('gives the next sheet of the same template the same plan, whatever its numbers', () => {
    const first = planRows(input(township('东城镇', BODY)));
    const other = BODY.map((row) => [row[0] ?? null, row[1] ?? null, 7, 6]);
    expect(planRows(input(township('西城镇', other)))).toBe(first);
  });

  it.each<[string, (grid: SheetGrid) => PlanInput]>([
    [
      'a label',
      () =>
        input(
          township('西城镇', [
            BODY[0] ?? [],
            ['  其中：高新技术产业产值', '万元', 9, 8],
            BODY[2] ?? [],
          ]),
        ),
    ],
    [
      'a unit cell',
      () => input(township('西城镇', [BODY[0] ?? [], BODY[1] ?? [], ['从业人员', '万人', 1, 1]])),
    ],
    [
      'what a row holds',
      (grid) =>
        input(grid, { flags: [HAS_NUMBER | HAS_CONTENT, HAS_CONTENT, HAS_NUMBER | HAS_CONTENT] }),
    ],
    ['an indent', (grid) => input({ ...grid, indents: { A4: 1 } })],
    ['the sheet unit', (grid) => input(grid, { defaultUnit: parseUnit('亿元') })],
    ['the aliases', (grid) => input(grid, { aliases: ALIASES })],
    ['the body start', () => input(sheet('西城镇', [['标题'], HEADER, ...BODY]), { bodyStart: 2 })],
    ['the number of rows', () => input(township('西城镇', BODY.slice(0, 2)))],
  ])('works the plan out again when %s differs', (_, changed) => {
    const grid = township('东城镇', BODY);
    const first = planRows(input(grid));
    const second = planRows(changed(grid));
    expect(second).not.toBe(first);
    // The same sheet again gets the plan just worked out.
    expect(planRows(changed(grid))).toBe(second);
  });

  it('follows a changed indent into the hierarchy', () => {
    const flat: SheetGrid = {
      ...township('东城镇', [
        ['工业总产值', '万元', 120, 100],
        ['规模以上工业产值', '万元', 90, 80],
      ]),
      indents: {},
    };
    expect(rowsOf(planRows(input(flat))).map((r) => r.level)).toEqual([0, 0]);
    const indented = { ...flat, indents: { A3: 1 } };
    expect(rowsOf(planRows(input(indented))).map((r) => r.level)).toEqual([0, 1]);
  });

  it('lists repeated indicators and rows with numbers but no label', () => {
    const plan = planRows(
      input(
        township('东城镇', [
          ['工业总产值', '万元', 120, 100],
          [null, null, 5, 4],
          ['工业总产值', '万元', 1, 1],
        ]),
      ),
    );
    expect(plan.unlabelled).toEqual([{ cell: 'A3', row: 3 }]);
    expect(plan.entries.map((e) => e.kind)).toEqual(['row', 'duplicate']);
    expect(plan.entries[1]).toMatchObject({ labelCell: 'A4', first: 'A2' });
    expect(plan.rowCount).toBe(1);
  });
});

describe('parseSheet on sheets sharing a plan', () => {
  it('reads each sheet its own numbers and names each sheet in its issues', () => {
    const body = (current: CellValue): CellValue[][] => [
      ['工业总产值', '万元', current, 100],
      [null, null, 5, null],
      ['工业总产值', '万元', 1, 1],
      ['税收', '斤', 3, 2],
    ];
    const east = parseSheet(township('东城镇', body(120)));
    const west = parseSheet(township('西城镇', body('#N/A')));
    expect(east.table?.rows.map((r) => r.values.current)).toEqual([120, 3]);
    expect(west.table?.rows.map((r) => r.values.current)).toEqual([undefined, 3]);
    const located = (issues: typeof east.issues) =>
      issues.map((i) => [i.code, i.location.sheet, i.location.cell]);
    expect(located(east.issues)).toEqual([
      ['parse.label-missing', '东城镇', 'A3'],
      ['parse.duplicate-indicator', '东城镇', 'A4'],
      ['parse.unit-unknown', '东城镇', 'B5'],
    ]);
    expect(located(west.issues)).toEqual([
      ['parse.label-missing', '西城镇', 'A3'],
      ['parse.cell-excel-error', '西城镇', 'C2'],
      ['parse.duplicate-indicator', '西城镇', 'A4'],
      ['parse.unit-unknown', '西城镇', 'B5'],
    ]);
  });
});
