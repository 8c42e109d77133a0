/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/components/app';
import { fakeActions } from './fake-actions';

describe('App (task pane)', () => {
  it('lists the sheets found with their roles; skipped ones cannot be switched on', async () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    const sheets = screen.getByRole('region', { name: '找到的工作表' });
    const township = (await within(sheets).findByLabelText('东城镇')) as HTMLInputElement;
    const skipped = within(sheets).getByLabelText('说明') as HTMLInputElement;
    expect(township.checked).toBe(true);
    expect(skipped.disabled).toBe(true);
    expect(skipped.checked).toBe(false);
    expect(within(sheets).getByText('工作表“说明”没有找到表头')).toBeTruthy();
    expect(within(sheets).getByText('合计', { selector: '.fui-Badge' })).toBeTruthy();
  });

  it('runs with the period, area and sheet choices, then shows the counts and sheets written', async () => {
    const { actions, calls } = fakeActions();
    render(<App actions={actions} />);
    fireEvent.click(await screen.findByLabelText('东城镇'));
    fireEvent.change(screen.getByLabelText('时期'), { target: { value: '上半年' } });
    fireEvent.change(screen.getByLabelText('主体'), { target: { value: '全县' } });
    fireEvent.click(screen.getByRole('button', { name: '一键汇总' }));

    const bar = await screen.findByTestId('result-bar');
    expect(bar.textContent).toContain('7 个乡镇、30 项指标；错误 2 条，核实 1 条，提示 1 条');
    expect(bar.textContent).toContain('已写入工作表：汇总、分乡镇、审核、综述');
    expect(calls.run).toHaveBeenCalledTimes(1);
    const request = calls.run.mock.calls[0]?.[0];
    expect(request).toMatchObject({ period: '上半年', area: '全县' });
    expect(request?.sheets).toEqual([
      { id: '::东城镇', sheet: '东城镇', included: false },
      { id: '::合计', sheet: '合计', included: true },
    ]);
  });

  it('groups findings by level with counts, errors first, and selects the cell on click', async () => {
    const { actions, calls } = fakeActions();
    render(<App actions={actions} />);
    fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
    const findings = await screen.findByRole('region', { name: '审核结果' });
    const groups = within(findings).getAllByRole('heading', { level: 3 });
    expect(groups.map((g) => g.textContent)).toEqual(['错误（2）', '核实（1）', '提示（1）']);
    const errors = within(findings).getByRole('region', { name: '错误（2）' });
    expect(errors.textContent).toContain('应为 126400，实为 127634');
    expect(within(errors).getByText(/北山乡!D9/).textContent).not.toContain('应为');

    fireEvent.click(within(errors).getByRole('button', { name: /其中项大于总项/ }));
    await waitFor(() => expect(calls.selectCell).toHaveBeenCalledWith('西河镇', 'C5'));
    // A finding without a cell is not a button.
    const info = within(findings).getByRole('region', { name: '提示（1）' });
    expect(within(info).queryByRole('button')).toBeNull();
  });

  it('shows addresses only, without buttons, when the host cannot select cells', async () => {
    const { actions } = fakeActions({ canSelectCell: false });
    render(<App actions={actions} />);
    fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
    const findings = await screen.findByRole('region', { name: '审核结果' });
    expect(findings.textContent).toContain('西河镇!C5');
    // No finding is a button; the one button is the section's fold toggle.
    expect(
      within(findings)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['›审核结果']);
  });

  it('shows the narrative and copies it', async () => {
    const { actions } = fakeActions();
    const copyText = jest.fn(async (_text: string) => {});
    render(<App actions={actions} copyText={copyText} />);
    fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
    const narrative = await screen.findByTestId('narrative');
    expect(narrative.textContent).toContain('上半年，全县实现工业总产值18.5亿元，同比增长5.1%。');
    fireEvent.click(screen.getByRole('button', { name: '复制综述' }));
    expect(await screen.findByText('综述已复制')).toBeTruthy();
    expect(copyText).toHaveBeenCalledWith('上半年，全县实现工业总产值18.5亿元，同比增长5.1%。');
  });

  it('shows each paragraph with its figures and their source cells; a click selects the cell', async () => {
    const { actions, calls } = fakeActions();
    render(<App actions={actions} />);
    fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
    const narrative = await screen.findByRole('region', { name: '综述' });
    // The result renders as a transition: wait for it.
    const paragraph = await within(narrative).findByTestId('narrative-paragraph');
    expect(paragraph.textContent).toContain('数字来源（2）');
    const items = within(paragraph).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '18.5亿元 工业总产值 ← 东城镇!C2、西城镇!C2',
      '5.1% 工业总产值 ← 东城镇!C2、东城镇!D2、西城镇!C2、西城镇!D2',
    ]);
    fireEvent.click(within(items[0] as HTMLElement).getByRole('button', { name: '西城镇!C2' }));
    await waitFor(() => expect(calls.selectCell).toHaveBeenCalledWith('西城镇', 'C2'));
  });

  it('lists the sources as plain addresses when the host cannot select cells', async () => {
    const { actions } = fakeActions({ canSelectCell: false });
    render(<App actions={actions} />);
    fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
    const narrative = await screen.findByRole('region', { name: '综述' });
    await within(narrative).findByTestId('narrative-paragraph');
    expect(narrative.textContent).toContain('18.5亿元 工业总产值 ← 东城镇!C2、西城镇!C2');
    expect(within(narrative).queryByRole('button', { name: '东城镇!C2' })).toBeNull();
  });

  it('shows 应为 / 实为 only when known, numbers as given, never a placeholder', async () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
    const findings = await screen.findByRole('region', { name: '审核结果' });
    const verify = within(findings).getByRole('region', { name: '核实（1）' });
    expect(verify.textContent).toContain('实为 80.25');
    expect(verify.textContent).not.toContain('应为');
    const info = within(findings).getByRole('region', { name: '提示（1）' });
    expect(info.textContent).not.toMatch(/应为|实为/);
    expect(document.body.textContent).not.toMatch(/\{expected\}|\{actual\}|null|undefined/);
  });

  it('shows a failed run in an error MessageBar with the reason, and can dismiss it', async () => {
    const { actions } = fakeActions({
      run: () => Promise.reject(new Error('文件“a.xlsx”已损坏')),
    });
    render(<App actions={actions} />);
    fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
    const alert = await screen.findByText('汇总失败：文件“a.xlsx”已损坏');
    expect(alert.closest('.fui-MessageBar')).not.toBeNull();
    expect(screen.queryByTestId('result-bar')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByText('汇总失败：文件“a.xlsx”已损坏')).toBeNull();
  });

  it('shows a failed cell selection and a failed copy as errors too', async () => {
    const { actions } = fakeActions({
      selectCell: () => Promise.reject(new Error('工作表不存在')),
    });
    render(<App actions={actions} copyText={() => Promise.reject(new Error('denied'))} />);
    fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
    fireEvent.click(await screen.findByRole('button', { name: /其中项大于总项/ }));
    expect(await screen.findByText('无法定位到 西河镇!C5：工作表不存在')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '复制综述' }));
    expect(await screen.findByText('复制失败：denied')).toBeTruthy();
  });

  it('switches the UI to English', async () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'English' }));
    });
    expect(screen.getByRole('button', { name: 'Consolidate' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Sheets found' })).toBeTruthy();
  });
});
