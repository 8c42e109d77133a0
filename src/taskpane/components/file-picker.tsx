import {
  Button,
  Caption1,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
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
  row: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  item: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  name: { flexGrow: 1, minWidth: 0 },
});

export interface FilePickerProps {
  /** Names of the files chosen so far. */
  readonly fileNames: readonly string[];
  readonly onFiles: (files: readonly File[]) => void;
  /** Takes one file off the list (a file that cannot be read, a wrong one). */
  readonly onRemove: (name: string) => void;
  readonly onClear: () => void;
  readonly disabled?: boolean;
}

/**
 * Choose .xlsx workbooks, all in Chinese: a button that opens the browser's file dialog
 * (several at once) or drag and drop, then the chosen files, each with a 移除 button.
 *
 * @example <FilePicker fileNames={['东城镇.xlsx']} onFiles={add} onRemove={remove} onClear={clear} />
 */
export function FilePicker({
  fileNames,
  onFiles,
  onRemove,
  onClear,
  disabled = false,
}: FilePickerProps) {
  const t = useTranslate();
  const styles = useStyles();
  const [over, setOver] = useState(false);

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0 && !disabled) onFiles(files);
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
      <div className={styles.row}>
        <ChooseFileButton
          label={t('ui.files.choose')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple
          disabled={disabled}
          onFiles={onFiles}
        />
        <Caption1>{t('ui.files.drop')}</Caption1>
      </div>
      {fileNames.length === 0 ? (
        <Caption1>{t('ui.files.none')}</Caption1>
      ) : (
        <>
          <div className={styles.row}>
            <Caption1>{t('ui.files.chosen', { count: fileNames.length })}</Caption1>
            <Button size="small" disabled={disabled} onClick={onClear}>
              {t('ui.files.clear')}
            </Button>
          </div>
          <ul
            className={styles.list}
            aria-label={t('ui.files.chosen', { count: fileNames.length })}
          >
            {fileNames.map((name) => (
              <li key={name} className={styles.item}>
                <Text className={styles.name} truncate wrap={false} title={name}>
                  {name}
                </Text>
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={disabled}
                  aria-label={t('ui.files.remove-label', { file: name })}
                  onClick={() => onRemove(name)}
                >
                  {t('ui.files.remove')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

const useInputStyles = makeStyles({
  // The native input stays in the page (its click opens the browser's dialog) but unseen:
  // its "Choose Files / No file chosen" is in the browser's language, not ours.
  input: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    opacity: 0,
    overflow: 'hidden',
    pointerEvents: 'none',
  },
});

export interface ChooseFileButtonProps {
  /** The button's words, e.g. 选择 .xlsx 文件. */
  readonly label: string;
  /** The file types offered (the input's accept). */
  readonly accept: string;
  readonly multiple?: boolean;
  readonly disabled?: boolean;
  /** Primary (default) where choosing files is the step to take, secondary beside other input. */
  readonly appearance?: 'primary' | 'secondary';
  readonly onFiles: (files: readonly File[]) => void;
}

/**
 * A Chinese button over a hidden native file input: the browser's own "Choose Files / No
 * file chosen" never shows. The same file can be chosen again.
 *
 * @example <ChooseFileButton label="选择 .txt 或 .docx 文件" accept=".txt,.docx" onFiles={read} />
 */
export function ChooseFileButton({
  label,
  accept,
  multiple = false,
  disabled = false,
  appearance = 'primary',
  onFiles,
}: ChooseFileButtonProps) {
  const styles = useInputStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple={multiple}
        tabIndex={-1}
        aria-hidden="true"
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <Button appearance={appearance} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}
