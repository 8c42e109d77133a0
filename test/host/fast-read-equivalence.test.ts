/**
 * The fast reader (`fastReadWorkbook`) against exceljs (`readWorkbookWithExceljs`): every
 * .xlsx the tests know (fixtures, examples, the corpus, the bad packages) and hand-made
 * packages with the odd parts of OOXML are read both ways; whenever the fast reader gives
 * grids they must equal exceljs's deeply, and it must give them for every fixture and example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkbookGrids } from '../../src/core/grid';
import { fastReadOrReason } from '../../src/host/xlsx/fast-read-workbook';
import { readWorkbookWithExceljs } from '../../src/host/xlsx/read-workbook';
import { openWithNodeZlib, readZipDirectory } from '../../src/host/xlsx/node-archive';
import { checkPackage } from '../../src/host/xlsx/package-check';
import { minimalParts, zipWith } from '../corpus/build';
import { bytesOf, loadCases } from '../corpus/load-cases';
import {
  garbledWorkbook,
  plainZip,
  townshipWorkbook,
  truncatedWorkbook,
  withoutPart,
  wordDocument,
} from './bad-packages';

const ROOT = join(__dirname, '..', '..');

function xlsxIn(dir: string): [string, Uint8Array][] {
  return readdirSync(dir)
    .filter((name) => /\.xlsx$/i.test(name))
    .sort()
    .map((name) => [name, new Uint8Array(readFileSync(join(dir, name)))]);
}

const STYLES =
  '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0.0&quot;%&quot;"/></numFmts>' +
  '<cellXfs count="7"><xf numFmtId="0" fontId="0"/><xf numFmtId="164"/><xf numFmtId="9"/>' +
  '<xf numFmtId="0"><alignment indent="2"/></xf><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="3"><alignment horizontal="left"/></xf></cellXfs>' +
  '</styleSheet>';

/** A one-sheet package with the given sheetData, styles and shared strings. */
function made(sheetData: string, extra: Record<string, string> = {}): () => Promise<Uint8Array> {
  return zipWith({ ...minimalParts('甲镇', sheetData), 'xl/styles.xml': STYLES, ...extra });
}

function sharedStrings(items: string): Record<string, string> {
  return {
    'xl/sharedStrings.xml': `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items}</sst>`,
  };
}

const HAND_MADE: Record<string, () => Promise<Uint8Array>> = {
  values: made(
    '<row r="1"><c r="A1" t="inlineStr"><is><t>指标 &amp; 名称</t></is></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="str"><v>文本</v></c></row>' +
      '<row r="3"><c r="A3" s="3" t="inlineStr"><is><t xml:space="preserve"> 其中：工业</t></is></c><c r="B3" s="1"><v>0.125</v></c><c r="C3" s="2"><v>1</v></c><c r="D3" s="5"><v>3</v></c><c r="E3" s="6"><v>1e3</v></c><c r="F3" s="3"/></row>',
  ),
  formulas: made(
    '<row r="1"><c r="A1"><f>B1+1</f></c><c r="B1"><f>1/0</f><v>NaN</v></c><c r="C1"><f t="shared" ref="C1:C2" si="0">A1</f><v>4</v></c>' +
      '<c r="D1" t="str"><f>"a"</f><v>a</v></c><c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F1" t="b"><f>TRUE</f><v>0</v></c><c r="G1"><v>1e400</v></c><c r="H1"><v>INF</v></c><c r="I1"><f>A1-A1</f><v>0</v></c></row>' +
      '<row r="2"><c r="C2"><f t="shared" si="0"/><v>5</v></c><c r="D2"><f t="shared" si="0"/></c></row>',
  ),
  'without r': made(
    '<row><c t="inlineStr"><is><t>指标名称</t></is></c><c t="inlineStr"><is><t>本期</t></is></c></row>' +
      '<row><c t="inlineStr"><is><t>工业</t></is></c><c><v>12</v></c><c><f>B2</f></c></row><row/><row><c><v>1</v></c></row>',
  ),
  'cells without r in rows with r': made(
    '<row r="2"><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="B4"><v>3</v></c><c><v>4</v></c></row>',
  ),
  merges: made('', {
    'xl/worksheets/sheet1.xml':
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" t="inlineStr"><is><t>被合并</t></is></c><c r="C1"><f>1</f></c></row>' +
      '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c><c r="C3"><v>4</v></c></row></sheetData>' +
      '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B3:B2"/></mergeCells></worksheet>',
  }),
  'two sheetData': made('<row r="1"><c r="A1"><v>1</v></c></row></sheetData><sheetData>'),
  'shared strings': made(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
    sharedStrings(
      '<si><t>工业总产值</t></si><si><r><rPr><b/></rPr><t>其中：</t></r><r><t>规上</t></r></si>' +
        '<si><t>产值</t><rPh sb="0" eb="2"><t>チャン</t></rPh></si><si><t>A_x000D_B&#20013;</t></si>',
    ),
  ),
  'a date': made('<row r="1"><c r="A1" s="4"><v>45000</v></c></row>'),
  'an unused date style': made(
    '<row r="1"><c r="A1" s="4" t="inlineStr"><is><t>日期</t></is></c></row>',
  ),
  'hidden sheets and a marker': zipWith({
    ...minimalParts('甲镇', '<row r="1"><c r="A1"><v>1</v></c></row>'),
    'xl/workbook.xml':
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="乙" sheetId="2" state="hidden" r:id="rId2"/><sheet name="甲镇" sheetId="1" r:id="rId1"/><sheet name="丙" sheetId="3" state="veryHidden" r:id="rId3"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/></Relationships>',
    'xl/worksheets/sheet2.xml':
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="B2"><v>2</v></c></row></sheetData></worksheet>',
    'xl/worksheets/sheet3.xml':
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
    'docProps/core.xml':
      '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      '<dc:description>park-stats-result:{&quot;area&quot;:&quot;全县&quot;,&quot;period&quot;:null,&quot;sources&quot;:[&quot;ab&quot;]}</dc:description></cp:coreProperties>',
  }),
};

