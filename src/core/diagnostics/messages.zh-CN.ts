/**
 * Every user-facing string, Simplified Chinese first. Placeholders are {name}; they are
 * filled by `formatMessage`. Keep keys grouped by the layer that emits them; add a key here
 * before emitting a new issue code.
 */
export const messagesZhCN = {
  // ---- levels
  'level.error': '错误',
  'level.verify': '核实',
  'level.info': '提示',

  // ---- parse (grid -> statistics table)
  'parse.no-header': '工作表“{sheet}”没有找到表头（指标名称、本期等列），不是统计表，已跳过',
  'parse.header-duplicate-column':
    '工作表“{sheet}”第{row}行表头中“{column}”出现了不止一次，不是标准统计表，已跳过',
  'parse.no-indicator-rows': '工作表“{sheet}”有表头但没有指标行，已跳过',
  'parse.total-sheet': '工作表“{sheet}”是上报的合计表，用于核对各乡镇之和，不参与相加',
  'parse.cell-not-number': '{sheet}!{cell}（{indicator}）的内容“{text}”不是数字，未计入',
  'parse.cell-excel-error': '{sheet}!{cell}（{indicator}）是 Excel 错误值 {text}，未计入',
  'parse.cell-text-number': '{sheet}!{cell}（{indicator}）的文本“{text}”按数值 {value} 读取',
  'parse.cell-magnitude': '{sheet}!{cell}（{indicator}）的“{text}”按 {value}{unit} 读取',
  'parse.unit-unknown': '{sheet}!{cell}（{indicator}）的计量单位“{unit}”无法识别，该指标不做单位换算',
  'parse.unit-missing': '{sheet}（{indicator}）没有计量单位，按无单位处理',
  'parse.label-missing': '{sheet}第{row}行有数字但没有指标名称，未计入',
  'parse.duplicate-indicator': '{sheet}!{cell}：指标“{indicator}”在同一表中重复出现（首次在 {first}），只取第一处',

  // ---- consolidate / compute
  'consolidate.no-township': '没有找到任何乡镇统计表，无法汇总',
  'consolidate.indicator-partial': '指标“{indicator}”只有 {count} 个乡镇填报，缺：{missing}',
  'consolidate.indicator-unmatched': '{sheet}!{cell}：指标“{indicator}”在其他乡镇表中没有对应指标',
  'consolidate.unit-incompatible':
    '指标“{indicator}”各乡镇的计量单位不能换算（{units}），{sheet} 的数据未计入',
  'consolidate.unit-converted': '{sheet}（{indicator}）单位为{from}，已换算为{to}后汇总',
  'consolidate.non-additive-empty': '指标“{indicator}”是比率/平均类指标，不能相加，也找不到计算它的分子分母，汇总值留空',
  'consolidate.non-additive-derived': '指标“{indicator}”是比率/平均类指标，汇总值按“{numerator}”÷“{denominator}”重新计算',
  'consolidate.comparable-basis': '指标“{indicator}”有乡镇缺上年同期数（{missing}），增速按可比口径计算',
  'consolidate.total-unmatched': '合计表“{sheet}”没有找到与各乡镇同名的指标，不做核对',

  // ---- read (hosts) and command line
  'read.file-missing': '找不到文件：{file}',
  'read.not-xlsx': '文件“{file}”不是 .xlsx 工作簿（只支持 Excel 2007 及以后的 .xlsx 格式）',
  'read.corrupt': '文件“{file}”已损坏或不是有效的 .xlsx 工作簿，无法打开',
  'read.no-statistics-sheet': '文件“{file}”中没有找到统计表（需要有“指标名称”“本期”等表头）',
  'read.empty-folder': '文件夹“{file}”中没有 .xlsx 工作簿',
  'read.no-input': '请指定要汇总的工作簿或文件夹',
  'write.failed': '无法写入结果文件“{file}”：{reason}',
  'write.same-as-input': '结果文件“{file}”与输入文件相同，为保护源数据，请换一个输出文件名',
  'cli.progress': '读取中',
  'cli.wrote': '已写出：{file}',
  'cli.summary': '共 {townships} 个乡镇、{indicators} 项指标',

  // ---- output sheets
  'sheet.summary': '汇总',
  'sheet.by-township': '分乡镇',
  'sheet.audit': '审核',
  'sheet.narrative': '综述',
  'output.summary-title': '{area}主要经济指标完成情况（{period}）',
  'output.col.indicator': '指标名称',
  'output.col.unit': '计量单位',
  'output.col.current': '本期',
  'output.col.previous': '上年同期',
  'output.col.growth': '同比增长(%)',
  'output.col.target': '全年目标',
  'output.col.completion': '完成目标(%)',
  'output.col.share': '占比(%)',
  'output.col.rank': '位次',
  'output.default-area': '全县',
  'output.default-period': '本期',
} as const satisfies Record<string, string>;

export type MessageCode = keyof typeof messagesZhCN;
