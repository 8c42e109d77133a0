/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/components/app';
import { fakeActions } from './fake-actions';

describe('the sheet list', () => {
  it('shows hidden sheets switched off with a 已隐藏 mark, and runs with them only when switched on', async () => {
    const { actions, calls } = fakeActions({
      scan: jest.fn(async () => [
        { id: '::东城镇', sheet: '东城镇', role: 'township' as const },
        { id: '::旧稿', sheet: '旧稿', role: 'township' as const, hidden: 'hidden' as const },
        { id: '::草稿', sheet: '草稿', role: 'township' as const, hidden: 'veryHidden' as const },
      ]),
    });
    render(<App actions={actions} />);
    const sheets = screen.getByRole('region', { name: '找到的工作表' });
    const draft = (await within(sheets).findByLabelText('旧稿')) as HTMLInputElement;
    const veryHidden = within(sheets).getByLabelText('草稿') as HTMLInputElement;
    expect((within(sheets).getByLabelText('东城镇') as HTMLInputElement).checked).toBe(true);
    expect(draft.checked).toBe(false);
    expect(draft.disabled).toBe(false);
    expect(veryHidden.checked).toBe(false);
    expect(within(sheets).getByTestId('hidden-::旧稿').textContent).toBe('已隐藏');
    expect(within(sheets).getByTestId('hidden-::草稿').textContent).toBe('已隐藏（深度隐藏）');
    expect(within(sheets).queryByTestId('hidden-::东城镇')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '一键汇总' }));
    await screen.findByTestId('result-bar');
    expect(calls.run.mock.calls[0]?.[0].sheets).toEqual([
      { id: '::东城镇', sheet: '东城镇', included: true },
      { id: '::旧稿', sheet: '旧稿', included: false },
      { id: '::草稿', sheet: '草稿', included: false },
    ]);

    fireEvent.click(draft);
    expect(draft.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '一键汇总' }));
    await screen.findByTestId('result-bar');
    expect(calls.run.mock.calls[1]?.[0].sheets).toContainEqual({
      id: '::旧稿',
      sheet: '旧稿',
      included: true,
    });
  });
});
