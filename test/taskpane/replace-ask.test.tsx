/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ConfirmReplace, RunProgress, RunRequest } from '../../src/app/host-actions';
import { App } from '../../src/taskpane/components/app';
import { fakeActions, SAMPLE_OUTCOME } from './fake-actions';

/**
 * Issue 13 §1: before a run replaces output sheets the user edited since we wrote them,
 * the pane asks (替换 / 另存为新表), and the host gets the answer.
 */
function askingActions() {
  const answers: boolean[] = [];
  const run = jest.fn(
    async (
      _request: RunRequest,
      _onProgress: (p: RunProgress) => void,
      confirmReplace?: ConfirmReplace,
    ) => {
      if (confirmReplace !== undefined) answers.push(await confirmReplace(['汇总', '审核']));
      return SAMPLE_OUTCOME;
    },
  );
  return { ...fakeActions({ run }), answers, run };
}

describe('asking before edited output sheets are replaced', () => {
  it.each([
    ['替换', true],
    ['另存为新表', false],
  ])('passes the answer %s to the host, then shows the result', async (button, answer) => {
    const { actions, answers } = askingActions();
    render(<App actions={actions} />);
    fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
    const ask = await screen.findByRole('alertdialog');
    expect(ask.textContent).toContain('汇总、审核');
    expect(answers).toEqual([]); // nothing is decided before the user answers
    fireEvent.click(screen.getByRole('button', { name: button }));
    await waitFor(() => expect(answers).toEqual([answer]));
    expect(await screen.findByTestId('result-bar')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks nothing when the host has nothing to ask', async () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
    await screen.findByTestId('result-bar');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('the run choices saved in the workbook', () => {
  it('open the pane as the last run left it: period, area and sheets switched off', async () => {
    const { actions } = fakeActions({
      loadRunChoices: async () => ({
        period: '1-9月',
        area: '园区',
        sheets: [{ id: '::东城镇', sheet: '东城镇', included: false }],
      }),
    });
    render(<App actions={actions} />);
    await waitFor(() => expect(screen.getByDisplayValue('1-9月')).toBeTruthy());
    expect(screen.getByDisplayValue('园区')).toBeTruthy();
    const east = await screen.findByRole('switch', { name: /东城镇/ });
    await waitFor(() => expect((east as HTMLInputElement).checked).toBe(false));
  });

  it('open with the saved group word in 单位称谓, and run with it (issue 14 §2)', async () => {
    const { actions, calls } = fakeActions({
      loadRunChoices: async () => ({ period: '', area: '', unitWord: '街道', sheets: [] }),
    });
    render(<App actions={actions} />);
    const field = screen.getByLabelText('单位称谓') as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe('街道'));
    fireEvent.change(field, { target: { value: '园区' } });
    fireEvent.click(await screen.findByRole('button', { name: '一键汇总' }));
    await screen.findByTestId('result-bar');
    expect(calls.run.mock.calls[0]?.[0]).toMatchObject({ unitWord: '园区' });
  });
});
