import { convertExact } from '../compute/numeric-policy';
import { convertible, parseUnit, type Unit } from '../model/unit';
import type { Growth } from '../model/consolidation';
import type { Derivation } from './options';

/**
 * What a derivation needs to know of a consolidated indicator.
 *
 * @example
 * const sales: Component = { key: '销售收入', name: '销售收入', parentKey: null, additive: true,
 *   unit: parseUnit('万元'), current: 135000, previous: 128600, growth: growth(135000, 128600) };
 */
export interface Component {
  readonly key: string;
  readonly name: string;
  readonly parentKey: string | null;
  readonly additive: boolean;
  readonly unit: Unit | null;
  readonly current: number | null;
  readonly previous: number | null;
  readonly growth: Growth;
  /** Whether every township reports it, in 本期 and in 上年同期. */
  readonly complete: { readonly current: boolean; readonly previous: boolean };
}

/**
 * How a non-additive indicator's consolidated value was found.
 *
 * @example
 * // { kind: 'ratio', numerator, denominator, current: 82.59, previous: 69.98 }
 * // { kind: 'growth', source, current: 4.98 }
 */
export type DerivedValue =
  | {
      readonly kind: 'ratio';
      readonly numerator: Component;
      readonly denominator: Component;
      readonly current: number | null;
      readonly previous: number | null;
      /** A column left out because a component is not reported by every township. */
      readonly incomplete: boolean;
    }
  | { readonly kind: 'growth'; readonly source: Component; readonly current: number | null };

/**
 * Looks indicators up by key, then by name (the first with that name).
 *
 * @example
 * indexComponents(components).byKey.get('工业总产值>规模以上工业产值')
 */
export interface ComponentIndex {
  readonly byKey: ReadonlyMap<string, Component>;
  readonly byName: ReadonlyMap<string, Component>;
}

/**
 * @example
 * indexComponents([{ key: '工业总产值', name: '工业总产值', … }]).byName.get('工业总产值')
 */
export function indexComponents(components: readonly Component[]): ComponentIndex {
  const byKey = new Map<string, Component>();
  const byName = new Map<string, Component>();
  for (const c of components) {
    byKey.set(c.key, c);
    if (!byName.has(c.name)) byName.set(c.name, c);
  }
  return { byKey, byName };
}

function find(index: ComponentIndex, ref: string): Component | null {
  const found = index.byKey.get(ref) ?? index.byName.get(ref) ?? null;
  return found !== null && found.additive ? found : null;
}

function ratio(numerator: number | null, denominator: number | null, scale: number): number | null {
  if (numerator === null || denominator === null || !(denominator > 0)) return null;
  const value = (numerator * scale) / denominator;
  return Number.isFinite(value) ? value : null;
}

function convertOrNull(value: number | null, from: Unit | null, to: Unit | null): number | null {
  if (value === null || from === null || to === null) return value;
  const converted = convertExact(value, from, to);
  // Beyond the largest double in the other unit: no ratio (a 0 or Infinity would be wrong).
  return Number.isFinite(converted) ? converted : null;
}

/**
 * Σnumerator ÷ Σdenominator × scale, current and previous. Units: see `Derivation`. Null
 * where a sum is missing or the denominator is not positive, and, when `whole` is set, where
 * a component is not reported by every township (the sums would cover different townships).
 */
