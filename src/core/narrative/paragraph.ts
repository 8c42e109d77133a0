import type { CellRef } from '../model';

/** What a paragraph is about, in the order of a work summary. */
export type ParagraphKind =
  'main' | 'structure' | 'ranking' | 'township' | 'targets' | 'caveat' | 'custom';

/** A figure as shown in a paragraph, traceable to the cells it came from. */
export interface Figure {
  /** As shown: "18.5亿元", "5.1%". */
  readonly text: string;
  /** The exact value behind it, in the indicator's unit (percent for rates). */
  readonly value: number;
  /** The indicator's name. */
  readonly indicator: string;
  /** The township, for township figures. */
  readonly township?: string;
  /** The cells the figure was computed from. */
  readonly sources: readonly CellRef[];
}

/** One paragraph of the narrative (综述). */
export interface Paragraph {
  readonly kind: ParagraphKind;
  /** The template it was written from. */
  readonly template: string;
  /** The township, for paragraphs written once per township. */
  readonly township?: string;
  readonly text: string;
  /** The figures in the text, in reading order. */
  readonly figures: readonly Figure[];
}
