/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { issue } from '../../src/core/diagnostics/issue';
import { PREVIEW_DELAY_MS, TemplateEditor } from '../../src/taskpane/components/template-editor';
import { previewTemplate, type RenderPreview } from '../../src/taskpane/template-preview';
import { App } from '../../src/taskpane/components/app';
import { fakeActions } from './fake-actions';

function Editor({ renderPreview }: { renderPreview: RenderPreview }) {
  const [value, setValue] = useState('');
  return (
    <TemplateEditor
      value={value}
      onChange={setValue}
      renderPreview={renderPreview}
      onSave={() => {}}
      saved={false}
    />
  );
}

describe('TemplateEditor', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('renders the preview once typing pauses, not on every keystroke', () => {
    const renderPreview = jest.fn<ReturnType<RenderPreview>, [string]>((text) => ({
      paragraphs: text === '' ? [] : [{ kind: 'test', text: `预览：${text}` }],
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

  it('shows the preview issues, and a preview that throws as an error MessageBar', () => {
    const renderPreview: RenderPreview = (text) => {
      if (text.includes('坏')) throw new Error('模板语法错误');
      return {
        paragraphs: [{ kind: 'test', text }],
        issues: [issue('ui.templates.unknown-placeholder', 'info', {}, { name: '{x}' })],
      };
    };
    render(<Editor renderPreview={renderPreview} />);
    const textarea = screen.getByLabelText('模板');
    fireEvent.change(textarea, { target: { value: '好{x}' } });
    act(() => jest.advanceTimersByTime(PREVIEW_DELAY_MS));
    expect(screen.getByText('模板中的“{x}”无法识别，已原样显示')).toBeTruthy();
    fireEvent.change(textarea, { target: { value: '坏' } });
    act(() => jest.advanceTimersByTime(PREVIEW_DELAY_MS));
    const error = screen.getByText('模板预览失败：模板语法错误');
    expect(error.closest('.fui-MessageBar')).not.toBeNull();
  });
});

describe('previewTemplate (interim)', () => {
  it('fills the period and area words and keeps unknown placeholders visible', () => {
    const result = previewTemplate('{时期}，{主体}实现{产值}。\n\n第二段', {
      area: '全县',
      period: '上半年',
    });
    expect(result.paragraphs.map((p) => p.text)).toEqual(['上半年，全县实现{产值}。', '第二段']);
    expect(result.issues.map((i) => i.params['name'])).toEqual(['{产值}']);
  });
});

describe('App templates', () => {
  it('loads the saved templates, previews edits live and saves them', async () => {
    const { actions, calls } = fakeActions();
    calls.loadTemplates.mockResolvedValue('{主体}情况');
    jest.useFakeTimers();
    try {
      render(<App actions={actions} />);
      const textarea = (await screen.findByDisplayValue('{主体}情况')) as HTMLTextAreaElement;
      fireEvent.change(screen.getByLabelText('主体'), { target: { value: '园区' } });
      fireEvent.change(textarea, { target: { value: '{时期}{主体}情况' } });
      act(() => jest.advanceTimersByTime(PREVIEW_DELAY_MS));
      expect(screen.getByTestId('template-preview').textContent).toContain('园区情况');
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: '保存模板' }));
      });
      expect(calls.saveTemplates).toHaveBeenCalledWith('{时期}{主体}情况');
      expect(screen.getByText('模板已保存')).toBeTruthy();
    } finally {
      jest.useRealTimers();
    }
  });

  it('shows a failed save as an error MessageBar', async () => {
    const { actions } = fakeActions({
      saveTemplates: () => Promise.reject(new Error('设置无法保存')),
    });
    render(<App actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: '保存模板' }));
    expect(await screen.findByText('保存模板失败：设置无法保存')).toBeTruthy();
  });
});
