import type { TemplateSet } from '../template-set';

/**
 * The default paragraphs of a work summary (综述), in the phrasing of the seed documents.
 * Data, not code: users edit copies of these in the task pane. Every clause that needs
 * data is optional ([ … ]), so an indicator a county does not report is left out. Line
 * breaks only lay the templates out; they are not written.
 *
 * @example
 * defaultTemplatesZhCN.templates.map((t) => t.kind)
 * // ['main', 'ranking', 'township', 'targets', 'caveat']
 */
export const defaultTemplatesZhCN: TemplateSet = {
  locale: 'zh-CN',
  // The documents' other names for the indicators the templates use.
  aliases: { 技改投入: '技改投资', 新竣工项目数: '新竣工项目', 入园企业数: '入园企业' },
  templates: [
    {
      name: '主要指标',
      kind: 'main',
      // One sentence per group of indicators (生产经营, 财税与投资, 目前的企业和项目数), each
      // in its own [ … ]: a sentence whose indicators are all missing is left out whole.
      // The opening 上半年，园区 goes with the first two: without them the paragraph
      // starts at 目前，….
      // 其中 items follow their whole in the same clause (其中玻璃产品销售收入…，占82.6%).
      source: [
        '[{时期}，{主体}',
        '[[实现工业总产值{工业总产值}[，同比{工业总产值.增长}]',
        '  [，{工业总产值.其中}{#其中项(工业总产值)}{此项.名称}{此项}[，{此项.占比}]{/}]]',
        '[；销售收入{销售收入}[，同比{销售收入.增长}]',
        '  [，{销售收入.其中}{#其中项(销售收入)}{此项.名称}{此项}[，{此项.占比}]{/}]]',
        '[；{利润总额.盈亏}[，同比{利润总额.增长}]]。]',
        '[[实现工商税收{工商税收}[，同比{工商税收.增长}]',
        '  [，{工商税收.其中}{#其中项(工商税收)}{此项.名称}{此项}[，{此项.占比}]{/}]]',
        '[；完成招商引资{招商引资到位资金}[，同比{招商引资到位资金.增长}]]',
        '[；完成技改投入{技改投入}[，同比{技改投入.增长}]]',
        '[；企业员工总数达{企业员工总数}[，人均产值{人均产值}]]',
        '[；万元产值能耗{万元产值能耗}[，同比{万元产值能耗.增长}]]。]]',
        '[目前，[入园企业{入园企业数}[，比上年同期{入园企业数.增减}]',
        '  [，{入园企业数.其中}{#其中项(入园企业数)}{此项.名称}{此项}{/}]]',
        '[；新竣工项目{新竣工项目数}[，比上年同期{新竣工项目数.增减}]]。]',
      ].join('\n'),
    },
    {
      name: '乡镇排名',
      kind: 'ranking',
      source: [
        '[从各{单位}看，工业总产值居前三位的是{#前三位(工业总产值)}{乡镇}（{工业总产值}）{/}，',
        '  {工业总产值.前三位占比}]',
        '[；销售收入居前三位的是{#前三位(销售收入)}{乡镇}（{销售收入}）{/}，{销售收入.前三位占比}]',
        '[；工商税收居前三位的是{#前三位(工商税收)}{乡镇}（{工商税收}）{/}，{工商税收.前三位占比}]。',
      ].join('\n'),
    },
    {
      name: '分乡镇',
      kind: 'township',
      each: 'township',
      source: [
        '{乡镇}{时期}',
        '[实现工业总产值{工业总产值}[，同比{工业总产值.增长}][，{工业总产值.占比}][，{工业总产值.位次}]]',
        '[；销售收入{销售收入}[，同比{销售收入.增长}]]',
        '[；{利润总额.盈亏}[，同比{利润总额.增长}]]',
        '[；实现工商税收{工商税收}[，同比{工商税收.增长}]]',
        '[；工业总产值{工业总产值.完成}]。',
      ].join('\n'),
    },
    {
      name: '目标进度',
      kind: 'targets',
      source: [
        '{时期}，{主体}[工业总产值{工业总产值.完成}[，{工业总产值.进度}]]',
        '[；销售收入{销售收入.完成}[，{销售收入.进度}]]',
        '[；工商税收{工商税收.完成}[，{工商税收.进度}]]',
        '[；招商引资到位资金{招商引资到位资金.完成}[，{招商引资到位资金.进度}]]。',
      ].join('\n'),
    },
    {
      name: '审核说明',
      kind: 'caveat',
      source: [
        '[以上数据经审核发现{错误数}处错误[，另有{核实数}处需要核实]，',
        '相关数字以更正后的数据为准，详见“审核”表]。',
      ].join('\n'),
    },
  ],
};
