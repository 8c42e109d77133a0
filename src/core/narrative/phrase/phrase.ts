import type { CellRef } from '../../model';

/** Where a figure comes from: its indicator (and township) and the cells behind it. */
export interface FigureSource {
  readonly indicator: string;
  readonly township?: string;
  readonly sources: readonly CellRef[];
}

/**
 * A number as it appears in a phrase: the text shown and the exact value behind it, with
 * its source once the resolver has attributed it.
 */
export interface PhraseFigure {
  readonly text: string;
  readonly value: number;
  readonly source?: FigureSource;
}

/**
 * A piece of narrative text with the figures it shows, in reading order. Every figure's
 * text occurs in `text`.
 */
export interface Phrase {
  readonly text: string;
  readonly figures: readonly PhraseFigure[];
  /**
   * A parenthetical ("（上年同期为零）") that stands in for the optional clause it is in: the
   * clause's fixed words ("，同比") are not written. Lost when joined or filled in.
   */
  readonly aside?: boolean;
}

/** What can fill a pattern slot: plain words, or a phrase carrying figures. */
export type SlotValue = string | Phrase;

/**
 * A phrase of plain words, without figures.
 *
 * @example
 * words('持平') // { text: '持平', figures: [] }
 */
export function words(text: string): Phrase {
  return { text, figures: [] };
}

/**
 * A phrase that is one figure.
 *
 * @example
 * figure('5.1%', 5.0568) // { text: '5.1%', figures: [{ text: '5.1%', value: 5.0568 }] }
 */
export function figure(text: string, value: number): Phrase {
  return { text, figures: [{ text, value }] };
}

/**
 * Fills a locale pattern's {slots}; figures of phrase slots are kept, in order. Unknown
 * slots stay visible as written.
 *
 * @example
 * fillPattern('增长{pct}', { pct: figure('5.1%', 5.1) }).text // "增长5.1%"
 */
export function fillPattern(pattern: string, slots: Readonly<Record<string, SlotValue>>): Phrase {
  let text = '';
  const figures: PhraseFigure[] = [];
  let rest = pattern;
  for (;;) {
    const open = rest.indexOf('{');
    const close = open < 0 ? -1 : rest.indexOf('}', open);
    if (open < 0 || close < 0) {
      text += rest;
      break;
    }
    text += rest.slice(0, open);
    const name = rest.slice(open + 1, close);
    const slot = slots[name];
    if (slot === undefined) text += rest.slice(open, close + 1);
    else if (typeof slot === 'string') text += slot;
    else {
      text += slot.text;
      figures.push(...slot.figures);
    }
    rest = rest.slice(close + 1);
  }
  return { text, figures };
}

/**
 * Joins phrases with a separator.
 *
 * @example
 * joinPhrases([words('甲'), words('乙')], '、').text // "甲、乙"
 */
export function joinPhrases(phrases: readonly Phrase[], separator: string): Phrase {
  return {
    text: phrases.map((p) => p.text).join(separator),
    figures: phrases.flatMap((p) => p.figures),
  };
}

/**
 * Gives every figure of a phrase that has no source yet this one.
 *
 * @example
 * attribute(figure('18.5亿元', 185000), { indicator: '工业总产值', sources: [] }).figures[0]?.source
 * // { indicator: '工业总产值', sources: [] }
 */
export function attribute(phrase: Phrase, source: FigureSource): Phrase {
  const figures = phrase.figures.map((f) => (f.source === undefined ? { ...f, source } : f));
  return phrase.aside === true
    ? { text: phrase.text, figures, aside: true }
    : { text: phrase.text, figures };
}
