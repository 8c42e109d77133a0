/**
 * Small datasets whose default narratives are kept as readable Markdown (test/golden/*.md).
 * Regenerate the files with `npx tsx scripts/update-golden.ts`; the test compares.
 */
import { consolidate } from '../../src/core/consolidate';
import { formatIssue } from '../../src/core/diagnostics';
import type { Consolidation } from '../../src/core/model';
import {
  renderNarrative,
  type FindingCounts,
  type NarrativeOutputLocale,
  type NarrativeWords,
} from '../../src/core/narrative';
import { statTable, type RowSpec } from '../helpers/stat-table';

const HALF_YEAR = { label: '上半年', year: 2025, months: 6 };
const Q3 = { label: '1-9月', year: 2025, months: 9 };

export interface GoldenCase {
  /** File name without .md. */
  readonly name: string;
  readonly title: string;
  readonly consolidation: Consolidation;
  readonly words: NarrativeWords;
  readonly findings?: FindingCounts;
  /** The indicators the audit found 错误 in, for the caveat. */
  readonly erroneousIndicators?: readonly string[];
  readonly locale?: NarrativeOutputLocale;
}

const seed4 = consolidate([
  statTable(
    '园区',
    [
      { label: '一、工业总产值', unit: '万元', current: 185000, previous: 176000, target: 400000 },
      { label: '二、销售收入', unit: '万元', current: 135000, previous: 128600, target: 300000 },
      { label: '其中：玻璃产品销售收入', unit: '万元', current: 111500, previous: 104000 },
      { label: '工商税收', unit: '万元', current: 7500, previous: 7042 },
      { label: '招商引资到位资金', unit: '亿元', current: 8, previous: 6.96 },
      { label: '企业员工总数', unit: '人', current: 12000 },
      { label: '入园企业数', unit: '家', current: 53, previous: 48 },
    ],
    { period: HALF_YEAR },
  ),
]);

const row = (
  label: string,
  unit: string,
  current: number,
  previous?: number,
  target?: number,
): RowSpec => ({
  label,
  unit,
  current,
  ...(previous !== undefined ? { previous } : {}),
  ...(target !== undefined ? { target } : {}),
});

const county = consolidate([
  statTable(
    '东城镇',
    [
      row('一、工业总产值', '万元', 126000, 105000, 260000),
      row('其中：规模以上工业产值', '万元', 98000, 80000),
      row('二、销售收入', '万元', 118000, 99000, 240000),
      row('三、利润总额', '万元', 5200, -800),
      row('工商税收', '万元', 6100, 5400, 12000),
      row('招商引资到位资金', '亿元', 3.2, 2.5),
      row('企业员工总数', '人', 8600, 8100),
    ],
    { period: HALF_YEAR },
  ),
  statTable('西城镇', [
    row('一、工业总产值', '万元', 94000, 101000, 200000),
    row('其中：规模以上工业产值', '万元', 70000, 76000),
    row('二、销售收入', '万元', 90000, 96000, 190000),
    row('三、利润总额', '万元', -1500, 2100),
    row('工商税收', '万元', 4200, 4200, 9000),
    row('招商引资到位资金', '亿元', 2.1, 2.4),
    row('企业员工总数', '人', 6400, 6700),
  ]),
  statTable('南城镇', [
    row('一、工业总产值', '万元', 68000, 52000, 120000),
    row('其中：规模以上工业产值', '万元', 41000, 30000),
    row('二、销售收入', '万元', 64000, 50000, 115000),
    row('三、利润总额', '万元', -600, -1400),
    row('工商税收', '万元', 2900, 2500, 6000),
    row('招商引资到位资金', '亿元', 1.6, 0.6),
    row('企业员工总数', '人', 4100, 3900),
  ]),
  statTable('北城镇', [
    row('一、工业总产值', '万元', 31000, 0, 80000),
    row('二、销售收入', '万元', 29000, 0, 70000),
    row('三、利润总额', '万元', -900, -400),
    row('工商税收', '万元', 900, 0),
    row('企业员工总数', '人', 1500),
  ]),
]);

