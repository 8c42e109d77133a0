import type { RunOutcome } from '../app/host-actions';
import type { ChartImage } from '../core/charts/chart-image';
import { buildReportModel } from '../core/report';

/** The chart images for a run's Word report (none by default). */
export type ChartImageProvider = (outcome: RunOutcome) => Promise<readonly ChartImage[]>;

/** A file made in the browser, to offer as a download. */
export interface MadeFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/**
 * The Word report of a run, made in the browser: the report model from the outcome's
 * words, 综述 paragraphs and 汇总 / 分乡镇 sheets, laid out by the docx renderer, which is
 * loaded only now (its own chunk: the pane's first load stays within budget).
 *
 * @example const { fileName, bytes } = await makeWordReport(outcome, { byTownship: false });
 */
export async function makeWordReport(
  outcome: RunOutcome,
  options: { readonly byTownship: boolean; readonly chartImages?: ChartImageProvider },
): Promise<MadeFile> {
  const [{ renderReportDocx }, images] = await Promise.all([
    import(/* webpackChunkName: "word-report" */ '../host/docx/render-report'),
    options.chartImages?.(outcome) ?? Promise.resolve([]),
  ]);
  const model = buildReportModel(
    { words: outcome.words, paragraphs: outcome.narrative, sheets: outcome.reportSheets ?? [] },
    { byTownship: options.byTownship, chartTitles: images.map((image) => image.title) },
  );
  return { fileName: model.fileName, bytes: await renderReportDocx(model, images) };
}

/**
 * The page's and the pane's chart pictures for the Word report: the three township charts
 * with the saved chart choices, drawn in the browser (ECharts and its canvas step load only
 * now, in their own chunk).
 *
 * @example await makeWordReport(outcome, { byTownship: false, chartImages: browserChartImages });
 */
export const browserChartImages: ChartImageProvider = async (outcome) => {
  const [{ renderChartImages }, { loadChartSettings }] = await Promise.all([
    import(/* webpackChunkName: "chart-images" */ './charts/chart-images'),
    import('./chart-settings-store'),
  ]);
  return renderChartImages(outcome.consolidation, loadChartSettings(), outcome.words);
};
