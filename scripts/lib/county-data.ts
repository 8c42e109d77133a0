/**
 * The example county's township figures, generated from a seeded PRNG: the same numbers on
 * every run. Values are in each indicator's canonical unit (the unit of the 合计 sheet).
 */
import { round, seededRandom } from './sheet-writer';

export type ValueColumn = 'current' | 'previous' | 'growth' | 'target' | 'completion';

export interface IndicatorDef {
  readonly id: string;
  /** Plain name: 工业总产值. */
  readonly name: string;
  /** Canonical unit (the 合计 sheet's). */
  readonly unit: string;
  /** 0 main indicator, 1 其中 item. */
  readonly level: 0 | 1;
  readonly parent?: string;
  readonly additive: boolean;
  readonly hasTarget: boolean;
  /** Decimals a clerk writes in the canonical unit. */
  readonly digits: number;
}

export interface Figures {
  current: number | null;
  previous: number | null;
  target: number | null;
}

export type TownshipData = Map<string, Figures>;

export interface Township {
  readonly name: string;
  /** 工业总产值 本期, 万元. */
  readonly scale: number;
  /** Overall growth of the township's economy (0.086 = 8.6%). */
  readonly growth: number;
}

const I = (
  id: string,
  name: string,
  unit: string,
  opts: Partial<Omit<IndicatorDef, 'id' | 'name' | 'unit'>> = {},
): IndicatorDef => ({
  id,
  name,
  unit,
  level: opts.level ?? (opts.parent ? 1 : 0),
  ...(opts.parent ? { parent: opts.parent } : {}),
  additive: opts.additive ?? true,
  hasTarget: opts.hasTarget ?? false,
  digits: opts.digits ?? 0,
});

/** The 34 indicator rows of the example county's sheet, in sheet order. */
export const INDICATORS: readonly IndicatorDef[] = [
  I('output', '工业总产值', '万元', { hasTarget: true }),
  I('outputAbove', '规模以上工业产值', '万元', { parent: 'output' }),
  I('outputHighTech', '高新技术产业产值', '万元', { parent: 'output' }),
  I('sales', '销售收入', '万元', { hasTarget: true }),
  I('salesGlass', '玻璃产品销售收入', '万元', { parent: 'sales' }),
  I('profit', '利润总额', '万元'),
  I('tax', '工商税收', '万元', { hasTarget: true }),
  I('taxVat', '国内增值税', '万元', { parent: 'tax' }),
  I('taxIncome', '企业所得税', '万元', { parent: 'tax' }),
  I('investment', '固定资产投资', '万元', { hasTarget: true }),
  I('investmentIndustry', '工业投资', '万元', { parent: 'investment' }),
  I('attracted', '招商引资到位资金', '亿元', { hasTarget: true, digits: 2 }),
  I('foreign', '实际利用外资', '万美元', { hasTarget: true }),
  I('trade', '进出口总额', '万元'),
  I('tradeExport', '出口总额', '万元', { parent: 'trade' }),
  I('employees', '企业员工总数', '人'),
  I('firms', '入园企业数', '家'),
  I('firmsOperating', '建成投产企业', '家', { parent: 'firms' }),
  I('firmsAbove', '规上企业数', '家'),
  I('firmsAboveNew', '新增规上企业', '家'),
  I('projects', '新开工项目', '个', { hasTarget: true }),
  I('projectsLarge', '亿元以上项目', '个', { parent: 'projects' }),
  I('rnd', '研发投入', '万元'),
  I('patents', '专利授权数', '件'),
  I('plantArea', '标准厂房面积', '万平方米', { digits: 2 }),
  I('land', '园区用地', '亩'),
  I('landDeveloped', '已开发面积', '亩', { parent: 'land' }),
  I('energy', '综合能耗', '吨标准煤'),
  I('power', '用电量', '万千瓦时'),
  I('taxRate', '产值利税率', '%', { additive: false, digits: 2 }),
  I('perCapita', '人均产值', '元/人', { additive: false }),
  I('taxPerMu', '亩均税收', '万元/亩', { additive: false, digits: 2 }),
  I('highTechShare', '高新技术产业产值占比', '%', { additive: false, digits: 1 }),
  I('energyIntensity', '万元产值能耗', '吨标准煤/万元', { additive: false, digits: 3 }),
];

export const INDICATOR_BY_ID = new Map(INDICATORS.map((d) => [d.id, d]));

