import { MAIN_NS, textElement, XML_DECLARATION } from './xml-text';

/**
 * The workbook's shared-string table, filled as cells are written: each distinct text is
 * stored once and cells refer to it by index (what Excel and WPS write, and what readers
 * expect of a large sheet).
 */
export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly texts: string[] = [];
  private references = 0;

  /** The index of `text`, added on first use. */
  indexOf(text: string): number {
    this.references++;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.texts.length;
      this.texts.push(text);
      this.indexes.set(text, index);
    }
    return index;
  }

  /** xl/sharedStrings.xml, in pieces (one per thousand texts). */
  *xml(): Generator<string> {
    yield `${XML_DECLARATION}<sst xmlns="${MAIN_NS}" count="${this.references}" uniqueCount="${this.texts.length}">`;
    for (let i = 0; i < this.texts.length; i += 1000) {
      yield this.texts
        .slice(i, i + 1000)
        .map((text) => `<si>${textElement(text)}</si>`)
        .join('');
    }
    yield '</sst>';
  }
}
