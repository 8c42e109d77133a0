import { Caption1, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment } from 'react';
import type { CellRef } from '../../core/model/table';
import type { Figure } from '../../core/narrative';
import { useTranslate } from '../i18n';

const useStyles = makeStyles({
  details: { marginLeft: '2em' },
  summary: {
    cursor: 'pointer',
    color: tokens.colorBrandForeground1,
    fontSize: tokens.fontSizeBase200,
    width: 'fit-content',
  },
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  item: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface FigureSourcesProps {
  readonly figures: readonly Figure[];
  /** Whether a source can select its cell (Excel); otherwise the address is shown only. */
  readonly canSelect: boolean;
  readonly onSelect: (sheet: string, cell: string) => void;
}

/**
 * A "数字来源" disclosure under a paragraph: each figure with the cells it came from,
 * e.g. "18.5亿元 工业总产值 ← 东城镇!C3、西城镇!C3"; in Excel a source selects its cell.
 *
 * @example <FigureSources figures={paragraph.figures} canSelect onSelect={selectCell} />
 */
export function FigureSources({ figures, canSelect, onSelect }: FigureSourcesProps) {
  const t = useTranslate();
  const styles = useStyles();
  const traced = figures.filter((f) => f.sources.length > 0);
  if (traced.length === 0) return null;
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>
        {t('ui.narrative.sources')}（{traced.length}）
      </summary>
      <ul className={styles.list}>
        {traced.map((f, i) => (
          <li key={`${i}-${f.text}`} className={styles.item}>
            <Text size={200} weight="semibold">
              {f.text}
            </Text>{' '}
            <Caption1 className={styles.muted}>
              {f.township === undefined ? f.indicator : `${f.township} ${f.indicator}`}
            </Caption1>
            {' ← '}
            <SourceCells sources={f.sources} canSelect={canSelect} onSelect={onSelect} />
          </li>
        ))}
      </ul>
    </details>
  );
}

export interface SourceCellsProps {
  readonly sources: readonly CellRef[];
  /** Whether a source can select its cell (Excel); otherwise the address is shown only. */
  readonly canSelect: boolean;
  readonly onSelect: (sheet: string, cell: string) => void;
}

/**
 * A figure's source cells, each once, joined with "、": in Excel each selects its cell, in
 * the page each shows its address (the file in its title).
 *
 * @example <SourceCells sources={figure.sources} canSelect onSelect={selectCell} />
 */
export function SourceCells({ sources, canSelect, onSelect }: SourceCellsProps) {
  return uniqueSources(sources).map((source, j) => (
    <Fragment key={`${source.file ?? ''}/${source.sheet}!${source.cell}`}>
      {j > 0 && '、'}
      <SourceCell source={source} canSelect={canSelect} onSelect={onSelect} />
    </Fragment>
  ));
}

interface SourceCellProps {
  readonly source: CellRef;
  readonly canSelect: boolean;
  readonly onSelect: (sheet: string, cell: string) => void;
}

function SourceCell({ source, canSelect, onSelect }: SourceCellProps) {
  const t = useTranslate();
  const address = `${source.sheet}!${source.cell}`;
  const title = source.file === undefined ? address : `${source.file} › ${address}`;
  if (!canSelect) return <span title={title}>{address}</span>;
  return (
    <Link
      as="button"
      title={t('ui.narrative.source-select', { address: title })}
      onClick={() => onSelect(source.sheet, source.cell)}
    >
      {address}
    </Link>
  );
}

function uniqueSources(sources: readonly CellRef[]): CellRef[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.file ?? ''}/${s.sheet}!${s.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
