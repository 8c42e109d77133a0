/**
 * Small helpers for the fast reader's hand-written scan of package XML (indexOf-based, no
 * DOM). Anything the scan does not understand throws `Declined`: the caller then reads the
 * workbook with exceljs instead. Browser-safe.
 */

/** Thrown when the fast reader will not read a package (it never guesses). */
export class Declined extends Error {}

/** Throws `Declined` (with why, for debugging) unless `condition` holds. */
export function check(condition: boolean, why: string): asserts condition {
  if (!condition) throw new Declined(why);
}

const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

/**
 * XML text or an attribute value with its entity and character references replaced and
 * line ends normalized, as an XML parser gives it. Unknown entities, CDATA and markup decline.
 *
 * @example
 * decodeXml('A&amp;B &#x4E00;') // "A&B 一"
 */
export function decodeXml(raw: string): string {
  check(!raw.includes('<'), 'markup in text');
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&]*);/g, (_, name: string) => {
    if (name.startsWith('#x'))
      return String.fromCodePoint(checkedCode(parseInt(name.slice(2), 16)));
    if (name.startsWith('#')) return String.fromCodePoint(checkedCode(parseInt(name.slice(1), 10)));
    const named = NAMED[name];
    check(named !== undefined, `entity &${name};`);
    return named;
  });
}

function checkedCode(code: number): number {
  check(Number.isInteger(code) && code > 0 && code <= 0x10ffff, 'bad character reference');
  return code;
}

/**
 * The raw value of attribute `name` in a tag's attribute text, or undefined. Attribute
 * values with whitespace escapes (tabs, line ends) decline: parsers normalize them.
 *
 * @example
 * attribute(' r="A1" t="s"', 't') // "s"
 */
export function attribute(attributes: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = attributes.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = attributes.charCodeAt(at - 1);
    // Preceded by whitespace and followed by "=": the attribute itself, not a longer name.
    if (!(before === 32 || before === 9 || before === 10 || before === 13)) continue;
    let i = from;
    while (attributes.charCodeAt(i) === 32) i++;
    if (attributes[i] !== '=') continue;
    i++;
    while (attributes.charCodeAt(i) === 32) i++;
    const quote = attributes[i];
    check(quote === '"' || quote === "'", 'unquoted attribute');
    const end = attributes.indexOf(quote, i + 1);
    check(end > 0, 'unclosed attribute');
    const value = attributes.slice(i + 1, end);
    check(!/[\t\n\r]/.test(value), 'whitespace escape in attribute');
    return decodeXml(value);
  }
}

/**
 * Every `<name …>` or `<name …/>` element of `xml` (unprefixed): its attribute text and,
 * unless self-closed, its inner XML up to the matching `</name>` (no nesting of the same name).
 *
 * @example
 * elements('<a><b x="1"/><b>t</b></a>', 'b') // [{ attributes: ' x="1"', inner: null }, { attributes: '', inner: 't' }]
 */
export function elements(
  xml: string,
  name: string,
  from = 0,
  to = xml.length,
): { attributes: string; inner: string | null }[] {
  const found: { attributes: string; inner: string | null }[] = [];
  const open = `<${name}`;
  const close = `</${name}>`;
  let at = xml.indexOf(open, from);
  while (at >= 0 && at < to) {
    const next = xml.charCodeAt(at + open.length);
    // "<sheet" must not match "<sheets" or "<sheetData".
    if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
      at = xml.indexOf(open, at + open.length);
      continue;
    }
    const end = xml.indexOf('>', at);
    check(end > 0, 'unclosed tag');
    const selfClosed = xml.charCodeAt(end - 1) === 47;
    const attributes = xml.slice(at + open.length, selfClosed ? end - 1 : end);
    if (selfClosed) {
      found.push({ attributes, inner: null });
      at = xml.indexOf(open, end);
      continue;
    }
    const closeAt = xml.indexOf(close, end);
    check(closeAt > 0 && closeAt <= to, `unclosed <${name}>`);
    found.push({ attributes, inner: xml.slice(end + 1, closeAt) });
    at = xml.indexOf(open, closeAt);
  }
  return found;
}
