import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RunOutcome } from '../../app/host-actions';
import { useTranslate } from '../i18n';
import { makeWordReport, type ChartImageProvider } from '../word-report';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
});

export interface WordExportProps {
  readonly outcome: RunOutcome;
  /** Offers the made file (Blob + link). */
  readonly onDownload: (fileName: string, bytes: Uint8Array) => void;
  readonly onError: (error: unknown) => void;
  /** The chart images to put in the report; none when absent. */
  readonly chartImages?: ChartImageProvider;
}

/**
 * 导出 Word after a run: makes the Word report in the browser (no server) and offers it as
 * a download, with or without the 分乡镇 tables.
 */
export function WordExport({ outcome, onDownload, onError, chartImages }: WordExportProps) {
  const t = useTranslate();
  const styles = useStyles();
  const [byTownship, setByTownship] = useState(false);
  const [busy, setBusy] = useState(false);
  const exportWord = async () => {
    setBusy(true);
    try {
      const made = await makeWordReport(outcome, {
        byTownship,
        ...(chartImages !== undefined ? { chartImages } : {}),
      });
      onDownload(made.fileName, made.bytes);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.row}>
      <Button onClick={() => void exportWord()} disabled={busy}>
        {busy ? t('ui.result.export-word-busy') : t('ui.result.export-word')}
      </Button>
      <Checkbox
        label={t('ui.result.export-word-townships')}
        checked={byTownship}
        onChange={(_event, data) => setByTownship(data.checked === true)}
      />
    </div>
  );
}
