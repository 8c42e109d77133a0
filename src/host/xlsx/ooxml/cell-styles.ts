import { MAIN_NS, XML_DECLARATION, xmlText } from './xml-text';

/** What a written cell's look depends on. */
export interface CellLook {
  /** Excel number format; null = General. */
  readonly format: string | null;
  readonly bold: boolean;
  /** Wrapped text, aligned to the top. */
  readonly wrap: boolean;
  /** An internal link: blue and underlined. */
  readonly link: boolean;
}

/** Excel's built-in number formats by code (they need no numFmt element). */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};
/** Custom number formats are numbered from here. */
const FIRST_CUSTOM_FORMAT = 164;
/** The colour of a link (Excel's Hyperlink style). */
const LINK_COLOR = 'FF0563C1';
/**
 * The workbook's default font: 宋体 11, as the Chinese text of our results has always
 * shown (exceljs's theme gave Chinese text 宋体).
 */
const FONT = '<sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/>';

/**
 * The cell formats (xl/styles.xml's cellXfs) of one workbook, made as cells need them: one
 * per combination of number format, bold, wrap and link.
 */
export class CellStyles {
  private readonly xfs = new Map<string, number>();
  private readonly xfXml: string[] = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ];
  private readonly formats = new Map<string, number>();

  constructor() {
    this.xfs.set(key({ format: null, bold: false, wrap: false, link: false }), 0);
  }

  /** The style index (the `s` attribute) of a look; 0 is the default. */
  indexOf(look: CellLook): number {
    const k = key(look);
    let index = this.xfs.get(k);
    if (index === undefined) {
      index = this.xfXml.length;
      this.xfXml.push(this.xf(look));
      this.xfs.set(k, index);
    }
    return index;
  }

  /** xl/styles.xml. */
  xml(): string {
    const numFmts = [...this.formats]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`)
      .join('');
    const fonts = [
      `<font>${FONT}</font>`,
      `<font><b/>${FONT}</font>`,
      `<font><u/><color rgb="${LINK_COLOR}"/>${FONT}</font>`,
      `<font><b/><u/><color rgb="${LINK_COLOR}"/>${FONT}</font>`,
    ];
    return (
      `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
      (this.formats.size > 0 ? `<numFmts count="${this.formats.size}">${numFmts}</numFmts>` : '') +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }

  private xf(look: CellLook): string {
    const numFmtId = look.format === null ? 0 : this.formatId(look.format);
    const fontId = (look.bold ? 1 : 0) + (look.link ? 2 : 0);
    const applied =
      (numFmtId !== 0 ? ' applyNumberFormat="1"' : '') +
      (fontId !== 0 ? ' applyFont="1"' : '') +
      (look.wrap ? ' applyAlignment="1"' : '');
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${applied}`;
    return look.wrap ? `${head}><alignment vertical="top" wrapText="1"/></xf>` : `${head}/>`;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }
}

function key(look: CellLook): string {
  return `${look.bold ? 'b' : ''}${look.wrap ? 'w' : ''}${look.link ? 'l' : ''}|${look.format ?? ''}`;
}
