import { issue, type Issue } from '../core/diagnostics/issue';

/** What tells two inputs apart: where they are and what they hold. */
export interface InputIdentity {
  /** How messages name it: the path as given, or the chosen file's name. */
  readonly shown: string;
  /** Its base name (the `file` of its findings). */
  readonly file: string;
  /** Its real path (links and `..` resolved), when it has one (not in a browser). */
  readonly real?: string;
  /** Hex SHA-256 of its bytes. */
  readonly hash: string;
}

export interface Deduped<T> {
  /** The inputs to read, each once, in their first order. */
  readonly kept: readonly T[];
  /** One per input left out: 提示 for the same file again, 错误 for a copy under another name. */
  readonly notices: readonly Issue[];
}

/**
 * Reads every workbook once. The same file again (the same path twice, two spellings of it,
 * a link to it, a folder plus a file in it) is left out with a 提示. The same bytes under
 * another path (a township's file copied under another township's name) are counted once
 * too, with a 错误 naming both, since one township's figures are then surely missing.
 *
 * @example
 * dedupeInputs([
 *   { shown: '甲镇.xlsx', file: '甲镇.xlsx', real: '/a/甲镇.xlsx', hash: 'ab' },
 *   { shown: '乙镇.xlsx', file: '乙镇.xlsx', real: '/a/乙镇.xlsx', hash: 'ab' },
 * ]).notices[0]?.code // 'read.same-content'
 */
export function dedupeInputs<T extends InputIdentity>(inputs: readonly T[]): Deduped<T> {
  const kept: T[] = [];
  const notices: Issue[] = [];
  const byReal = new Map<string, T>();
  const byHash = new Map<string, T>();
  for (const input of inputs) {
    const samePath = input.real === undefined ? undefined : byReal.get(input.real);
    if (samePath !== undefined) {
      notices.push(
        samePath.shown === input.shown
          ? issue('read.same-path', 'info', { file: input.file }, { file: input.shown })
          : issue(
              'read.same-file',
              'info',
              { file: input.file },
              { file: input.shown, first: samePath.shown },
            ),
      );
      continue;
    }
    const sameBytes = byHash.get(input.hash);
    if (sameBytes !== undefined) {
      notices.push(
        issue(
          'read.same-content',
          'error',
          { file: input.file },
          { file: input.shown, first: sameBytes.shown },
        ),
      );
      continue;
    }
    if (input.real !== undefined) byReal.set(input.real, input);
    byHash.set(input.hash, input);
    kept.push(input);
  }
  return { kept, notices };
}
