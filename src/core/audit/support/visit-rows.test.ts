import { statTable, type RowSpec } from '../../../../test/helpers/stat-table';
import { consolidate } from '../../consolidate';
import type { Finding } from '../finding';
import { AUDIT_RULES } from '../registry';
import type { RowVisitor } from '../rule';
import { runAudit } from '../run-audit';
import { resolveAuditSettings } from '../settings';
import { sheetKeyOf, sortFindings } from '../sort-findings';
import { visitRows } from './visit-rows';

const output = (spec: Partial<RowSpec>): RowSpec => ({
  label: '一、工业总产值',
  unit: '万元',
  current: 1200,
  previous: 1000,
  growth: 20,
  target: 2400,
  completion: 50,
  ...spec,
});
const scale = (spec: Partial<RowSpec>): RowSpec => ({
  label: '其中：规模以上工业产值',
  unit: '万元',
  current: 900,
  previous: 800,
  growth: 12.5,
  ...spec,
});
const profit = (spec: Partial<RowSpec>): RowSpec => ({
  label: '二、利润总额',
  unit: '万元',
  current: 110,
  previous: 100,
  growth: 10,
  ...spec,
});
const firms = (spec: Partial<RowSpec>): RowSpec => ({
  label: '三、入园企业数',
  unit: '家',
  current: 40,
  previous: 38,
  ...spec,
});
const exported = (spec: Partial<RowSpec>): RowSpec => ({
  label: '四、出口总额',
  unit: '万美元',
  current: 300,
  previous: 280,
  ...spec,
});

/** Townships and a 合计 sheet with a fault for nearly every rule of the row pass. */
function faultyCounty() {
  return [
    statTable(
      '合计',
      [
        output({ current: 4810, previous: 4000, growth: 25 }),
        scale({ current: 3600, previous: 3200, growth: 12.5 }),
        { label: '五、税收', unit: '万元', current: 10 },
      ],
      { role: 'total' },
    ),
    statTable('东城镇', [
      output({ growth: 21 }), // wrong growth
      scale({ current: 1300, growth: 62.5 }), // above its parent; growth over 50%
      profit({}),
      firms({}),
      exported({}),
    ]),
    statTable('西城镇', [
      output({ unit: '亿元', current: 0.12, previous: 0.1, target: 0.24, completion: 55 }),
      scale({ unit: '亿元', current: 0.09, previous: 0.08 }),
      { label: '二、利润总额', unit: '万元', current: -20, previous: 100 }, // 由正转负
      firms({ previous: -3 }), // impossible
      exported({}),
    ]),
    statTable('南湖街道', [
      output({}),
      output({ current: 5000, growth: 400 }), // a key given twice
      scale({}),
      profit({ previous: 0, growth: 12 }), // no base for a growth
      firms({}),
      exported({ current: 3000000 }), // typed in 美元
      { label: '五、园区用地面积', unit: '亩亩', current: 10 }, // unknown unit
    ]),
    statTable('北山乡', [
      output({ current: 3600, growth: 260, completion: 150 }),
      scale({}),
      profit({}),
      firms({ current: 10, previous: 40 }),
      exported({}),
    ]),
  ];
}

const settings = resolveAuditSettings({ breakdownFromLabels: true });

describe('visitRows', () => {
  it('gives each visitor the findings its rule finds on its own, in the same order', () => {
    const input = { consolidation: consolidate(faultyCounty()) };
    const rules = AUDIT_RULES.filter((rule) => rule.rows !== undefined);
    const visitors = rules.map((rule) => rule.rows?.(input, settings) as RowVisitor);
    const findings: Finding[][] = rules.map(() => []);
    visitRows(input.consolidation, visitors, findings);
    expect(findings).toEqual(rules.map((rule) => rule.run(input, settings)));
    // The county is a real test: most row rules find something in it.
    expect(findings.filter((list) => list.length > 0).length).toBeGreaterThanOrEqual(8);
  });

  it('runs `end` once, after the last row', () => {
    const calls: string[] = [];
    const visitor: RowVisitor = {
      sheet: (table) => (row) => calls.push(`${table.sheet}:${row.name}`),
      end: () => calls.push('end'),
    };
    const tables = faultyCounty().slice(0, 2);
    visitRows(consolidate(tables), [visitor], [[]]);
    expect(calls).toEqual([
      '合计:工业总产值',
      '合计:规模以上工业产值',
      '合计:税收',
      '东城镇:工业总产值',
      '东城镇:规模以上工业产值',
      '东城镇:利润总额',
      '东城镇:入园企业数',
      '东城镇:出口总额',
      'end',
    ]);
  });
});

describe('runAudit', () => {
  it('finds in one pass what the rules find one by one', () => {
    const input = { consolidation: consolidate(faultyCounty()) };
    const oneByOne = AUDIT_RULES.flatMap((rule) => rule.run(input, settings));
    const { reportedTotals, tables } = input.consolidation;
    const order = [...reportedTotals, ...tables].map((t) => sheetKeyOf(t.file, t.sheet));
    const findings = runAudit(input, { breakdownFromLabels: true });
    expect(findings).toEqual(sortFindings(oneByOne, order));
    expect(new Set(findings.map((f) => f.rule)).size).toBeGreaterThanOrEqual(10);
  });
});
