/**
 * The GB/T 9704-2012 layout (党政机关公文格式) in Word's units: A4, its margins, its fonts
 * and sizes. Fonts are named as Chinese offices install them; Word falls back to the
 * machine's default Chinese font where one is missing.
 */

/** Twips (1/20 pt) per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips, rounded. */
export function mm(millimetres: number): number {
  return Math.round(millimetres * TWIPS_PER_MM);
}

/** A4 portrait, and the standard's margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  /** The footer (page number) sits about 7 mm below the text block. */
  footer: mm(28),
} as const;

/** The text block's width, in twips (156 mm). */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Font names (eastAsia) and the Latin font used beside them. */
export const FONTS = {
  /** 标题: 方正小标宋简体 (offices' title font); 宋体 where it is not installed. */
  title: '方正小标宋简体',
  titleFallback: '宋体',
  /** 正文: 仿宋_GB2312. */
  body: '仿宋_GB2312',
  /** 一级标题: 黑体. */
  heading1: '黑体',
  /** 二级标题: 楷体_GB2312. */
  heading2: '楷体_GB2312',
  /** 表格、页码: 宋体. */
  table: '宋体',
  latin: 'Times New Roman',
} as const;

/** Sizes in half-points (docx's unit): 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
export const SIZES = {
  title: 44,
  body: 32,
  pageNumber: 28,
  table: 24,
} as const;

/** Body line spacing: exactly 28 pt, in twips. */
export const LINE_EXACT = 28 * 20;

/** First-line indent: two characters of the body size (2 × 16 pt), in twips. */
export const FIRST_LINE_INDENT = 2 * 16 * 20;

/** One character of the page number's size (四号), in twips: the page number's inset. */
export const PAGE_NUMBER_INSET = 14 * 20;
