/**
 * Default indicator aliases: variant name -> canonical name. Kept small on purpose: each
 * entry is a spelling of the *same* statistic (a renaming, an abbreviation or a dropped
 * word), never two related but different statistics (营业收入 ≠ 销售收入, 从业人员 ≠ 员工).
 * Users add their own with `ParseOptions.aliases`; theirs win over these.
 */
export const DEFAULT_ALIASES: Readonly<Record<string, string>> = {
  // The product's own example: township sheets say either.
  税收收入: '工商税收',
  工商税收收入: '工商税收',
  // 工业产值 is the everyday short form of 工业总产值.
  工业产值: '工业总产值',
  // 规上 is the standard abbreviation of 规模以上; 总产值/产值 are used interchangeably.
  规上工业产值: '规模以上工业产值',
  规上工业总产值: '规模以上工业产值',
  规模以上工业总产值: '规模以上工业产值',
  // 招商引资 "funds in place": the words 实际 / 招商引资 are often dropped.
  招商引资实际到位资金: '招商引资到位资金',
  实际到位资金: '招商引资到位资金',
  // 利润 alone in an enterprise sheet means 利润总额.
  实现利润: '利润总额',
  // 固投 is the common abbreviation; 完成固定资产投资 adds a verb.
  固投: '固定资产投资',
  完成固定资产投资: '固定资产投资',
  // 社零 / 社零额 abbreviate 社会消费品零售总额.
  社零额: '社会消费品零售总额',
  社会消费品零售额: '社会消费品零售总额',
  // Renamed by the 2014 budget law: 公共财政预算收入 became 一般公共预算收入.
  公共财政预算收入: '一般公共预算收入',
};
