import type {
  FindingView,
  HostActions,
  RunOutcome,
  RunProgress,
  RunRequest,
} from '../../src/app/host-actions';
import { consolidate } from '../../src/core/consolidate';
import { renderNarrative } from '../../src/core/narrative';
import { buildByTownshipSheet, buildSummarySheet } from '../../src/core/output';
import { statTable } from '../helpers/stat-table';

/** A finding view with defaults, for UI tests. */
export function findingView(
  partial: Partial<FindingView> & Pick<FindingView, 'id' | 'level'>,
): FindingView {
  return {
    rule: null,
    ruleText: null,
    message: `message ${partial.id}`,
    expected: null,
    actual: null,
    ...partial,
  };
}

const HALF_YEAR = { label: '上半年', year: 2025, months: 6 };

/** A real consolidation of two townships (工业总产值 18.5亿元, +5.1%), for previews. */
export const SAMPLE_CONSOLIDATION = consolidate([
  statTable(
    '东城镇',
    [
      { label: '一、工业总产值', unit: '万元', current: 126000, previous: 120000, target: 260000 },
      { label: '二、销售收入', unit: '万元', current: 90000, previous: 85000 },
    ],
    { period: HALF_YEAR },
  ),
  statTable(
    '西城镇',
    [
      { label: '一、工业总产值', unit: '万元', current: 59000, previous: 56000, target: 140000 },
      { label: '二、销售收入', unit: '万元', current: 45000, previous: 43600 },
    ],
    { period: HALF_YEAR },
  ),
]);

/** The sample narrative, written by the real engine: its figures carry their cells. */
export const SAMPLE_PARAGRAPHS = renderNarrative({
  consolidation: SAMPLE_CONSOLIDATION,
  words: { area: '全县', period: '上半年' },
  templates: {
    locale: 'zh-CN',
    templates: [
      {
        name: '主要指标',
        kind: 'main',
        source: '{时期}，{主体}实现工业总产值{工业总产值}，同比{工业总产值.增长}',
      },
    ],
  },
}).paragraphs;

export const SAMPLE_OUTCOME: RunOutcome = {
  findings: [
    findingView({
      id: '1',
      level: 'verify',
      sheet: '东城镇',
      cell: 'F7',
      message: '同比增长 80%，超过 50% 的提醒幅度，请核实',
      // Only the actual value is known: no 应为 may show.
      actual: 80.25,
    }),
    findingView({
      id: '2',
      level: 'error',
      sheet: '西河镇',
      cell: 'C5',
      indicator: '规模以上工业产值',
      message: '其中项大于总项',
      expected: 126400,
      actual: 127634,
    }),
    findingView({ id: '3', level: 'info', sheet: '合计', message: '工作表“合计”是上报的合计表' }),
    findingView({
      id: '4',
      level: 'error',
      sheet: '北山乡',
      cell: 'D9',
      message: '合计表与各乡镇之和不符',
    }),
  ],
  narrative: SAMPLE_PARAGRAPHS,
  counts: { townships: 7, indicators: 30, error: 2, verify: 1, info: 1 },
  output: { kind: 'written', sheetNames: ['汇总', '分乡镇', '审核', '综述'] },
  words: { area: '全县', period: '上半年' },
  consolidation: SAMPLE_CONSOLIDATION,
  reportSheets: [
    buildSummarySheet(SAMPLE_CONSOLIDATION, { area: '全县', period: '上半年' }),
    buildByTownshipSheet(SAMPLE_CONSOLIDATION),
  ],
};

/** Host actions whose every method is a jest mock (Excel-like: no files, cells selectable). */
export function fakeActions(overrides: Partial<HostActions> = {}) {
  const calls = {
    run: jest.fn(async (_request: RunRequest, onProgress: (p: RunProgress) => void) => {
      onProgress({ stage: 'compute', fraction: 0.5 });
      return SAMPLE_OUTCOME;
    }),
    scan: jest.fn(async () => [
      { id: '::东城镇', sheet: '东城镇', role: 'township' as const },
      { id: '::合计', sheet: '合计', role: 'total' as const, reason: '工作表“合计”是上报的合计表' },
      { id: '::说明', sheet: '说明', role: 'skipped' as const, reason: '工作表“说明”没有找到表头' },
    ]),
    selectCell: jest.fn(async (_sheet: string, _cell: string) => {}),
    loadTemplates: jest.fn(async (): Promise<string | null> => null),
    saveTemplates: jest.fn(async (_text: string) => {}),
  };
  const actions: HostActions = { kind: 'excel', canSelectCell: true, ...calls, ...overrides };
  return { actions, calls };
}
