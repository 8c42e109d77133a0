import { oneClickHandler } from '../../src/commands/one-click-handler';
import { noticeFromSearch, noticeUrl } from '../../src/commands/notice-url';
import { failureMessage, runOneClick } from '../../src/commands/run-one-click';
import { createOfficeActions } from '../../src/app/office-actions';
import type { RunRequest } from '../../src/app/host-actions';
import {
  readSavedRequest,
  requestPipelineOptions,
  RUN_SETTING,
  TEMPLATES_SETTING,
} from '../../src/app/saved-settings';
import { templateSetFromText } from '../../src/core/narrative';
import { readWorkbookGrids, selectCell, writeOutputs } from '../../src/host/office';
import { REGISTRY_SHEET_NAME } from '../../src/host/office/own-sheets';
import { supportUpTo } from '../../src/host/office/requirement';
import { FakeExcel } from '../office/fake-excel';
import { FakeDocumentStore, FakeSettings } from '../office/fake-settings';
import { townshipSheet } from '../office/office-fixtures';

const options = {
  read: { supports: supportUpTo('1.7') },
  write: { supports: supportUpTo('1.7') },
} as const;

/** The task pane's actions on a fake workbook, with the given document settings. */
function paneActions(fake: FakeExcel, settings: FakeSettings) {
  return createOfficeActions(
    {
      readWorkbookGrids: (context) => readWorkbookGrids(context, options.read),
      writeOutputs: (context, sheets, write) =>
        writeOutputs(context, sheets, { ...write, ...options.write }),
      selectCell,
    },
    { run: (batch) => batch(fake.context as Excel.RequestContext), settings },
  );
}

function workbook(): FakeExcel {
  return new FakeExcel([
    townshipSheet('东城镇', 8, 7, 1),
    townshipSheet('西城镇', 8, 7, 2),
    { name: '汇总', rows: [['用户自己的表']] },
  ]);
}

describe('runOneClick', () => {
  it('reads the workbook, runs the pipeline and writes the output sheets next to the user’s', async () => {
    const fake = workbook();
    const outcome = await runOneClick(fake.context as Excel.RequestContext, options);
    expect(outcome.sheetNames[0]).toBe('汇总(2)');
    expect(outcome.sheetNames).toContain('分乡镇');
    expect(fake.names().slice(0, 3)).toEqual(['东城镇', '西城镇', '汇总']);
    expect(fake.names()).toContain(REGISTRY_SHEET_NAME);
    expect(fake.sheet('汇总').valuesFromA1()).toEqual([['用户自己的表']]);
    const summary = fake.sheet('汇总(2)').valuesFromA1();
    const row = summary.find((cells) => cells[0] === '工业总产值');
    // 东城镇 1000 + 西城镇 2000 (本期, 万元).
    expect(row?.[2]).toBe(3000);
    expect(outcome.message).toMatch(/^汇总完成，已生成：汇总\(2\)、分乡镇/);
    expect(outcome.message).toContain('审核结果：错误');
    expect(outcome.message).toContain('工作表“汇总”不是插件生成的，未改动它，结果写在“汇总(2)”');
    // Reads: 3 syncs; writes: 2 syncs (no registry yet).
    expect(fake.syncCount).toBe(5);
  });

  it('a rerun reads past its own output and replaces it', async () => {
    const fake = workbook();
    const first = await runOneClick(fake.context as Excel.RequestContext, options);
    const namesAfterFirst = fake.names();
    const second = await runOneClick(fake.context as Excel.RequestContext, options);
    expect(second.sheetNames).toEqual(first.sheetNames);
    expect([...fake.names()].sort()).toEqual([...namesAfterFirst].sort());
  });

  it('writes nothing when there is no statistics sheet', async () => {
    const fake = new FakeExcel([{ name: 'Sheet1', rows: [['随便写点']] }]);
    const outcome = await runOneClick(fake.context as Excel.RequestContext, options);
    expect(outcome.sheetNames).toEqual([]);
    expect(outcome.message).toBe(
      '当前工作簿中没有可汇总的统计表：跳过了 1 个工作表，如：工作表“Sheet1”没有找到表头（指标名称、本期等列），不是统计表，已跳过',
    );
    expect(fake.names()).toEqual(['Sheet1']);
  });

  it('writes nothing when the only township sheet is blank, and says which', async () => {
    const fake = new FakeExcel([
      {
        name: '甲镇',
        rows: [
          ['指标名称', '计量单位', '本期', '上年同期'],
          ['工业总产值', '万元', null, null],
        ],
      },
    ]);
    const outcome = await runOneClick(fake.context as Excel.RequestContext, options);
    expect(outcome.sheetNames).toEqual([]);
    expect(outcome.message).toBe(
      '当前工作簿中没有可汇总的统计表：跳过了 1 个工作表，如：甲镇的报表没有任何数据（全部为空），未参与汇总，请核实是否漏报',
    );
    expect(fake.names()).toEqual(['甲镇']);
  });
});

