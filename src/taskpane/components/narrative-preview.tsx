import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ParagraphView } from '../../app/host-actions';
import { useTranslate } from '../i18n';
import { FigureSources } from './figure-sources';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  paragraph: { margin: 0, lineHeight: tokens.lineHeightBase400, textIndent: '2em' },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

export interface NarrativePreviewProps {
  readonly paragraphs: readonly ParagraphView[];
  /** Copies the text (one paragraph a line); errors are the caller's to show. */
  readonly onCopy: (text: string) => void;
  /** True right after a successful copy. */
  readonly copied: boolean;
  /** Whether a figure's source can select its cell (Excel). */
  readonly canSelect: boolean;
  readonly onSelect: (sheet: string, cell: string) => void;
}

/**
 * The narrative (综述) paragraphs in reading order, each with its figures' sources, and a
 * copy button.
 *
 * @example <NarrativePreview paragraphs={outcome.narrative} copied={false} onCopy={copy} canSelect onSelect={selectCell} />
 */
export function NarrativePreview({
  paragraphs,
  onCopy,
  copied,
  canSelect,
  onSelect,
}: NarrativePreviewProps) {
  const t = useTranslate();
  const styles = useStyles();
  if (paragraphs.length === 0) return <Caption1>{t('ui.narrative.empty')}</Caption1>;
  return (
    <div className={styles.root} data-testid="narrative">
      {paragraphs.map((p, i) => (
        <div key={`${i}-${p.template}`} className={styles.block} data-testid="narrative-paragraph">
          <Text as="p" className={styles.paragraph}>
            {p.text}
          </Text>
          <FigureSources figures={p.figures} canSelect={canSelect} onSelect={onSelect} />
        </div>
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
