/**
 * @jest-environment jsdom
 */
import { TextEncoder } from 'node:util';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/components/app';
import { cellText } from '../../src/core/output/cell-text';
import { readDocx } from '../helpers/docx-xml';
import { fakeActions, SAMPLE_OUTCOME } from './fake-actions';

// jsdom has no TextEncoder, which the docx library uses; every browser has it.
globalThis.TextEncoder ??= TextEncoder;

/** The 汇总 sheet's header and figure rows as the sheet shows them. */
function summaryShown(): string[][] {
  const sheet = SAMPLE_OUTCOME.reportSheets?.[0];
  if (sheet === undefined) throw new Error('no 汇总 sheet');
  return sheet.rows
    .slice(1)
    .map((row, r) => row.map((cell, c) => cellText(cell, sheet.numberFormats[r + 1]?.[c] ?? null)));
}

/** The button appears once the run's result is rendered: slow in jsdom on a loaded machine. */
const RESULT_SHOWN = { timeout: 10_000 };

async function runThenExport(options: { townships?: boolean } = {}) {
  const download = jest.fn();
  const { actions } = fakeActions();
  render(<App actions={actions} download={download} />);
  fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
  const button = await screen.findByRole('button', { name: '导出 Word' }, RESULT_SHOWN);
  if (options.townships === true) fireEvent.click(screen.getByLabelText('Word 中含分乡镇表'));
  fireEvent.click(button);
  await waitFor(() => expect(download).toHaveBeenCalledTimes(1), { timeout: 20_000 });
  const [fileName, bytes] = download.mock.calls[0] as [string, Uint8Array];
  return { fileName, docx: await readDocx(bytes) };
}

describe('导出 Word (task pane and page)', () => {
  it('is not offered before a run', async () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    await screen.findByRole('button', { name: '一键汇总' });
    expect(screen.queryByRole('button', { name: '导出 Word' })).toBeNull();
  });

  it('makes the Word report of the run in the page and offers it as a download', async () => {
    const { fileName, docx } = await runThenExport();
    expect(fileName).toBe('全县上半年主要经济指标完成情况.docx');
    expect(docx.paragraphs[0]).toBe('全县上半年主要经济指标完成情况');
    for (const paragraph of SAMPLE_OUTCOME.narrative) {
      expect(docx.paragraphs).toContain(paragraph.text);
    }
    expect(docx.tables).toEqual([summaryShown()]);
  }, 30_000);

  it('adds the 分乡镇 table when asked', async () => {
    const { docx } = await runThenExport({ townships: true });
    expect(docx.tables).toHaveLength(2);
    expect(docx.tables[1]?.[0]).toEqual([
      '指标名称',
      '计量单位',
      ...SAMPLE_OUTCOME.consolidation.townships,
    ]);
  }, 30_000);

  it('says in the error bar when the report cannot be made', async () => {
    const download = jest.fn();
    const { actions } = fakeActions();
    const chartImages = () => Promise.reject(new Error('图表生成失败'));
    render(<App actions={actions} download={download} chartImages={chartImages} />);
    fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
    fireEvent.click(await screen.findByRole('button', { name: '导出 Word' }, RESULT_SHOWN));
    expect(await screen.findByText('导出 Word 失败：图表生成失败')).toBeTruthy();
    expect(download).not.toHaveBeenCalled();
  });
});
