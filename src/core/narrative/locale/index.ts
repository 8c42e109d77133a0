import { en } from './en';
import type { NarrativeLocale, NarrativeLocaleId } from './narrative-locale';
import { zhCN } from './zh-CN';

export * from './narrative-locale';
export { zhCN } from './zh-CN';
export { en } from './en';
export { chineseCount, chineseNumeral } from './chinese-numeral';

/**
 * The phrasing tables of a language.
 *
 * @example
 * narrativeLocale('zh-CN').punctuation.clause // "；"
 */
export function narrativeLocale(id: NarrativeLocaleId): NarrativeLocale {
  return id === 'en' ? en : zhCN;
}
