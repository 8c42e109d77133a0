import { Button, Field, Input, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { RunProgress } from '../../app/host-actions';
import { useTranslate } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  inputs: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    flexWrap: 'wrap',
  },
  // Side by side when wide, each the pane's width at 350 px (placeholders not cut off).
  field: { flexGrow: 1, flexBasis: '180px' },
});

export interface RunPanelProps {
  readonly period: string;
  readonly area: string;
  readonly onPeriodChange: (value: string) => void;
  readonly onAreaChange: (value: string) => void;
  /** The units' word (乡镇, 园区…); '' = inferred from the names. */
  readonly unitWord: string;
  readonly onUnitWordChange: (value: string) => void;
  readonly onRun: () => void;
  readonly running: boolean;
  /** The current run's progress, null when no run is going on. */
  readonly progress: RunProgress | null;
  readonly disabled?: boolean;
}

/** Period, area and group words, the "一键汇总" button and the run's progress. */
export function RunPanel(props: RunPanelProps) {
  const t = useTranslate();
  const styles = useStyles();
  const { progress } = props;
  return (
    <div className={styles.root}>
      <div className={styles.inputs}>
        <Field label={t('ui.options.period')} className={styles.field}>
          <Input
            value={props.period}
            placeholder={t('ui.options.period-placeholder')}
            onChange={(_, data) => props.onPeriodChange(data.value)}
          />
        </Field>
        <Field label={t('ui.options.area')} className={styles.field}>
          <Input
            value={props.area}
            placeholder={t('ui.options.area-placeholder')}
            onChange={(_, data) => props.onAreaChange(data.value)}
          />
        </Field>
        <Field label={t('ui.options.unit-word')} className={styles.field}>
          <Input
            value={props.unitWord}
            placeholder={t('ui.options.unit-word-placeholder')}
            onChange={(_, data) => props.onUnitWordChange(data.value)}
          />
        </Field>
      </div>
      <Button
        appearance="primary"
        size="large"
        disabled={props.running || props.disabled === true}
        onClick={props.onRun}
      >
        {props.running ? t('ui.run.running') : t('ui.run.button')}
      </Button>
      {progress !== null && (
        <Field
          validationMessage={
            progress.detail !== undefined
              ? t(progress.detail.code, progress.detail.params)
              : t(`ui.progress.${progress.stage}`)
          }
          validationState="none"
        >
          <ProgressBar value={progress.fraction} thickness="large" />
        </Field>
      )}
    </div>
  );
}
