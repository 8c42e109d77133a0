import { oneClickHandler } from '../../src/commands/one-click-handler';
import { noticeFromSearch, noticeUrl } from '../../src/commands/notice-url';
import { failureMessage, runOneClick } from '../../src/commands/run-one-click';
import { REGISTRY_SHEET_NAME } from '../../src/host/office/own-sheets';
import { supportUpTo } from '../../src/host/office/requirement';
import { FakeExcel } from '../office/fake-excel';
import { townshipSheet } from '../office/office-fixtures';

const options = {
  read: { supports: supportUpTo('1.7') },
  write: { supports: supportUpTo('1.7') },
} as const;

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
    expect(outcome.message).toBe('当前工作簿中没有找到统计表（需要有“指标名称”“本期”等表头）');
    expect(fake.names()).toEqual(['Sheet1']);
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
