/**
 * @jest-environment jsdom
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { RunRequest } from '../../src/app/host-actions';
import type { DraftCheck } from '../../src/core/draft-check/types';
import { App } from '../../src/taskpane/components/app';
import { DraftCheckView, MISMATCHES_SHOWN } from '../../src/taskpane/components/draft-check-view';
import { fakeActions, SAMPLE_OUTCOME } from './fake-actions';
import {
  figureAt,
  SAMPLE_DRAFT_CHECK,
  SAMPLE_DRAFT_PARAGRAPHS,
  verdictCounts,
} from './draft-sample';

/**
 * 文稿核对 in the task pane (issue 15): the draft goes in (pasted or a file, never saved), and
 * comes back with each figure marked by verdict and its check one click away.
 */

// jsdom lacks the browser's text codecs, which reading a .txt draft uses: Node's are the same.
Object.assign(globalThis, { TextDecoder, TextEncoder });

/** This machine is shared: a run's result may take more than the default second to show. */
const PATIENT = { timeout: 5000 };

function marks(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-verdict]')];
}

describe('the checked draft', () => {
  it('shows the counts and the text with each figure marked by verdict, not by colour alone', () => {
    render(<DraftCheckView check={SAMPLE_DRAFT_CHECK} canSelect={false} onSelect={jest.fn()} />);
    expect(screen.getByTestId('draft-counts').textContent).toBe('一致 3 · 不一致 1 · 无法核对 1');
    // The text is all there, in order, with the marks' signs besides.
    const text = screen
      .getAllByTestId('draft-paragraph')
      .map((p) => p.textContent?.replace(/[✓✗?]/g, ''));
    expect(text).toEqual(SAMPLE_DRAFT_PARAGRAPHS);
    expect(marks().map((m) => [m.textContent, m.dataset['verdict']])).toEqual([
      ['18.5亿元✓', 'match'],
      ['同比增长5.1%✓', 'match'],
      ['占85%✗', 'mismatch'],
      ['7500万元✓', 'match'],
      ['居全市第一?', 'unchecked'],
    ]);
    // Each mark is a button named with its verdict (the title says it on hover too).
    const wrong = screen.getByRole('button', { name: '不一致：占85%（点击查看核对过程）' });
    expect(wrong.tagName).toBe('BUTTON');
    expect(wrong.getAttribute('title')).toBe('不一致：占85%（点击查看核对过程）');
    expect(wrong.tabIndex).toBe(0);
    expect(screen.getByRole('button', { name: /^无法核对：居全市第一/ })).toBeTruthy();
  });

  it('opens the check of a figure under its paragraph, and closes it again', () => {
    render(<DraftCheckView check={SAMPLE_DRAFT_CHECK} canSelect={false} onSelect={jest.fn()} />);
    const wrong = screen.getByRole('button', { name: /^不一致：占85%/ });
    expect(wrong.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(wrong);
    expect(wrong.getAttribute('aria-expanded')).toBe('true');
    const detail = screen.getByRole('region', { name: '核对过程：85%' });
    expect(wrong.getAttribute('aria-controls')).toBe(detail.id);
    // Under the first paragraph, not at the end of a long draft.
    const [first] = screen.getAllByTestId('draft-paragraph');
    expect(first?.contains(detail)).toBe(true);
    const pairs = [...detail.querySelectorAll('dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent,
    ]);
    expect(pairs).toEqual([
      ['原文片段', '其中玻璃产品销售收入11.15亿元，占85%'],
      ['主体', '园区'],
      ['指标', '玻璃产品销售收入'],
      ['类型', '占比'],
      ['文稿数', '85%'],
      ['计算数', '82.6%'],
      ['结论', '不一致'],
      ['说明', '玻璃产品销售收入11.15亿元 ÷ 销售收入13.5亿元 = 82.6%'],
      ['建议改为', '其中玻璃产品销售收入11.15亿元，占82.6%'],
      // In the page the cells are listed, each once (C9 was given twice).
      ['数据来源', '东城镇!C9、东城镇!C8'],
    ]);
    expect(within(detail).queryByRole('button', { name: /定位/ })).toBeNull();

    // Another figure: its check replaces the first; 收起 closes it.
    fireEvent.click(screen.getByRole('button', { name: /^无法核对：居全市第一/ }));
    expect(screen.queryByRole('region', { name: '核对过程：85%' })).toBeNull();
    const unchecked = screen.getByRole('region', { name: '核对过程：第一' });
    expect(unchecked.textContent).toContain('数据中没有全市的排名');
    expect(unchecked.textContent).not.toContain('计算数');
    fireEvent.click(within(unchecked).getByRole('button', { name: '收起' }));
    expect(screen.queryByRole('region', { name: /^核对过程/ })).toBeNull();
  });

  it('in Excel, a source cell of a figure selects it', () => {
    const onSelect = jest.fn();
    render(<DraftCheckView check={SAMPLE_DRAFT_CHECK} canSelect onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: /^一致：18\.5亿元/ }));
    const detail = screen.getByRole('region', { name: '核对过程：18.5亿元' });
    fireEvent.click(within(detail).getByRole('button', { name: '西城镇!C5' }));
    expect(onSelect).toHaveBeenCalledWith('西城镇', 'C5');
  });

  it('lists the 不一致 figures, the first ones until asked, each opening its check', () => {
    // A long draft: 30 paragraphs, each with a wrong share.
    const paragraphs = Array.from(
      { length: 30 },
      (_, i) => `第${i + 1}个乡镇玻璃产品销售收入占${50 + i}%，同比增长3%。`,
    );
    const figures = paragraphs.flatMap((_, i) => [
      figureAt(paragraphs, i + 1, `占${50 + i}%`, {
        kind: 'share',
        written: `${50 + i}%`,
        computed: `${40 + i}%`,
        verdict: 'mismatch',
      }),
      figureAt(paragraphs, i + 1, '同比增长3%', {
        kind: 'growth',
        written: '3%',
        computed: '3%',
        verdict: 'match',
      }),
    ]);
    const check: DraftCheck = {
      source: '草稿.txt',
      paragraphs,
      figures,
      counts: verdictCounts(figures),
    };
    render(<DraftCheckView check={check} canSelect={false} onSelect={jest.fn()} />);
    expect(screen.getByTestId('draft-counts').textContent).toBe('一致 30 · 不一致 30 · 无法核对 0');
    expect(marks()).toHaveLength(60);
    const list = screen.getByRole('region', { name: '不一致的数字（30）' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(MISMATCHES_SHOWN);
    expect(within(list).getAllByRole('listitem')[2]?.textContent).toBe('第 3 段：52% → 42%');
    fireEvent.click(within(list).getByRole('button', { name: '显示其余 10 个' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(30);

    fireEvent.click(within(list).getByRole('button', { name: '第 30 段：79% → 69%' }));
    const mark = screen.getByRole('button', { name: /^不一致：占79%/ });
    expect(document.activeElement).toBe(mark);
    expect(mark.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('region', { name: '核对过程：79%' }).textContent).toContain('69%');
  });

  it('marks overlapping figures once, and says so when the draft has no figure', () => {
    const [text = ''] = SAMPLE_DRAFT_PARAGRAPHS;
    const base = { kind: 'amount', written: '18.5亿元', verdict: 'match' } as const;
    const figures = [
      figureAt([text], 1, '总产值18.5亿元', base),
      figureAt([text], 1, '18.5亿元', base),
    ];
    const { unmount } = render(
      <DraftCheckView
        check={{ source: 'x', paragraphs: [text], figures, counts: verdictCounts(figures) }}
        canSelect={false}
        onSelect={jest.fn()}
      />,
    );
    expect(marks().map((m) => m.textContent)).toEqual(['总产值18.5亿元✓']);
    unmount();
    render(
      <DraftCheckView
        check={{ source: 'x', paragraphs: ['无数字'], figures: [], counts: verdictCounts([]) }}
        canSelect={false}
        onSelect={jest.fn()}
      />,
    );
    expect(screen.getByText('文稿中没有找到可核对的数字')).toBeTruthy();
  });
});

describe('the draft in the task pane', () => {
  function runWithDraft() {
    return fakeActions({
      run: jest.fn(async (_request: RunRequest) => ({
        ...SAMPLE_OUTCOME,
        draftCheck: SAMPLE_DRAFT_CHECK,
      })),
    });
  }

  async function openDraftSection() {
    const toggle = await screen.findByRole('button', { name: '文稿核对' }, PATIENT);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    return screen.getByRole('region', { name: '文稿核对' });
  }

  it('is folded at first; pasted text goes with the run, and the result shows', async () => {
    const { actions } = runWithDraft();
    render(<App actions={actions} />);
    expect(screen.queryByLabelText('文稿内容')).toBeNull();
    const section = await openDraftSection();
    // The help says the draft is not kept.
    expect(section.textContent).toContain('不保存到工作簿中');
    const text = SAMPLE_DRAFT_PARAGRAPHS.join('\n');
    fireEvent.change(within(section).getByLabelText('文稿内容'), { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: '一键汇总' }));

    const result = await screen.findByRole('region', { name: '文稿核对结果' }, PATIENT);
    expect(within(result).getByTestId('draft-counts').textContent).toBe(
      '一致 3 · 不一致 1 · 无法核对 1',
    );
    const run = actions.run as jest.Mock;
    expect(run.mock.calls[0]?.[0]).toMatchObject({ draft: { text, source: '粘贴的文稿' } });
  });

  it('a run without a draft sends none and shows no draft result', async () => {
    const { actions, calls } = fakeActions();
    render(<App actions={actions} />);
    const section = await openDraftSection();
    fireEvent.change(within(section).getByLabelText('文稿内容'), { target: { value: '  \n ' } });
    fireEvent.click(screen.getByRole('button', { name: '一键汇总' }));
    await screen.findByTestId('result-bar', {}, PATIENT);
    expect(calls.run.mock.calls[0]?.[0]).not.toHaveProperty('draft');
    expect(screen.queryByRole('region', { name: '文稿核对结果' })).toBeNull();
  });

  it('reads a chosen .txt file into the box, names it, and 移除 forgets it', async () => {
    const { actions } = runWithDraft();
    render(<App actions={actions} />);
    const section = await openDraftSection();
    const input = section.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.accept).toContain('.docx');
    expect(input.getAttribute('aria-hidden')).toBe('true');
    const text = SAMPLE_DRAFT_PARAGRAPHS.join('\n');
    const file = new File([new TextEncoder().encode(text)], '半年总结.txt');
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    const box = within(section).getByLabelText('文稿内容') as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toBe(text), PATIENT);
    expect(section.textContent).toContain('文稿文件：半年总结.txt');

    fireEvent.click(screen.getByRole('button', { name: '一键汇总' }));
    await screen.findByRole('region', { name: '文稿核对结果' }, PATIENT);
    const run = actions.run as jest.Mock;
    expect(run.mock.calls[0]?.[0]).toMatchObject({ draft: { text, source: '半年总结.txt' } });

    fireEvent.click(within(section).getByRole('button', { name: '移除 半年总结.txt' }));
    expect(box.value).toBe('');
    expect(section.textContent).not.toContain('半年总结.txt');
  });
});
