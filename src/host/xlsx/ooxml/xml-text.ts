/** Characters XML 1.0 cannot hold (controls other than tab, line feed, carriage return). */
// eslint-disable-next-line no-control-regex -- these very characters are what it finds
const ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const SPECIAL = /[&<>"']/g;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text as XML character data or an attribute value: & < > " ' escaped, and the control
 * characters XML cannot hold left out (as exceljs writes them, so both writers give the
 * same cells; a stray control character in a label is never worth a file Excel refuses).
 *
 * @example
 * xmlText('A&B <1>') // "A&amp;B &lt;1&gt;"
 */
export function xmlText(text: string): string {
  return text.replace(ILLEGAL, '').replace(SPECIAL, (c) => ENTITIES[c] ?? c);
}

/**
 * A `<t>` element for text: xml:space="preserve" when leading or trailing blanks or a line
 * break must survive (Excel would trim them).
 *
 * @example
 * textElement(' 其中：工业') // '<t xml:space="preserve"> 其中：工业</t>'
 */
export function textElement(text: string): string {
  const preserve = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${xmlText(text)}</t>`;
}

/** The XML declaration every part starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** SpreadsheetML's main namespace and the relationships namespace. */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const RELATIONSHIPS_NS =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
