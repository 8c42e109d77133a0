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
  aliases: { 技改投入: '技改投资', 新竣工项目数: '新竣工项目', 入园企业数: '入园企业' },
  templates: [
    {
      name: 'main',
      kind: 'main',
      // One sentence per group of indicators, as in the Chinese set; 其中 items follow
      // their whole.
      source:
        '[In {period}, {area}' +
        '[ recorded gross industrial output of {工业总产值}[, {工业总产值.growth} year on year]' +
        '[, {工业总产值.ofWhich} {#items(工业总产值)}{item.name} {item}[, {item.share}]{/}]]' +
        '[; sales revenue was {销售收入}[, {销售收入.growth}]' +
        '[, {销售收入.ofWhich} {#items(销售收入)}{item.name} {item}[, {item.share}]{/}]]' +
        '[; it made {利润总额.profitOrLoss}[, {利润总额.growth}]].]' +
        '[ [Tax revenue was {工商税收}[, {工商税收.growth}]' +
        '[, {工商税收.ofWhich} {#items(工商税收)}{item.name} {item}[, {item.share}]{/}]]' +
        '[; investment attracted was {招商引资到位资金}[, {招商引资到位资金.growth}]]' +
        '[; technical upgrading investment was {技改投入}[, {技改投入.growth}]]' +
        '[; enterprises employed {企业员工总数}[, output per worker {人均产值}]]' +
        '[; energy use per 10,000 yuan of output was {万元产值能耗}[, {万元产值能耗.growth}]].]' +
        '[ At present, [{入园企业数} are in the park' +
        '[, {入园企业数.countChange} on a year earlier]' +
        '[, {入园企业数.ofWhich} {#items(入园企业数)}{item.name} {item}{/}]]' +
        '[; {新竣工项目数} new projects were completed[, {新竣工项目数.countChange} on a year earlier]].]',
    },
    {
      name: 'ranking',
      kind: 'ranking',
      source:
        '[The top three {unit} by gross industrial output were ' +
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
