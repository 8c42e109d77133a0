/**
 * One case of the bad-input corpus (`test/corpus/`): files a township office really sends,
 * the command line run on them, and what the statistician must see. The runner
 * (`corpus.test.ts`) writes the files into a fresh folder, hashes them, runs `runCli`
 * in-process with the given arguments, then once more with `--json`, and asserts the exit
 * code, the one-line message, the findings (in `--json`, in the 审核 sheet of the written
 * result, and the non-info ones in the terminal summary), the totals, and that no source
 * byte changed. `make-corpus.ts` writes every case to disk for a person to open.
 */
import type { IssueLevel } from '../../src/core/diagnostics/issue';

/** A file's bytes, or a function that makes them (exceljs writes asynchronously). */
export type CorpusBytes = Uint8Array | string | (() => Promise<Uint8Array> | Uint8Array);

/** A finding the case expects (or forbids): the fields given must all match one finding. */
export interface ExpectedFinding {
  readonly level: IssueLevel;
  /** Catalogue code ('parse.township-duplicate', 'audit.total-mismatch'…). */
  readonly code?: string;
  /** Audit rule code ('input.notice'…). */
  readonly rule?: string;
  readonly file?: string;
  readonly sheet?: string;
  readonly cell?: string;
  /** Text the finding's message must contain. */
  readonly text?: string;
}

export interface CorpusExpectation {
  /** 0 done; 1 bad input (one Chinese line on stderr); 2 `--strict` with 错误 findings. */
  readonly exit: 0 | 1 | 2;
  /** Text the one stderr line must contain (exit 1). */
  readonly message?: string;
  /** Findings that must be there. */
  readonly findings?: readonly ExpectedFinding[];
  /** Findings that must not be there. */
  readonly absent?: readonly ExpectedFinding[];
  /** The townships consolidated, in order. */
  readonly townships?: readonly string[];
  /** Consolidated 本期 totals by indicator name (null: left empty). */
  readonly totals?: Readonly<Record<string, number | null>>;
  /** Text the terminal output (stdout) must contain. */
  readonly terminal?: readonly string[];
}

export interface CorpusCase {
  /** Unique; the test's name and the folder `make-corpus.ts` writes it to. */
  readonly name: string;
  /** The case's files by path relative to its folder ('乡镇/甲镇.xlsx'). */
  readonly files: Readonly<Record<string, CorpusBytes>>;
  /**
   * The command line's arguments; `{dir}` stands for the case's folder
   * (['{dir}/乡镇', '-o', '{dir}/out.xlsx', '--strict']).
   */
  readonly args: readonly string[];
  readonly expect: CorpusExpectation;
}
