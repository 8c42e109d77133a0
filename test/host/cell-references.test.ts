import { readWorkbook } from '../../src/host/xlsx';
import { addCellReferences, addPackageCellReferences } from '../../src/host/xlsx/cell-references';
import { fillSheet, patchXlsxPart, xlsxBytes } from './xlsx-files';

describe('addCellReferences', () => {
  it('numbers rows after the previous row and cells after the previous cell', () => {
    const xml =
      '<worksheet><cols><col min="1" max="2"/></cols><sheetData>' +
      '<row><c t="s"><v>0</v></c><c><v>1</v></c></row>' +
      '<row r="4"><c r="B4"><v>2</v></c><c s="1"><v>3</v></c><c/></row>' +
      '<row spans="1:2"/>' +
      '<row><c><v>4</v></c></row>' +
      '</sheetData></worksheet>';
    expect(addCellReferences(xml)).toBe(
      '<worksheet><cols><col min="1" max="2"/></cols><sheetData>' +
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row>' +
        '<row r="4"><c r="B4"><v>2</v></c><c r="C4" s="1"><v>3</v></c><c r="D4"/></row>' +
        '<row r="5" spans="1:2"/>' +
        '<row r="6"><c r="A6"><v>4</v></c></row>' +
        '</sheetData></worksheet>',
    );
  });

  it('keeps namespace prefixes', () => {
    expect(
      addCellReferences('<x:sheetData><x:row><x:c><x:v>1</x:v></x:c></x:row></x:sheetData>'),
    ).toBe('<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData>');
  });

  it('returns null when every row and cell has its reference (no rewrite)', () => {
    expect(
      addCellReferences('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'),
    ).toBeNull();
    expect(addCellReferences('<worksheet/>')).toBeNull();
  });

  it('does not take rich text runs (<r>) or inline strings for cells', () => {
    const xml =
      '<sheetData><row><c t="inlineStr"><is><r><rPr/><t>工业</t></r><r><t>产值</t></r></is></c><c><v>5</v></c></row></sheetData>';
    expect(addCellReferences(xml)).toBe(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><rPr/><t>工业</t></r><r><t>产值</t></r></is></c><c r="B1"><v>5</v></c></row></sheetData>',
    );
  });
});

describe('reading a package whose cells have no r attribute', () => {
  async function rLess(strip: RegExp[]): Promise<Uint8Array> {
    const bytes = await xlsxBytes((workbook) => {
      fillSheet(workbook.addWorksheet('甲镇'), [
        ['指标名称', '计量单位', '本期'],
        ['工业总产值', '万元', 100],
        [],
        ['销售收入', '万元', 80],
      ]);
    });
    return patchXlsxPart(bytes, 'xl/worksheets/sheet1.xml', (xml) =>
      strip.reduce(
        (text, pattern) => text.replace(pattern, (m) => m.replace(/ r="[^"]*"/, '')),
        xml,
      ),
    );
  }

  it.each([
    ['cells', [/<c r="[A-Z]+\d+"/g]],
    ['rows', [/<row r="\d+"/g]],
    ['rows and cells', [/<c r="[A-Z]+\d+"/g, /<row r="\d+"/g]],
  ])('reads %s without r by position', async (_, strip) => {
    const bytes = await rLess(strip);
    const grid = (await readWorkbook(bytes, '甲镇.xlsx')).sheets[0];
    // Without r, the empty row is gone from the file: the rows follow each other.
    const rowsWithout = strip.some((p) => p.source.startsWith('<row'));
    expect(grid?.rows).toEqual(
      rowsWithout
        ? [
            ['指标名称', '计量单位', '本期'],
            ['工业总产值', '万元', 100],
            ['销售收入', '万元', 80],
          ]
        : [
            ['指标名称', '计量单位', '本期'],
            ['工业总产值', '万元', 100],
            [],
            ['销售收入', '万元', 80],
          ],
    );
  });

  it('patches only packages that need it', async () => {
    const plain = await xlsxBytes((workbook) => {
      fillSheet(workbook.addWorksheet('甲镇'), [['指标名称', '本期']]);
    });
    expect(await addPackageCellReferences(plain)).toBeNull();
    expect(await addPackageCellReferences(await rLess([/<c r="[A-Z]+\d+"/g]))).not.toBeNull();
  });
});