export const TOWNSHIPS: readonly Township[] = [
  { name: '东城镇', scale: 285600, growth: 0.086 },
  { name: '西河镇', scale: 126400, growth: 0.072 },
  { name: '南湖街道', scale: 48200, growth: 0.153 },
  { name: '北山乡', scale: 23580, growth: -0.118 },
  { name: '青石镇', scale: 97300, growth: 0.214 },
  { name: '白马镇', scale: 64100, growth: -0.052 },
  { name: '高新园区', scale: 218900, growth: 0.368 },
];

function generateTownship(t: Township, rnd: () => number): TownshipData {
  const between = (lo: number, hi: number): number => lo + (hi - lo) * rnd();
  const int = (lo: number, hi: number): number => Math.floor(between(lo, hi + 1));
  const g = (): number => Math.max(-0.15, Math.min(0.4, t.growth + between(-0.06, 0.06)));
  const data: TownshipData = new Map();
  const set = (
    id: string,
    current: number | null,
    previous: number | null,
    target: number | null = null,
  ) => data.set(id, { current, previous, target });
  const get = (id: string): Figures => {
    const f = data.get(id);
    if (!f) throw new Error(`no figures for ${id}`);
    return f;
  };
  const flow = (id: string, current: number, digits = 0, growth = g()): void => {
    set(id, round(current, digits), round(current / (1 + growth), digits));
  };
  const part = (id: string, parent: string, lo: number, hi: number, digits = 0): void => {
    const p = get(parent);
    const rc = between(lo, hi);
    const rp = Math.min(0.97, rc * between(0.96, 1.04));
    set(id, round((p.current ?? 0) * rc, digits), round((p.previous ?? 0) * rp, digits));
  };
  const target = (id: string, completionLo: number, completionHi: number, digits = 0): void => {
    const f = get(id);
    f.target = round((f.current ?? 0) / between(completionLo, completionHi), digits);
    // Clerks set round targets.
    const step = digits > 0 ? 1 : f.target >= 10000 ? 1000 : f.target >= 100 ? 10 : 1;
    f.target = round(Math.ceil(f.target / step) * step, digits);
  };
  const S = t.scale;

  flow('output', S, 0, t.growth);
  target('output', 0.42, 0.56);
  part('outputAbove', 'output', 0.72, 0.9);
  part('outputHighTech', 'output', 0.28, 0.5);
  flow('sales', S * between(0.9, 0.97));
  target('sales', 0.42, 0.56);
  part('salesGlass', 'sales', 0.2, 0.85);
  flow('profit', get('sales').current! * between(0.04, 0.08));
  flow('tax', get('sales').current! * between(0.035, 0.05));
  target('tax', 0.45, 0.58);
  part('taxVat', 'tax', 0.45, 0.55);
  part('taxIncome', 'tax', 0.15, 0.25);
  flow('investment', S * between(0.2, 0.45));
  target('investment', 0.38, 0.6);
  part('investmentIndustry', 'investment', 0.6, 0.85);
  flow('attracted', (S * between(0.02, 0.06)) / 10000, 2);
  target('attracted', 0.4, 0.62, 2);
  flow('foreign', (S / 100000) * between(50, 800));
  target('foreign', 0.35, 0.6);
  flow('trade', S * between(0.05, 0.25));
  part('tradeExport', 'trade', 0.6, 0.85);
  const employees = round(S / between(45, 80));
  set('employees', employees, round(employees / (1 + t.growth * 0.3)));
  const firms = Math.max(8, round(S / between(3000, 5000)));
  const firmsPrev = Math.max(6, firms - int(0, 4));
  set('firms', firms, firmsPrev);
  const operating = round(firms * between(0.55, 0.8));
  set('firmsOperating', operating, Math.min(firmsPrev, Math.max(1, operating - int(0, 3))));
  const above = round(firms * between(0.3, 0.45));
  set('firmsAbove', above, Math.max(1, above - int(0, 3)));
  const firmsNew = int(1, 5);
  set('firmsAboveNew', firmsNew, Math.max(1, firmsNew + int(-1, 1)));
  const projects = int(3, 14);
  const projectsPrev = Math.max(2, projects + int(-2, 2));
  set('projects', projects, projectsPrev, projects + int(4, 10));
  const large = int(1, Math.floor(projects / 2));
  set(
    'projectsLarge',
    large,
    Math.max(1, Math.min(Math.floor(projectsPrev / 2), large + int(-1, 1))),
  );
  flow('rnd', S * between(0.015, 0.035));
  const patents = round(S / between(2000, 6000));
  set('patents', patents, Math.max(1, round(patents / (1 + g()))));
  const plant = round((S / 100000) * between(4, 12), 2);
  set('plantArea', plant, round(plant * between(0.85, 1), 2));
  const land = round((S / 100000) * between(900, 2500));
  set('land', land, round(land * between(0.9, 1)));
  part('landDeveloped', 'land', 0.55, 0.85);
  flow('energy', S * between(0.03, 0.07));
  flow('power', S * between(0.04, 0.08));
  return data;
}

