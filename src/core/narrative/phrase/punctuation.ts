import type { NarrativeLocale } from '../locale';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Cleans the punctuation left where optional clauses were dropped and ends the paragraph:
 * a run of separators ("，；", "；；") becomes the strongest one, no separator starts the
 * paragraph or precedes its end, empty brackets go, and the paragraph ends with "。".
 * Returns "" for a paragraph with no words.
 *
 * @example
 * tidyParagraph('；园区实现产值18.5亿元，；；销售收入13.5亿元；', zhCN)
 * // "园区实现产值18.5亿元；销售收入13.5亿元。"
 */
export function tidyParagraph(text: string, locale: NarrativeLocale): string {
  const { clause, comma, list, end } = locale.punctuation;
  // Strongest first: a run containing a clause separator becomes one.
  const marks = [clause, comma, list, '：', ':'].map((m) => m.trim()).filter((m) => m !== '');
  const strength = [clause.trim(), comma.trim(), list.trim()];
  const endMark = end.trim();
  const anyMark = `(?:${[...new Set(marks)].map(escape).join('|')})`;
  const run = new RegExp(`\\s*${anyMark}(?:\\s*${anyMark})+\\s*`, 'g');
  let out = text.replace(/（\s*）|\(\s*\)/g, '').replace(run, (found) => {
    const strongest = strength.find((m) => found.includes(m)) ?? found.trim().charAt(0);
    return strongest === clause.trim() ? clause : strongest === comma.trim() ? comma : list;
  });
  out = out.replace(new RegExp(`^(?:\\s|${anyMark})+`), '');
  out = out.replace(new RegExp(`(?:\\s|${anyMark}|${escape(endMark)})+$`), '');
  if (locale.punctuation.unitGap !== '') out = out.replace(/ {2,}/g, ' ');
  if (out === '') return '';
  return /[！？!?]$/.test(out) ? out : `${out}${end}`;
}
