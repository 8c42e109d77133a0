import type {
  FindingView,
  HostActions,
  RunOutcome,
  RunProgress,
  RunRequest,
} from '../../src/app/host-actions';

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

export const SAMPLE_OUTCOME: RunOutcome = {
  findings: [
    findingView({
      id: '1',
      level: 'verify',
      sheet: '东城镇',
      cell: 'F7',
      message: '同比增长 80%，超过 50% 的提醒幅度，请核实',
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
  narrative: [{ kind: 'overview', text: '上半年，全县实现工业总产值18.5亿元，同比增长5.1%。' }],
  counts: { townships: 7, indicators: 30, error: 2, verify: 1, info: 1 },
  output: { kind: 'written', sheetNames: ['汇总', '分乡镇', '审核', '综述'] },
  words: { area: '全县', period: '上半年' },
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
