/**
 * Fixture 07: numeric text, full-width digits, percent text, dashes and Excel errors are
 * read or reported, never silently taken as 0.
 */
import { FIXTURES } from '../fixtures/make-fixtures';
import { indicator, issuesOf, runFixture, township } from './run-fixture';
import { plainValues } from '../../src/core/model/table';
import type { PipelineResult } from '../../src/core/pipeline';

describe('07 cell values', () => {
  let result: PipelineResult;
  beforeAll(async () => {
    result = await runFixture(FIXTURES.cellValues);
  });

  it('reads "12,345", "１２３" and " 5.1 " as numbers', () => {
    expect(township(indicator(result, '工业总产值'), '东城镇').current).toBeCloseTo(12345, 6);
    expect(township(indicator(result, '销售收入'), '东城镇').current).toBeCloseTo(123, 6);
    expect(township(indicator(result, '工商税收'), '东城镇').current).toBeCloseTo(5.1, 6);
  });

  it('does not reject numeric text as "not a number"', () => {
    for (const cell of ['C2', 'C3', 'C4']) {
      expect(issuesOf(result, 'parse.cell-not-number', { sheet: '东城镇', cell })).toEqual([]);
    }
  });

  it('reads "2.9%" in the growth column as 2.9 percent', () => {
    const dongcheng = result.tables.find((t) => t.unitName === '东城镇');
    expect(dongcheng?.rows[0]?.values.growth).toBeCloseTo(2.9, 6);
  });

  it('treats dashes as no data, not as 0', () => {
    expect(township(indicator(result, '利润总额'), '东城镇').current).toBeNull(); // "—"
    expect(township(indicator(result, '工业总产值'), '西河镇').previous).toBeNull(); // "-"
    expect(township(indicator(result, '工商税收'), '西河镇').current).toBeNull(); // "/"
  });

  it('reports #DIV/0! with its sheet and cell', () => {
    const errors = issuesOf(result, 'parse.cell-excel-error', { sheet: '南湖街道', cell: 'C3' });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.params.text).toBe('#DIV/0!');
    expect(errors[0]?.level).toBe('error');
    // The growth formula =C5/D5-1 whose cached result is #DIV/0!.
    expect(
      issuesOf(result, 'parse.cell-excel-error', { sheet: '南湖街道', cell: 'E5' }),
    ).toHaveLength(1);
    expect(township(indicator(result, '销售收入'), '南湖街道').current).toBeNull();
  });

  it('sums over what was read, growth on a comparable basis', () => {
    const output = indicator(result, '工业总产值');
    // 本期 = 12345 + 1000 + 655 = 14000
    expect(output.current).toBeCloseTo(14000, 6);
    // growth over townships with both figures (东城镇, 南湖街道): (12345 + 655) / (12000 + 600)
    //   = 13000 / 12600 − 1 = 3.175%
    expect(output.growth.pct).toBeCloseTo(3.1746, 3);

    const sales = indicator(result, '销售收入');
    // 本期 = 123 + 200 = 323 (南湖街道 is #DIV/0!); comparable: 323 / (100 + 150) − 1 = 29.2%
    expect(sales.current).toBeCloseTo(323, 6);
    expect(sales.growth.pct).toBeCloseTo(29.2, 6);

    const tax = indicator(result, '工商税收');
    // 本期 = 5.1 + 3.9 = 9 (西河镇 is "/"); comparable: 9 / (5 + 3) − 1 = 12.5%
    expect(tax.current).toBeCloseTo(9, 6);
    expect(tax.growth.pct).toBeCloseTo(12.5, 6);
  });

  it('never reads a dash or an error as 0', () => {
    for (const table of result.tables) {
      for (const row of table.rows) {
        for (const value of Object.values(plainValues(row.values)))
          expect(Number.isFinite(value)).toBe(true);
      }
    }
    const profit = indicator(result, '利润总额');
    // 东城镇 "—": only 西河镇 2 and 南湖街道 2 are summed
    expect(profit.current).toBeCloseTo(4, 6);
  });
});
