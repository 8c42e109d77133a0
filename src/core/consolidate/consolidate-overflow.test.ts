import { statTable } from '../../../test/helpers/stat-table';
import { formatIssue } from '../diagnostics/format';
import { indicatorNumbers } from '../model/figure-numbers';
import type { Consolidation } from '../model/consolidation';
import { consolidate } from './consolidate';

/** Every number a consolidation holds: totals, and each township's figure columns. */
function everyNumber(result: Consolidation): number[] {
  const numbers: number[] = [];
  for (const indicator of result.indicators) {
    for (const n of [
      indicator.current,
      indicator.previous,
      indicator.target,
      indicator.growth.pct,
      indicator.changePp,
      indicator.completionPct,
    ]) {
      if (n !== null) numbers.push(n);
    }
    for (const t of indicator.townships) {
      for (const n of Object.values(t)) if (typeof n === 'number') numbers.push(n);
    }
    const columns = indicatorNumbers(indicator);
    for (const column of Object.values(columns ?? {})) {
      if (ArrayBuffer.isView(column)) numbers.push(...Array.from(column as Float64Array));
    }
  }
  return numbers;
}

function errors(result: Consolidation) {
  return result.issues
    .filter((i) => i.level === 'error')
    .map((i) => [i.code, i.location.sheet ?? null, formatIssue(i)]);
}

describe('consolidate: totals beyond the largest number', () => {
  it('leaves a sum of finite figures that overflows empty, with a 错误 naming the indicator', () => {
    const result = consolidate([
      statTable('东城镇', [{ label: '工业总产值', unit: '万元', current: 1e308, previous: 100 }]),
      statTable('西城镇', [{ label: '工业总产值', unit: '万元', current: 1e308, previous: 100 }]),
    ]);
    const total = result.indicators[0];
    expect(total?.current).toBeNull();
    expect(total?.previous).toBe(200);
    expect(total?.growth.pct).toBeNull();
    expect(errors(result)).toEqual([
      [
        'consolidate.sum-overflow',
        null,
        '指标“工业总产值”的本期合计超出了数字的表示范围，汇总值留空，请检查各乡镇的数字和计量单位',
      ],
    ]);
    expect(everyNumber(result).filter((n) => Math.abs(n) === Infinity)).toEqual([]);
    expect(total?.townships.map((t) => t.sharePct)).toEqual([null, null]);
  });

  it('reports the 上年同期 and 全年目标 sums too', () => {
    const big = { label: '工业总产值', unit: '万元', current: 1, previous: 1.5e308, target: 1e308 };
    const result = consolidate([statTable('东城镇', [big]), statTable('西城镇', [big])]);
    expect(result.indicators[0]).toMatchObject({ current: 2, previous: null, target: null });
    expect(result.issues.filter((i) => i.code === 'consolidate.sum-overflow')).toHaveLength(2);
    expect(errors(result).map((e) => e[2])).toEqual([
      expect.stringContaining('的上年同期合计超出'),
      expect.stringContaining('的全年目标合计超出'),
    ]);
  });

  it('does not count a figure whose unit conversion overflows (亿元 -> 万元), with a 错误', () => {
    const result = consolidate([
      statTable('东城镇', [{ label: '工业总产值', unit: '万元', current: 100 }]),
      statTable('西城镇', [{ label: '工业总产值', unit: '万元', current: 200 }]),
      statTable('南城镇', [{ label: '工业总产值', unit: '亿元', current: 1e305 }]),
    ]);
    expect(result.indicators[0]?.current).toBe(300);
    expect(errors(result)).toEqual([
      [
        'consolidate.convert-overflow',
        '南城镇',
        '南城镇（工业总产值）的本期换算为万元后超出了数字的表示范围，未计入',
      ],
    ]);
    expect(everyNumber(result).filter((n) => Math.abs(n) === Infinity)).toEqual([]);
  });

  it('gives no growth, 拉动 or 贡献率 when the change overflows', () => {
    const result = consolidate([
      statTable('东城镇', [
        { label: '利润总额', unit: '万元', current: 1.5e308, previous: -1e308 },
      ]),
    ]);
    const total = result.indicators[0];
    expect(total?.current).toBe(1.5e308);
    expect(total?.growth.pct).toBeNull();
    const numbers = everyNumber(result);
    expect(numbers.every((n) => Number.isFinite(n) || Number.isNaN(n))).toBe(true);
    expect(total?.townships[0]).toMatchObject({ pullPp: null, contributionPct: null });
  });

  it('sums large figures that stay finite as before', () => {
    const result = consolidate([
      statTable('东城镇', [{ label: '工业总产值', unit: '万元', current: 8e307 }]),
      statTable('西城镇', [{ label: '工业总产值', unit: '万元', current: 8e307 }]),
    ]);
    expect(result.indicators[0]?.current).toBe(1.6e308);
    expect(errors(result)).toEqual([]);
  });
});