async function collect(): Promise<[string, Uint8Array][]> {
  const files: [string, Uint8Array][] = [
    ...xlsxIn(join(ROOT, 'test', 'fixtures')),
    ...xlsxIn(join(ROOT, 'examples')),
  ];
  for (const { corpusCase } of loadCases()) {
    for (const [path, content] of Object.entries(corpusCase.files)) {
      if (/\.xls[xm]$/i.test(path))
        files.push([`${corpusCase.name}/${path}`, await bytesOf(content)]);
    }
  }
  const bad: Record<string, () => Promise<Uint8Array>> = {
    township: townshipWorkbook,
    truncated: truncatedWorkbook,
    garbled: garbledWorkbook,
    word: wordDocument,
    'plain zip': plainZip,
    'without shared strings': () => withoutPart('xl/sharedStrings.xml'),
    'without styles': () => withoutPart('xl/styles.xml'),
    'without its sheet': () => withoutPart('xl/worksheets/sheet1.xml'),
    ...HAND_MADE,
  };
  for (const [name, make] of Object.entries(bad)) files.push([name, await make()]);
  return files;
}

async function exceljsOrError(bytes: Uint8Array, name: string): Promise<WorkbookGrids | 'error'> {
  try {
    return await readWorkbookWithExceljs(bytes, name);
  } catch {
    return 'error';
  }
}

describe('fastReadWorkbook gives exactly the grids of exceljs', () => {
  let files: [string, Uint8Array][] = [];
  const declined = new Map<string, string>();

  beforeAll(async () => {
    files = await collect();
  }, 60_000);

  it('for every workbook it reads (and declines the rest)', async () => {
    expect(files.length).toBeGreaterThan(40);
    for (const [name, bytes] of files) {
      const fast = await fastReadOrReason(bytes, name);
      if (typeof fast === 'string') {
        declined.set(name, fast);
        continue;
      }
      const slow = await exceljsOrError(bytes, name);
      expect({ name, grids: fast }).toEqual({ name, grids: slow });
    }
  }, 60_000);

  it('reads every fixture, example and plain hand-made package itself', () => {
    const mustRead = [
      ...xlsxIn(join(ROOT, 'test', 'fixtures')).map(([name]) => name),
      ...xlsxIn(join(ROOT, 'examples')).map(([name]) => name),
      'township',
      'values',
      'formulas',
      'without r',
      'merges',
      'shared strings',
      'an unused date style',
      'hidden sheets and a marker',
    ];
    expect(mustRead.filter((name) => declined.has(name))).toEqual([]);
    // Dates are left to exceljs, and so are packages it cannot read.
    expect(declined.get('a date')).toBe('date');
    expect(declined.has('truncated') && declined.has('word')).toBe(true);
  });

  it("unzips with Node's zlib to the same grids, reasons and package problems as with JSZip", async () => {
    for (const [name, bytes] of files) {
      const [withJszip, withZlib] = [
        await fastReadOrReason(bytes, name),
        await fastReadOrReason(bytes, name, openWithNodeZlib),
      ];
      // An unreadable package's reason quotes the opener's own error.
      if (typeof withJszip === 'string' && withJszip.startsWith('unreadable')) {
        expect({ name, withZlib: String(withZlib).slice(0, 10) }).toEqual({
          name,
          withZlib: 'unreadable',
        });
      } else {
        expect({ name, grids: withZlib }).toEqual({ name, grids: withJszip });
      }
      expect({ name, problem: await checkPackage(bytes, openWithNodeZlib) }).toEqual({
        name,
        problem: await checkPackage(bytes),
      });
    }
    // Real workbooks are unzipped by zlib itself, not handed on to JSZip.
    const real = [...xlsxIn(join(ROOT, 'test', 'fixtures')), ...xlsxIn(join(ROOT, 'examples'))];
    expect(real.filter(([, bytes]) => readZipDirectory(bytes) === null)).toEqual([]);
  }, 60_000);
});