/** Recomputes the rate rows from a sheet's own figures, as a clerk's formulas do. */
export function computeRates(data: TownshipData): void {
  const v = (id: string, col: 'current' | 'previous'): number | null => data.get(id)?.[col] ?? null;
  const ratio = (
    num: (col: 'current' | 'previous') => number | null,
    den: (col: 'current' | 'previous') => number | null,
    scale: number,
    digits: number,
  ): Figures => {
    const one = (col: 'current' | 'previous'): number | null => {
      const n = num(col);
      const d = den(col);
      return n === null || d === null || d === 0 ? null : round((n / d) * scale, digits);
    };
    return { current: one('current'), previous: one('previous'), target: null };
  };
  const sum = (a: string, b: string) => (col: 'current' | 'previous') => {
    const x = v(a, col);
    const y = v(b, col);
    return x === null || y === null ? null : x + y;
  };
  const of = (id: string) => (col: 'current' | 'previous') => v(id, col);
  data.set('taxRate', ratio(sum('profit', 'tax'), of('output'), 100, 2));
  data.set('perCapita', ratio(of('output'), of('employees'), 10000, 0));
  data.set('taxPerMu', ratio(of('tax'), of('land'), 1, 2));
  data.set('highTechShare', ratio(of('outputHighTech'), of('output'), 100, 1));
  data.set('energyIntensity', ratio(of('energy'), of('output'), 1, 3));
}

/** Generates every township's figures (clean: no planted faults). */
export function generateCounty(seed = 20250705): Map<string, TownshipData> {
  const rnd = seededRandom(seed);
  const county = new Map<string, TownshipData>();
  for (const t of TOWNSHIPS) {
    const data = generateTownship(t, rnd);
    county.set(t.name, data);
  }
  // Profits: 白马镇 made a loss this year; 北山乡 made a loss last year (扭亏为盈).
  const baima = county.get('白马镇')!.get('profit')!;
  baima.current = -1286;
  const beishan = county.get('北山乡')!.get('profit')!;
  beishan.previous = -356;
  // 南湖街道 has no foreign capital at all (reported as dashes).
  const nanhu = county.get('南湖街道')!.get('foreign')!;
  nanhu.current = null;
  nanhu.previous = null;
  nanhu.target = null;
  for (const data of county.values()) computeRates(data);
  return county;
}

/** Deep copy, so faults can be planted without touching the clean data. */
export function cloneCounty(county: Map<string, TownshipData>): Map<string, TownshipData> {
  return new Map(
    [...county].map(([name, data]) => [name, new Map([...data].map(([id, f]) => [id, { ...f }]))]),
  );
}

/** Growth in percent, rounded to 1 decimal as reported; null when the base is not positive. */
export function reportedGrowth(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous <= 0) return null;
  return round((current / previous - 1) * 100, 1);
}

/** Completion in percent, rounded to 1 decimal. */
export function reportedCompletion(current: number | null, target: number | null): number | null {
  if (current === null || target === null || target <= 0) return null;
  return round((current / target) * 100, 1);
}

/** Σ over townships (canonical units) of the additive indicators; rates recomputed. */
export function sumCounty(county: Map<string, TownshipData>): TownshipData {
  const total: TownshipData = new Map();
  for (const def of INDICATORS) {
    if (!def.additive) continue;
    const acc: Figures = { current: null, previous: null, target: null };
    for (const data of county.values()) {
      const f = data.get(def.id);
      if (!f) continue;
      for (const col of ['current', 'previous', 'target'] as const) {
        const x = f[col];
        if (x !== null) acc[col] = round((acc[col] ?? 0) + x, def.digits + 4);
      }
    }
    total.set(def.id, acc);
  }
  computeRates(total);
  return total;
}
