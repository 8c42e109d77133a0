import { chineseCount, chineseNumeral } from './chinese-numeral';
import type { NarrativeLocale } from './narrative-locale';

/**
 * Simplified Chinese phrasing of official work summaries (工作总结).
 *
 * @example
 * zhCN.patterns.up // "增长{pct}"
 */
export const zhCN: NarrativeLocale = {
  id: 'zh-CN',
  punctuation: { clause: '；', comma: '，', list: '、', end: '。', unitGap: '', lineBreak: '' },
  patterns: {
    up: '增长{pct}',
    down: '下降{pct}',
    flat: '持平',
    upTimes: '增长{times}',
    newItem: '新增',
    turnProfit: '扭亏为盈',
    turnLoss: '由盈转亏',
    lossNarrowed: '减亏{amount}',
    lossWidened: '增亏{amount}',
    profit: '实现{name}{amount}',
    loss: '{name}亏损{amount}',
    upVerb: '增长',
    downVerb: '下降',
    times: '{n}倍',
    pointsUp: '提高{pp}个百分点',
    pointsDown: '回落{pp}个百分点',
    pointsFlat: '持平',
    share: '占{pct}',
    shareOf: '占{whole}的{pct}',
    topShare: '合计占{area}的{pct}',
    rankLead: '居{area}第{ordinal}',
    rankAmong: '在{count}个乡镇中位列第{rank}位',
    pull: '拉动{area}增长{pp}个百分点',
    completion: '完成全年目标的{pct}',
    onScheduleHalf: '时间过半、任务过半',
    aheadOfSchedule: '快于时间进度{pp}个百分点',
    behindSchedule: '慢于时间进度{pp}个百分点',
    atSchedule: '与时间进度持平',
    yearOnYear: '同比',
    single: '{items}，同比{growth}',
    respectively: '{items}，同比分别{verb}{amounts}',
    item: '{label}{value}',
    approxMore: '{n}多{unit}',
    approxOver: '{n}余{unit}',
    approxNear: '近{n}{unit}',
    ordinalAlone: '第{ordinal}',
    parallel: '{labels}同比{verb}{amounts}',
    parallelSingle: '{labels}同比{growth}',
    lastJoin: '和',
    comparableBasis: '（按可比口径计算）',
  },
  money: [
    { symbol: '亿元', factor: 1e8, min: 1e8, decimals: 2 },
    { symbol: '万元', factor: 1e4, min: 1e4, decimals: 2 },
    { symbol: '元', factor: 1, min: 0, decimals: 2 },
  ],
  people: [
    { symbol: '万人', factor: 1e4, min: 1e5, decimals: 2 },
    { symbol: '人', factor: 1, min: 0, decimals: 0 },
  ],
  unitNames: {},
  groupDigits: false,
  ordinal: chineseNumeral,
  countWord: chineseCount,
  unitMagnitudes: ['亿', '万'],
};
