/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { defaultTemplatesZhCN, type Paragraph } from '../../src/core/narrative';
import { App } from '../../src/taskpane/components/app';
import { PREVIEW_DELAY_MS, TemplateEditor } from '../../src/taskpane/components/template-editor';
import { defaultTemplateText } from '../../src/taskpane/editor-templates';
import { narrativePreview, type RenderPreview } from '../../src/taskpane/template-preview';
import { fakeActions, SAMPLE_CONSOLIDATION } from './fake-actions';

function paragraph(text: string): Paragraph {
  return { kind: 'custom', template: '测试', text, figures: [] };
}

function Editor({ renderPreview }: { renderPreview: RenderPreview | null }) {
  const [value, setValue] = useState('');
  return (
    <TemplateEditor
      value={value}
      onChange={setValue}
      renderPreview={renderPreview}
      onSave={() => {}}
      onReset={() => setValue('默认')}
      saved={false}
    />
  );
}

/** The real engine on a real consolidation (test/helpers/stat-table.ts + consolidate). */
const preview = narrativePreview({
  consolidation: SAMPLE_CONSOLIDATION,
  words: { area: '全县', period: '上半年' },
  findings: { error: 0, verify: 0, info: 0 },
});

describe('TemplateEditor', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('renders the preview once typing pauses, not on every keystroke', () => {
    const renderPreview = jest.fn<ReturnType<RenderPreview>, [string]>((text) => ({
      paragraphs: [paragraph(`预览：${text}`)],
      issues: [],
    }));
    render(<Editor renderPreview={renderPreview} />);
    const textarea = screen.getByLabelText('模板');
    fireEvent.change(textarea, { target: { value: '上' } });
    fireEvent.change(textarea, { target: { value: '上半年' } });
    expect(screen.queryByText('预览：上半年')).toBeNull();
    act(() => jest.advanceTimersByTime(PREVIEW_DELAY_MS));
    expect(screen.getByTestId('template-preview').textContent).toContain('预览：上半年');
    expect(renderPreview.mock.calls.map(([text]) => text)).not.toContain('上');
  });

  it('says a run is needed first when there is nothing to render against', () => {
    render(<Editor renderPreview={null} />);
    expect(screen.getByTestId('template-preview').textContent).toBe(
      '先点“一键汇总”，这里会用汇总结果预览模板写出的综述',
    );
  });

  it('shows a preview that throws as an error MessageBar', () => {
    render(
      <Editor
        renderPreview={() => {
          throw new Error('模板语法错误');
        }}
      />,
    );
    act(() => jest.advanceTimersByTime(PREVIEW_DELAY_MS));
    const error = screen.getByText('模板预览失败：模板语法错误');
    expect(error.closest('.fui-MessageBar')).not.toBeNull();
  });

  it('renders real paragraphs with the engine; a broken template shows a Chinese issue, the rest renders', () => {
    const text = [
      '## 主要指标',
      '{时期}，{主体}实现工业总产值{工业总产值}，同比{工业总产值.增长}',
      '',
      '## 坏模板',
      '工业总产值{工业总产值.增速度}',
      '',
      '## 分乡镇（每个乡镇）',
      '{乡镇}实现工业总产值{工业总产值}',
    ].join('\n');
    render(<Editor renderPreview={preview} />);
    fireEvent.change(screen.getByLabelText('模板'), { target: { value: text } });
    act(() => jest.advanceTimersByTime(PREVIEW_DELAY_MS));
    const box = screen.getByTestId('template-preview');
    expect(
      within(box).getByText('上半年，全县实现工业总产值18.5亿元，同比增长5.1%。'),
    ).toBeTruthy();
    expect(within(box).getByText('东城镇实现工业总产值12.6亿元。')).toBeTruthy();
    expect(within(box).getByText('西城镇实现工业总产值5.9亿元。')).toBeTruthy();
    const problem = within(box).getByText(
      /^综述模板“坏模板”第1行第6列：“\{工业总产值\.增速度\}”中的“增速度”不是可用的写法/,
    );
    expect(problem.closest('.fui-MessageBar')).not.toBeNull();
  });

  it('names the line of a bad heading', () => {
    render(<Editor renderPreview={preview} />);
    fireEvent.change(screen.getByLabelText('模板'), {
      target: { value: '## 主要指标\n{主体}\n##\n{时期}' },
    });
    act(() => jest.advanceTimersByTime(PREVIEW_DELAY_MS));
    expect(screen.getByText('综述模板第3行：“##”缺少模板名称，已命名为“模板2”')).toBeTruthy();
    expect(screen.getByText('全县。')).toBeTruthy();
    expect(screen.getByText('上半年。')).toBeTruthy();
  });
});