describe('oneClickHandler', () => {
  it('shows the outcome and completes the event', async () => {
    const fake = workbook();
    const notices: string[] = [];
    let completed = 0;
    const handler = oneClickHandler({
      run: (batch) => batch(fake.context as Excel.RequestContext),
      notify: async (message) => {
        notices.push(message);
      },
    });
    await handler({ completed: () => completed++ });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^汇总完成/);
    expect(completed).toBe(1);
  });

  it('reports a failure in Chinese, logs it, and still completes the event', async () => {
    const notices: string[] = [];
    const logged: unknown[] = [];
    let completed = 0;
    const handler = oneClickHandler({
      run: () => Promise.reject(new Error('RichApi.Error: 网络中断')),
      notify: async (message) => {
        notices.push(message);
      },
      log: (error) => logged.push(error),
    });
    await handler({ completed: () => completed++ });
    expect(notices).toEqual(['一键汇总失败：RichApi.Error: 网络中断']);
    expect(logged).toHaveLength(1);
    expect(completed).toBe(1);
  });

  it('completes the event even when the notice cannot be shown', async () => {
    let completed = 0;
    const logged: unknown[] = [];
    const handler = oneClickHandler({
      run: () => Promise.reject('boom'),
      notify: () => Promise.reject(new Error('dialog blocked')),
      log: (error) => logged.push(error),
    });
    await handler({ completed: () => completed++ });
    expect(completed).toBe(1);
    expect(logged).toEqual(['boom', new Error('dialog blocked')]);
  });
});

describe('notice helpers', () => {
  it('round-trips a message through the dialog URL', () => {
    const url = noticeUrl('https://localhost:3000/commands.html?x=1#top', '汇总完成：汇总、分乡镇');
    expect(url.startsWith('https://localhost:3000/commands.html?notice=')).toBe(true);
    expect(noticeFromSearch(new URL(url).search)).toBe('汇总完成：汇总、分乡镇');
    expect(noticeFromSearch('')).toBeNull();
  });

  it('words failures without a message', () => {
    expect(failureMessage('x')).toBe('一键汇总失败：未知错误');
    expect(failureMessage(new Error(''))).toBe('一键汇总失败：未知错误');
  });
});