function ratioOf(
  target: Unit | null,
  numerator: Component,
  denominator: Component,
  scale: number,
  whole = false,
): DerivedValue {
  let numeratorTo: Unit | null = null;
  let denominatorTo: Unit | null = null;
  const parts = target?.family === 'compound' ? target.symbol.split('/') : [];
  const partNumerator = parts.length === 2 ? parseUnit(parts[0] ?? '') : null;
  const partDenominator = parts.length === 2 ? parseUnit(parts[1] ?? '') : null;
  if (numerator.unit && partNumerator && convertible(numerator.unit, partNumerator)) {
    numeratorTo = partNumerator;
  } else if (numerator.unit && denominator.unit && convertible(numerator.unit, denominator.unit)) {
    numeratorTo = denominator.unit;
  }
  if (denominator.unit && partDenominator && convertible(denominator.unit, partDenominator)) {
    denominatorTo = partDenominator;
  }
  const n = (v: number | null): number | null => convertOrNull(v, numerator.unit, numeratorTo);
  const d = (v: number | null): number | null => convertOrNull(v, denominator.unit, denominatorTo);
  const known = (column: 'current' | 'previous'): boolean =>
    !whole || (numerator.complete[column] && denominator.complete[column]);
  return {
    kind: 'ratio',
    numerator,
    denominator,
    current: known('current') ? ratio(n(numerator.current), d(denominator.current), scale) : null,
    previous: known('previous')
      ? ratio(n(numerator.previous), d(denominator.previous), scale)
      : null,
    incomplete: !known('current') || !known('previous'),
  };
}

const SHARE_OF = /^(.+?)占(.+?)的?(?:比重|比例)$/;
const SHARE = /^(.+?)占比$/;
const GROWTH = /^(.+?)(?:增速|增长率|增幅)$/;

/**
 * Recomputes a non-additive indicator from additive components, or returns null:
 * (a) a user recipe naming it (by key or name), for the columns where every township
 *     reports both components;
 * (b) "X占Y比重" / "X占Y的比重" / "X占Y比例": X ÷ Y × 100 (X looked up as a 其中 item of Y
 *     first, then by name);
 * (c) "X占比" as a 其中 row of P: X ÷ P × 100 (X a 其中 item of P first, then by name);
 *     a main-level "X占比" where X is a 其中 item of P: X ÷ P × 100;
 * (d) "X增速" / "X增长率" / "X增幅": the consolidated growth of X (current only).
 *
 * @example
 * // 高新技术产业产值占工业总产值比重, with both indicators present
 * deriveValue(indicator, index, []) // { kind: 'ratio', current: 25, … }
 */
export function deriveValue(
  indicator: Pick<Component, 'key' | 'name' | 'parentKey' | 'unit'>,
  index: ComponentIndex,
  recipes: readonly Derivation[],
): DerivedValue | null {
  for (const recipe of recipes) {
    if (recipe.indicator !== indicator.key && recipe.indicator !== indicator.name) continue;
    const numerator = find(index, recipe.numerator);
    const denominator = find(index, recipe.denominator);
    if (numerator && denominator) {
      return ratioOf(indicator.unit, numerator, denominator, recipe.scale ?? 1, true);
    }
  }

  const shareOf = SHARE_OF.exec(indicator.name);
  if (shareOf?.[1] !== undefined && shareOf[2] !== undefined) {
    const whole = find(index, shareOf[2]);
    const part = whole
      ? (find(index, `${whole.key}>${shareOf[1]}`) ?? find(index, shareOf[1]))
      : null;
    if (whole && part) return ratioOf(null, part, whole, 100);
  }

  const share = SHARE.exec(indicator.name);
  if (share?.[1] !== undefined && indicator.parentKey !== null) {
    const whole = find(index, indicator.parentKey);
    const part = find(index, `${indicator.parentKey}>${share[1]}`) ?? find(index, share[1]);
    if (whole && part) return ratioOf(null, part, whole, 100);
  }
  if (share?.[1] !== undefined && indicator.parentKey === null) {
    // A main-level "X占比" where X is a 其中 item of P: X ÷ P (高新技术产业产值占比 with
    // 高新技术产业产值 listed under 工业总产值).
    const part = find(index, share[1]);
    const whole = part?.parentKey != null ? find(index, part.parentKey) : null;
    if (part && whole) return ratioOf(null, part, whole, 100);
  }

  const growth = GROWTH.exec(indicator.name);
  if (growth?.[1] !== undefined) {
    const source = find(index, growth[1]);
    if (source) return { kind: 'growth', source, current: source.growth.pct };
  }
  return null;
}
