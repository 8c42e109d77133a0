/**
 * Generates the example county under examples/ (npm run example):
 *  - 县域示例.xlsx: 7 township sheets and a reported 合计 sheet, with planted faults;
 *  - 县域示例-无差错.xlsx: the same data, a correct 合计 and no faults;
 *  - 乡镇报表/<乡镇>.xlsx: one workbook per township (faulty variant) and 合计.xlsx;
 *  - 县域示例.planted.json: every planted fault, discrepancy and notice, by cell.
 * Deterministic: a seeded PRNG, no clock.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  INDICATORS,
  INDICATOR_BY_ID,
  cloneCounty,
  computeRates,
  generateCounty,
  reportedCompletion,
  reportedGrowth,
  sumCounty,
  type Figures,
  type IndicatorDef,
  type TownshipData,
  type ValueColumn,
} from './lib/county-data';
import { round, writeSheets, type SheetSpec, type SpecCell } from './lib/sheet-writer';

const OUT = join(__dirname, '..', 'examples');
const PERIOD = '2025年1-6月';
const TOTAL_SHEET = '合计';

type Column = 'label' | 'unit' | ValueColumn | 'notes';

/** How one township writes its sheet. */
interface Layout {
  readonly columns: readonly Column[];
  readonly headers: Readonly<Record<Column, string>>;
  /** "工业总产值（万元）" and no unit column. */
  readonly unitInLabel: boolean;
  /** Indicators written in another unit: value as written = canonical × factor. */
  readonly unitOverrides: ReadonlyMap<string, { unit: string; factor: number; digits: number }>;
  readonly footnote: string | null;
}

const STANDARD_HEADERS: Record<Column, string> = {
  label: '指标名称',
  unit: '计量单位',
  current: '本期',
  previous: '上年同期',
  growth: '同比增长(%)',
  target: '全年目标',
  completion: '完成目标(%)',
  notes: '备注',
};
const STANDARD_COLUMNS: readonly Column[] = [
  'label',
  'unit',
  'current',
  'previous',
  'growth',
  'target',
  'completion',
  'notes',
];

