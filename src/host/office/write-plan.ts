import { sanitizeSheetName, uniqueSheetName } from '../../core/grid/sheet-name';
import type { OwnSheetState } from './own-sheet-check';

/** Why an output sheet went beside the name it wanted. */
export type BesideReason = 'user-sheet' | 'edited-sheet';

/** An output written under another name than it wanted, and why. */
export interface BesideNotice {
  /** The name the output wanted (汇总). */
  readonly wanted: string;
  /** The name it got (汇总(2)). */
  readonly written: string;
  /** The existing sheet that kept the name, and what it is. */
  readonly reason: BesideReason;
}

/** Where each output sheet goes and which of our old sheets make way. */
export interface OutputNamePlan {
  /** Final names of the outputs, in order. */
  readonly names: string[];
  /** Our old sheets to delete: unedited ones, and edited ones the user agreed to replace. */
  readonly deleted: string[];
  /** Our edited sheets an output would replace: the ones to ask about. */
  readonly askable: string[];
  readonly notices: BesideNotice[];
}

/**
 * Decides the names of the output sheets. Only our unedited sheets (and, with
 * `replaceEdited`, our edited ones an output lands on) make way; every other sheet keeps its
 * name and an output that wanted it goes beside, with a notice. Pure.
 *
 * @param existing every sheet name in the workbook.
 * @param states what `checkOwnSheets` found for the sheets the registry lists.
 * @example
 * planOutputNames(['东城镇', '审核'], new Map([['审核', 'foreign']]), ['审核'], false)
 * // { names: ['审核(2)'], deleted: [], askable: [],
 * //   notices: [{ wanted: '审核', written: '审核(2)', reason: 'user-sheet' }] }
 */
export function planOutputNames(
  existing: readonly string[],
  states: ReadonlyMap<string, OwnSheetState>,
  wanted: readonly string[],
  replaceEdited: boolean,
): OutputNamePlan {
  const withState = (state: OwnSheetState): string[] =>
    [...states].filter(([, s]) => s === state).map(([name]) => name);
  const unedited = withState('unedited');
  const edited = withState('edited');
  const landing = new Set(
    assignNames(existing, [...unedited, ...edited], wanted).map((n) => n.toLowerCase()),
  );
  const askable = edited.filter((name) => landing.has(name.toLowerCase()));
  const deleted = replaceEdited ? [...unedited, ...askable] : unedited;
  const names = assignNames(existing, deleted, wanted);
  const notices: BesideNotice[] = [];
  names.forEach((written, i) => {
    const want = sanitizeSheetName(wanted[i] ?? written);
    if (written.toLowerCase() === want.toLowerCase()) return;
    const blocker = existing.find((name) => name.toLowerCase() === want.toLowerCase());
    if (blocker === undefined) return;
    const reason = states.get(blocker) === 'edited' ? 'edited-sheet' : 'user-sheet';
    notices.push({ wanted: blocker, written, reason });
  });
  return { names, deleted, askable, notices };
}

function assignNames(
  existing: readonly string[],
  replaceable: readonly string[],
  wanted: readonly string[],
): string[] {
  const free = new Set(replaceable.map((name) => name.toLowerCase()));
  const taken = existing.filter((name) => !free.has(name.toLowerCase()));
  return wanted.map((name) => {
    const unique = uniqueSheetName(name, taken);
    taken.push(unique);
    return unique;
  });
}
