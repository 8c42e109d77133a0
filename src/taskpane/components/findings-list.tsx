import {
  Button,
  Caption1,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { IssueLevel } from '../../core/diagnostics/issue';
import type { FindingView } from '../../app/host-actions';
import { useTranslate } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  verify: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  button: { height: 'auto', justifyContent: 'flex-start', fontWeight: tokens.fontWeightRegular },
  meta: { color: tokens.colorNeutralForeground3 },
  more: { alignSelf: 'flex-start' },
});

const LEVELS: readonly IssueLevel[] = ['error', 'verify', 'info'];

export interface FindingsListProps {
  readonly findings: readonly FindingView[];
  /** Whether the host can select a cell; otherwise the address is shown only. */
  readonly canSelect: boolean;
  readonly onSelect: (sheet: string, cell: string) => void;
}

/**
 * How many findings of a level show at first: a county's 200 findings are 19,000 px at
 * 350 px wide; the rest come on 显示其余 N 条.
 */
export const FINDINGS_SHOWN = 10;

/**
 * Findings grouped by level (错误 / 核实 / 提示) with counts, the first `FINDINGS_SHOWN` of
 * each until the user asks for the rest; each can select its cell.
 *
 * @example <FindingsList findings={outcome.findings} canSelect onSelect={selectCell} />
 */
export function FindingsList({ findings, canSelect, onSelect }: FindingsListProps) {
  const t = useTranslate();
  const styles = useStyles();
  const [showAll, setShowAll] = useState<ReadonlySet<IssueLevel>>(new Set());
  if (findings.length === 0) return <Text>{t('ui.findings.none')}</Text>;
  return (
    <div className={styles.root}>
      {LEVELS.map((level) => {
        const group = findings.filter((f) => f.level === level);
        if (group.length === 0) return null;
        const heading = t('ui.findings.group', { level: t(`level.${level}`), count: group.length });
        const shown = showAll.has(level) ? group : group.slice(0, FINDINGS_SHOWN);
        return (
          <section key={level} className={styles.group} aria-label={heading}>
            <Subtitle2 as="h3">{heading}</Subtitle2>
            {shown.map((f) => (
              <FindingItem
                key={f.id}
                finding={f}
                className={mergeClasses(styles.item, styles[level])}
                buttonClassName={styles.button}
                metaClassName={styles.meta}
                canSelect={canSelect}
                onSelect={onSelect}
              />
            ))}
            {shown.length < group.length && (
              <Button
                appearance="secondary"
                size="small"
                className={styles.more}
                onClick={() => setShowAll((levels) => new Set([...levels, level]))}
              >
                {t('ui.findings.more', { count: group.length - shown.length })}
              </Button>
            )}
          </section>
        );
      })}
    </div>
  );
}

interface FindingItemProps {
  readonly finding: FindingView;
  readonly className: string;
  readonly buttonClassName: string;
  readonly metaClassName: string;
  readonly canSelect: boolean;
  readonly onSelect: (sheet: string, cell: string) => void;
}

function FindingItem(props: FindingItemProps) {
  const t = useTranslate();
  const { finding: f } = props;
  const address = f.sheet !== undefined && f.cell !== undefined ? `${f.sheet}!${f.cell}` : null;
  const where = [f.file, address ?? f.sheet, f.indicator, f.ruleText]
    .filter((part): part is string => part !== undefined && part !== null && part !== '')
    .join(' · ');
  // 应为 / 实为 only when known; numbers as given (no rounding, no placeholder).
  const shown = [
    f.expected === null ? null : t('ui.findings.expected', { expected: String(f.expected) }),
    f.actual === null ? null : t('ui.findings.actual', { actual: String(f.actual) }),
  ].filter((part): part is string => part !== null);
  const values = shown.length === 0 ? null : shown.join(t('ui.findings.separator'));
  const body = (
    <>
      <Text>{f.message}</Text>
      <Caption1 className={props.metaClassName}>
        {where}
        {values !== null && ` · ${values}`}
      </Caption1>
    </>
  );
  if (props.canSelect && f.sheet !== undefined && f.cell !== undefined) {
    const { sheet, cell } = f;
    return (
      <Button
        appearance="subtle"
        className={mergeClasses(props.className, props.buttonClassName)}
        title={t('ui.findings.select', { address })}
        onClick={() => props.onSelect(sheet, cell)}
      >
        {body}
      </Button>
    );
  }
  return <div className={props.className}>{body}</div>;
}
