/**
 * The short forms work summaries use for indicators, mapped to the names the data uses.
 * Data, kept in one place: a short form is read only when the data has its full name.
 * The parser's own aliases (DEFAULT_ALIASES) are read as well; these are the words a
 * draft uses that a statistics sheet would not (产值 alone, 员工, 销售).
 */
export const DRAFT_SHORT_FORMS: Readonly<Record<string, string>> = {
  工业产值: '工业总产值',
  产值: '工业总产值',
  税收: '工商税收',
  招商引资: '招商引资到位资金',
  员工: '企业员工总数',
  员工总数: '企业员工总数',
  销售: '销售收入',
  利润: '利润总额',
  入园企业: '入园企业数',
  规上企业: '规上企业数',
};

/**
 * The area words: a figure after one of these is about the whole (the consolidation's
 * totals), whatever the run's own area word is.
 */
export const AREA_WORDS: readonly string[] = [
  '全县',
  '全区',
  '全市',
  '全镇',
  '全乡',
  '全园区',
  '园区',
  '全街道',
  '开发区',
  '全域',
];

/**
 * Period words and the months they cover (1-N月 is read apart). A figure said of another
 * period than the data's is not checked.
 */
export const PERIOD_WORDS: Readonly<Record<string, number>> = {
  一季度: 3,
  第一季度: 3,
  上半年: 6,
  前三季度: 9,
  全年: 12,
};
