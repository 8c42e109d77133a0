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
  'parse.no-indicator-rows':
    '工作表“{sheet}”第{row}行是表头，但表头下面没有填了数据的指标行，没有可汇总的数字，已跳过',
  'parse.total-sheet': '工作表“{sheet}”是上报的合计表，用于核对各乡镇之和，不参与相加',
  'parse.cell-not-number': '{sheet}!{cell}（{indicator}）的内容“{text}”不是数字，未计入',
  'parse.cell-excel-error': '{sheet}!{cell}（{indicator}）是 Excel 错误值 {text}，未计入',
  'parse.cell-text-number': '{sheet}!{cell}（{indicator}）的文本“{text}”按数值 {value} 读取',
  'parse.cell-magnitude': '{sheet}!{cell}（{indicator}）的“{text}”按 {value}{unit} 读取',
  'parse.unit-unknown':
    '{sheet}!{cell}（{indicator}）的计量单位“{unit}”无法识别，该指标不做单位换算',
  'parse.unit-missing': '{sheet}（{indicator}）没有计量单位，按无单位处理',
  'parse.label-missing': '{sheet}第{row}行有数字但没有指标名称，未计入',
  'parse.duplicate-indicator':
    '{sheet}!{cell}：指标“{indicator}”在同一表中重复出现（首次在 {first}），只取第一处',
  'parse.cell-magnitude-unit':
    '{sheet}!{cell}（{indicator}）的“{text}”与该行计量单位“{unit}”不能换算，未计入',
  'parse.township-from-reporting-unit': '工作表“{sheet}”按填报单位命名为“{name}”',
  'parse.township-from-file': '工作表“{sheet}”按文件名命名为“{name}”',
  'parse.township-twice':
    '{name}有两份报表：{sources}，汇总使用了 {kept}，{dropped} 未计入，请确认',
  'parse.township-several':
    '{name}有{count}份报表：{sources}，汇总使用了 {kept}，{dropped} 未计入，请确认',
  'parse.report-sheet': '工作表“{sheet}”',
  'parse.report-file-sheet': '{file}的工作表“{sheet}”',
  'parse.report-list': '{items} 和 {last}',
  'parse.township-blank': '{name}的报表没有任何数据（全部为空），未参与汇总，请核实是否漏报',
  'parse.hidden-sheet':
    '工作表“{sheet}”是隐藏的（可能是旧稿），已跳过；如需汇总，请在任务窗格的工作表列表中勾选它，或在命令行加 --include-hidden',
  'parse.very-hidden-sheet':
    '工作表“{sheet}”是深度隐藏的（可能是旧稿），已跳过；如需汇总，请在任务窗格的工作表列表中勾选它，或在命令行加 --include-hidden',
  'parse.result-workbook':
    '{file}是本工具生成的汇总结果，只读取其“汇总”表，作为“{name}”一个单位参与汇总（分乡镇、审核、综述表不读取）',
  'parse.result-as-total':
    '{file}像是本工具生成的汇总结果，与乡镇报表一起给出，只用其“汇总”表核对各乡镇之和，不参与相加；如需作为一个单位汇总，请单独给出',
  'parse.sheet-of-reporting-unit':
    '工作表“{sheet}”的填报单位是“{name}”，按{name}的报表汇总，不作为上报的合计表',
  // parse: faulty cells, labels that are not text, skipped sheets with figures (issue 12)
  'parse.cell-formula-no-result':
    '{sheet}!{cell}（{indicator}）是公式但没有计算结果，请在 Excel 中打开、保存后再汇总',
  'parse.cell-non-finite':
    '{sheet}!{cell}（{indicator}）的“{text}”不是有效的有限数字（超出数字范围或为无效值），未计入',
  'parse.cell-stored-non-finite':
    '{sheet}!{cell}（{indicator}）的数值无效（无穷大或不是数），未计入',
  'parse.label-not-text': '{sheet}第{row}行的指标名称是“{text}”，不是文字，该行的数字未计入',
  'parse.no-header-figures':
    '工作表“{sheet}”有 {count} 个数字，但没有找到表头（指标名称、本期等列），其中的数字未计入汇总',
  'parse.header-duplicate-column-figures':
    '工作表“{sheet}”第{row}行表头中“{column}”出现了不止一次，无法确定各列的含义，表中的 {count} 个数字未计入汇总',

  // ---- consolidate / compute
  'consolidate.no-township': '没有找到任何乡镇统计表，无法汇总',
  'consolidate.indicator-partial': '指标“{indicator}”只有 {count} 个乡镇填报，缺：{missing}',
  'consolidate.indicator-unmatched': '{sheet}!{cell}：指标“{indicator}”在其他乡镇表中没有对应指标',
  'consolidate.unit-incompatible':
    '指标“{indicator}”各乡镇的计量单位不能换算（{units}），{sheet} 的数据未计入',
  'consolidate.unit-converted': '{sheet}（{indicator}）单位为{from}，已换算为{to}后汇总',
  'consolidate.non-additive-empty':
    '指标“{indicator}”是比率/平均类指标，不能相加，也找不到计算它的分子分母，汇总值留空',
  'consolidate.non-additive-derived':
    '指标“{indicator}”是比率/平均类指标，汇总值按“{numerator}”÷“{denominator}”重新计算',
  'consolidate.comparable-basis':
    '指标“{indicator}”有乡镇缺上年同期数（{missing}），增速按可比口径计算',
  'consolidate.unit-assumed': '{sheet}（{indicator}）没有填计量单位，按其他乡镇的{unit}汇总',
  'consolidate.non-additive-growth':
    '指标“{indicator}”是增速类指标，不能相加，汇总值按“{source}”的本期÷上年同期重新计算',
  'consolidate.total-unmatched': '合计表“{sheet}”没有找到与各乡镇同名的指标，不做核对',
  // consolidate: figures beyond the range of numbers (issue 12)
  'consolidate.sum-overflow':
    '指标“{indicator}”的{column}合计超出了数字的表示范围，汇总值留空，请检查各乡镇的数字和计量单位',
  'consolidate.convert-overflow':
    '{sheet}（{indicator}）的{column}换算为{to}后超出了数字的表示范围，未计入',
  // consolidate: area values of rates and per-capita figures (issue 14 §4)
  'consolidate.non-additive-single':
    '指标“{indicator}”是比率/平均类指标，只有“{unit}”一个单位，汇总值即为其填报的数',
  'consolidate.non-additive-incomplete':
    '指标“{indicator}”是比率/平均类指标，“{numerator}”或“{denominator}”不是每个乡镇都填报了本期数，不能相除得出全区的值，汇总值留空',

  // ---- audit
  'audit.rule.inter.total-mismatch': '表间：合计数与各乡镇之和',
  'audit.rule.inter.total-growth': '表间：合计增速',
  'audit.rule.inter.total-unmatched': '表间：指标不对应',
  'audit.rule.intra.child-exceeds-parent': '表内：其中项大于总项',
  'audit.rule.intra.breakdown-sum': '表内：分项之和',
  'audit.rule.growth.reported-vs-computed': '增速核对',
  'audit.rule.growth.completion-vs-computed': '完成率核对',
  'audit.rule.growth.base-not-positive': '增速基数为零或负',
  'audit.rule.plausibility.growth-large': '合理性：增幅过大',
  'audit.rule.plausibility.sign-flip': '合理性：正负转换',
  'audit.rule.plausibility.unit-slip': '合理性：疑似元/万元混用',
  'audit.rule.plausibility.negative-impossible': '合理性：不应为负',
  'audit.rule.completeness.missing-indicator': '完整性：缺少指标',
  'audit.rule.completeness.duplicate-indicator': '完整性：指标重复',
  'audit.rule.completeness.text-in-number-cell': '完整性：非数字内容',
  'audit.rule.completeness.unit-unknown': '单位：无法识别',
  'audit.rule.completeness.unit-mixed': '单位：各乡镇不一致',
  'audit.rule.input.notice': '读取：未计入或存疑',
  'audit.total-mismatch':
    '合计表{column}为 {actual}{unit}，各乡镇之和为 {expected}{unit}，相差 {diff}，超出舍位误差（{tolerance}）',
  'audit.total-derived-mismatch':
    '合计表{column}为 {actual}{unit}，这是比率/平均类指标，不能相加，按各乡镇数据重新计算应为 {expected}{unit}',
  'audit.total-rounding':
    '合计表{column}为 {actual}{unit}，各乡镇之和为 {expected}{unit}，相差 {diff}，在 {parts} 个数分别舍位的误差（{tolerance}）以内，属舍位差',
  'audit.total-unit-incompatible':
    '合计表计量单位“{unit}”与各乡镇的“{townshipUnit}”不能换算，未核对',
  'audit.total-growth-mismatch':
    '合计表同比增长 {actual}%，按各乡镇之和重新计算应为 {expected}%，相差 {diff} 个百分点',
  'audit.total-growth-summed':
    '合计表同比增长 {actual}%，等于各乡镇增速相加；增速不能相加，按各乡镇之和重新计算应为 {expected}%',
  'audit.total-growth-averaged':
    '合计表同比增长 {actual}%，等于各乡镇增速的平均数；增速应按各乡镇之和重新计算，应为 {expected}%',
  'audit.total-only-indicator': '合计表有指标“{indicator}”，但各乡镇表中都没有，无法核对',
  'audit.total-missing-indicator':
    '各乡镇表有指标“{indicator}”（{count} 个乡镇填报），合计表中没有',
  'audit.child-exceeds-parent':
    '其中项“{indicator}”{column} {actual}{unit} 大于所属指标“{parent}”的 {expected}{unit}',
  'audit.breakdown-mismatch':
    '“{indicator}”{column}为 {actual}{unit}，各分项（{children}）之和为 {expected}{unit}，相差 {diff}',
  'audit.breakdown-rounding':
    '“{indicator}”{column}为 {actual}{unit}，各分项之和为 {expected}{unit}，相差 {diff}，在舍位误差（{tolerance}）以内，属舍位差',
  'audit.growth-mismatch':
    '填报同比增长 {actual}%，按本期 {current}、上年同期 {previous} 计算应为 {expected}%，相差 {diff} 个百分点',
  'audit.completion-mismatch':
    '填报完成目标 {actual}%，按本期 {current}、全年目标 {target} 计算应为 {expected}%，相差 {diff} 个百分点',
  'audit.growth-base-not-positive':
    '上年同期为 {previous}，不能计算增速，却填报了同比增长 {actual}%',
  'audit.growth-large-up': '同比增长 {actual}%，超过 {threshold}% 的提醒幅度，请核实',
  'audit.growth-large-down': '同比下降 {abs}%，超过 {threshold}% 的提醒幅度，请核实',
  'audit.sign-flip-to-negative': '上年同期为 {previous}，本期为 {actual}，由正转负，请核实',
  'audit.sign-flip-to-positive': '上年同期为 {previous}，本期为 {actual}，由负转正，请核实',
  'audit.unit-slip-previous':
    '{column} {actual} 与上年同期 {previous} 相差约 {ratio} 倍，疑似元与万元混用',
  'audit.unit-slip-current':
    '{column} {actual} 与本期 {current} 相差约 {ratio} 倍，且偏离其他乡镇的上年同期水平，疑似元与万元混用',
  'audit.unit-slip-peers':
    '本期 {actual} 与其他乡镇按规模折算的水平（约 {expected}）相差约 {ratio} 倍，疑似元与万元混用',
  'audit.negative-impossible': '{column}为负数 {actual}，该指标不应为负',
  'audit.missing-indicator':
    '指标“{indicator}”有 {count} 个乡镇填报（共 {total} 个乡镇），本表没有',
  'audit.unit-unknown': '计量单位“{unit}”无法识别，不能换算',
  'audit.unit-mixed': '计量单位为“{unit}”，多数乡镇为“{majority}”，已换算为“{majority}”后汇总',
  'audit.unit-incompatible': '计量单位“{unit}”与多数乡镇的“{majority}”不能换算，未计入汇总',
  'audit.col.level': '级别',
  'audit.col.rule': '规则',
  'audit.col.sheet': '工作表',
  'audit.col.cell': '单元格',
  'audit.col.indicator': '指标',
  'audit.col.message': '说明',
  'audit.col.expected': '应为',
  'audit.col.actual': '实为',
  'audit.summary': '审核结果：错误 {error} 条，核实 {verify} 条，提示 {info} 条',
  'audit.passed': '审核通过：未发现错误和需核实的问题',
  'audit.passed-with-info': '审核通过：未发现错误和需核实的问题（提示 {info} 条）',

  // ---- narrative (templates -> paragraphs); {template} {line} {column} {text} name the place
  'narrative.unclosed-placeholder':
    '综述模板“{template}”第{line}行第{column}列：“{text}”缺少右花括号“}”，按原文显示',
  'narrative.unclosed-optional':
    '综述模板“{template}”第{line}行第{column}列：可省略段的“[”没有对应的“]”，按普通文字处理',
  'narrative.unclosed-block':
    '综述模板“{template}”第{line}行第{column}列：循环“{text}”缺少结束标记“{/}”，按原文显示',
  'narrative.stray-close': '综述模板“{template}”第{line}行第{column}列：多余的“{text}”，按原文显示',
  'narrative.bad-placeholder':
    '综述模板“{template}”第{line}行第{column}列：无法识别的占位符“{text}”（应写成“{指标名称.写法}”）',
  'narrative.unknown-indicator':
    '综述模板“{template}”第{line}行第{column}列：“{text}”中的指标“{name}”在数据中不存在',
  'narrative.unknown-function':
    '综述模板“{template}”第{line}行第{column}列：“{text}”中的“{name}”不是可用的写法（可用：{known}）',
  'narrative.unknown-block':
    '综述模板“{template}”第{line}行第{column}列：未知的循环“{text}”（可用：前三位、前N位、每个乡镇、其中项）',
  'narrative.wrong-context':
    '综述模板“{template}”第{line}行第{column}列：“{text}”只能用在乡镇段落或乡镇循环中',
  'narrative.no-data': '综述模板“{template}”第{line}行第{column}列：“{text}”没有数据，显示为占位符',
  'narrative.indicator-absent':
    '综述模板“{template}”第{line}行第{column}列：数据中没有指标“{name}”，所在的可省略段未输出',
  // narrative on partial data (#14 §1): a paragraph left out, a share that is not one
  'narrative.paragraph-left-out':
    '综述模板“{template}”：{subject}没有该段所用指标的数据，该段未写入综述',
  'narrative.share-over-whole':
    '综述模板“{template}”：{subject}“{indicator}”占“{whole}”的{pct}，超过100%，占比未写入综述，请核实两项数据',
  // the editable text form of a template set (## 名称 headings); {line} is a line of the whole text
  'narrative.text.unnamed': '模板{index}',
  'narrative.text.heading-empty': '综述模板第{line}行：“{text}”缺少模板名称，已命名为“{name}”',
  'narrative.text.heading-level':
    '综述模板第{line}行：“{text}”像是模板标题，标题应写成“## 名称”，已按标题处理',
  'narrative.text.heading-duplicate':
    '综述模板第{line}行：模板名称“{name}”与前面的重复，提示中将无法区分',
  'narrative.text.before-heading':
    '综述模板第{line}行：第一个标题“## 名称”之前的文字已作为模板“{name}”',
  'narrative.text.bad-alias':
    '综述模板第{line}行：“{text}”不是别名的写法（应写成“别名=指标名称”），未使用',

  // ---- narrative template files (--templates, the add-in's stored copy)
  'templates.not-json': '不是有效的 JSON（{reason}）',
  'templates.shape':
    '格式应为 {"locale": "zh-CN", "templates": [{"name": …, "kind": …, "source": …}]}',
  'templates.locale': '语言“{locale}”不支持，只能是 zh-CN 或 en',
  'templates.item': '第{index}个模板的“{field}”缺失或不对',
  'templates.aliases': '“aliases”应为 {"别名": "指标名称"} 的形式',
  'templates.empty': '文件中没有任何模板',
  'read.templates-invalid': '模板文件“{file}”无法使用：{reason}',

  // ---- read (hosts) and command line
  'read.file-missing': '找不到文件：{file}',
  'read.not-xlsx': '文件“{file}”不是 .xlsx 工作簿（只支持 Excel 2007 及以后的 .xlsx 格式）',
  'read.corrupt': '文件“{file}”已损坏或不是有效的 .xlsx 工作簿，无法打开',
  // Bad packages (src/host/xlsx/package-check.ts): say what the file is.
  'read.empty-file': '文件“{file}”是空文件（0 字节），请重新索取或保存后再汇总',
  'read.password': '文件“{file}”有密码，请去掉密码后再汇总',
  'read.old-xls': '文件“{file}”是旧版 Excel（.xls）格式，请在 Excel 中另存为 .xlsx 后再汇总',
  'read.word-document': '文件“{file}”是 Word 文档，不是 Excel 工作簿，请换成 .xlsx 统计报表',
  'read.not-workbook': '文件“{file}”是压缩包，不是 Excel 工作簿，请换成 .xlsx 统计报表',
  'read.damaged':
    '文件“{file}”已损坏（缺少或无法读取其中的内容），请重新索取，或用 Excel 打开修复后另存为 .xlsx',
  'read.no-statistics-sheet': '文件“{file}”中没有找到统计表（需要有“指标名称”“本期”等表头）',
  'read.no-township': '文件“{file}”中只有合计表，没有找到乡镇统计表，无法汇总',
  'read.empty-folder': '文件夹“{file}”（含子文件夹）中没有 .xlsx 或 .xlsm 工作簿',
  'read.no-input': '请指定要汇总的工作簿或文件夹',
  'write.failed': '无法写入结果文件“{file}”：{reason}',
  'write.same-as-input': '结果文件“{file}”与输入文件相同，为保护源数据，请换一个输出文件名',
  'cli.progress': '读取中',
  'cli.wrote': '已写出：{file}',
  'cli.summary': '共 {townships} 个乡镇、{indicators} 项指标',
  'cli.finding-line': '[{level}] {where} {message}',
  'cli.more-findings': '……另有 {count} 条错误或需核实的问题，见结果文件的“审核”表',
  'cli.narrative-heading': '综述：',
  'cli.bad-locale': '不支持的语言“{locale}”，可选：zh-CN（简体）、zh-TW（繁体）、en（英文）',
  'cli.output-missing': '请用 -o 指定结果文件，例如：-o 汇总结果.xlsx',
  'cli.bad-arguments': '命令行参数有误，可用 --help 查看用法',
  'cli.unexpected': '处理失败：{reason}',
  'cli.template-notice': '提示：模板文件“{file}”中，{text}',
  'cli.description': '汇总、审核各乡镇统计表，写出汇总结果工作簿',
  'cli.arg.inputs': '乡镇统计工作簿（.xlsx）或包含它们的文件夹，可以有多个',
  'cli.opt.output': '结果工作簿的路径（.xlsx）',
  'cli.opt.json': '以 JSON 格式把结果输出到标准输出',
  'cli.opt.period': '综述中的时间用语，如“上半年”',
  'cli.opt.area': '综述中的主体用语，如“全县”“园区”',
  'cli.opt.strict': '有“错误”级审核结果时以退出码 2 结束',
  'cli.opt.templates':
    '自定义综述模板文件：.json，或文本（“## 名称”一行，下接模板，同任务窗格的模板编辑框；见 docs/narrative-templates.md）',
  'cli.opt.locale': '综述语言：zh-CN（默认）、zh-TW、en',
  'cli.opt.help': '显示帮助',
  // ---- inputs: folders, old formats, duplicates, our own results (#12, app helper)
  'read.format-xls': '{file} 是旧版 Excel 格式，请另存为 .xlsx 后重新汇总',
  'read.format-et': '{file} 是 WPS 表格格式，请在 WPS 中另存为 .xlsx 后重新汇总',
  'read.format-csv': '{file} 是 CSV 文本文件，请在 Excel 或 WPS 中另存为 .xlsx 后重新汇总',
  'read.folder-old-formats-only':
    '文件夹“{file}”中没有 .xlsx 工作簿，只有 {files}，请另存为 .xlsx 后重新汇总',
  'read.subfolders': '文件夹“{file}”的子文件夹（{folders}）中另有 {count} 个工作簿，已一并汇总',
  'read.same-file': '“{file}”与“{first}”是同一个文件，只读取一次',
  'read.same-path': '“{file}”被指定了不止一次（直接指定或在所选文件夹中），只读取一次',
  'read.same-content':
    '“{file}”与“{first}”内容完全相同，可能是复制时用错了文件名，只计一次，请核实',
  'read.result-replaced': '{file}是上次的汇总结果，本次结果将替换它，不参与汇总',
  'read.result-skipped': '“{file}”是本工具写出的汇总结果，不作为乡镇表汇总，已跳过',
  'read.result-overlap':
    '“{file}”是本工具写出的汇总结果，已含本次输入的“{sources}”，为免重复计算，已跳过',
  'read.no-statistics-sheet-skipped':
    '文件“{file}”中没有可汇总的统计表：跳过了 {count} 个工作表，如：{reason}',
  'read.no-township-skipped':
    '文件“{file}”中只有合计表，没有乡镇统计表（跳过了 {count} 个工作表，如：{reason}），无法汇总',
  'write.output-is-folder':
    '结果文件“{file}”是一个已有的文件夹，请写出文件名，例如：{option} {example}',
  'write.parent-is-file': '无法写出结果文件“{file}”：“{parent}”是一个文件，不是文件夹',
  'write.not-xlsx': '结果文件“{file}”的扩展名应为 .xlsx（本工具只写出普通 .xlsx 工作簿）',
  'cli.unknown-option': '不认识的选项“{option}”，可用 --help 查看全部选项',
  'cli.unknown-option-suggest': '不认识的选项“{option}”，是不是要写 {suggestion}？',
  'cli.dash-file':
    '“{option}”以“-”开头，会被当作选项；如果是文件名，请写成 ./{option}，或在文件名前加 --（如：-o 汇总结果.xlsx -- {option}）',
  'cli.option-missing-value': '选项 {option} 后面缺少值',
  'cli.files-read': '读取 {read} 个文件，跳过 {skipped} 个（见结果文件的“审核”表）',
  'cli.opt.include-hidden': '也汇总隐藏的工作表（默认跳过，通常是旧草稿）',
  // Group word (issue #14 §2)
  'cli.opt.unit-word': '综述中对各单位的称谓，如“乡镇”“园区”“街道”（默认按表名推断）',

  // ---- Word report (#16): command line
  'cli.opt.docx': '同时写出 Word 报告（.docx）：标题、综述、汇总表和图表',
  'cli.opt.docx-townships': 'Word 报告中加上分乡镇表（每表两个乡镇）',
  'write.not-docx': 'Word 报告“{file}”的扩展名应为 .docx',

  // ---- task pane
  'ui.title': '园区统计汇总',
  'ui.language': 'English',
  'ui.files.heading': '选择工作簿',
  'ui.files.choose': '选择 .xlsx 文件',
  'ui.files.drop': '或把 .xlsx 文件拖到这里',
  'ui.files.chosen': '已选 {count} 个文件',
  'ui.files.none': '尚未选择文件',
  'ui.files.remove': '移除',
  'ui.files.remove-label': '移除 {file}',
  'ui.files.clear': '清空',
  'ui.files.no-files': '请先选择要汇总的 .xlsx 工作簿',
  'ui.sheets.heading': '找到的工作表',
  'ui.sheets.scan': '重新扫描',
  'ui.sheets.empty': '还没有找到工作表',
  'ui.sheets.role.township': '乡镇',
  'ui.sheets.role.total': '合计',
  'ui.sheets.role.skipped': '已跳过',
  'ui.sheets.hidden': '已隐藏',
  'ui.sheets.very-hidden': '已隐藏（深度隐藏）',
  'ui.sheets.hidden-note': '隐藏的工作表（可能是旧稿）默认不汇总，打开开关即可汇总',
  'ui.options.period': '时期',
  'ui.options.period-placeholder': '如：上半年（留空则按报表）',
  'ui.options.area': '主体',
  'ui.options.area-placeholder': '如：全县、园区',
  'ui.run.button': '一键汇总',
  'ui.run.running': '正在汇总…',
  'ui.progress.read': '读取工作表',
  'ui.progress.compute': '汇总、审核、写综述',
  'ui.progress.write': '写出结果',
  'ui.progress.done': '完成',
  'ui.progress.file': '读取 {file}（第 {done}/{total} 个文件）',
  'ui.progress.step.parse': '识别表头与指标',
  'ui.progress.step.consolidate': '汇总各乡镇',
  'ui.progress.step.audit': '审核',
  'ui.progress.step.narrative': '写综述',
  'ui.progress.step.output': '生成结果表',
  'ui.result.title': '汇总完成',
  'ui.result.counts':
    '{townships} 个乡镇、{indicators} 项指标；错误 {error} 条，核实 {verify} 条，提示 {info} 条',
  'ui.result.written': '已写入工作表：{sheets}',
  'ui.result.download': '下载 {file}',
  'ui.result.file-name': '汇总结果.xlsx',
  'ui.findings.heading': '审核结果',
  'ui.findings.none': '未发现问题',
  'ui.findings.group': '{level}（{count}）',
  'ui.findings.select': '定位到 {address}',
  'ui.findings.expected': '应为 {expected}',
  'ui.findings.actual': '实为 {actual}',
  'ui.findings.separator': '，',
  'ui.findings.more': '显示其余 {count} 条',
  'ui.narrative.heading': '综述',
  'ui.narrative.empty': '汇总后在这里显示综述',
  'ui.narrative.copy': '复制综述',
  'ui.narrative.copied': '综述已复制',
  'ui.narrative.sources': '数字来源',
  'ui.narrative.source-select': '定位到 {address}',
  'ui.templates.heading': '综述模板',
  'ui.templates.label': '模板',
  'ui.templates.placeholder': '例如：{时期}，{主体}实现工业总产值…',
  'ui.templates.preview': '预览',
  'ui.templates.preview-empty': '模板为空：汇总时将使用默认模板',
  'ui.templates.preview-needs-run': '先点“一键汇总”，这里会用汇总结果预览模板写出的综述',
  'ui.templates.preview-no-paragraphs': '按当前数据，这些模板没有写出段落',
  'ui.templates.save': '保存模板',
  'ui.templates.saved': '模板已保存',
  'ui.templates.reset': '恢复默认',
  'ui.templates.help':
    '每个模板以“## 名称”一行开头，“## 名称（每个乡镇）”对每个乡镇各写一段；写法见 docs/narrative-templates.md',
  'ui.error.title': '出错了',
  'ui.error.dismiss': '关闭',
  'ui.error.scan': '读取工作表失败：{reason}',
  'ui.error.run': '汇总失败：{reason}',
  'ui.error.select': '无法定位到 {address}：{reason}',
  'ui.error.copy': '复制失败：{reason}',
  'ui.error.templates-load': '读取模板失败：{reason}',
  'ui.error.templates-save': '保存模板失败：{reason}',
  'ui.error.preview': '模板预览失败：{reason}',
  'ui.error.select-unavailable': '网页版不能定位单元格，请在 Excel 中打开 {address}',
  'ui.replace.title': '结果表已被修改',
  'ui.replace.body':
    '上次汇总写出的工作表 {sheets} 之后被修改过。替换会丢掉这些修改；另存为新表则保留它们，本次结果写到新的工作表。',
  'ui.replace.replace': '替换',
  'ui.replace.beside': '另存为新表',
  // Group word (issue #14 §2): the run panel's field beside 主体.
  'ui.options.unit-word': '单位称谓',
  'ui.options.unit-word-placeholder': '如：乡镇、园区、街道（留空则按表名）',

  // ---- task pane: 文稿核对 (issue 15, draft check views)
  'ui.draft.heading': '文稿核对',
  'ui.draft.help':
    '粘贴文稿（如半年工作总结，每段一行），或选择 .txt、.docx 文件；一键汇总时逐个核对文稿中的数字。文稿只用于本次核对，不保存到工作簿中，也不会上传。',
  'ui.draft.label': '文稿内容',
  'ui.draft.placeholder': '在这里粘贴文稿',
  'ui.draft.choose': '选择 .txt 或 .docx 文件',
  'ui.draft.file': '文稿文件：{file}',
  'ui.draft.error-read': '读取文稿“{file}”失败：{reason}',
  'ui.draft.result-heading': '文稿核对结果',
  'ui.draft.counts': '一致 {match} · 不一致 {mismatch} · 无法核对 {unchecked}',
  'ui.draft.none-found': '文稿中没有找到可核对的数字',
  'ui.draft.hint': '点击文稿中标出的数字，查看核对过程和数据来源',
  'ui.draft.text-label': '文稿（标出核对过的数字）',
  'ui.draft.verdict.match': '一致',
  'ui.draft.verdict.mismatch': '不一致',
  'ui.draft.verdict.unchecked': '无法核对',
  'ui.draft.mark.match': '✓',
  'ui.draft.mark.mismatch': '✗',
  'ui.draft.mark.unchecked': '?',
  'ui.draft.mark-title': '{verdict}：{written}（点击查看核对过程）',
  'ui.draft.kind.amount': '总量',
  'ui.draft.kind.growth': '增速',
  'ui.draft.kind.points': '百分点',
  'ui.draft.kind.share': '占比',
  'ui.draft.kind.rank': '位次',
  'ui.draft.kind.completion': '完成目标',
  'ui.draft.kind.schedule': '时间进度',
  'ui.draft.approximate': '（约数，按近似核对）',
  'ui.draft.detail.label': '核对过程：{written}',
  'ui.draft.detail.excerpt': '原文片段',
  'ui.draft.detail.subject': '主体',
  'ui.draft.detail.indicator': '指标',
  'ui.draft.detail.kind': '类型',
  'ui.draft.detail.written': '文稿数',
  'ui.draft.detail.computed': '计算数',
  'ui.draft.detail.verdict': '结论',
  'ui.draft.detail.reason': '说明',
  'ui.draft.detail.suggestion': '建议改为',
  'ui.draft.detail.sources': '数据来源',
  'ui.draft.detail.close': '收起',
  'ui.draft.mismatches': '不一致的数字（{count}）',
  'ui.draft.mismatch-item': '第 {paragraph} 段：{written} → {computed}',
  'ui.draft.more': '显示其余 {count} 个',
  // task pane: the 图表 section (issue 16)
  'ui.charts.heading': '图表',
  'ui.charts.indicator': '指标',
  'ui.charts.sort': '排序',
  'ui.charts.sort.descending': '从大到小',
  'ui.charts.sort.ascending': '从小到大',
  'ui.charts.sort.input': '按输入顺序',
  'ui.charts.top': '最多列出的{unitWord}数',
  'ui.charts.empty': '汇总后在这里显示各乡镇的图表',
  'ui.charts.loading': '正在绘制图表…',
  'ui.charts.failed': '图表绘制失败：{reason}',

  // ---- Word report (#16): task pane and page
  'ui.result.export-word': '导出 Word',
  'ui.result.export-word-busy': '正在生成 Word…',
  'ui.result.export-word-townships': 'Word 中含分乡镇表',
  'ui.error.export-word': '导出 Word 失败：{reason}',

  // ---- old Office webview (inline ES5 guard of taskpane.html and commands.html)
  'guard.title': '这个 Excel 版本太旧，无法运行“园区统计汇总”',
  'guard.why':
    'Office 2016、Office 2019 等一次性购买版用 IE11 或旧版 Edge 显示加载项，本加载项需要 Microsoft 365、Office 2021 或更新的 Excel（Windows、Mac）或网页版 Excel。',
  'guard.standalone':
    '不换 Excel 也能汇总：用新版 Edge、Chrome 或 Firefox 打开网页版，选择各乡镇的 .xlsx 文件即可（文件只在本机处理，不会上传）：',
  'guard.cli': '也可以在装有 Node.js 的电脑上用命令行汇总：',
  'guard.cli-example': 'park-stats 报表文件夹 -o 汇总结果.xlsx --period 上半年 --area 全县',
  'guard.help': '使用帮助',

  // ---- add-in (office host, commands)
  'addin.title': '园区统计汇总',
  'addin.registry-note': '本表由“园区统计汇总”插件维护，记录插件生成的工作表，请勿修改或删除',
  'addin.done': '汇总完成，已生成：{sheets}',
  'addin.failed': '一键汇总失败：{reason}',
  'addin.no-statistics-sheet': '当前工作簿中没有找到统计表（需要有“指标名称”“本期”等表头）',
  'addin.no-township': '当前工作簿中只有合计表，没有找到乡镇统计表，无法汇总',
  'addin.no-statistics-sheet-skipped':
    '当前工作簿中没有可汇总的统计表：跳过了 {count} 个工作表，如：{reason}',
  'addin.no-township-skipped':
    '当前工作簿中只有合计表，没有乡镇统计表（跳过了 {count} 个工作表，如：{reason}），无法汇总',
  'addin.sheet-not-found': '找不到工作表“{sheet}”',
  'addin.unknown-error': '未知错误',
  'addin.beside-user-sheet': '工作表“{sheet}”不是插件生成的，未改动它，结果写在“{written}”',
  'addin.settings-save-failed':
    '本次的时期、主体和工作表选择未能保存到工作簿（{reason}），功能区的“一键汇总”仍按上次保存的设置运行',
  'addin.beside-edited-sheet': '工作表“{sheet}”在上次汇总后被修改过，已保留，结果写在“{written}”',

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
  // Group word (issue #14 §2): the units' word when the names say nothing else.
  'output.default-unit-word': '乡镇',
  // 文稿核对 (issue 15): reading the draft, the checker's verdicts and reasons, the 文稿核对 sheet, the command line
  'read.draft-format':
    '文稿“{file}”不是 .docx 或 .txt 文件，请在 Word 或 WPS 中另存为 .docx，或复制文字粘贴后再核对',
  'read.draft-unreadable': '文稿“{file}”无法读取（{reason}），请在 Word 中另存为 .docx 后再核对',
  'read.draft-empty': '文稿“{file}”中没有文字，无法核对',
  'read.draft-missing': '找不到文稿：{file}',
  'draft.pasted': '粘贴的文稿',
  'draft.verdict.match': '一致',
  'draft.verdict.mismatch': '不一致',
  'draft.verdict.unchecked': '无法核对',
  'draft.kind.amount': '总量',
  'draft.kind.growth': '增速',
  'draft.kind.points': '百分点',
  'draft.kind.share': '占比',
  'draft.kind.rank': '位次',
  'draft.kind.completion': '完成目标',
  'draft.kind.schedule': '时间进度',
  'draft.reason.no-indicator': '找不到数字前对应的指标名称',
  'draft.reason.no-subject': '不能确定说的是哪个单位或全域',
  'draft.reason.subject-no-data': '数据中没有{subject}的“{indicator}”',
  'draft.reason.no-value': '数据中{subject}“{indicator}”的{what}为空',
  'draft.reason.unit': '文稿单位“{unit}”与数据单位“{dataUnit}”不能换算',
  'draft.reason.no-parent': '不能确定“{indicator}”占的是哪个总量',
  'draft.reason.period': '文稿说的时期“{period}”不在数据中',
  'draft.reason.area-rank': '数据中只有各乡镇的位次，没有{subject}在更大范围中的位次',
  'draft.reason.rank-among': '文稿说的是{among}个单位中的位次，数据中有{count}个单位',
  'draft.reason.no-period': '数据没有注明时期（几个月），算不出时间进度',
  'draft.reason.respectively': '“分别”列出的几个数暂不逐项对应核对',
  'draft.whole-area': '全域{indicator}',
  'draft.what.current': '本期数',
  'draft.what.growth': '增速',
  'draft.what.target': '全年目标',
  'draft.what.previous': '上年同期数',
  'draft.how.amount': '{subject}{indicator}本期 {value}{unit}',
  'draft.how.previous': '{subject}{indicator}上年同期 {value}{unit}',
  'draft.how.change': '{subject}{indicator}本期 {current} − 上年同期 {previous} = {value}{unit}',
  'draft.how.growth': '（本期 {current} ÷ 上年同期 {previous} − 1）× 100',
  'draft.how.points': '本期 {current}% − 上年同期 {previous}%',
  'draft.how.share': '{part} ÷ {whole} × 100',
  'draft.how.rank': '{count}个单位中按本期数排第{rank}',
  'draft.how.completion': '本期 {current} ÷ 全年目标 {target} × 100',
  'draft.how.schedule': '完成目标 {completion}% − 时间进度 {progress}%',
  'sheet.draft-check': '文稿核对',
  'output.draft-title':
    '文稿核对（{source}）：一致 {match} 处，不一致 {mismatch} 处，无法核对 {unchecked} 处',
  'output.col.paragraph': '段落',
  'output.col.excerpt': '原文片段',
  'output.col.subject': '主体',
  'output.col.draft-indicator': '指标',
  'output.col.kind': '类型',
  'output.col.written': '文稿数',
  'output.col.computed': '计算数',
  'output.col.verdict': '结论',
  'output.col.suggestion': '建议改为',
  'output.col.reason': '说明',
  'cli.opt.check-draft': '核对文稿（.docx 或 .txt）中的数字，结果写在“文稿核对”表',
  'cli.draft-summary': '文稿核对：一致 {match} 处，不一致 {mismatch} 处，无法核对 {unchecked} 处',
  'cli.draft-line':
    '[不一致] 第{paragraph}段 “{excerpt}”：文稿 {written}，计算 {computed}，建议改为“{suggestion}”',
  'cli.draft-more': '……另有 {count} 处不一致，见结果文件的“文稿核对”表',
  // charts (issue 16): the 图表 sheet, chart titles, notes
  'sheet.charts': '图表',
  'chart.sheet-title': '图表数据（右侧各图依据下列数据绘制；重新汇总时本表整体替换）',
  'chart.title.value': '各{unitWord}{indicator}',
  'chart.title.growth': '各{unitWord}{indicator}增速',
  'chart.title.completion': '各{unitWord}{indicator}目标完成情况',
  'chart.series.value': '本期',
  'chart.series.growth': '同比增长(%)',
  'chart.series.completion': '完成目标(%)',
  'chart.axis.percent': '%',
  'chart.reference.growth': '{area} {value}%',
  'chart.reference.time': '时间进度 {value}%',
  'chart.note.missing': '{count} 个{unitWord}无此数据，未列入',
  'chart.note.cut': '另有 {count} 个{unitWord}未列出（只列前 {top} 个）',
  'chart.note.no-time': '时期的月份不明，未画时间进度线',
  'chart.note.line': '{title}：{note}',
  'chart.skip.few': '“{title}”少于 2 个{unitWord}有数据，未作图',
  'chart.skip.no-indicator': '没有可作图的指标（工业总产值或其他金额类总量指标），未作图',
  'chart.skip.indicator-unknown': '没有找到图表指标“{indicator}”，未作图',
  'chart.font-missing':
    '未找到中文字体，图表图片未生成（请安装文泉驿微米黑、思源黑体或 Noto Sans CJK，或用环境变量 PARK_STATS_CJK_FONT 指定字体文件）',
  'chart.render-failed': '图表图片生成失败（{reason}），报表中没有图表',
  'cli.opt.no-charts': '结果工作簿中不画“图表”表（默认画出各乡镇的三张图）',
  'cli.opt.chart-indicator': '图表所用的指标，默认“工业总产值”，没有时取第一个金额类总量指标',
  'cli.opt.chart-top': '每张图最多列出的乡镇数，默认 15（其余不列出）',
  'cli.opt.chart-sort':
    '图中乡镇的顺序：descending（从大到小，默认）、ascending、input（按输入顺序）',
  'cli.bad-chart-top': '--chart-top 应为 2 到 {max} 之间的整数，而不是“{value}”',
  'cli.bad-chart-sort': '--chart-sort 只能是 descending、ascending 或 input，而不是“{value}”',
  'cli.chart-note': '提示：{text}',

  // ---- Word report (#16): the document's words (GB/T 9704 layout)
  'report.title': '{area}{period}主要经济指标完成情况',
  'report.file-name': '{area}{period}主要经济指标完成情况.docx',
  'report.section': '{number}、{title}',
  'report.subsection': '（{number}）{title}',
  'report.section.narrative': '总体情况',
  'report.section.summary': '主要经济指标汇总',
  'report.section.by-township': '分乡镇主要经济指标',
  'report.section.charts': '图表',
  'report.figure-caption': '图{number}　{title}',
  'report.townships-joiner': '、',
  'report.page-number-before': '— ',
  'report.page-number-after': ' —',
} as const satisfies Record<string, string>;

export type MessageCode = keyof typeof messagesZhCN;