const IN_YI = { unit: '亿元', factor: 1e-4, digits: 4 };
const LAYOUTS: Record<string, Layout> = {
  default: {
    columns: STANDARD_COLUMNS,
    headers: STANDARD_HEADERS,
    unitInLabel: false,
    unitOverrides: new Map(),
    footnote: null,
  },
  南湖街道: {
    columns: ['label', 'unit', 'current', 'target', 'completion', 'previous', 'growth', 'notes'],
    headers: { ...STANDARD_HEADERS, previous: '去年同期' },
    unitInLabel: false,
    unitOverrides: new Map(),
    footnote: '注：本表为快报数。',
  },
  北山乡: {
    columns: STANDARD_COLUMNS,
    headers: STANDARD_HEADERS,
    unitInLabel: false,
    unitOverrides: new Map(
      [
        'output',
        'outputAbove',
        'outputHighTech',
        'sales',
        'salesGlass',
        'investment',
        'investmentIndustry',
      ].map((id) => [id, IN_YI]),
    ),
    footnote: null,
  },
  青石镇: {
    columns: ['label', 'current', 'previous', 'growth', 'target', 'completion', 'notes'],
    headers: STANDARD_HEADERS,
    unitInLabel: true,
    unitOverrides: new Map(),
    footnote: '注：利润总额为规上企业口径。',
  },
  白马镇: {
    columns: STANDARD_COLUMNS,
    headers: STANDARD_HEADERS,
    unitInLabel: false,
    unitOverrides: new Map([['rnd', { unit: '元', factor: 1e4, digits: 0 }]]),
    footnote: null,
  },
  高新园区: {
    columns: STANDARD_COLUMNS,
    headers: { ...STANDARD_HEADERS, current: '1-6月', growth: '增长%' },
    unitInLabel: false,
    unitOverrides: new Map(),
    footnote: null,
  },
};

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${CHINESE_DIGITS[ones]}`;
}

/** One planted or noted finding, for tests and for the reader. */
interface Planted {
  readonly id: string;
  readonly kind: 'discrepancy' | 'fault' | 'notice';
  /** The audit rule family we expect to catch it. */
  readonly rule: string;
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly indicator: string;
  readonly column: ValueColumn;
  readonly what: string;
  readonly expected: number | string | null;
  readonly actual: number | string | null;
}

/** A text written into a cell instead of the number (numeric text, dashes). */
type TextOverrides = Map<string, string>;

interface RenderedSheet {
  readonly spec: SheetSpec;
  /** A1 address by `${indicatorId}.${column}`. */
  readonly cells: ReadonlyMap<string, string>;
}

function a1(row: number, col: number): string {
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}

function displayValue(def: IndicatorDef, value: number | null, layout: Layout): number | null {
  if (value === null) return null;
  const o = layout.unitOverrides.get(def.id);
  return o ? round(value * o.factor, o.digits) : value;
}

/**
 * Renders one statistics sheet. `reported` overrides the growth/completion cells (a 合计
 * clerk's mistakes); otherwise they are computed from the row's own figures and rounded.
 */
function renderSheet(
  sheetName: string,
  unitName: string,
  data: TownshipData,
  layout: Layout,
  texts: TextOverrides = new Map(),
  reported: Map<string, number> = new Map(),
  notes: Map<string, string> = new Map(),
): RenderedSheet {
  const width = layout.columns.length;
  const rows: SpecCell[][] = [];
  const indents: Record<string, number> = {};
  const numFmts: Record<string, string> = {};
  const cells = new Map<string, string>();
  const title = `${unitName === '全县' ? '全县' : unitName}${unitName.endsWith('园区') ? '' : '园区'}主要经济指标完成情况（${PERIOD}）`;
  rows.push([title, ...Array<SpecCell>(width - 1).fill(null)]);
  const meta: SpecCell[] = Array<SpecCell>(width).fill(null);
  meta[0] = `填报单位：${unitName === '全县' ? '县统计局' : unitName}`;
  meta[Math.min(3, width - 2)] = '填报日期：2025年7月5日';
  meta[width - 1] = '单位：万元';
  rows.push(meta);
  rows.push(layout.columns.map((c) => layout.headers[c]));
  const colOf = new Map(layout.columns.map((c, i) => [c, i]));
  let mainNo = 0;
  const childCount = new Map<string, number>();
  for (const def of INDICATORS) {
    const f = data.get(def.id);
    if (!f) continue;
    const r = rows.length;
    const unit = layout.unitOverrides.get(def.id)?.unit ?? def.unit;
    let label: string;
    if (def.level === 0) {
      mainNo += 1;
      label = `${chineseNumber(mainNo)}、${def.name}`;
    } else {
      const n = (childCount.get(def.parent ?? '') ?? 0) + 1;
      childCount.set(def.parent ?? '', n);
      label = n === 1 ? `其中：${def.name}` : `\u3000\u3000${def.name}`;
      indents[a1(r, 0)] = 1;
    }
    if (layout.unitInLabel) label += `（${unit}）`;
    const row: SpecCell[] = Array<SpecCell>(width).fill(null);
    row[0] = label;
    const unitCol = colOf.get('unit');
    if (unitCol !== undefined) row[unitCol] = unit;
    const cur = displayValue(def, f.current, layout);
    const prev = displayValue(def, f.previous, layout);
    const tgt = def.hasTarget ? displayValue(def, f.target, layout) : null;
    const growth =
      reported.get(`${def.id}.growth`) ??
      (def.additive ? reportedGrowth(f.current, f.previous) : null);
    const completion =
      reported.get(`${def.id}.completion`) ??
      (def.hasTarget ? reportedCompletion(f.current, f.target) : null);
    const values: Record<ValueColumn, number | null> = {
      current: cur,
      previous: prev,
      growth,
      target: tgt,
      completion,
    };
    for (const col of ['current', 'previous', 'growth', 'target', 'completion'] as const) {
      const c = colOf.get(col);
      if (c === undefined) continue;
      cells.set(`${def.id}.${col}`, a1(r, c));
      const text = texts.get(`${def.id}.${col}`);
      row[c] = text ?? values[col];
      if ((col === 'growth' || col === 'completion') && typeof row[c] === 'number') {
        numFmts[a1(r, c)] = '0.0';
      }
    }
    const noteCol = colOf.get('notes');
    const note = notes.get(def.id);
    if (noteCol !== undefined && note !== undefined) row[noteCol] = note;
    rows.push(row);
  }
  if (layout.footnote) {
    rows.push(Array<SpecCell>(width).fill(null));
    rows.push([layout.footnote, ...Array<SpecCell>(width - 1).fill(null)]);
  }
  const lastCol = String.fromCharCode(64 + width);
  return {
    spec: {
      name: sheetName,
      rows,
      merges: [`A1:${lastCol}1`],
      indents,
      numFmts,
      widths: layout.columns.map((c) => (c === 'label' ? 32 : c === 'notes' ? 14 : 12)),
      boldRows: [1, 3],
    },
    cells,
  };
}

function layoutOf(name: string): Layout {
  return LAYOUTS[name] ?? (LAYOUTS.default as Layout);
}

/** Text cells a real clerk leaves: numeric text with separators, dashes for no data. */
function townshipTexts(name: string, data: TownshipData): TextOverrides {
  const t: TextOverrides = new Map();
  const fmt = (n: number | null | undefined) =>
    (n ?? 0).toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (name === '高新园区') t.set('employees.current', fmt(data.get('employees')?.current));
  if (name === '青石镇') t.set('output.previous', fmt(data.get('output')?.previous));
  if (name === '南湖街道') {
    for (const col of ['current', 'previous', 'growth', 'target', 'completion'] as const) {
      t.set(`foreign.${col}`, '—');
    }
  }
  if (name === '北山乡') t.set('profit.growth', '—');
  return t;
}

function townshipNotes(name: string): Map<string, string> {
  if (name === '北山乡') return new Map([['profit', '扭亏为盈']]);
  if (name === '白马镇') return new Map([['profit', '由盈转亏']]);
  if (name === '南湖街道') return new Map([['foreign', '无外资项目']]);
  return new Map();
}

const WORKBOOK = '县域示例.xlsx';
const CLEAN_WORKBOOK = '县域示例-无差错.xlsx';

interface Variant {
  readonly townships: Map<string, RenderedSheet>;
  readonly total: RenderedSheet;
  readonly planted: Planted[];
}

function label(id: string): string {
  return INDICATOR_BY_ID.get(id)?.name ?? id;
}

function buildVariant(faulty: boolean): Variant {
  const clean = generateCounty();
  const county = cloneCounty(clean);
  const planted: Planted[] = [];
  const plantedLater: Array<(sheets: Map<string, RenderedSheet>) => void> = [];
  const fig = (town: string, id: string): Figures => {
    const f = county.get(town)?.get(id);
    if (!f) throw new Error(`${town} ${id}`);
    return f;
  };

  if (faulty) {
    // F1: 西河镇 其中：规模以上工业产值 larger than its parent 工业总产值.
    const parent = fig('西河镇', 'output');
    const child = fig('西河镇', 'outputAbove');
    const wrong = (parent.current ?? 0) + 1234;
    const before = child.current;
    child.current = wrong;
    plantedLater.push((sheets) =>
      planted.push({
        id: 'F1',
        kind: 'fault',
        rule: '表内: 其中项大于总项',
        file: WORKBOOK,
        sheet: '西河镇',
        cell: sheets.get('西河镇')!.cells.get('outputAbove.current')!,
        indicator: '规模以上工业产值',
        column: 'current',
        what: `其中项“规模以上工业产值”本期 ${wrong} 大于总项“工业总产值”本期 ${parent.current}（原值 ${before}）`,
        expected: `<= ${parent.current}`,
        actual: wrong,
      }),
    );
    // F2: 东城镇 研发投入 上年同期 entered in 元 while the unit is 万元 (10,000× too large).
    const rnd = fig('东城镇', 'rnd');
    const truePrev = rnd.previous;
    rnd.previous = (truePrev ?? 0) * 10000;
    plantedLater.push((sheets) =>
      planted.push({
        id: 'F2',
        kind: 'fault',
        rule: '合理性: 与上年同期相差约 10000 倍（元/万元 错位）',
        file: WORKBOOK,
        sheet: '东城镇',
        cell: sheets.get('东城镇')!.cells.get('rnd.previous')!,
        indicator: '研发投入',
        column: 'previous',
        what: `上年同期按“元”填入而单位为“万元”，比应有值大 10000 倍（${rnd.previous}，本期 ${rnd.current}），同比增长算得 ${reportedGrowth(rnd.current, rnd.previous)}%`,
        expected: truePrev,
        actual: rnd.previous,
      }),
    );
    for (const data of county.values()) computeRates(data);
  }

  const sheets = new Map<string, RenderedSheet>();
  for (const [name, data] of county) {
    sheets.set(
      name,
      renderSheet(
        name,
        name,
        data,
        layoutOf(name),
        townshipTexts(name, data),
        new Map(),
        townshipNotes(name),
      ),
    );
  }
  for (const add of plantedLater) add(sheets);

  // The 合计 sheet: Σ of the townships as reported, then the clerk's mistakes.
  const total = sumCounty(county);
  const reported = new Map<string, number>();
  const totalPlants: Array<(cells: ReadonlyMap<string, string>) => Planted> = [];
  if (faulty) {
    // D1: 工业总产值 本期 off by 1,000 万元 (growth and completion by formula from it).
    const out = total.get('output')!;
    const right = out.current;
    out.current = (right ?? 0) + 1000;
    totalPlants.push((cells) => ({
      id: 'D1',
      kind: 'discrepancy',
      rule: '表间: 合计与各乡镇之和不符',
      file: WORKBOOK,
      sheet: TOTAL_SHEET,
      cell: cells.get('output.current')!,
      indicator: '工业总产值',
      column: 'current',
      what: '合计本期比各乡镇之和多 1000 万元',
      expected: right,
      actual: out.current,
    }));
    // D2: 销售收入 同比增长 summed over townships instead of recomputed.
    const sales = total.get('sales')!;
    let summed = 0;
    for (const data of county.values()) {
      const f = data.get('sales')!;
      summed += reportedGrowth(f.current, f.previous) ?? 0;
    }
    summed = round(summed, 1);
    reported.set('sales.growth', summed);
    totalPlants.push((cells) => ({
      id: 'D2',
      kind: 'discrepancy',
      rule: '表间/表内: 增速为各乡镇增速相加，应按 Σ本期/Σ上年同期 重算',
      file: WORKBOOK,
      sheet: TOTAL_SHEET,
      cell: cells.get('sales.growth')!,
      indicator: '销售收入',
      column: 'growth',
      what: '同比增长(%)是 7 个乡镇增速之和，不是由合计本期/上年同期计算',
      expected: reportedGrowth(sales.current, sales.previous),
      actual: summed,
    }));
    // D3: 固定资产投资 本期 copied from last period (= 上年同期).
    const inv = total.get('investment')!;
    const invRight = inv.current;
    inv.current = inv.previous;
    totalPlants.push((cells) => ({
      id: 'D3',
      kind: 'discrepancy',
      rule: '表间: 合计与各乡镇之和不符',
      file: WORKBOOK,
      sheet: TOTAL_SHEET,
      cell: cells.get('investment.current')!,
      indicator: '固定资产投资',
      column: 'current',
      what: '合计本期照抄了上年同期数（同比增长因此为 0.0）',
      expected: invRight,
      actual: inv.current,
    }));
    // D4: 入园企业数 本期 off by one.
    const firms = total.get('firms')!;
    const firmsRight = firms.current;
    firms.current = (firmsRight ?? 0) + 1;
    totalPlants.push((cells) => ({
      id: 'D4',
      kind: 'discrepancy',
      rule: '表间: 合计与各乡镇之和不符',
      file: WORKBOOK,
      sheet: TOTAL_SHEET,
      cell: cells.get('firms.current')!,
      indicator: '入园企业数',
      column: 'current',
      what: '合计本期比各乡镇之和多 1 家',
      expected: firmsRight,
      actual: firms.current,
    }));
    // D5: 工商税收 reported growth inconsistent with its own 本期/上年同期.
    const tax = total.get('tax')!;
    const taxGrowth = reportedGrowth(tax.current, tax.previous);
    const wrongGrowth = round((taxGrowth ?? 0) + 3.7, 1);
    reported.set('tax.growth', wrongGrowth);
    totalPlants.push((cells) => ({
      id: 'D5',
      kind: 'discrepancy',
      rule: '表内: 填报增速与本期/上年同期算得的增速不符',
      file: WORKBOOK,
      sheet: TOTAL_SHEET,
      cell: cells.get('tax.growth')!,
      indicator: '工商税收',
      column: 'growth',
      what: '同比增长(%)与本行本期、上年同期算得的增速相差 3.7 个百分点',
      expected: taxGrowth,
      actual: wrongGrowth,
    }));
    computeRates(total);
    // F2b: the 合计 clerk summed 东城镇's slipped 上年同期 too.
    const rndTotal = total.get('rnd')!;
    totalPlants.push((cells) => ({
      id: 'F2b',
      kind: 'fault',
      rule: '合理性: 增速绝对值超过阈值（F2 的后果）',
      file: WORKBOOK,
      sheet: TOTAL_SHEET,
      cell: cells.get('rnd.growth')!,
      indicator: '研发投入',
      column: 'growth',
      what: '合计上年同期含东城镇按“元”填入的数，同比增长接近 -100%',
      expected: null,
      actual: reportedGrowth(rndTotal.current, rndTotal.previous),
    }));
  }
  const totalSheet = renderSheet(
    TOTAL_SHEET,
    '全县',
    total,
    layoutOf('default'),
    new Map(),
    reported,
  );
  for (const make of totalPlants) planted.push(make(totalSheet.cells));

  // Notices: realistic cell contents the parser reads (or skips) with a notice, not faults.
  const notice = (
    id: string,
    sheet: string,
    key: string,
    what: string,
    expected: number | string | null,
    actual: string,
  ): void => {
    const [ind, col] = key.split('.') as [string, ValueColumn];
    planted.push({
      id,
      kind: 'notice',
      rule: '提示: 单元格内容',
      file: WORKBOOK,
      sheet,
      cell: sheets.get(sheet)!.cells.get(key)!,
      indicator: label(ind),
      column: col,
      what,
      expected,
      actual,
    });
  };
  const texts = (town: string) => townshipTexts(town, county.get(town)!);
  notice(
    'N1',
    '高新园区',
    'employees.current',
    '数字文本（千分位逗号），按数值读取',
    fig('高新园区', 'employees').current,
    texts('高新园区').get('employees.current')!,
  );
  notice(
    'N2',
    '青石镇',
    'output.previous',
    '数字文本（千分位逗号），按数值读取',
    fig('青石镇', 'output').previous,
    texts('青石镇').get('output.previous')!,
  );
  notice('N3', '南湖街道', 'foreign.current', '“—”表示无数据（无外资项目），整行为“—”', null, '—');
  notice('N4', '北山乡', 'profit.growth', '上年同期为亏损，增速填“—”（备注：扭亏为盈）', null, '—');
  notice(
    'N5',
    '白马镇',
    'profit.current',
    '本期亏损（由盈转亏），数值为负',
    fig('白马镇', 'profit').current,
    String(fig('白马镇', 'profit').current),
  );
  notice(
    'N6',
    '北山乡',
    'output.current',
    '货币指标按“亿元”填报（计量单位列），需换算为万元',
    fig('北山乡', 'output').current,
    String(
      displayValue(
        INDICATOR_BY_ID.get('output')!,
        fig('北山乡', 'output').current,
        layoutOf('北山乡'),
      ),
    ),
  );
  notice(
    'N7',
    '白马镇',
    'rnd.current',
    '研发投入按“元”填报（计量单位列），需换算为万元',
    fig('白马镇', 'rnd').current,
    String(
      displayValue(INDICATOR_BY_ID.get('rnd')!, fig('白马镇', 'rnd').current, layoutOf('白马镇')),
    ),
  );
  // Real swings of small counts (and the loss) that a plausibility rule may flag: not faults.
  let n = 8;
  for (const [town, data] of clean) {
    for (const def of INDICATORS) {
      const f = data.get(def.id);
      const g = def.additive && f ? reportedGrowth(f.current, f.previous) : null;
      if (g === null || Math.abs(g) <= 50) continue;
      notice(
        `N${n++}`,
        town,
        `${def.id}.growth`,
        `真实的大幅波动（|增速| > 50%），不是差错`,
        g,
        String(g),
      );
    }
  }
  return { townships: sheets, total: totalSheet, planted };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const faulty = buildVariant(true);
  const clean = buildVariant(false);

  await writeSheets(join(OUT, WORKBOOK), [
    ...[...faulty.townships.values()].map((s) => s.spec),
    faulty.total.spec,
  ]);
  await writeSheets(join(OUT, CLEAN_WORKBOOK), [
    ...[...clean.townships.values()].map((s) => s.spec),
    clean.total.spec,
  ]);

  const folder = join(OUT, '乡镇报表');
  rmSync(folder, { recursive: true, force: true });
  const sheet1 = new Set(['东城镇', '南湖街道', '青石镇', '高新园区']);
  for (const [name, sheet] of faulty.townships) {
    await writeSheets(join(folder, `${name}.xlsx`), [
      { ...sheet.spec, name: sheet1.has(name) ? 'Sheet1' : name },
    ]);
  }
  await writeSheets(join(folder, `${TOTAL_SHEET}.xlsx`), [faulty.total.spec]);

  const planted = {
    description:
      '县域示例.xlsx 中故意设置的差错（fault/discrepancy，审核应全部查出）和应给出提示的单元格（notice）。金额为万元，增速为百分数。',
    workbook: WORKBOOK,
    folder: '乡镇报表',
    period: PERIOD,
    townships: [...faulty.townships.keys()],
    items: faulty.planted,
  };
  writeFileSync(join(OUT, '县域示例.planted.json'), `${JSON.stringify(planted, null, 2)}\n`);
  console.log(
    `wrote ${WORKBOOK}, ${CLEAN_WORKBOOK}, 乡镇报表/ (${faulty.townships.size + 1} files)`,
  );
  for (const p of faulty.planted) {
    console.log(
      `${p.id} ${p.kind} ${p.sheet}!${p.cell} ${p.indicator}: expected ${p.expected}, actual ${p.actual}`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
