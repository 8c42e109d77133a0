import {
  Button,
  Caption1,
  Link,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import type { DraftCheck, DraftFigure } from '../../core/draft-check/types';
import { useTranslate } from '../i18n';
import { DraftFigureDetail } from './draft-figure-detail';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  text: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  paragraph: { margin: 0, lineHeight: tokens.lineHeightBase400, textIndent: '2em' },
  // A figure is a real button inside the text (Tab reaches it, Enter opens it), styled as
  // marked text: the verdict shows by underline style and a mark, not by colour alone.
  mark: {
    display: 'inline',
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusSmall,
    font: 'inherit',
    color: 'inherit',
    textIndent: 0,
    cursor: 'pointer',
    textDecorationLine: 'underline',
    textDecorationThickness: '2px',
    textUnderlineOffset: '3px',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  match: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    textDecorationStyle: 'solid',
    textDecorationColor: tokens.colorPaletteGreenForeground1,
  },
  mismatch: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationStyle: 'wavy',
    textDecorationColor: tokens.colorPaletteRedForeground1,
  },
  unchecked: {
    backgroundColor: tokens.colorNeutralBackground3,
    textDecorationStyle: 'dotted',
    textDecorationColor: tokens.colorNeutralForeground3,
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}` },
  sign: { fontSize: '0.75em', verticalAlign: 'super', marginLeft: '1px' },
  mismatches: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  more: { alignSelf: 'flex-start' },
});

/** How many 不一致 figures are listed at first; the rest come on 显示其余 N 个. */
export const MISMATCHES_SHOWN = 20;

export interface DraftCheckViewProps {
  readonly check: DraftCheck;
  /** Whether a figure's source can select its cell (Excel); otherwise the addresses show. */
  readonly canSelect: boolean;
  readonly onSelect: (sheet: string, cell: string) => void;
}

/** A figure with its place in `check.figures` (the marks' and details' identity). */
interface PlacedFigure {
  readonly index: number;
  readonly figure: DraftFigure;
}

/**
 * 文稿核对's result: the counts (一致 N · 不一致 N · 无法核对 N), the draft with each checked
 * figure marked by verdict, and under a paragraph the check of the figure clicked (文稿数,
 * 计算数, reason, 建议改为, source cells); then the 不一致 figures, the first
 * `MISMATCHES_SHOWN` until asked for the rest. A long draft renders as a transition.
 *
 * @example <DraftCheckView check={outcome.draftCheck} canSelect onSelect={selectCell} />
 */
export function DraftCheckView({ check: latest, canSelect, onSelect }: DraftCheckViewProps) {
  const t = useTranslate();
  const styles = useStyles();
  const prefix = useId();
  // A draft of 20 pages is 400 figures: it renders in slices between frames.
  const check = useDeferredValue(latest);
  const [selection, setSelection] = useState<{ check: DraftCheck; index: number } | null>(null);
  const selected = selection?.check === check ? selection.index : null;
  const byParagraph = useMemo(() => figuresByParagraph(check), [check]);
  const toggle = useMemo(
    () => (index: number) =>
      setSelection((was) =>
        was?.check === check && was.index === index ? null : { check, index },
      ),
    [check],
  );
  const { counts } = check;
  return (
    <div className={styles.root} data-testid="draft-check">
      <Text role="status" weight="semibold" data-testid="draft-counts">
        {t('ui.draft.counts', counts)}
      </Text>
      <Caption1>
        {check.figures.length === 0 ? t('ui.draft.none-found') : t('ui.draft.hint')}
      </Caption1>
      <div role="group" aria-label={t('ui.draft.text-label')} className={styles.text}>
        {check.paragraphs.map((text, i) => {
          const figures = byParagraph.get(i + 1) ?? NO_FIGURES;
          const open = figures.some((f) => f.index === selected) ? selected : null;
          return (
            <DraftParagraph
              key={i}
              text={text}
              figures={figures}
              selected={open}
              prefix={prefix}
              onToggle={toggle}
              canSelect={canSelect}
              onSelect={onSelect}
            />
          );
        })}
      </div>
      <MismatchList
        check={check}
        onPick={(index) => {
          setSelection({ check, index });
          document.getElementById(markId(prefix, index))?.focus();
        }}
      />
    </div>
  );
}

const NO_FIGURES: readonly PlacedFigure[] = [];

function markId(prefix: string, index: number): string {
  return `${prefix}-mark-${index}`;
}

function detailId(prefix: string, index: number): string {
  return `${prefix}-detail-${index}`;
}

/** The figures of each paragraph (1-based), in text order, overlapping ones left out. */
function figuresByParagraph(check: DraftCheck): Map<number, PlacedFigure[]> {
  const map = new Map<number, PlacedFigure[]>();
  check.figures.forEach((figure, index) => {
    const list = map.get(figure.paragraph) ?? [];
    list.push({ index, figure });
    map.set(figure.paragraph, list);
  });
  for (const [paragraph, list] of map) {
    list.sort((a, b) => a.figure.start - b.figure.start);
    let end = 0;
    map.set(
      paragraph,
      list.filter(({ figure }) => {
        if (figure.start < end || figure.end <= figure.start) return false;
        end = figure.end;
        return true;
      }),
    );
  }
  return map;
}

interface DraftParagraphProps {
  readonly text: string;
  readonly figures: readonly PlacedFigure[];
  /** The index of this paragraph's figure whose check is open, else null. */
  readonly selected: number | null;
  readonly prefix: string;
  readonly onToggle: (index: number) => void;
  readonly canSelect: boolean;
  readonly onSelect: (sheet: string, cell: string) => void;
}

/** One paragraph with its figures marked; renders again only when its own props change. */
const DraftParagraph = memo(function DraftParagraph(props: DraftParagraphProps) {
  const { text, figures, selected, prefix, onToggle } = props;
  const t = useTranslate();
  const styles = useStyles();
  const parts = [];
  let at = 0;
  for (const { index, figure } of figures) {
    if (figure.start > at) parts.push(text.slice(at, figure.start));
    const shown = text.slice(figure.start, figure.end);
    const title = t('ui.draft.mark-title', {
      verdict: t(`ui.draft.verdict.${figure.verdict}`),
      written: shown,
    });
    const open = selected === index;
    parts.push(
      <button
        key={index}
        type="button"
        id={markId(prefix, index)}
        className={mergeClasses(styles.mark, styles[figure.verdict], open && styles.selected)}
        data-verdict={figure.verdict}
        title={title}
        aria-label={title}
        aria-expanded={open}
        aria-controls={open ? detailId(prefix, index) : undefined}
        onClick={() => onToggle(index)}
      >
        {shown}
        <span aria-hidden="true" className={styles.sign}>
          {t(`ui.draft.mark.${figure.verdict}`)}
        </span>
      </button>,
    );
    at = figure.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  const open = figures.find((f) => f.index === selected);
  return (
    <div data-testid="draft-paragraph">
      <p className={styles.paragraph}>{parts}</p>
      {open !== undefined && (
        <DraftFigureDetail
          id={detailId(prefix, open.index)}
          figure={open.figure}
          canSelect={props.canSelect}
          onSelect={props.onSelect}
          onClose={() => {
            onToggle(open.index);
            document.getElementById(markId(prefix, open.index))?.focus();
          }}
        />
      )}
    </div>
  );
});

interface MismatchListProps {
  readonly check: DraftCheck;
  /** Opens a figure's check in the text and moves the focus to its mark. */
  readonly onPick: (index: number) => void;
}

/** The 不一致 figures as links to their place in the text, the first few until asked. */
function MismatchList({ check, onPick }: MismatchListProps) {
  const t = useTranslate();
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  const mismatches = useMemo(
    () =>
      check.figures
        .map((figure, index) => ({ figure, index }))
        .filter(({ figure }) => figure.verdict === 'mismatch'),
    [check],
  );
  if (mismatches.length === 0) return null;
  const shown = showAll ? mismatches : mismatches.slice(0, MISMATCHES_SHOWN);
  const heading = t('ui.draft.mismatches', { count: mismatches.length });
  return (
    <section className={styles.mismatches} aria-label={heading}>
      <Subtitle2 as="h3">{heading}</Subtitle2>
      <ul className={styles.mismatches}>
        {shown.map(({ figure, index }) => (
          <li key={index}>
            <Link as="button" onClick={() => onPick(index)}>
              {t('ui.draft.mismatch-item', {
                paragraph: figure.paragraph,
                written: figure.written,
                computed: figure.computed ?? '',
              })}
            </Link>
          </li>
        ))}
      </ul>
      {shown.length < mismatches.length && (
        <Button size="small" className={styles.more} onClick={() => setShowAll(true)}>
          {t('ui.draft.more', { count: mismatches.length - shown.length })}
        </Button>
      )}
    </section>
  );
}
