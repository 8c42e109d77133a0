/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { FoundSheet, HostActions } from '../../src/app/host-actions';
import { App } from '../../src/taskpane/components/app';
import { FINDINGS_SHOWN } from '../../src/taskpane/components/findings-list';
import { fakeActions, findingView, SAMPLE_OUTCOME, SAMPLE_PARAGRAPHS } from './fake-actions';

/**
 * The task pane at 350 px (issue 13 §8): a file chooser in Chinese, a bad file that can be
 * taken off the list, errors that go with the next try, sections that fold, the narrative
 * shown once.
 */

/** Standalone-like actions on file names: a file named bad… cannot be read. */
function fileActions() {
  let names: string[] = [];
  const files = {
    add: jest.fn(async (chosen: readonly { name: string }[]) => {
      names = [...new Set([...names, ...chosen.map((f) => f.name)])];
      return names;
    }),
    remove: jest.fn(async (name: string) => {
      names = names.filter((n) => n !== name);
      return names;
    }),
    clear: jest.fn(async () => {
      names = [];
    }),
  };
  const scan = jest.fn(async (): Promise<readonly FoundSheet[]> => {
    const bad = names.find((n) => n.startsWith('bad'));
    if (bad !== undefined) throw new Error(`文件“${bad}”已损坏或不是有效的 .xlsx 工作簿，无法打开`);
    return names.map((file) => ({
      id: `${file}::东城镇`,
      file,
      sheet: '东城镇',
      role: 'township',
    }));
  });
  const { actions } = fakeActions({ kind: 'standalone', canSelectCell: false, files, scan });
  return { actions, files, scan };
}

function xlsx(name: string): File {
  return new File([new Uint8Array([80, 75, 3, 4])], name);
}

async function choose(...files: File[]) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files } });
  });
}

describe('the file chooser', () => {
  it('is a Chinese button over a hidden native input, and lists the chosen names in Chinese', async () => {
    const { actions } = fileActions();
    render(<App actions={actions} />);
    const zone = screen.getByTestId('file-drop');
    const input = zone.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.getAttribute('aria-hidden')).toBe('true');
    expect(input.tabIndex).toBe(-1);
    const click = jest.spyOn(input, 'click');
    fireEvent.click(within(zone).getByRole('button', { name: '选择 .xlsx 文件' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(zone.textContent).toContain('尚未选择文件');

    await choose(xlsx('东城镇.xlsx'), xlsx('西城镇.xlsx'));
    const list = await within(zone).findByRole('list', { name: '已选 2 个文件' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['东城镇.xlsx移除', '西城镇.xlsx移除']);
    expect(zone.textContent).not.toMatch(/Choose|No file|尚未选择/);
  });

  it('takes a bad file off the list: its error goes and the others are scanned', async () => {
    const { actions, files, scan } = fileActions();
    render(<App actions={actions} />);
    await choose(xlsx('东城镇.xlsx'), xlsx('bad.xlsx'));
    expect(
      await screen.findByText(
        '读取工作表失败：文件“bad.xlsx”已损坏或不是有效的 .xlsx 工作簿，无法打开',
      ),
    ).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '移除 bad.xlsx' }));
    });
    expect(files.remove).toHaveBeenCalledWith('bad.xlsx');
    expect(screen.queryByText(/读取工作表失败/)).toBeNull();
    expect(screen.queryByRole('button', { name: '移除 bad.xlsx' })).toBeNull();
    const sheets = screen.getByRole('region', { name: '找到的工作表' });
    expect(await within(sheets).findByLabelText('东城镇.xlsx › 东城镇')).toBeTruthy();
    expect(scan).toHaveBeenCalledTimes(2);
  });

  it('removing the last file empties the sheet list without a scan', async () => {
    const { actions, scan } = fileActions();
    render(<App actions={actions} />);
    await choose(xlsx('东城镇.xlsx'));
    const sheets = screen.getByRole('region', { name: '找到的工作表' });
    await within(sheets).findByLabelText('东城镇.xlsx › 东城镇');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '移除 东城镇.xlsx' }));
    });
    expect(within(sheets).queryByLabelText('东城镇.xlsx › 东城镇')).toBeNull();
    expect(within(sheets).getByText('还没有找到工作表')).toBeTruthy();
    expect(scan).toHaveBeenCalledTimes(1);
  });
});