/**
 * A county with gaps (#14 §1): 乙镇 has no 工业总产值 (its paragraph opens on 销售收入) and
 * no 上年同期 of 销售收入; 甲镇's 销售收入 had a zero base; profits went −50 → 0 and 100 → 0;
 * 乙镇's 工商税收 fell to zero; 丙乡 reports only a count of zero (its paragraph is left out,
 * with a notice); 甲镇's 规模以上 is above its whole (no share over 100%) and is among the
 * indicators the audit found 错误 in (a caveat); only 销售收入 has a target (the targets
 * paragraph keeps its opening).
 */
const partial = consolidate([
  statTable(
    '甲镇',
    [
      row('工业总产值', '万元', 52000, 48000),
      row('其中：规模以上工业产值', '万元', 60000, 45000),
      row('销售收入', '万元', 50000, 0, 90000),
      row('利润总额', '万元', 0, -50),
      row('工商税收', '万元', 1200, 1000),
    ],
    { period: Q3 },
  ),
  statTable('乙镇', [
    row('销售收入', '万元', 30000),
    row('利润总额', '万元', 0, 100),
    row('工商税收', '万元', 0, 300),
  ]),
  statTable('丙乡', [row('入园企业数', '家', 0, 0)]),
]);
const PARTIAL_ERRORS = ['规模以上工业产值'];

/** A park with every sentence shape of the seed documents (issue #14 §3). */
const shapes = consolidate([
  statTable(
    '园区',
    [
      row('一、工业总产值', '万元', 185000, 176000),
      row('二、销售收入', '万元', 135000, 128600),
      row('其中：玻璃产品销售收入', '万元', 111500, 104000),
      row('三、工商税收', '万元', 25000, 23000),
      row('其中：国内增值税', '万元', 17200, 16100),
      row('其中：企业所得税', '万元', 5100, 4800),
      row('四、技改投入', '万元', 4500, 2000),
      row('企业员工总数', '人', 12000, 11800),
      row('人均产值', '元/人', 154166.67, 149152.54),
      row('综合能耗', '吨标准煤', 8700, 8900),
      row('万元产值能耗', '吨标准煤/万元', 0.04703, 0.05057),
      row('入园企业数', '家', 53, 51),
      row('其中：建成投产企业', '家', 33, 30),
      row('新竣工项目', '个', 2, 3),
    ],
    { period: HALF_YEAR },
  ),
]);

/** Four parks under the area 园区: the group word is inferred from the names (§2). */
const parkRows = (output: number, previous: number, sales: number): RowSpec[] => [
  row('工业总产值', '万元', output, previous),
  row('销售收入', '万元', sales),
  row('工商税收', '万元', Math.round(output / 20)),
];
const parks = consolidate([
  statTable('经开区园区', parkRows(49700, 45000, 42000), { period: HALF_YEAR }),
  statTable('高新园区', parkRows(25300, 24000, 21000)),
  statTable('物流园区', parkRows(15000, 16000, 12000)),
  statTable('农业园区', parkRows(10000, 9000, 8000)),
]);

