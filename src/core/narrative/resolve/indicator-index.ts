import type { ConsolidatedIndicator, Consolidation } from '../../model';

/** Finds indicators by key, name, label or alias. */
export interface IndicatorIndex {
  find(name: string): ConsolidatedIndicator | null;
  byKey(key: string): ConsolidatedIndicator | null;
}

function normalise(name: string): string {
  return name.replace(/[\s\u3000]/g, '');
}

/**
 * Indexes a consolidation's indicators for templates: by key (工业总产值>规模以上工业产值),
 * name, label as written, or an alias ({ 产值: '工业总产值' }). The first indicator wins
 * when two share a name; the key tells them apart.
 *
 * @example
 * indexIndicators(consolidation, { 产值: '工业总产值' }).find('产值')?.name // "工业总产值"
 */
export function indexIndicators(
  consolidation: Consolidation,
  aliases: Readonly<Record<string, string>> = {},
): IndicatorIndex {
  const byKey = new Map<string, ConsolidatedIndicator>();
  const byName = new Map<string, ConsolidatedIndicator>();
  for (const indicator of consolidation.indicators) {
    byKey.set(indicator.key, indicator);
    for (const name of [indicator.key, indicator.name, indicator.label]) {
      const key = normalise(name);
      if (!byName.has(key)) byName.set(key, indicator);
    }
  }
  const find = (name: string, depth = 0): ConsolidatedIndicator | null => {
    const direct = byName.get(normalise(name));
    if (direct) return direct;
    const alias = aliases[name] ?? aliases[normalise(name)];
    return alias !== undefined && depth < 5 ? find(alias, depth + 1) : null;
  };
  return { find: (name) => find(name), byKey: (key) => byKey.get(key) ?? null };
}
