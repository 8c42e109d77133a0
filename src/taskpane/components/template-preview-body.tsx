import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { IssueLevel } from '../../core/diagnostics/issue';
import type { Paragraph } from '../../core/narrative';
import { useTranslate } from '../i18n';

const useStyles = makeStyles({
  paragraph: { margin: 0, lineHeight: tokens.lineHeightBase400, textIndent: '2em' },
});

/** A template problem as shown: its level and its formatted text (formatIssue). */
export interface PreviewIssue {
  readonly level: IssueLevel;
  readonly text: string;
}

export interface TemplatePreviewBodyProps {
  /** The paragraphs written; null when the templates are blank (a run uses the defaults). */
  readonly paragraphs: readonly Paragraph[] | null;
  readonly issues: readonly PreviewIssue[];
}

const INTENT: Readonly<Record<IssueLevel, 'error' | 'warning' | 'info'>> = {
  error: 'error',
  verify: 'warning',
  info: 'info',
};

/**
 * The preview's paragraphs (as the run would write them) and the templates' problems.
 *
 * @example <TemplatePreviewBody paragraphs={result.paragraphs} issues={[{ level: 'verify', text }]} />
 */
export function TemplatePreviewBody({ paragraphs, issues }: TemplatePreviewBodyProps) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <>
      {paragraphs === null && <Caption1>{t('ui.templates.preview-empty')}</Caption1>}
      {paragraphs !== null && paragraphs.length === 0 && (
        <Caption1>{t('ui.templates.preview-no-paragraphs')}</Caption1>
      )}
      {paragraphs?.map((p, i) => (
        <Text as="p" key={`p${i}-${p.template}`} className={styles.paragraph}>
          {p.text}
        </Text>
      ))}
      {issues.map((issue, i) => (
        <MessageBar key={`i${i}`} intent={INTENT[issue.level]} layout="multiline">
          <MessageBarBody>{issue.text}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