export const GOLDEN_CASES: readonly GoldenCase[] = [
  { name: 'seed-4-park', title: '种子文档4：园区上半年（单个园区）', consolidation: seed4, words: { period: '上半年', area: '园区' } },
  {
    name: 'county-four-townships',
    title: '四个乡镇的全县汇总（含扭亏、减亏、新增、下降，审核有错误）',
    consolidation: county,
    words: { period: '上半年', area: '全县' },
    findings: { error: 2, verify: 3, info: 5 },
  },
  {
    name: 'county-four-townships.zh-TW',
    title: '同上，繁体输出',
    consolidation: county,
    words: { period: '上半年', area: '全县' },
    locale: 'zh-TW',
  },
  {
    name: 'county-four-townships.en',
    title: 'Same county, English output',
    consolidation: county,
    words: { period: 'H1 2025', area: 'the county' },
    locale: 'en',
  },
  {
    name: 'sentence-shapes',
    title: '公文句式：其中项并入主句、目前句、增减、技改投入、人均与能耗单位',
    consolidation: shapes,
    words: { period: '上半年', area: '园区' },
  },
  {
    name: 'sentence-shapes.zh-TW',
    title: '同上，繁体输出',
    consolidation: shapes,
    words: { period: '上半年', area: '园区' },
    locale: 'zh-TW',
  },
  {
    name: 'sentence-shapes.en',
    title: 'Sentence shapes, English output',
    consolidation: shapes,
    words: { period: 'H1 2025', area: 'the park' },
    locale: 'en',
  },
  {
    name: 'parks-group-word',
    title: '四个园区，主体“园区”：单位称谓从表名推断',
    consolidation: parks,
    words: { period: '上半年', area: '园区' },
  },
  {
    name: 'parks-group-word.zh-TW',
    title: '同上，繁体输出',
    consolidation: parks,
    words: { period: '上半年', area: '园区' },
    locale: 'zh-TW',
  },
  {
    name: 'parks-group-word.en',
    title: 'Four parks, English output',
    consolidation: parks,
    words: { period: 'H1 2025', area: '园区' },
    locale: 'en',
  },
  {
    name: 'partial-data',
    title: '数据不全：缺指标、缺上年同期、上年为零、数值为零、其中项大于总项、审核有错误',
    consolidation: partial,
    words: { period: '1-9月', area: '全镇' },
    erroneousIndicators: PARTIAL_ERRORS,
  },
  {
    name: 'partial-data.zh-TW',
    title: '同上，繁体输出',
    consolidation: partial,
    words: { period: '1-9月', area: '全镇' },
    erroneousIndicators: PARTIAL_ERRORS,
    locale: 'zh-TW',
  },
  {
    name: 'partial-data.en',
    title: 'Same partial data, English output',
    consolidation: partial,
    words: { period: 'Jan-Sep 2025', area: 'the town' },
    erroneousIndicators: PARTIAL_ERRORS,
    locale: 'en',
  },
];

function cellList(refs: readonly { sheet: string; cell: string }[]): string {
  return refs.map((r) => `${r.sheet}!${r.cell}`).join('、');
}

/**
 * A case's default narrative as Markdown: the paragraphs, each figure with its cells, and
 * the notices.
 */
export function goldenMarkdown(c: GoldenCase): string {
  const result = renderNarrative({
    consolidation: c.consolidation,
    words: c.words,
    ...(c.findings ? { findings: c.findings } : {}),
    ...(c.locale ? { locale: c.locale } : {}),
    ...(c.erroneousIndicators ? { erroneousIndicators: c.erroneousIndicators } : {}),
  });
  const lines = [
    `# ${c.title}`,
    '',
    '<!-- Generated by scripts/update-golden.ts from test/golden/golden-datasets.ts; do not edit. -->',
    '',
    `语言：${c.locale ?? 'zh-CN'}；时期：${c.words.period}；主体：${c.words.area}` +
      (c.findings ? `；审核：错误${c.findings.error}、核实${c.findings.verify}、提示${c.findings.info}` : ''),
    '',
    '## 综述',
    '',
  ];
  for (const p of result.paragraphs) {
    lines.push(`### ${p.kind}${p.township ? `：${p.township}` : ''}`, '', p.text, '');
    for (const f of p.figures) {
      const where = f.township ? `${f.indicator}（${f.township}）` : f.indicator;
      lines.push(`- ${f.text} = ${where} ${f.value} ← ${cellList(f.sources) || '—'}`);
    }
    lines.push('');
  }
  lines.push('## 提示', '');
  if (result.issues.length === 0) lines.push('（无）');
  for (const i of result.issues) lines.push(`- [${i.level}] ${formatIssue(i)}`);
  lines.push('');
  return lines.join('\n');
}