describe('App templates', () => {
  /** The 综述模板 section starts folded (its preview would repeat the narrative): open it. */
  async function openTemplates() {
    fireEvent.click(await screen.findByRole('button', { name: '综述模板' }));
  }

  it('starts with the default templates as text, and says the preview needs a run', async () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    await openTemplates();
    const textarea = (await screen.findByLabelText('模板')) as HTMLTextAreaElement;
    expect(textarea.value).toBe(defaultTemplateText());
    expect(textarea.value.startsWith('## 主要指标\n[{时期}，{主体}\n')).toBe(true);
    expect(screen.getByTestId('template-preview').textContent).toContain('先点“一键汇总”');
  });

  it('runs with the parsed templates, then previews edits with the real engine; 恢复默认 restores', async () => {
    const { actions, calls } = fakeActions();
    calls.loadTemplates.mockResolvedValue('## 园区亮点\n{主体}情况');
    jest.useFakeTimers();
    try {
      render(<App actions={actions} />);
      await openTemplates();
      const textarea = (await screen.findByDisplayValue(/园区亮点/)) as HTMLTextAreaElement;
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: '一键汇总' }));
      });
      expect(calls.run.mock.calls[0]?.[0].templates).toEqual({
        locale: 'zh-CN',
        templates: [{ name: '园区亮点', kind: 'custom', source: '{主体}情况' }],
      });
      act(() => jest.advanceTimersByTime(PREVIEW_DELAY_MS));
      const box = screen.getByTestId('template-preview');
      expect(box.textContent).toContain('全县情况。');

      fireEvent.change(textarea, {
        target: { value: '## 主要指标\n{时期}，{主体}实现工业总产值{工业总产值}\n\n## 坏\n{产值}' },
      });
      act(() => jest.advanceTimersByTime(PREVIEW_DELAY_MS));
      expect(box.textContent).toContain('上半年，全县实现工业总产值18.5亿元。');
      expect(box.textContent).toContain(
        '综述模板“坏”第1行第1列：“{产值}”中的指标“产值”在数据中不存在',
      );

      fireEvent.click(screen.getByRole('button', { name: '恢复默认' }));
      expect(textarea.value).toBe(defaultTemplateText());
      act(() => jest.advanceTimersByTime(PREVIEW_DELAY_MS));
      expect(box.textContent).toContain('上半年，全县实现工业总产值18.5亿元，同比增长5.1%');
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: '一键汇总' }));
      });
      expect(calls.run.mock.calls[1]?.[0].templates).toEqual(defaultTemplatesZhCN);
    } finally {
      jest.useRealTimers();
    }
  });

  it('saves the edited text', async () => {
    const { actions, calls } = fakeActions();
    render(<App actions={actions} />);
    await openTemplates();
    const textarea = await screen.findByLabelText('模板');
    fireEvent.change(textarea, { target: { value: '## 园区亮点\n{时期}{主体}情况' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '保存模板' }));
    });
    expect(calls.saveTemplates).toHaveBeenCalledWith('## 园区亮点\n{时期}{主体}情况');
    expect(screen.getByText('模板已保存')).toBeTruthy();
  });

  it('shows a failed save as an error MessageBar', async () => {
    const { actions } = fakeActions({
      saveTemplates: () => Promise.reject(new Error('设置无法保存')),
    });
    render(<App actions={actions} />);
    await openTemplates();
    fireEvent.click(screen.getByRole('button', { name: '保存模板' }));
    expect(await screen.findByText('保存模板失败：设置无法保存')).toBeTruthy();
  });
});
