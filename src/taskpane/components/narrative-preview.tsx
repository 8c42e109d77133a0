import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ParagraphView } from '../../app/host-actions';
import { useTranslate } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  paragraph: { margin: 0, lineHeight: tokens.lineHeightBase400, textIndent: '2em' },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

export interface NarrativePreviewProps {
  readonly paragraphs: readonly ParagraphView[];
  /** Copies the text (one paragraph a line); errors are the caller's to show. */
  readonly onCopy: (text: string) => void;
  /** True right after a successful copy. */
  readonly copied: boolean;
}

/** The narrative (综述) paragraphs in reading order, with a copy button. */
export function NarrativePreview({ paragraphs, onCopy, copied }: NarrativePreviewProps) {
  const t = useTranslate();
  const styles = useStyles();
  if (paragraphs.length === 0) return <Caption1>{t('ui.narrative.empty')}</Caption1>;
  return (
    <div className={styles.root} data-testid="narrative">
      {paragraphs.map((p, i) => (
        <Text as="p" key={`${i}-${p.kind}`} className={styles.paragraph}>
          {p.text}
        </Text>
      ))}
      <div className={styles.row}>
        <Button onClick={() => onCopy(paragraphs.map((p) => p.text).join('\n'))}>
          {t('ui.narrative.copy')}
        </Button>
        {copied && <Caption1 role="status">{t('ui.narrative.copied')}</Caption1>}
      </div>
    </div>
  );
}