describe('the ribbon reads the settings the task pane saved (issue 13 §2)', () => {
  const county = (): FakeExcel =>
    new FakeExcel([
      townshipSheet('东城镇', 8, 7, 1),
      townshipSheet('西城镇', 8, 7, 2),
      townshipSheet('南城镇', 8, 7, 4),
    ]);
  const templates = '## 主要指标\n{时期}，{主体}按自定义模板：工业总产值{工业总产值}。\n';
  const request = {
    period: '1-6月',
    area: '开发区',
    sheets: [
      { id: '::西城镇', sheet: '西城镇', included: false },
      { id: '::南城镇', sheet: '南城镇', included: true, asTotal: true },
    ],
  };
  const summaryRow = (fake: FakeExcel, sheet: string) =>
    fake
      .sheet(sheet)
      .valuesFromA1()
      .find((cells) => cells[0] === '工业总产值');

  async function paneRun(
    store: FakeDocumentStore,
    choices: RunRequest = request,
    text = templates,
  ): Promise<FakeExcel> {
    const fake = county();
    const settings = new FakeSettings(store);
    const actions = paneActions(fake, settings);
    await actions.saveTemplates(text);
    const { set } = templateSetFromText(text);
    await actions.run({ ...choices, templates: set }, () => undefined);
    return fake;
  }

  async function ribbonRun(settings: FakeSettings): Promise<FakeExcel> {
    const ribbon = county();
    await oneClickHandler({
      run: (batch) => batch(ribbon.context as Excel.RequestContext),
      notify: async () => undefined,
      settings,
    })({ completed: () => undefined });
    return ribbon;
  }

  it('saves the group word with the run choices, and the ribbon words with it (issue 14 §2)', async () => {
    const store = new FakeDocumentStore();
    const ribbonSettings = new FakeSettings(store);
    // The sheets are 东城镇…: without the setting the word would be 乡镇.
    const text = '## 乡镇排名\n从各{单位}看，工业总产值首位是{工业总产值.首位}。\n';
    await paneRun(store, { period: '1-6月', area: '开发区', unitWord: '园区', sheets: [] }, text);
    expect(store.saved[RUN_SETTING]).toEqual({
      period: '1-6月',
      area: '开发区',
      unitWord: '园区',
      sheets: [],
    });
    const ribbon = await ribbonRun(ribbonSettings);
    expect(ribbon.sheet('综述').valuesFromA1().flat().join('')).toContain('从各园区看');
  });

  it('runs with the saved templates, period, area and sheet choices, as the pane did', async () => {
    const store = new FakeDocumentStore();
    // The ribbon's runtime loaded its settings before the pane saved anything.
    const ribbonSettings = new FakeSettings(store);
    const pane = await paneRun(store);
    expect(store.saved[RUN_SETTING]).toEqual({
      period: '1-6月',
      area: '开发区',
      sheets: request.sheets,
    });
    expect(store.saved[TEMPLATES_SETTING]).toBe(templates);

    const ribbon = county();
    const notices: string[] = [];
    await oneClickHandler({
      run: (batch) => batch(ribbon.context as Excel.RequestContext),
      notify: async (message) => {
        notices.push(message);
      },
      settings: ribbonSettings,
    })({ completed: () => undefined });
    expect(notices[0]).toMatch(/^汇总完成/);
    for (const sheet of ['汇总', '分乡镇', '综述']) {
      expect(ribbon.sheet(sheet).valuesFromA1()).toEqual(pane.sheet(sheet).valuesFromA1());
    }
    // 西城镇 switched off and 南城镇 a reported total: 东城镇 alone (1000) is summed.
    expect(summaryRow(ribbon, '汇总')?.[2]).toBe(1000);
    const narrative = ribbon.sheet('综述').valuesFromA1().flat().join('');
    expect(narrative).toContain('1-6月，开发区按自定义模板');
  });

  it('without saved settings the ribbon runs with the defaults (the test above can fail)', async () => {
    const ribbon = county();
    await oneClickHandler({
      run: (batch) => batch(ribbon.context as Excel.RequestContext),
      notify: async () => undefined,
      settings: new FakeSettings(),
    })({ completed: () => undefined });
    expect(summaryRow(ribbon, '汇总')?.[2]).toBe(7000);
    expect(ribbon.sheet('综述').valuesFromA1().flat().join('')).not.toContain('自定义模板');
  });

  it('passes a draft to the engine but never saves it in the workbook (文稿核对)', async () => {
    const draft = { text: '上半年，开发区实现工业总产值1000万元。', source: '粘贴的文稿' };
    expect(requestPipelineOptions({ ...request, draft }).draft).toEqual(draft);
    expect(requestPipelineOptions(request)).not.toHaveProperty('draft');

    const store = new FakeDocumentStore();
    const fake = county();
    const actions = paneActions(fake, new FakeSettings(store));
    await actions.run({ ...request, draft }, () => undefined);
    expect(store.saved[RUN_SETTING]).toEqual({
      period: '1-6月',
      area: '开发区',
      sheets: request.sheets,
    });
    expect(JSON.stringify(store.saved)).not.toContain('工业总产值1000万元');
  });

  it('reads malformed settings as the defaults', () => {
    const settings = new FakeSettings();
    settings.set(RUN_SETTING, { period: 5, sheets: [{ id: 1 }, 'x'] });
    settings.set(TEMPLATES_SETTING, '   ');
    expect(readSavedRequest(settings)).toEqual({ period: '', area: '', sheets: [] });
  });

  it('says in the outcome when the choices could not be saved', async () => {
    const store = new FakeDocumentStore();
    store.failSaves = '文档为只读';
    const fake = county();
    const actions = paneActions(fake, new FakeSettings(store));
    const outcome = await actions.run(request, () => undefined);
    expect(outcome.output.kind === 'written' && outcome.output.notices).toEqual([
      '本次的时期、主体和工作表选择未能保存到工作簿（文档为只读），功能区的“一键汇总”仍按上次保存的设置运行',
    ]);
  });
});

describe('the task pane run with no township', () => {
  it('stops with the same message as the ribbon and writes nothing', async () => {
    const fake = new FakeExcel([{ name: 'Sheet1', rows: [['随便写点']] }]);
    const actions = paneActions(fake, new FakeSettings(new FakeDocumentStore()));
    await expect(
      actions.run({ period: '', area: '', sheets: [] }, () => undefined),
    ).rejects.toThrow(/^当前工作簿中没有可汇总的统计表：跳过了 1 个工作表，如：工作表“Sheet1”/);
    expect(fake.names()).toEqual(['Sheet1']);
  });
});
