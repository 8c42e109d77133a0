import type { IndicatorNature } from '../model/table';
import type { Unit } from '../model/unit';

const NON_ADDITIVE_NAME = /率|比重|占比|比例|平均|人均|增速/;

/**
 * Whether an indicator may be summed across townships: not when its unit is %, ‰ or a
 * compound unit (元/人), nor when its name says it is a rate, share, ratio or average.
 *
 * @example
 * indicatorNature('工业总产值', parseUnit('万元')) // "additive"
 * indicatorNature('产销率', null) // "non-additive"
 * indicatorNature('人均收入', parseUnit('元/人')) // "non-additive"
 */
export function indicatorNature(name: string, unit: Unit | null): IndicatorNature {
  if (
    unit !== null &&
    (unit.family === 'percent' || unit.family === 'permille' || unit.family === 'compound')
  ) {
    return 'non-additive';
  }
  return NON_ADDITIVE_NAME.test(name) ? 'non-additive' : 'additive';
}