describe('errors', () => {
  it('clear when a new run starts: a run that then succeeds shows no stale error', async () => {
    const { actions, calls } = fakeActions();
    const run = calls.run;
    let fails = true;
    const flaky: HostActions = {
      ...actions,
      run: (request, onProgress) =>
        fails ? Promise.reject(new Error('工作簿正在编辑')) : run(request, onProgress),
    };
    render(<App actions={flaky} />);
    fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
    expect(await screen.findByText('汇总失败：工作簿正在编辑')).toBeTruthy();
    fails = false;
    fireEvent.click(screen.getByRole('button', { name: '一键汇总' }));
    await screen.findByTestId('result-bar');
    expect(screen.queryByText('汇总失败：工作簿正在编辑')).toBeNull();
  });

  it('clear on 重新扫描, and a scan that fails again shows its error once', async () => {
    const scan = jest.fn(async (): Promise<readonly FoundSheet[]> => {
      throw new Error('工作簿被锁定');
    });
    const { actions } = fakeActions({ scan });
    render(<App actions={actions} />);
    expect(await screen.findByText('读取工作表失败：工作簿被锁定')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '重新扫描' }));
    });
    expect(screen.getAllByText('读取工作表失败：工作簿被锁定')).toHaveLength(1);
  });
});

describe('sections', () => {
  it('fold and unfold from their heading; folded, their content is gone', async () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    const sheets = screen.getByRole('region', { name: '找到的工作表' });
    await within(sheets).findByLabelText('东城镇');
    const toggle = within(sheets).getByRole('button', { name: '找到的工作表' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(sheets).queryByLabelText('东城镇')).toBeNull();
    fireEvent.click(toggle);
    expect(within(sheets).getByLabelText('东城镇')).toBeTruthy();
  });

  it('the 综述模板 section starts folded', () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    const templates = screen.getByRole('region', { name: '综述模板' });
    expect(
      within(templates).getByRole('button', { name: '综述模板' }).getAttribute('aria-expanded'),
    ).toBe('false');
    expect(within(templates).queryByLabelText('模板')).toBeNull();
  });
});

describe('the narrative', () => {
  it('is shown once after a run (the template preview, which would repeat it, is folded)', async () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
    await screen.findByTestId('result-bar');
    const text = SAMPLE_PARAGRAPHS[0]?.text ?? '';
    expect(text).toMatch(/^上半年，全县实现工业总产值/);
    await waitFor(() => expect(screen.getAllByText(text)).toHaveLength(1));
    expect(screen.queryByTestId('template-preview')).toBeNull();
  });
});

describe('the findings list', () => {
  it(`shows the first ${FINDINGS_SHOWN} of a level, the rest on 显示其余 N 条`, async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      findingView({ id: `e${i}`, level: 'error', message: `第${i + 1}条错误` }),
    );
    const { actions } = fakeActions({
      run: async () => ({ ...SAMPLE_OUTCOME, findings: many }),
    });
    render(<App actions={actions} />);
    fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
    const errors = await screen.findByRole('region', { name: '错误（25）' });
    expect(within(errors).queryByText('第10条错误')).not.toBeNull();
    expect(within(errors).queryByText('第11条错误')).toBeNull();
    fireEvent.click(within(errors).getByRole('button', { name: '显示其余 15 条' }));
    expect(within(errors).getByText('第25条错误')).toBeTruthy();
    expect(within(errors).queryByRole('button', { name: /显示其余/ })).toBeNull();
  });
});
