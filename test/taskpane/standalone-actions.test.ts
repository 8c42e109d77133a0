import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { RunProgress } from '../../src/app/host-actions';
import { templateSetFromText } from '../../src/core/narrative';
import { sheetId } from '../../src/app/pipeline-view';
import {
  createStandaloneActions,
  TEMPLATES_STORAGE_KEY,
  type TemplateStorage,
} from '../../src/app/standalone-actions';

const root = join(__dirname, '..', '..');
const example = join(root, 'examples', '县域示例.xlsx');
const extraSheets = join(root, 'test', 'fixtures', '08-extra-sheets.xlsx');

function chosen(path: string, name = path.split('/').pop() ?? path) {
  return { name, bytes: new Uint8Array(readFileSync(path)) };
}

function memoryStorage(): TemplateStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

const request = { period: '上半年', area: '全县', sheets: [] };

describe('createStandaloneActions', () => {
  it('scans the chosen workbook: townships, the reported total, skipped sheets with a reason', async () => {
    const actions = createStandaloneActions({ storage: null });
    await actions.files?.add([chosen(example), chosen(extraSheets)]);
    const sheets = await actions.scan();
    const byName = new Map(sheets.map((s) => [`${s.file}/${s.sheet}`, s]));
    expect(byName.get('县域示例.xlsx/南湖街道')?.role).toBe('township');
    // Both files hold 东城镇: the later one is used, the other is left out and says why.
    expect(byName.get('08-extra-sheets.xlsx/东城镇')?.role).toBe('township');
    expect(byName.get('县域示例.xlsx/东城镇')?.role).toBe('skipped');
    expect(byName.get('县域示例.xlsx/东城镇')?.reason).toContain('东城镇有两份报表');
    expect(byName.get('县域示例.xlsx/合计')?.role).toBe('total');
    const skipped = sheets.filter((s) => s.role === 'skipped');
    expect(skipped.length).toBeGreaterThan(0);
    for (const sheet of skipped) expect(sheet.reason).toContain(sheet.sheet);
  });

  it('runs the pipeline and returns the result workbook to download', async () => {
    const actions = createStandaloneActions({ storage: null });
    await actions.files?.add([chosen(example)]);
    const progress: RunProgress[] = [];
    const outcome = await actions.run(request, (p) => progress.push(p));

    expect(outcome.counts.townships).toBe(7);
    expect(outcome.counts.indicators).toBeGreaterThan(10);
    const total = outcome.counts.error + outcome.counts.verify + outcome.counts.info;
    expect(total).toBe(outcome.findings.length);
    expect(outcome.words).toEqual({ area: '全县', period: '上半年' });
    // Progress per file and per engine step (issue 13 §5), in order, never going back.
    expect([...new Set(progress.map((p) => p.stage))]).toEqual([
      'read',
      'compute',
      'write',
      'done',
    ]);
    expect(progress.map((p) => p.detail)).toEqual(
      expect.arrayContaining([
        { code: 'ui.progress.file', params: { file: '县域示例.xlsx', done: 1, total: 1 } },
      ]),
    );
    expect(progress.flatMap((p) => (p.stage === 'compute' ? [p.detail?.code] : []))).toEqual([
      'ui.progress.step.parse',
      'ui.progress.step.consolidate',
      'ui.progress.step.audit',
      'ui.progress.step.narrative',
      'ui.progress.step.output',
    ]);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(outcome.output.kind).toBe('download');
    if (outcome.output.kind !== 'download') return;
    expect(outcome.output.fileName).toBe('汇总结果.xlsx');

    const workbook = new Workbook();
    await workbook.xlsx.load(
      outcome.output.bytes as unknown as Parameters<typeof workbook.xlsx.load>[0],
    );
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['汇总', '分乡镇', '审核', '综述']));
    expect(names).not.toContain('东城镇');
  });

  it('returns the narrative with traceable figures, written from the templates passed', async () => {
    const actions = createStandaloneActions({ storage: null });
    await actions.files?.add([chosen(example)]);
    const outcome = await actions.run(request, () => {});
    const first = outcome.narrative[0];
    expect(first?.text).toMatch(/^上半年，全县实现工业总产值/);
    expect(first?.figures[0]?.sources.length).toBeGreaterThan(1);
    expect(outcome.consolidation.townships).toHaveLength(7);

    const { set } = templateSetFromText('## 园区亮点\n{主体}{时期}工业总产值{工业总产值}');
    const custom = await actions.run({ ...request, templates: set }, () => {});
    expect(custom.narrative.map((p) => [p.template, p.kind])).toEqual([['园区亮点', 'custom']]);
    expect(custom.narrative[0]?.text).toMatch(/^全县上半年工业总产值[\d.]+亿元。$/);
  });

  it('leaves out the sheets the user switched off', async () => {
    const actions = createStandaloneActions({ storage: null });
    await actions.files?.add([chosen(example)]);
    const off = { id: sheetId('县域示例.xlsx', '东城镇'), sheet: '东城镇', included: false };
    const outcome = await actions.run({ ...request, sheets: [off] }, () => {});
    expect(outcome.counts.townships).toBe(6);
  });

  it('treats a sheet the user marks as a total as a total, not a township', async () => {
    const actions = createStandaloneActions({ storage: null });
    await actions.files?.add([chosen(example)]);
    const asTotal = {
      id: sheetId('县域示例.xlsx', '白马镇'),
      sheet: '白马镇',
      included: true,
      asTotal: true,
    };
    const outcome = await actions.run({ ...request, sheets: [asTotal] }, () => {});
    expect(outcome.counts.townships).toBe(6);
  });

  it('rejects with a Chinese message when nothing is chosen or a file is not .xlsx', async () => {
    const actions = createStandaloneActions({ storage: null });
    await expect(actions.run(request, () => {})).rejects.toThrow('请先选择要汇总的 .xlsx 工作簿');
    await actions.files?.add([{ name: '说明.txt', bytes: new TextEncoder().encode('hello') }]);
    await expect(actions.scan()).rejects.toThrow('文件“说明.txt”不是 .xlsx 工作簿');
    await actions.files?.clear();
    await expect(actions.scan()).rejects.toThrow('请先选择');
  });

  it('reads a copy under another name once, and names an .xls, .et or .csv, as the command line does', async () => {
    const actions = createStandaloneActions({ storage: null });
    await actions.files?.add([
      chosen(example),
      chosen(example, '县域示例（副本）.xlsx'),
      { name: '丙乡.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
      { name: '丁乡.csv', bytes: new TextEncoder().encode('指标名称,本期\n') },
    ]);
    const alone = createStandaloneActions({ storage: null });
    await alone.files?.add([chosen(example)]);
    const expected = await alone.run(request, () => {});
    const outcome = await actions.run(request, () => {});
    expect(outcome.counts.townships).toBe(expected.counts.townships);
    expect(outcome.consolidation.indicators[0]?.current).toBe(
      expected.consolidation.indicators[0]?.current,
    );
    const errors = outcome.findings.filter((f) => f.level === 'error').map((f) => f.message);
    expect(errors).toEqual(
      expect.arrayContaining([
        '丙乡.xls 是旧版 Excel 格式，请另存为 .xlsx 后重新汇总',
        '丁乡.csv 是 CSV 文本文件，请在 Excel 或 WPS 中另存为 .xlsx 后重新汇总',
        expect.stringMatching(/^“县域示例（副本）\.xlsx”与“县域示例\.xlsx”内容完全相同/),
      ]),
    );

    const old = createStandaloneActions({ storage: null });
    await old.files?.add([{ name: '丙乡.et', bytes: new Uint8Array([0xd0, 0xcf]) }]);
    await expect(old.scan()).rejects.toThrow('丙乡.et 是 WPS 表格格式');
  });

  it('a file that cannot be read fails the scan until it is removed; the others are kept', async () => {
    const actions = createStandaloneActions({ storage: null });
    const bad = { name: '坏文件.xlsx', bytes: new TextEncoder().encode('这不是工作簿') };
    expect(await actions.files?.add([chosen(example), bad])).toEqual([
      '县域示例.xlsx',
      '坏文件.xlsx',
    ]);
    await expect(actions.scan()).rejects.toThrow('坏文件.xlsx');
    expect(await actions.files?.remove('坏文件.xlsx')).toEqual(['县域示例.xlsx']);
    const sheets = await actions.scan();
    expect(new Set(sheets.map((s) => s.file))).toEqual(new Set(['县域示例.xlsx']));
    expect(sheets.some((s) => s.sheet === '南湖街道' && s.role === 'township')).toBe(true);
  });

  it('cannot select cells, and says which address to open instead', async () => {
    const actions = createStandaloneActions({ storage: null });
    expect(actions.canSelectCell).toBe(false);
    await expect(actions.selectCell('西河镇', 'C5')).rejects.toThrow('西河镇!C5');
  });

  it('saves and loads templates in the given storage', async () => {
    const storage = memoryStorage();
    const actions = createStandaloneActions({ storage });
    expect(await actions.loadTemplates()).toBeNull();
    await actions.saveTemplates('{时期}，{主体}…');
    expect(storage.items.get(TEMPLATES_STORAGE_KEY)).toBe('{时期}，{主体}…');
    expect(await actions.loadTemplates()).toBe('{时期}，{主体}…');
  });
});
