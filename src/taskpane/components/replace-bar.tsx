import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useTranslate } from '../i18n';
import type { ReplaceAsk } from '../use-app-state';

export interface ReplaceBarProps {
  /** The pending question, or null when there is none. */
  readonly ask: ReplaceAsk | null;
}

/**
 * Asks, before a run replaces output sheets the user has edited since they were written,
 * whether to replace them (替换) or keep them and write the results beside (另存为新表).
 *
 * @example
 * <ReplaceBar ask={{ sheets: ['汇总'], answer: (replace) => … }} />
 */
export function ReplaceBar({ ask }: ReplaceBarProps) {
  const t = useTranslate();
  if (ask === null) return null;
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog">
      <MessageBarBody>
        <MessageBarTitle>{t('ui.replace.title')}</MessageBarTitle>
        {t('ui.replace.body', { sheets: ask.sheets.join('、') })}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" onClick={() => ask.answer(true)}>
          {t('ui.replace.replace')}
        </Button>
        <Button size="small" onClick={() => ask.answer(false)}>
          {t('ui.replace.beside')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
