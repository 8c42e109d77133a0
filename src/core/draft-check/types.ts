import type { CellRef } from '../model';

/**
 * 文稿核对: the figures of a hand-written draft report, each compared with the data.
 * The shapes shared by the checker (core), the 文稿核对 sheet and the hosts' views.
 */

/** A draft to check, as text: pasted, or read from a .txt or .docx file by the host. */
export interface DraftInput {
  /** The draft's paragraphs joined with "\n" (one paragraph per line). */
  readonly text: string;
  /** Where it came from, for messages: a file name, or the catalogue's word for pasted text. */
  readonly source: string;
}

/** 一致 / 不一致 / 无法核对. */
export type DraftVerdict = 'match' | 'mismatch' | 'unchecked';

/**
 * The kind of statement a figure makes: an amount with a unit, a growth or decline, a change
 * in percentage points, a share, a rank, the completion of the annual target, time progress.
 */
export type DraftStatementKind =
  'amount' | 'growth' | 'points' | 'share' | 'rank' | 'completion' | 'schedule';

/** One figure found in the draft, with its verdict. */
export interface DraftFigure {
  /** 1-based paragraph (line) of the draft. */
  readonly paragraph: number;
  /** Character offsets of the statement (e.g. "同比增长5.1%") in that paragraph's text. */
  readonly start: number;
  readonly end: number;
  /** 原文片段: the statement with a little context, as written. */
  readonly excerpt: string;
  /** 主体: the area word or a township name; absent when unknown. */
  readonly subject?: string;
  /** 指标: the indicator's name in the data; absent when not found. */
  readonly indicator?: string;
  readonly kind: DraftStatementKind;
  /** 文稿数: the figure as written ("18.5亿元", "5.1%", "第一"). */
  readonly written: string;
  /** 计算数: the value computed from the data, written at the draft's own precision. */
  readonly computed?: string;
  /** The exact computed value, in the figure's own unit (percent for rates). */
  readonly computedValue?: number;
  readonly verdict: DraftVerdict;
  /** Why it could not be checked, or how the computed value was made (for the detail view). */
  readonly reason?: string;
  /** 建议改为: the excerpt rewritten with the computed value (mismatches only). */
  readonly suggestion?: string;
  /** An approximate statement (50余人, 近2亿元), checked approximately. */
  readonly approximate: boolean;
  /** The cells the computed value came from. */
  readonly sources: readonly CellRef[];
}

/** The result of checking one draft. */
export interface DraftCheck {
  readonly source: string;
  /** The draft's paragraphs, as checked (figure offsets index into these). */
  readonly paragraphs: readonly string[];
  readonly figures: readonly DraftFigure[];
  readonly counts: {
    readonly match: number;
    readonly mismatch: number;
    readonly unchecked: number;
  };
}
