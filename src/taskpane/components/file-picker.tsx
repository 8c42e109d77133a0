import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useState, type DragEvent } from 'react';
import { useTranslate } from '../i18n';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

export interface FilePickerProps {
  /** Names of the files chosen so far. */
  readonly fileNames: readonly string[];
  readonly onFiles: (files: readonly File[]) => void;
  readonly onClear: () => void;
  readonly disabled?: boolean;
}

/** Choose .xlsx workbooks: a file input (several at once) or drag and drop. */
export function FilePicker({ fileNames, onFiles, onClear, disabled = false }: FilePickerProps) {
  const t = useTranslate();
  const styles = useStyles();
  const inputId = useId();
  const [over, setOver] = useState(false);

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  }

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid="file-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId}>{t('ui.files.choose')}</label>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={disabled}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <Caption1>{t('ui.files.drop')}</Caption1>
      {fileNames.length > 0 && (
        <div className={styles.row}>
          <Caption1>
            {t('ui.files.chosen', { count: fileNames.length, files: fileNames.join('、') })}
          </Caption1>
          <Button size="small" disabled={disabled} onClick={onClear}>
            {t('ui.files.clear')}
          </Button>
        </div>
      )}
    </div>
  );
}
