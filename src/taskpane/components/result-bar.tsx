import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { RunOutcome } from '../../app/host-actions';
import { useTranslate } from '../i18n';

export interface ResultBarProps {
  readonly outcome: RunOutcome;
  /** Offers the result workbook (standalone); not called for sheets written into Excel. */
  readonly onDownload: (fileName: string, bytes: Uint8Array) => void;
}

/** What the last run did: counts per level, and the sheets written or the file to download. */
export function ResultBar({ outcome, onDownload }: ResultBarProps) {
  const t = useTranslate();
  const { counts, output } = outcome;
  const intent = counts.error > 0 ? 'warning' : 'success';
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="result-bar">
      <MessageBarBody>
        <MessageBarTitle>{t('ui.result.title')}</MessageBarTitle>
        {t('ui.result.counts', { ...counts })}
        {output.kind === 'written' && (
          <div>{t('ui.result.written', { sheets: output.sheetNames.join('、') })}</div>
        )}
        {output.kind === 'written' &&
          (output.notices ?? []).map((notice) => <div key={notice}>{notice}</div>)}
      </MessageBarBody>
      {output.kind === 'download' && (
        <MessageBarActions>
          <Button appearance="primary" onClick={() => onDownload(output.fileName, output.bytes)}>
            {t('ui.result.download', { file: output.fileName })}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
