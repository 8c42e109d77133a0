/**
 * The example county (examples/, made by scripts/make-example.ts): the workbook and its
 * folder version give the same totals, the clean 合计 matches the sum, and the planted
 * 合计 discrepancies are exactly where 县域示例.planted.json says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PipelineResult } from '../../src/core/pipeline';
import type { StatTable } from '../../src/core/model';
import { EXAMPLE_DIR, indicator, runFiles, township, xlsxFiles } from './run-fixture';

interface PlantedItem {
  readonly id: string;
  readonly kind: 'discrepancy' | 'fault' | 'notice';
  readonly sheet: string;
  readonly cell: string;
  readonly indicator: string;
  readonly column: string;
  readonly expected: number | string | null;
  readonly actual: number | string | null;
}

const planted = JSON.parse(readFileSync(join(EXAMPLE_DIR, '县域示例.planted.json'), 'utf8')) as {
  readonly townships: readonly string[];
  readonly items: readonly PlantedItem[];
};

/** The reported 合计 value of an indicator's column (by normalised name, main rows first). */
function reportedValue(
  total: StatTable,
  key: string,
  column: 'current' | 'previous',
): number | undefined {
  return total.rows.find((r) => r.key === key)?.values[column];
}

describe('example county', () => {
  let book: PipelineResult;
  let folder: PipelineResult;
  let clean: PipelineResult;
  beforeAll(async () => {
    [book, folder, clean] = await Promise.all([
      runFiles([join(EXAMPLE_DIR, '县域示例.xlsx')]),
      runFiles(xlsxFiles(join(EXAMPLE_DIR, '乡镇报表'))),
      runFiles([join(EXAMPLE_DIR, '县域示例-无差错.xlsx')]),
    ]);
  }, 30_000);

  it('finds the seven townships and the 合计 sheet', () => {
    expect(book.consolidation.townships).toEqual(planted.townships);
    expect([...folder.consolidation.townships].sort()).toEqual([...planted.townships].sort());
    expect(book.consolidation.reportedTotals.map((t) => t.sheet)).toEqual(['合计']);
    expect(folder.consolidation.reportedTotals).toHaveLength(1);
  });

  it('sums 工业总产值 with 北山乡 converted from 亿元', () => {
    const output = indicator(book, '工业总产值');
    // 285600 + 126400 + 48200 + 23580 (2.358亿元) + 97300 + 64100 + 218900 = 864080
    expect(output.current).toBeCloseTo(864080, 3);
    expect(township(output, '北山乡').current).toBeCloseTo(23580, 3);
    // 白马镇 研发投入 in 元: 17,430,000元 = 1743万元
    expect(township(indicator(book, '研发投入'), '白马镇').current).toBeCloseTo(1743, 3);
  });

  it('gives the same totals from the workbook and from the folder', () => {
    expect(folder.consolidation.indicators.map((i) => i.key)).toEqual(
      book.consolidation.indicators.map((i) => i.key),
    );
    for (const ind of book.consolidation.indicators) {
      const other = indicator(folder, ind.key);
      for (const column of ['current', 'previous', 'target'] as const) {
        const a = ind[column];
        const b = other[column];
        if (a === null) expect(b).toBeNull();
        else expect(b).toBeCloseTo(a, 6);
      }
      if (ind.growth.pct === null) expect(other.growth.pct).toBeNull();
      else expect(other.growth.pct).toBeCloseTo(ind.growth.pct, 9);
    }
  });

  it('has a clean 合计 equal to the sum of the townships', () => {
    const total = clean.consolidation.reportedTotals[0];
    expect(total).toBeDefined();
    for (const ind of clean.consolidation.indicators) {
      if (ind.nature !== 'additive' || ind.current === null) continue;
      const reported = reportedValue(total as StatTable, ind.key, 'current');
      expect({ key: ind.key, value: reported }).toEqual({
        key: ind.key,
        value: expect.closeTo(ind.current, 3),
      });
    }
  });

  it('has 合计 discrepancies exactly at the planted cells', () => {
    const total = book.consolidation.reportedTotals[0] as StatTable;
    const plantedCurrent = planted.items.filter(
      (p) => p.kind === 'discrepancy' && p.sheet === '合计' && p.column === 'current',
    );
    expect(plantedCurrent.map((p) => p.id)).toEqual(['D1', 'D3', 'D4']);
    const mismatched: string[] = [];
    for (const ind of book.consolidation.indicators) {
      if (ind.nature !== 'additive' || ind.current === null) continue;
      const reported = reportedValue(total, ind.key, 'current');
      if (reported === undefined || Math.abs(reported - ind.current) > 0.5) {
        const row = total.rows.find((r) => r.key === ind.key);
        mismatched.push(`${row?.cells.current}:${ind.name}`);
      }
    }
    expect(mismatched.sort()).toEqual(plantedCurrent.map((p) => `${p.cell}:${p.indicator}`).sort());
    for (const p of plantedCurrent) {
      const ind = book.consolidation.indicators.find(
        (i) => i.name === p.indicator && i.level === 0,
      );
      expect(ind?.current).toBeCloseTo(Number(p.expected), 3);
    }
  });

  it('sums the faulty township figures as written (the audit flags them)', () => {
    // F1: 西河镇 规模以上工业产值 127634 > 工业总产值 126400, summed as it is.
    const above = indicator(book, '工业总产值>规模以上工业产值');
    expect(township(above, '西河镇').current).toBeCloseTo(127634, 6);
    // F2: 东城镇 研发投入 上年同期 58,210,000 (元 written as 万元).
    expect(township(indicator(book, '研发投入'), '东城镇').previous).toBeCloseTo(58210000, 3);
    expect(township(indicator(clean, '研发投入'), '东城镇').previous).toBeCloseTo(5821, 3);
  });
});
