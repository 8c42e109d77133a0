import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { formatIssue } from '../../core/diagnostics/format';
import type { PreviewResult, RenderPreview } from '../template-preview';
import { useDebouncedValue } from '../use-debounced-value';
import { errorText } from '../error-text';
import { useTranslate } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  preview: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

/** How long typing must pause before the preview renders again. */
export const PREVIEW_DELAY_MS = 300;

export interface TemplateEditorProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly renderPreview: RenderPreview;
  readonly onSave: () => void;
  /** True right after a successful save. */
  readonly saved: boolean;
  readonly disabled?: boolean;
}

type PreviewState =
  | { readonly ok: true; readonly result: PreviewResult }
  | { readonly ok: false; readonly message: string };

/** The narrative template text, a live (debounced) preview and a save button. */
export function TemplateEditor(props: TemplateEditorProps) {
  const t = useTranslate();
  const styles = useStyles();
  const text = useDebouncedValue(props.value, PREVIEW_DELAY_MS);
  const { renderPreview } = props;
  const preview = useMemo((): PreviewState => {
    try {
      return { ok: true, result: renderPreview(text) };
    } catch (error) {
      return { ok: false, message: t('ui.error.preview', { reason: errorText(error) }) };
    }
  }, [renderPreview, text, t]);

  return (
    <div className={styles.root}>
      <Field label={t('ui.templates.label')}>
        <Textarea
          value={props.value}
          resize="vertical"
          rows={6}
          placeholder={t('ui.templates.placeholder')}
          onChange={(_, data) => props.onChange(data.value)}
        />
      </Field>
      <Caption1>{t('ui.templates.preview')}</Caption1>
      <div className={styles.preview} data-testid="template-preview">
        {!preview.ok && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{preview.message}</MessageBarBody>
          </MessageBar>
        )}
        {preview.ok && preview.result.paragraphs.length === 0 && (
          <Caption1>{t('ui.templates.preview-empty')}</Caption1>
        )}
        {preview.ok && preview.result.paragraphs.map((p, i) => <Text key={`p${i}`}>{p.text}</Text>)}
        {preview.ok &&
          preview.result.issues.map((issue, i) => (
            <MessageBar
              key={`i${i}`}
              intent={issue.level === 'error' ? 'error' : 'warning'}
              layout="multiline"
            >
              <MessageBarBody>{formatIssue(issue)}</MessageBarBody>
            </MessageBar>
          ))}
      </div>
      <div className={styles.row}>
        <Button disabled={props.disabled === true} onClick={props.onSave}>
          {t('ui.templates.save')}
        </Button>
        {props.saved && <Caption1 role="status">{t('ui.templates.saved')}</Caption1>}
      </div>
    </div>
  );
}
