import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IFontAttributesProperties,
} from 'docx';
import type { ChartImage } from '../../core/charts/chart-image';
import { formatMessage } from '../../core/diagnostics/format';
import type { ReportAlign, ReportModel, ReportTable } from '../../core/report';
import {
  FIRST_LINE_INDENT,
  FONTS,
  LINE_EXACT,
  PAGE,
  PAGE_NUMBER_INSET,
  SIZES,
  TEXT_WIDTH,
} from './gbt9704';

type FileChild = Paragraph | Table;

/** Pixels (96 to the inch, docx's image unit) across the text block. */
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

const ALIGN: Readonly<Record<ReportAlign, (typeof AlignmentType)[keyof typeof AlignmentType]>> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

/** A run in `eastAsia` (Chinese text) with the Latin font beside it. */
function font(eastAsia: string): IFontAttributesProperties {
  return { ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia, cs: FONTS.latin };
}

const BODY_SPACING = { line: LINE_EXACT, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const TABLE_SPACING = { line: 300, lineRule: LineRuleType.AUTO, before: 0, after: 0 };

/**
 * The report as a Word document (.docx bytes), laid out as GB/T 9704 asks: A4 with the
 * standard's margins, the title in 方正小标宋简体 二号 centred, body paragraphs in
 * 仿宋_GB2312 三号 with a two-character first-line indent and exactly 28 pt between lines,
 * 一级 headings in 黑体 and 二级 in 楷体_GB2312, tables in 宋体 小四 with figures
 * right-aligned, each chart image fitted to the text width and centred with its caption
 * below, and the page number as "— 1 —" at the foot (odd pages right, even pages left).
 * Built with the `docx` library; runs in Node and in the browser.
 *
 * @example
 * const bytes = await renderReportDocx(buildReportModel(result), []);
 */
export async function renderReportDocx(
  model: ReportModel,
  images: readonly ChartImage[],
): Promise<Uint8Array> {
  const children: FileChild[] = [titleParagraph(model.title)];
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'heading':
        children.push(headingParagraph(block.text, block.level));
        break;
      case 'paragraph':
        children.push(bodyParagraph(block.text));
        break;
      case 'table':
        if (block.table.caption !== null) children.push(captionParagraph(block.table.caption));
        children.push(reportTable(block.table));
        break;
      case 'figure': {
        const image = images[block.index];
        if (image !== undefined) children.push(figureParagraph(image));
        children.push(captionParagraph(block.caption));
        break;
      }
    }
  }
  const document = new Document({
    creator: formatMessage('addin.title'),
    title: model.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FONTS.body), size: SIZES.body },
          paragraph: { spacing: BODY_SPACING },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              footer: PAGE.footer,
            },
          },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function titleParagraph(title: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // One blank line of the body below the title, as the standard's examples have.
    spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: LINE_EXACT },
    children: [new TextRun({ text: title, font: font(FONTS.title), size: SIZES.title })],
  });
}

function headingParagraph(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    outlineLevel: level - 1,
    indent: { firstLine: FIRST_LINE_INDENT, firstLineChars: 200 },
    spacing: BODY_SPACING,
    keepNext: true,
    children: [new TextRun({ text, font: font(level === 1 ? FONTS.heading1 : FONTS.heading2) })],
  });
}

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT, firstLineChars: 200 },
    spacing: BODY_SPACING,
    children: [new TextRun({ text, font: font(FONTS.body), size: SIZES.body })],
  });
}

/** A table's caption (above it) or a figure's (below it): centred, 黑体 小四. */
function captionParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...TABLE_SPACING, before: 120, after: 120 },
    keepNext: true,
    children: [new TextRun({ text, font: font(FONTS.heading1), size: SIZES.table })],
  });
}

function tableParagraph(text: string, alignment: ReportAlign, bold = false): Paragraph {
  return new Paragraph({
    alignment: ALIGN[alignment],
    spacing: TABLE_SPACING,
    children: [new TextRun({ text, bold, font: font(FONTS.table), size: SIZES.table })],
  });
}

const CELL_MARGINS = { top: 30, bottom: 30, left: 80, right: 80 };

/** A bordered table across the text block; columns as wide as the sheet's, scaled. */
function reportTable(table: ReportTable): Table {
  const total = table.widths.reduce((a, b) => a + b, 0) || 1;
  const columnWidths = table.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const header = table.header.map(
    (row) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: row.map(
          (cell) =>
            new TableCell({
              columnSpan: cell.colSpan,
              rowSpan: cell.rowSpan,
              margins: CELL_MARGINS,
              verticalAlign: VerticalAlignTable.CENTER,
              children: [tableParagraph(cell.text, 'center', true)],
            }),
        ),
      }),
  );
  const body = table.body.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map(
          (text, c) =>
            new TableCell({
              margins: CELL_MARGINS,
              verticalAlign: VerticalAlignTable.CENTER,
              children: [tableParagraph(text, table.align[c] ?? 'left')],
            }),
        ),
      }),
  );
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: [...header, ...body],
  });
}

/** A chart image, centred, scaled down (never up) to the text block's width. */
function figureParagraph(image: ChartImage): Paragraph {
  const scale = Math.min(1, TEXT_WIDTH_PX / Math.max(1, image.widthPx));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...TABLE_SPACING, before: 120 },
    keepNext: true,
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: {
          width: Math.round(image.widthPx * scale),
          height: Math.round(image.heightPx * scale),
        },
        altText: { name: image.title, description: image.title, title: image.title },
      }),
    ],
  });
}

/** "— 1 —" in 宋体 四号, one character in from the right (odd pages) or the left (even). */
function pageNumberFooter(side: 'left' | 'right'): Footer {
  const run = { font: font(FONTS.table), size: SIZES.pageNumber };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: PAGE_NUMBER_INSET } : { left: PAGE_NUMBER_INSET },
        children: [
          new TextRun({ ...run, text: formatMessage('report.page-number-before') }),
          new TextRun({ ...run, children: [PageNumber.CURRENT] }),
          new TextRun({ ...run, text: formatMessage('report.page-number-after') }),
        ],
      }),
    ],
  });
}
