import { Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  buildCharts,
  chartIndicator,
  chartSettings,
  type ChartSettings,
  type ChartSort,
} from '../../core/charts';
import type { Consolidation } from '../../core/model/consolidation';
import { loadChartSettings, saveChartSettings } from '../chart-settings-store';
import { useTranslate } from '../i18n';

const useStyles = makeStyles({
  inputs: { display: 'flex', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  field: { flexGrow: 1, flexBasis: '120px' },
  charts: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

const SORTS: readonly ChartSort[] = ['descending', 'ascending', 'input'];

export interface ChartPanelProps {
  readonly consolidation: Consolidation | null;
  readonly words: { readonly area: string };
}

/**
 * The 图表 section: the chart choices (indicator, order, top N; saved like the run choices)
 * and the three charts, drawn by ECharts loaded on first use (a separate chunk).
 */
export function ChartPanel({ consolidation, words }: ChartPanelProps) {
  const t = useTranslate();
  const styles = useStyles();
  const [settings, setSettings] = useState<ChartSettings>(loadChartSettings);
  const [error, setError] = useState<string | null>(null);
  const [drawing, setDrawing] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const set = useMemo(
    () => (consolidation === null ? null : buildCharts(consolidation, settings, words)),
    [consolidation, settings, words],
  );
  const indicators = useMemo(
    () => consolidation?.indicators.filter((i) => i.nature === 'additive' && i.level === 0) ?? [],
    [consolidation],
  );
  const chosen = consolidation === null ? null : chartIndicator(consolidation, settings.indicator);

  useEffect(() => {
    const element = container.current;
    if (set === null || element === null) return undefined;
    let dispose: (() => void) | null = null;
    let cancelled = false;
    setDrawing(true);
    import(/* webpackChunkName: "charts" */ '../charts/draw-charts')
      .then(({ drawCharts }) => {
        if (!cancelled) dispose = drawCharts(element, set.charts);
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setDrawing(false));
    return () => {
      cancelled = true;
      dispose?.();
    };
  }, [set]);

  const change = (patch: Partial<ChartSettings>) => {
    const next = chartSettings({ ...settings, ...patch });
    setSettings(next);
    void saveChartSettings(next);
  };

  if (consolidation === null) return <Text>{t('ui.charts.empty')}</Text>;
  return (
    <>
      <div className={styles.inputs}>
        <Field label={t('ui.charts.indicator')} className={styles.field}>
          <Select
            value={chosen?.name ?? ''}
            onChange={(_, data) => change({ indicator: data.value })}
          >
            {indicators.map((i) => (
              <option key={i.key} value={i.name}>
                {i.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('ui.charts.sort')} className={styles.field}>
          <Select
            value={settings.sort}
            onChange={(_, data) => change({ sort: data.value as ChartSort })}
          >
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`ui.charts.sort.${sort}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('ui.charts.top', { unitWord: '乡镇' })} className={styles.field}>
          <Input
            type="number"
            value={String(settings.topN)}
            onChange={(_, data) => change({ topN: Number(data.value) })}
          />
        </Field>
      </div>
      {drawing && <Text>{t('ui.charts.loading')}</Text>}
      {error !== null && <Text>{t('ui.charts.failed', { reason: error })}</Text>}
      {set?.notes.map((note) => (
        <Text key={note}>{note}</Text>
      ))}
      <div ref={container} className={styles.charts} data-testid="charts" />
    </>
  );
}
