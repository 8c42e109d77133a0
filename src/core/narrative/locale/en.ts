import type { NarrativeLocale } from './narrative-locale';

function englishOrdinal(rank: number): string {
  const tens = rank % 100;
  if (tens >= 11 && tens <= 13) return `${rank}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][rank % 10] ?? 'th';
  return `${rank}${suffix}`;
}

/**
 * English phrasing: simpler than the Chinese, for readers outside the office.
 *
 * @example
 * en.patterns.up // "up {pct}"
 */
export const en: NarrativeLocale = {
  id: 'en',
  punctuation: { clause: '; ', comma: ', ', list: ', ', end: '.', unitGap: ' ', lineBreak: ' ' },
  patterns: {
    up: 'up {pct}',
    down: 'down {pct}',
    flat: 'unchanged',
    upTimes: 'up {times}',
    newItem: 'new this year',
    turnProfit: 'turned from loss to profit',
    turnLoss: 'turned from profit to loss',
    lossNarrowed: 'loss narrowed by {amount}',
    lossWidened: 'loss widened by {amount}',
    profit: 'a profit of {amount}',
    loss: 'a loss of {amount}',
    upVerb: 'up',
    downVerb: 'down',
    times: '{n} times',
    pointsUp: 'up {pp} percentage points',
    pointsDown: 'down {pp} percentage points',
    pointsFlat: 'unchanged',
    share: '{pct} of the total',
    shareOf: '{pct} of {whole}',
    topShare: 'together {pct} of {area}',
    rankLead: 'ranking {ordinal} in {area}',
    rankAmong: 'ranking {rank} of {count} townships',
    pull: 'adding {pp} percentage points to the growth of {area}',
    completion: '{pct} of the annual target',
    onScheduleHalf: 'on schedule at mid-year',
    aheadOfSchedule: '{pp} percentage points ahead of schedule',
    behindSchedule: '{pp} percentage points behind schedule',
    atSchedule: 'on schedule',
    yearOnYear: 'year on year',
    single: '{items}, {growth} year on year',
    respectively: '{items}, {verb} {amounts} respectively year on year',
    item: '{label} {value}',
    approxMore: 'over {n}{unit}',
    approxOver: 'over {n}{unit}',
    approxNear: 'nearly {n}{unit}',
    ordinalAlone: '{ordinal}',
    parallel: '{labels} {verb} {amounts} year on year',
    parallelSingle: '{labels} {growth} year on year',
    lastJoin: ' and ',
    comparableBasis: ' (on a comparable basis)',
  },
  money: [
    { symbol: 'billion yuan', factor: 1e9, min: 1e9, decimals: 2 },
    { symbol: 'million yuan', factor: 1e6, min: 1e6, decimals: 2 },
    { symbol: 'yuan', factor: 1, min: 0, decimals: 2 },
  ],
  people: [{ symbol: 'people', factor: 1, min: 0, decimals: 0 }],
  unitNames: {
    家: 'firms',
    个: '',
    人: 'people',
    项: 'projects',
    户: 'households',
    件: 'items',
    亩: 'mu',
    公顷: 'hectares',
    平方米: 'square metres',
    万平方米: '10,000 square metres',
    吨: 'tonnes',
    万吨: '10,000 tonnes',
    公里: 'km',
    米: 'm',
  },
  groupDigits: true,
  ordinal: englishOrdinal,
  countWord: () => null,
  unitMagnitudes: [],
};
