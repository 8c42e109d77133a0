import { fillPattern } from '../phrase';
import type { ResolveContext } from './context';

/**
 * The group word as the narrative's language writes it (园区 -> parks in English).
 *
 * @example
 * unitWordText(ctx) // "园区"
 */
export function unitWordText(ctx: Pick<ResolveContext, 'words' | 'locale'>): string {
  return ctx.locale.unitWords[ctx.words.unit] ?? ctx.words.unit;
}

/** Whether the area word is the bare group word (主体 园区 over several 园区). */
export function areaIsGroup(ctx: Pick<ResolveContext, 'words'>): boolean {
  return ctx.words.area.trim() === ctx.words.unit.trim();
}

/**
 * The area as a whole, for shares, pulls and the top three's share: 全园区 when the area is
 * the bare group word, else the area word as given (全县).
 *
 * @example
 * wholeAreaText({ words: { area: '园区', unit: '园区', period: '' }, locale: zhCN }) // "全园区"
 */
export function wholeAreaText(ctx: Pick<ResolveContext, 'words' | 'locale'>): string {
  return areaIsGroup(ctx)
    ? fillPattern(ctx.locale.patterns.wholeGroup, { unit: unitWordText(ctx) }).text
    : ctx.words.area;
}
