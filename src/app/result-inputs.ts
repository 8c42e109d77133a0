import { issue, type Issue } from '../core/diagnostics/issue';
import type { WorkbookGrids } from '../core/grid';

/** An input read, as the decision about our own result workbooks needs it. */
export interface ReadInput {
  readonly grids: WorkbookGrids;
  /** Hex SHA-256 of its bytes. */
  readonly hash: string;
  /** Found by searching a folder (not named by the user). */
  readonly inFolder: boolean;
  /** How messages name it. */
  readonly shown: string;
}

export interface ScreenedInputs<T> {
  readonly kept: readonly T[];
  readonly notices: readonly Issue[];
}

/**
 * Which of our own result workbooks (`grids.result` set) to read. A result found in a folder
 * beside township workbooks is skipped with a 提示 (the usual case: a second run with `-o`
 * inside the input folder). A result made from another input of this run is skipped with a
 * 核实 naming those inputs (reading it would count them twice). Any other result is read:
 * one named by the user, or a folder of results only (a city office's folder of county
 * results), each then one unit named after its area.
 *
 * @example
 * screenResults([township, { ...oldResult, inFolder: true }]).notices[0]?.code
 * // 'read.result-skipped'
 */
export function screenResults<T extends ReadInput>(inputs: readonly T[]): ScreenedInputs<T> {
  const hasTownships = inputs.some((input) => input.grids.result === undefined);
  const kept: T[] = [];
  const notices: Issue[] = [];
  for (const input of inputs) {
    const marker = input.grids.result;
    if (marker === undefined) {
      kept.push(input);
      continue;
    }
    const file = input.grids.file ?? input.shown;
    if (input.inFolder && hasTownships) {
      notices.push(issue('read.result-skipped', 'info', { file }, { file: input.shown }));
      continue;
    }
    const sources = new Set(marker.sources);
    const counted = inputs.filter((other) => other !== input && sources.has(other.hash));
    if (counted.length > 0) {
      notices.push(
        issue(
          'read.result-overlap',
          'verify',
          { file },
          { file: input.shown, sources: counted.map((other) => other.shown).join('、') },
        ),
      );
      continue;
    }
    kept.push(input);
  }
  return { kept, notices };
}
