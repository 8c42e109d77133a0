import { statTable, type RowSpec } from '../../../test/helpers/stat-table';
import { consolidate } from '../consolidate';
import { issue } from '../diagnostics/issue';
import { completion, exactSum, growth } from '../compute';
import type { StatTable } from '../model/table';
import { AUDIT_RULES } from './registry';
import { RULE_CODES } from './rule-code';
import { runAudit } from './run-audit';

/**
 * A realistic clean dataset for tests and benchmarks: townships with 15 indicators (其中
 * rows, money in 万元 / 亿元 / 万美元, people, firms, land), growth and completion reported
 * rounded to 1 decimal, and a 合计 sheet that is exactly right but rounded to its displayed
 * precision. Deterministic.
 */

interface IndicatorSpec {
  readonly label: string;
  readonly unit: string;
  /** Township base 本期 (size 1). */
  readonly base: number;
  /** Decimals the township sheets show. */
  readonly decimals: number;
  /** Decimals the 合计 sheet shows. */
  readonly totalDecimals: number;
  readonly target?: boolean;
}

/** The 15 indicators of the standard sheet. */
const CLEAN_INDICATORS: readonly IndicatorSpec[] = [
  {
    label: '一、工业总产值',
    unit: '万元',
    base: 185000,
    decimals: 2,
    totalDecimals: 1,
    target: true,
  },
  { label: '其中：规模以上工业产值', unit: '万元', base: 150000, decimals: 2, totalDecimals: 1 },
  {
    label: '二、销售收入',
    unit: '万元',
    base: 135000,
    decimals: 2,
    totalDecimals: 1,
    target: true,
  },
  { label: '其中：玻璃产品销售收入', unit: '万元', base: 111500, decimals: 2, totalDecimals: 1 },
  { label: '三、利润总额', unit: '万元', base: 9000, decimals: 2, totalDecimals: 1 },
  { label: '四、工商税收', unit: '万元', base: 7500, decimals: 2, totalDecimals: 1, target: true },
  { label: '其中：增值税', unit: '万元', base: 3600, decimals: 2, totalDecimals: 1 },
  {
    label: '五、固定资产投资',
    unit: '万元',
    base: 42000,
    decimals: 1,
    totalDecimals: 1,
    target: true,
  },
  { label: '其中：工业投资', unit: '万元', base: 25000, decimals: 1, totalDecimals: 1 },
  {
    label: '六、招商引资到位资金',
    unit: '亿元',
    base: 8,
    decimals: 2,
    totalDecimals: 2,
    target: true,
  },
  { label: '七、出口总额', unit: '万美元', base: 2600, decimals: 1, totalDecimals: 1 },
  { label: '八、企业员工总数', unit: '人', base: 12000, decimals: 0, totalDecimals: 0 },
  { label: '九、入园企业数', unit: '家', base: 53, decimals: 0, totalDecimals: 0 },
  { label: '其中：建成投产企业', unit: '家', base: 33, decimals: 0, totalDecimals: 0 },
  { label: '十、园区用地面积', unit: '亩', base: 3200, decimals: 1, totalDecimals: 1 },
];

/** Rounds half away from zero (test data only: cheaper than roundForDisplay). */
function roundForDisplay(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * scale)) / scale;
}

const SIZES = [1, 1.37, 0.81, 2.13, 0.58, 1.21, 0.93, 1.66];

/** A growth between −9% and +29%, varying by township and indicator. */
function growthFactor(township: number, indicator: number): number {
  return 1 + (((township * 7 + indicator * 13) % 39) - 9) / 100;
}

function townshipValues(township: number, indicator: number, spec: IndicatorSpec) {
  const size = SIZES[township % SIZES.length] as number;
  const jitter = 1 + ((township * 31 + indicator * 17) % 11) / 97;
  const previous = roundForDisplay(spec.base * size * jitter, spec.decimals);
  const current = roundForDisplay(previous * growthFactor(township, indicator), spec.decimals);
  const target = roundForDisplay(current * 2.13, spec.decimals);
  return { current, previous, target };
}

function rowSpec(
  spec: IndicatorSpec,
  values: { current: number; previous: number; target: number },
): RowSpec {
  const pct = growth(values.current, values.previous).pct;
  const done = completion(values.current, values.target);
  return {
    label: spec.label,
    unit: spec.unit,
    current: values.current,
    previous: values.previous,
    ...(pct !== null ? { growth: roundForDisplay(pct, 1) } : {}),
    ...(spec.target ? { target: values.target } : {}),
    ...(spec.target && done !== null ? { completion: roundForDisplay(done, 1) } : {}),
  };
}

/**
 * Township sheets plus a 合计 sheet; `count` townships (6 by default).
 *
 * @example
 * const tables = cleanDataset(6); // 6 townships + 合计
 */
function cleanDataset(count = 6, indicators = CLEAN_INDICATORS): StatTable[] {
  const perTownship = Array.from({ length: count }, (_, t) =>
    indicators.map((spec, i) => townshipValues(t, i, spec)),
  );
  const townships = perTownship.map((values, t) =>
    statTable(
      `第${t + 1}镇`,
      indicators.map((spec, i) =>
        rowSpec(spec, values[i] as { current: number; previous: number; target: number }),
      ),
    ),
  );
  const total = indicators.map((spec, i) => {
    const sum = (column: 'current' | 'previous' | 'target') =>
      exactSum(perTownship.map((values) => (values[i] as Record<typeof column, number>)[column]));
    return rowSpec(spec, {
      current: roundForDisplay(sum('current'), spec.totalDecimals),
      previous: roundForDisplay(sum('previous'), spec.totalDecimals),
      target: roundForDisplay(sum('target'), spec.totalDecimals),
    });
  });
  return [statTable('合计', total, { role: 'total' }), ...townships];
}

