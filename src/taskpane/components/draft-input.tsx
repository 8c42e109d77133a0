import {
  Button,
  Caption1,
  Field,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslate } from '../i18n';
import { ChooseFileButton } from './file-picker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  name: { flexGrow: 1, minWidth: 0 },
  textarea: { minHeight: '8em' },
});

/** The draft files offered: plain text (UTF-8 or GBK) and Word documents. */
export const DRAFT_ACCEPT =
  '.txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface DraftInputProps {
  /** The draft's text: pasted, or read from the chosen file (and editable). */
  readonly text: string;
  readonly onTextChange: (text: string) => void;
  /** The chosen file's name, null for pasted text. */
  readonly fileName: string | null;
  /** A .txt or .docx file chosen; the caller reads it to text. */
  readonly onFile: (file: File) => void;
  /** Forgets the chosen file and its text. */
  readonly onRemoveFile: () => void;
  readonly disabled?: boolean;
}

/**
 * 文稿核对's input: a box to paste the draft into, or a .txt / .docx file chosen with a Chinese
 * button (its text then fills the box); the file's name shows with 移除. The help text says
 * that the draft is not saved.
 *
 * @example <DraftInput text={text} onTextChange={setText} fileName={null} onFile={read} onRemoveFile={clear} />
 */
export function DraftInput({
  text,
  onTextChange,
  fileName,
  onFile,
  onRemoveFile,
  disabled = false,
}: DraftInputProps) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="draft-input">
      <Field label={t('ui.draft.label')} hint={t('ui.draft.help')}>
        <Textarea
          value={text}
          resize="vertical"
          rows={6}
          disabled={disabled}
          textarea={{ className: styles.textarea }}
          placeholder={t('ui.draft.placeholder')}
          onChange={(_, data) => onTextChange(data.value)}
        />
      </Field>
      <div className={styles.row}>
        <ChooseFileButton
          label={t('ui.draft.choose')}
          accept={DRAFT_ACCEPT}
          appearance="secondary"
          disabled={disabled}
          onFiles={(files) => {
            const [first] = files;
            if (first !== undefined) onFile(first);
          }}
        />
      </div>
      {fileName !== null && (
        <div className={styles.row}>
          <Text className={styles.name} truncate wrap={false} title={fileName}>
            <Caption1>{t('ui.draft.file', { file: fileName })}</Caption1>
          </Text>
          <Button
            size="small"
            appearance="subtle"
            disabled={disabled}
            aria-label={t('ui.files.remove-label', { file: fileName })}
            onClick={onRemoveFile}
          >
            {t('ui.files.remove')}
          </Button>
        </div>
      )}
    </div>
  );
}
