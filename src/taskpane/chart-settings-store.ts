import { chartSettings, type ChartSettings } from '../core/charts';
import { CHARTS_SETTING, saveSettings, type DocumentSettings } from '../app/saved-settings';

/** The page's key for the chart choices in localStorage. */
const STORAGE_KEY = 'park-stats.charts';

function documentSettings(): DocumentSettings | null {
  if (typeof Office === 'undefined') return null;
  return (Office.context?.document?.settings as DocumentSettings | undefined) ?? null;
}

/**
 * The saved chart choices: in Excel the workbook's document settings (where the ribbon's
 * run reads them), in the page localStorage. Defaults when none or unreadable.
 *
 * @example
 * loadChartSettings().topN // 15
 */
export function loadChartSettings(): ChartSettings {
  try {
    const settings = documentSettings();
    const saved: unknown = settings
      ? settings.get(CHARTS_SETTING)
      : JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return chartSettings(typeof saved === 'object' && saved !== null ? saved : {});
  } catch {
    return chartSettings();
  }
}

/** Saves the chart choices where `loadChartSettings` reads them; failures are ignored. */
export async function saveChartSettings(value: ChartSettings): Promise<void> {
  try {
    const settings = documentSettings();
    if (settings === null) {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
      return;
    }
    settings.set(CHARTS_SETTING, value);
    await saveSettings(settings);
  } catch {
    // A full storage or a read-only workbook: the choices hold for this session.
  }
}
