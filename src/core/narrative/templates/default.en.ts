import type { TemplateSet } from '../template-set';

/**
 * The default paragraphs in English: simpler than the Chinese ones. Indicator names are
 * the sheets' (Chinese) names.
 *
 * @example
 * defaultTemplatesEn.locale // "en"
 */
export const defaultTemplatesEn: TemplateSet = {
  locale: 'en',
  templates: [
    {
      name: 'main',
      kind: 'main',
      source:
        'In {period}, {area}' +
        '[ recorded gross industrial output of {工业总产值}[, {工业总产值.growth} year on year]]' +
        '[; sales revenue was {销售收入}[, {销售收入.growth}]]' +
        '[; it made {利润总额.profitOrLoss}[, {利润总额.growth}]]' +
        '[; tax revenue was {工商税收}[, {工商税收.growth}]]' +
        '[; investment attracted was {招商引资到位资金}[, {招商引资到位资金.growth}]]' +
        '[; enterprises employed {企业员工总数}].',
    },
    {
      name: 'structure',
      kind: 'structure',
      source: '[Of these, {#items}[{item.name} was {item}[, {item.growth}][, {item.shareOf}]]{/}].',
    },
    {
      name: 'ranking',
      kind: 'ranking',
      source:
        '[The top three townships by gross industrial output were ' +
        '{#top3(工业总产值)}{township} ({工业总产值}){/}, {工业总产值.topShare}].',
    },
    {
      name: 'township',
      kind: 'township',
      each: 'township',
      source:
        '{township}' +
        '[ recorded gross industrial output of {工业总产值}[, {工业总产值.growth}][, {工业总产值.share}][, {工业总产值.rank}]]' +
        '[; sales revenue was {销售收入}[, {销售收入.growth}]].',
    },
    {
      name: 'targets',
      kind: 'targets',
      source:
        'In {period}, [gross industrial output reached {工业总产值.completion}[, {工业总产值.schedule}]]' +
        '[; sales revenue reached {销售收入.completion}[, {销售收入.schedule}]].',
    },
    {
      name: 'caveat',
      kind: 'caveat',
      source:
        '[The audit found {错误数} errors in these figures; see the 审核 sheet and use corrected figures].',
    },
  ],
};
