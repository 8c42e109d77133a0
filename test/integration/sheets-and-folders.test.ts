/**
 * Fixtures 08, 09 and 11: sheets that are not statistics sheets, a folder of per-township
 * workbooks, and a reported 合计 sheet that is checked, never summed.
 */
import { join } from 'node:path';
import { FIXTURES } from '../fixtures/make-fixtures';
import {
  FIXTURE_DIR,
  indicator,
  issuesOf,
  runFiles,
  runFixture,
  township,
  xlsxFiles,
} from './run-fixture';
import type { PipelineResult } from '../../src/core/pipeline';

describe('08 extra non-statistics sheets', () => {
  let result: PipelineResult;
  beforeAll(async () => {
    result = await runFixture(FIXTURES.extraSheets);
  });

  it('skips 说明 with an info issue and 图表数据, which holds figures, with a 核实 (issue 12)', () => {
    const text = issuesOf(result, 'parse.no-header', { sheet: '说明' });
    expect(text).toHaveLength(1);
    expect(text[0]?.level).toBe('info');
    const figures = issuesOf(result, 'parse.no-header-figures', { sheet: '图表数据' });
    expect(figures).toHaveLength(1);
    expect(figures[0]?.level).toBe('verify');
    expect(figures[0]?.params.count).toBe(12);
    expect(result.consolidation.townships).toEqual(['东城镇', '西河镇']);
  });

  it('sums the two townships only', () => {
    // 工业总产值 300 + 700 = 1000 / 250 + 650 = 900 -> +11.111%
    const output = indicator(result, '工业总产值');
    expect(output.current).toBeCloseTo(1000, 6);
    expect(output.growth.pct).toBeCloseTo(11.1111, 3);
    // 工商税收 20 + 30 = 50 / 16 + 34 = 50 -> 0%
    expect(indicator(result, '工商税收').growth.pct).toBeCloseTo(0, 6);
  });
});

describe('09 a folder of per-township workbooks', () => {
  let result: PipelineResult;
  beforeAll(async () => {
    result = await runFiles(xlsxFiles(join(FIXTURE_DIR, 'folder')));
  });

  it('names townships from the 填报单位 line, else the file name', () => {
    expect([...result.consolidation.townships].sort()).toEqual(
      ['东城镇', '南湖街道', '西河镇'].sort(),
    );
    const dongcheng = result.tables.find((t) => t.unitName === '东城镇');
    expect(dongcheng?.file).toBe('2025年6月报表-1.xlsx');
    expect(dongcheng?.sheet).toBe('Sheet1');
    expect(result.tables.find((t) => t.unitName === '南湖街道')?.sheet).toBe('1-6月');
    expect(result.tables.find((t) => t.unitName === '西河镇')?.sheet).toBe('Sheet1');
  });

  it('sums across files', () => {
    const output = indicator(result, '工业总产值');
    // 110 + 220 + 330 = 660 / 100 + 200 + 300 = 600 -> +10%
    expect(output.current).toBeCloseTo(660, 6);
    expect(output.growth.pct).toBeCloseTo(10, 6);
    expect(township(output, '西河镇').sources.current?.file).toBe('西河镇.xlsx');
    // 企业员工总数 50 + 60 + 90 = 200 / 40 + 60 + 100 = 200 -> 0%
    expect(indicator(result, '企业员工总数').current).toBeCloseTo(200, 6);
    expect(indicator(result, '企业员工总数').growth.pct).toBeCloseTo(0, 6);
  });
});

describe('11 a reported 合计 sheet', () => {
  let result: PipelineResult;
  beforeAll(async () => {
    result = await runFixture(FIXTURES.reportedTotal);
  });

  it('keeps 合计 apart as a reported total, with an info issue', () => {
    expect(result.consolidation.townships).toEqual(['东城镇', '西河镇']);
    expect(result.consolidation.reportedTotals.map((t) => t.sheet)).toEqual(['合计']);
    expect(result.consolidation.reportedTotals[0]?.role).toBe('total');
    expect(issuesOf(result, 'parse.total-sheet', { sheet: '合计' })[0]?.level).toBe('info');
  });

  it('does not add the 合计 into the total', () => {
    // 100 + 300 = 400 (not 800); 90 + 250 = 340
    const output = indicator(result, '工业总产值');
    expect(output.current).toBeCloseTo(400, 6);
    expect(output.previous).toBeCloseTo(340, 6);
    // 工商税收 10 + 20 = 30, while the 合计 sheet says 31 (the audit's job to flag)
    expect(indicator(result, '工商税收').current).toBeCloseTo(30, 6);
    const reported = result.consolidation.reportedTotals[0]?.rows.find(
      (r) => r.name === '工商税收',
    );
    expect(reported?.values.current).toBe(31);
    expect(reported?.cells.current).toBe('C3');
  });
});
