import { elapsedShare, roundForDisplay } from '../../compute';
import type { Period } from '../../model';
import type { NarrativeLocale } from '../locale';
import { numberText, percentText } from './number-text';
import { fillPattern, figure, words, type Phrase } from './phrase';

/**
 * 完成全年目标的46.3%.
 *
 * @example
 * completionPhrase(46.25, zhCN).text // "完成全年目标的46.3%"
 */
export function completionPhrase(pct: number, locale: NarrativeLocale): Phrase {
  return fillPattern(locale.patterns.completion, { pct: figure(percentText(pct), pct) });
}

/**
 * Completion against the share of the year elapsed: 时间过半、任务过半 at mid-year when
 * completion reaches it; otherwise 快于/慢于时间进度X个百分点 (与时间进度持平 when it rounds
 * to 0.0). The gap is taken from the completion as shown (1 decimal), so that 46.3% and
 * 3.7个百分点 add up to the 50% elapsed. Null when the period's months are unknown.
 *
 * @example
 * schedulePhrase(52, { label: '上半年', year: 2025, months: 6 }, zhCN)?.text // "时间过半、任务过半"
 * schedulePhrase(46.3, { label: '上半年', year: 2025, months: 6 }, zhCN)?.text // "慢于时间进度3.7个百分点"
 */
export function schedulePhrase(
  completionPct: number,
  period: Period | null,
  locale: NarrativeLocale,
): Phrase | null {
  const elapsed = elapsedShare(period);
  if (elapsed === null || !Number.isFinite(completionPct)) return null;
  const p = locale.patterns;
  // From the completion as shown (46.3%), so that the two figures add up for the reader.
  const gap = roundForDisplay(completionPct, 1) - elapsed * 100;
  if (period?.months === 6 && gap >= 0) return words(p.onScheduleHalf);
  const rounded = roundForDisplay(gap, 1);
  if (rounded === 0) return words(p.atSchedule);
  const pp = figure(numberText(Math.abs(gap), 1), gap);
  return fillPattern(rounded > 0 ? p.aheadOfSchedule : p.behindSchedule, { pp });
}
