/**
 * Units of measure and the families within which they convert.
 *
 * `factor` is the unit's size in the family's base unit (元, 人, 平方米, 亩, 米, 千克,
 * 千瓦时, 吨标准煤). Count units (家, 个, 件, 户, 株, 项…) are additive but convert only to themselves.
 */
export type UnitFamily =
  | 'money'
  | 'people'
  | 'area'
  | 'land'
  | 'length'
  | 'weight'
  | 'energy'
  | 'coal'
  | 'count'
  | 'percent'
  | 'permille'
  | 'compound'
  | 'other';

export interface Unit {
  /** Canonical spelling: 万元, 公顷, 家… */
  readonly symbol: string;
  readonly family: UnitFamily;
  /** Size in the family's base unit; 1 for count, percent, compound and other units. */
  readonly factor: number;
  /** Whether values in this unit may be summed across townships. */
  readonly additive: boolean;
}

interface UnitSpec {
  readonly family: UnitFamily;
  readonly factor: number;
  readonly spellings: readonly string[];
}

const SPECS: readonly UnitSpec[] = [
  { family: 'money', factor: 1, spellings: ['元'] },
  { family: 'money', factor: 1e3, spellings: ['千元'] },
  { family: 'money', factor: 1e4, spellings: ['万元'] },
  { family: 'money', factor: 1e8, spellings: ['亿元'] },
  { family: 'money', factor: 1e4, spellings: ['万美元'] }, // kept apart below: currency differs
  { family: 'people', factor: 1, spellings: ['人', '人次', '名'] },
  { family: 'people', factor: 1e4, spellings: ['万人', '万人次'] },
  { family: 'area', factor: 1, spellings: ['平方米', 'm2', 'm²', '㎡', '平米'] },
  { family: 'area', factor: 1e4, spellings: ['万平方米', '万m2', '万㎡', '万平米'] },
  { family: 'land', factor: 1, spellings: ['亩'] },
  { family: 'land', factor: 15, spellings: ['公顷'] },
  { family: 'land', factor: 1e4, spellings: ['万亩'] },
  { family: 'length', factor: 1, spellings: ['米', 'm'] },
  { family: 'length', factor: 1000, spellings: ['公里', '千米', 'km'] },
  { family: 'weight', factor: 1, spellings: ['千克', '公斤', 'kg'] },
  { family: 'weight', factor: 1000, spellings: ['吨'] },
  { family: 'weight', factor: 1e7, spellings: ['万吨'] },
  { family: 'energy', factor: 1, spellings: ['千瓦时', '度', 'kwh'] },
  { family: 'energy', factor: 1e4, spellings: ['万千瓦时', '万度', '万kwh'] },
  { family: 'energy', factor: 1e8, spellings: ['亿千瓦时'] },
  { family: 'coal', factor: 1, spellings: ['吨标准煤', '吨标煤', 'tce'] },
  { family: 'coal', factor: 1e4, spellings: ['万吨标准煤', '万吨标煤'] },
  { family: 'percent', factor: 1, spellings: ['%', '％', '百分比'] },
  { family: 'permille', factor: 1, spellings: ['‰'] },
];

const COUNT_UNITS = [
  '家',
  '个',
  '件',
  '户',
  '株',
  '项',
  '座',
  '台',
  '套',
  '辆',
  '处',
  '宗',
  '批',
  '次',
  '所',
  '栋',
  '间',
  '人',
] as const;

const BY_SPELLING = new Map<string, Unit>();
for (const spec of SPECS) {
  for (const spelling of spec.spellings) {
    const symbol = spec.spellings[0] ?? spelling;
    // 万美元 is money but a different currency: its own family member that never converts.
    const family = symbol === '万美元' ? 'other' : spec.family;
    BY_SPELLING.set(spelling.toLowerCase(), {
      symbol,
      family,
      factor: spec.factor,
      additive: family !== 'percent' && family !== 'permille',
    });
  }
}
for (const symbol of COUNT_UNITS) {
  if (!BY_SPELLING.has(symbol)) {
    BY_SPELLING.set(symbol, { symbol, family: 'count', factor: 1, additive: true });
  }
}

/**
 * Reads a unit as written in a sheet ("万元", "（亿元）", "％", "元/人"). Returns null for
 * text that is not a unit we know; the caller reports it.
 *
 * @example
 * parseUnit('亿元') // { symbol: '亿元', family: 'money', factor: 1e8, additive: true }
 * parseUnit('元/人') // { symbol: '元/人', family: 'compound', factor: 1, additive: false }
 * parseUnit('斤斤') // null
 */
export function parseUnit(text: string): Unit | null {
  const cleaned = text
    .replace(/[\s\u3000]/g, '')
    .replace(/^[（(]|[)）]$/g, '')
    .replace(/^单位[:：]/, '')
    .toLowerCase();
  if (cleaned === '') return null;
  const known = BY_SPELLING.get(cleaned);
  if (known) return known;
  if (/^[^/／]+[/／][^/／]+$/.test(cleaned)) {
    return { symbol: cleaned.replace('／', '/'), family: 'compound', factor: 1, additive: false };
  }
  return null;
}

/** Whether a value in `from` can be expressed in `to`. */
export function convertible(from: Unit, to: Unit): boolean {
  if (from.family !== to.family) return false;
  if (from.family === 'count' || from.family === 'compound' || from.family === 'other') {
    return from.symbol === to.symbol;
  }
  return true;
}