function levels(tables: readonly StatTable[], settings = {}) {
  const findings = runAudit({ consolidation: consolidate(tables) }, settings);
  return {
    findings,
    errors: findings.filter((f) => f.level === 'error'),
    verify: findings.filter((f) => f.level === 'verify'),
  };
}

/** The clean dataset with one value of one sheet replaced. */
function plant(sheet: string, label: string, column: 'current' | 'growth', value: number) {
  return cleanDataset().map((table) =>
    table.sheet !== sheet
      ? table
      : {
          ...table,
          rows: table.rows.map((row) =>
            row.label !== label ? row : { ...row, values: { ...row.values, [column]: value } },
          ),
        },
  );
}

describe('runAudit', () => {
  it('registers every rule code once, in order', () => {
    expect(AUDIT_RULES.map((rule) => rule.code)).toEqual(RULE_CODES);
  });

  it('finds no 错误 and no 核实 in a clean dataset (6 townships, 15 indicators, rounded 合计)', () => {
    const { findings, errors, verify } = levels(cleanDataset());
    expect(errors).toEqual([]);
    expect(verify).toEqual([]);
    expect(findings.every((f) => f.rule === 'inter.total-mismatch')).toBe(true);
  });

  it('does not change its input', () => {
    const tables = cleanDataset();
    const consolidation = consolidate(tables);
    const before = JSON.stringify(consolidation);
    runAudit({ consolidation });
    expect(JSON.stringify(consolidation)).toBe(before);
  });

  it.each([
    ['a wrong total', '合计', '二、销售收入', 'current', 1, 'inter.total-mismatch', '合计', 'C4'],
    [
      'a wrong township growth',
      '第3镇',
      '四、工商税收',
      'growth',
      99,
      'growth.reported-vs-computed',
      '第3镇',
      'E7',
    ],
  ] as const)('finds %s', (_, sheet, label, column, value, rule, where, cell) => {
    const { errors } = levels(plant(sheet, label, column, value));
    expect(errors.map((f) => [f.rule, f.location.sheet, f.location.cell])).toContainEqual([
      rule,
      where,
      cell,
    ]);
  });

  it('sorts errors first, then 核实, then 提示; by sheet order and row within a level', () => {
    const tables = [
      statTable('合计', [{ label: '销售收入', unit: '万元', current: 20 }], { role: 'total' }),
      statTable('东城镇', [
        { label: '销售收入', unit: '万元', current: 5, previous: 1 },
        { label: '入园企业数', unit: '家', current: -1 },
      ]),
      statTable('西城镇', [{ label: '销售收入', unit: '万元', current: 4 }]),
    ];
    const parseIssues = [
      issue('parse.cell-not-number', 'info', { sheet: '西城镇', cell: 'D2' }, { text: '无' }),
    ];
    const findings = runAudit({ consolidation: consolidate(tables), parseIssues });
    expect(findings.map((f) => [f.level, f.location.sheet, f.location.cell, f.rule])).toEqual([
      ['error', '合计', 'C2', 'inter.total-mismatch'],
      ['error', '西城镇', 'D2', 'completeness.text-in-number-cell'],
      ['verify', '合计', 'A1', 'inter.total-unmatched'],
      ['verify', '东城镇', 'E2', 'plausibility.growth-large'],
      ['verify', '东城镇', 'C3', 'plausibility.negative-impossible'],
      ['verify', '西城镇', 'A1', 'completeness.missing-indicator'],
    ]);
  });

  it.each([
    ['switched off', { disabledRules: ['inter.total-mismatch'] }, []],
    ['lowered to 核实', { levels: { 'inter.total-mismatch': 'verify' } }, ['verify']],
  ] as const)('applies a rule %s', (_, settings, expected) => {
    const tables = [
      statTable('合计', [{ label: '销售收入', unit: '万元', current: 10 }], { role: 'total' }),
      statTable('东城镇', [{ label: '销售收入', unit: '万元', current: 5 }]),
    ];
    const findings = runAudit({ consolidation: consolidate(tables) }, settings);
    expect(findings.map((f) => f.level)).toEqual(expected);
  });

  it('audits 1000 townships × 200 indicators quickly', () => {
    const indicators = Array.from({ length: 200 }, (_, i) => ({
      label: `指标${i}`,
      unit: i % 10 === 0 ? '家' : '万元',
      base: 1000 + i * 37,
      decimals: i % 10 === 0 ? 0 : 2,
      totalDecimals: i % 10 === 0 ? 0 : 1,
      target: i % 3 === 0,
    }));
    const consolidation = consolidate(cleanDataset(1000, indicators));
    const start = Date.now();
    const findings = runAudit({ consolidation });
    const elapsed = Date.now() - start;
    expect(findings.filter((f) => f.level !== 'info')).toEqual([]);
    // A guard against quadratic scans only (minutes); the real figure comes from a benchmark script.
    expect(elapsed).toBeLessThan(10_000);
  }, 120_000);
});
