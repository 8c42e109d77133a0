import { Badge, Button, Caption1, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { FoundSheet, SheetRole } from '../../app/host-actions';
import { isIncludedByDefault } from '../../app/pipeline-view';
import { useTranslate } from '../i18n';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  // At 350 px a long file › sheet label wraps; the badges keep their one line.
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  reason: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXL },
});

const BADGE_COLOR: Readonly<Record<SheetRole, 'brand' | 'informative' | 'subtle'>> = {
  township: 'brand',
  total: 'informative',
  skipped: 'subtle',
};

export interface SheetListProps {
  readonly sheets: readonly FoundSheet[];
  /**
   * Whether each sheet (by id) takes part; skipped sheets never do; sheets not listed keep
   * their default (hidden sheets off).
   */
  readonly included: Readonly<Record<string, boolean>>;
  readonly onToggle: (id: string, included: boolean) => void;
  readonly onScan: () => void;
  readonly disabled?: boolean;
}

/**
 * The sheets found: township / total / skipped (with the reason), each switchable. Hidden
 * sheets carry a 已隐藏 mark and start switched off.
 *
 * @example
 * <SheetList sheets={sheets} included={{}} onToggle={toggle} onScan={scan} />
 */
export function SheetList({
  sheets,
  included,
  onToggle,
  onScan,
  disabled = false,
}: SheetListProps) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <div className={styles.list}>
      {sheets.length === 0 && <Caption1>{t('ui.sheets.empty')}</Caption1>}
      {sheets.map((sheet) => (
        <div key={sheet.id}>
          <div className={styles.row}>
            <Switch
              checked={
                sheet.role !== 'skipped' && (included[sheet.id] ?? isIncludedByDefault(sheet))
              }
              disabled={disabled || sheet.role === 'skipped'}
              label={sheet.file === undefined ? sheet.sheet : `${sheet.file} › ${sheet.sheet}`}
              onChange={(_, data) => onToggle(sheet.id, data.checked)}
            />
            <Badge appearance="tint" color={BADGE_COLOR[sheet.role]} className={styles.badge}>
              {t(`ui.sheets.role.${sheet.role}`)}
            </Badge>
            {sheet.hidden !== undefined && (
              <Badge
                appearance="outline"
                color="warning"
                className={styles.badge}
                title={t('ui.sheets.hidden-note')}
                data-testid={`hidden-${sheet.id}`}
              >
                {t(sheet.hidden === 'veryHidden' ? 'ui.sheets.very-hidden' : 'ui.sheets.hidden')}
              </Badge>
            )}
          </div>
          {sheet.reason !== undefined && (
            <Caption1 block className={styles.reason}>
              {sheet.reason}
            </Caption1>
          )}
        </div>
      ))}
      <div>
        <Button size="small" disabled={disabled} onClick={onScan}>
          {t('ui.sheets.scan')}
        </Button>
      </div>
    </div>
  );
}
