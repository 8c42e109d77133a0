import { createContext, useContext } from 'react';
import { formatMessage } from '../core/diagnostics/format';
import type { IssueParam } from '../core/diagnostics/issue';
import { messagesEn, type UiMessageCode } from '../core/diagnostics/messages.en';

/** The task pane's languages: Chinese first, English as an option. */
export type UiLocale = 'zh-CN' | 'en';

/** Looks up a task pane string in the current language and fills its {placeholders}. */
export type Translate = (
  code: UiMessageCode,
  params?: Readonly<Record<string, IssueParam | undefined>>,
) => string;

/**
 * The translate function of a locale. Chinese comes from the one catalogue; English from
 * `messages.en.ts`, filled the same way (a missing parameter stays visible as "{name}").
 *
 * @example translator('en')('ui.run.button') // "Consolidate"
 */
export function translator(locale: UiLocale): Translate {
  if (locale === 'zh-CN') return (code, params) => formatMessage(code, params);
  return (code, params = {}) =>
    messagesEn[code].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined || value === null ? whole : String(value);
    });
}

/** The current translate function; Chinese unless a provider says otherwise. */
export const TranslateContext = createContext<Translate>(translator('zh-CN'));

/** The current language's translate function. */
export function useTranslate(): Translate {
  return useContext(TranslateContext);
}
