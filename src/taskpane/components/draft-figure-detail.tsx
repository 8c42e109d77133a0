import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { DraftFigure } from '../../core/draft-check/types';
import { useTranslate } from '../i18n';
import { SourceCells } from './figure-sources';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS} 0`,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
  close: { alignSelf: 'flex-start' },
});

export interface DraftFigureDetailProps {
  readonly figure: DraftFigure;
  /** The element's id, named by the figure's mark (aria-controls). */
  readonly id: string;
  /** Whether a source can select its cell (Excel); otherwise the addresses are listed. */
  readonly canSelect: boolean;
  readonly onSelect: (sheet: string, cell: string) => void;
  readonly onClose: () => void;
}

/**
 * How one figure of the draft was checked: 原文片段, 主体, 指标, 类型, 文稿数, 计算数, 结论, the
 * reason, 建议改为 and the source cells (in Excel each selects its cell). Rows the checker
 * left empty are not shown.
 *
 * @example <DraftFigureDetail id="d1" figure={figure} canSelect onSelect={selectCell} onClose={close} />
 */
export function DraftFigureDetail({
  figure: f,
  id,
  canSelect,
  onSelect,
  onClose,
}: DraftFigureDetailProps) {
  const t = useTranslate();
  const styles = useStyles();
  const rows: [string, ReactNode][] = [
    [t('ui.draft.detail.excerpt'), f.excerpt],
    [t('ui.draft.detail.subject'), f.subject],
    [t('ui.draft.detail.indicator'), f.indicator],
    [
      t('ui.draft.detail.kind'),
      t(`ui.draft.kind.${f.kind}`) + (f.approximate ? t('ui.draft.approximate') : ''),
    ],
    [t('ui.draft.detail.written'), f.written],
    [t('ui.draft.detail.computed'), f.computed],
    [t('ui.draft.detail.verdict'), t(`ui.draft.verdict.${f.verdict}`)],
    [t('ui.draft.detail.reason'), f.reason],
    [t('ui.draft.detail.suggestion'), f.suggestion],
    [
      t('ui.draft.detail.sources'),
      f.sources.length === 0 ? undefined : (
        <SourceCells sources={f.sources} canSelect={canSelect} onSelect={onSelect} />
      ),
    ],
  ];
  const label = t('ui.draft.detail.label', { written: f.written });
  return (
    <div id={id} role="region" aria-label={label} className={styles.root}>
      <Text weight="semibold" size={200}>
        {label}
      </Text>
      <dl className={styles.list}>
        {rows
          .filter(([, value]) => value !== undefined && value !== '')
          .map(([term, value]) => (
            <div key={term} className={styles.pair}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
            </div>
          ))}
      </dl>
      <Button size="small" className={styles.close} onClick={onClose}>
        {t('ui.draft.detail.close')}
      </Button>
    </div>
  );
}
