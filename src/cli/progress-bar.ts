import { formatMessage } from '../core/diagnostics/format';

export interface ProgressState {
  readonly done: number;
  readonly total: number;
  /** The file just read (base name shown). */
  readonly file: string;
}

/**
 * One line of the reading progress bar, e.g. "读取中 [#####     ] 3/8 东城镇.xlsx".
 * `width` is the number of cells inside the brackets.
 *
 * @example
 * renderProgress({ done: 3, total: 8, file: 'in/东城镇.xlsx' }, 10) // "读取中 [####      ] 3/8 东城镇.xlsx"
 */
export function renderProgress(state: ProgressState, width = 20): string {
  const total = Math.max(0, state.total);
  const done = Math.min(Math.max(0, state.done), total);
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const bar = '#'.repeat(filled) + ' '.repeat(width - filled);
  const name = state.file.split(/[\\/]/).pop() ?? state.file;
  return `${formatMessage('cli.progress')} [${bar}] ${done}/${total} ${name}`;
}
