/**
 * A user recipe for a non-additive indicator: its consolidated value is Σnumerator ÷
 * Σdenominator × scale. Indicators are named by key ("工业总产值>规模以上工业产值") or by
 * normalised name ("规模以上工业产值").
 *
 * Units: when the indicator's unit is a compound "A/B" (元/人) and the numerator's unit
 * converts to A and the denominator's to B, the sums are converted first (万元 -> 元), so
 * 人均产值 (元/人) = 工业总产值 (万元) ÷ 企业员工总数 (人) comes out in 元 per person.
 * Otherwise, when the numerator's unit converts to the denominator's, it is converted to it
 * (a share of 亿元 in 万元); else the sums are divided as they are.
 *
 * @example
 * const perCapita: Derivation = { indicator: '人均产值', numerator: '工业总产值', denominator: '企业员工总数' };
 * const rate: Derivation = { indicator: '利润率', numerator: '利润总额', denominator: '销售收入', scale: 100 };
 */
export interface Derivation {
  readonly indicator: string;
  readonly numerator: string;
  readonly denominator: string;
  /** Multiplier of the quotient: 100 for percent, 1000 for ‰; 1 by default. */
  readonly scale?: number;
}

/**
 * Recipes for common park indicators whose definition is settled, used after the user's
 * own (a user recipe for the same indicator wins). Units follow `Derivation`.
 *
 * @example
 * DEFAULT_DERIVATIONS.map((d) => d.indicator) // ['人均产值', '万元产值能耗', …]
 */
export const DEFAULT_DERIVATIONS: readonly Derivation[] = [
  // 人均产值 (元/人) = 工业总产值 ÷ 企业员工总数
  { indicator: '人均产值', numerator: '工业总产值', denominator: '企业员工总数' },
  // 万元产值能耗 (吨标准煤/万元) = 综合能耗 ÷ 工业总产值
  { indicator: '万元产值能耗', numerator: '综合能耗', denominator: '工业总产值' },
  { indicator: '单位产值能耗', numerator: '综合能耗', denominator: '工业总产值' },
  // 人均销售收入 (元/人) = 销售收入 ÷ 企业员工总数
  { indicator: '人均销售收入', numerator: '销售收入', denominator: '企业员工总数' },
  // 营业收入利润率 (%, 国家统计局口径) = 利润总额 ÷ 营业收入 × 100; 销售利润率 likewise of 销售收入
  { indicator: '营业收入利润率', numerator: '利润总额', denominator: '营业收入', scale: 100 },
  { indicator: '销售利润率', numerator: '利润总额', denominator: '销售收入', scale: 100 },
];

/**
 * @example
 * consolidate(tables, { derivations: [{ indicator: '人均产值', numerator: '工业总产值', denominator: '企业员工总数' }] })
 */
export interface ConsolidateOptions {
  readonly derivations?: readonly Derivation[];
}
