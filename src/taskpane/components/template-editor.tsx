import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
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
import { TemplatePreviewBody } from './template-preview-body';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  textarea: { fontFamily: tokens.fontFamilyMonospace },
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
  /** The templates as text (`## 名称` headings, see docs/narrative-templates.md). */
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Renders the text with the narrative engine; null before any run (nothing to render). */
  readonly renderPreview: RenderPreview | null;
  readonly onSave: () => void;
  /** Puts the default templates back in the editor. */
  readonly onReset: () => void;
  /** True right after a successful save. */
  readonly saved: boolean;
  readonly disabled?: boolean;
}

type PreviewState =
  | { readonly ok: true; readonly result: PreviewResult }
  | { readonly ok: false; readonly message: string }
  | null;

/**
 * The narrative template text, a live (debounced) preview, save and 恢复默认 buttons.
 *
 * @example <TemplateEditor value={text} onChange={setText} renderPreview={null} onSave={save} onReset={reset} saved={false} />
 */
export function TemplateEditor(props: TemplateEditorProps) {
  const t = useTranslate();
  const styles = useStyles();
  const text = useDebouncedValue(props.value, PREVIEW_DELAY_MS);
  const { renderPreview } = props;
  const preview = useMemo((): PreviewState => {
    if (renderPreview === null) return null;
    try {
      return { ok: true, result: renderPreview(text) };
    } catch (error) {
      return { ok: false, message: t('ui.error.preview', { reason: errorText(error) }) };
    }
  }, [renderPreview, text, t]);

  return (
    <div className={styles.root}>
      <Field label={t('ui.templates.label')} hint={t('ui.templates.help')}>
        <Textarea
          value={props.value}
          resize="vertical"
          rows={12}
          textarea={{ className: styles.textarea }}
          placeholder={t('ui.templates.placeholder')}
          onChange={(_, data) => props.onChange(data.value)}
        />
      </Field>
      <Caption1>{t('ui.templates.preview')}</Caption1>
      <div className={styles.preview} data-testid="template-preview">
        {preview === null && <Caption1>{t('ui.templates.preview-needs-run')}</Caption1>}
        {preview !== null && !preview.ok && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{preview.message}</MessageBarBody>
          </MessageBar>
        )}
        {preview !== null && preview.ok && (
          <TemplatePreviewBody
            paragraphs={preview.result.paragraphs}
            issues={preview.result.issues.map((issue) => ({
              level: issue.level,
              text: formatIssue(issue),
            }))}
          />
        )}
      </div>
      <div className={styles.row}>
        <Button disabled={props.disabled === true} onClick={props.onSave}>
          {t('ui.templates.save')}
        </Button>
        <Button disabled={props.disabled === true} onClick={props.onReset}>
          {t('ui.templates.reset')}
        </Button>
        {props.saved && <Caption1 role="status">{t('ui.templates.saved')}</Caption1>}
      </div>
    </div>
  );
}
