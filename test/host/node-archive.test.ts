/**
 * The command line's unzip (`openWithNodeZlib`) against JSZip's (`openWithJszip`): the same
 * names and texts, the same failures, and the zips it does not read itself handed to JSZip.
 * (Every fixture, example and corpus workbook is compared in fast-read-equivalence.test.ts.)
 */
import JSZip from 'jszip';
import { openWithJszip, type PackageArchive } from '../../src/host/xlsx/archive';
import { openWithNodeZlib, readZipDirectory } from '../../src/host/xlsx/node-archive';

const PARTS: Record<string, string> = {
  '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
  'xl/workbook.xml':
    '\uFEFF<?xml version="1.0" encoding="UTF-8"?><workbook>甲镇 &amp; 乙镇</workbook>',
  'xl/worksheets/sheet1.xml': `<worksheet>${'<row><c><v>1</v></c></row>'.repeat(500)}</worksheet>`,
  'docProps/core.xml': '',
};

async function zipOf(options: { comment?: string; store?: boolean } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.folder('xl/media');
  for (const [name, text] of Object.entries(PARTS)) zip.file(name, text);
  return zip.generateAsync({
    type: 'uint8array',
    compression: options.store === true ? 'STORE' : 'DEFLATE',
    ...(options.comment !== undefined ? { comment: options.comment } : {}),
  });
}

async function contents(archive: PackageArchive): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const name of [...archive.names].sort()) out[name] = await archive.text(name);
  out['(absent)'] = await archive.text('xl/sharedStrings.xml');
  return out;
}

/** The offset of the first central-directory entry (signature PK\1\2). */
function directoryAt(bytes: Uint8Array): number {
  for (let i = 0; i + 4 <= bytes.length; i++) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2)
      return i;
  }
  throw new Error('no central directory');
}

async function outcome(promise: Promise<unknown>): Promise<'ok' | 'rejected'> {
  try {
    await promise;
    return 'ok';
  } catch {
    return 'rejected';
  }
}

describe('openWithNodeZlib', () => {
  it.each([
    ['deflated', {}],
    ['stored', { store: true }],
    ['with an archive comment', { comment: '由乡镇统计站导出' }],
  ])(
    'gives JSZip’s names and texts (%s; BOM kept, folders and absent parts null)',
    async (_, options) => {
      const bytes = await zipOf(options);
      const mine = await contents(await openWithNodeZlib(bytes));
      expect(mine).toEqual(await contents(await openWithJszip(bytes)));
      expect(mine['xl/workbook.xml']?.startsWith('\uFEFF<?xml')).toBe(true);
      expect(mine['xl/media/']).toBeNull();
      expect(mine['(absent)']).toBeNull();
      expect(mine['xl/worksheets/sheet1.xml']).toBe(PARTS['xl/worksheets/sheet1.xml']);
    },
  );

  it('hands a zip with bytes before it (a self-extracting prefix) to JSZip, which reads it', async () => {
    const zip = await zipOf();
    const prefixed = new Uint8Array(zip.length + 64);
    prefixed.set(zip, 64);
    expect(readZipDirectory(prefixed)).toBeNull();
    expect(await contents(await openWithNodeZlib(prefixed))).toEqual(
      await contents(await openWithJszip(prefixed)),
    );
  });

  it('rejects an entry whose data is garbled or whose size is wrong, as JSZip does', async () => {
    const bytes = await zipOf();
    const garbled = bytes.slice();
    // The sheet's deflated data follows its local header and name.
    const at = new TextDecoder('latin1').decode(garbled).indexOf('xl/worksheets/sheet1.xml');
    for (let i = at + 30; i < at + 90; i++) garbled[i] = 0xff;
    const wrongSize = bytes.slice();
    const sizeAt = directoryAt(wrongSize);
    // Every entry's uncompressed size (offset 24 of a directory entry) made one larger.
    for (let i = sizeAt; i + 4 <= wrongSize.length; i++) {
      if (
        wrongSize[i] === 0x50 &&
        wrongSize[i + 1] === 0x4b &&
        wrongSize[i + 2] === 1 &&
        wrongSize[i + 3] === 2
      ) {
        wrongSize[i + 24] = (wrongSize[i + 24] ?? 0) + 1;
      }
    }
    for (const broken of [garbled, wrongSize]) {
      const part = 'xl/worksheets/sheet1.xml';
      const mine = readZipDirectory(broken) as PackageArchive;
      const theirs = await openWithJszip(broken);
      expect(await outcome(mine.text(part))).toBe('rejected');
      expect(await outcome(theirs.text(part))).toBe('rejected');
    }
  });

  it('leaves encrypted entries and cut-off files to JSZip, which refuses them', async () => {
    const bytes = await zipOf();
    const encrypted = bytes.slice();
    encrypted[directoryAt(encrypted) + 8] = 1; // general-purpose flag: encrypted
    const truncated = bytes.slice(0, Math.floor(bytes.length / 2));
    expect([readZipDirectory(encrypted), readZipDirectory(truncated)]).toEqual([null, null]);
    for (const broken of [encrypted, truncated]) {
      expect(await outcome(openWithNodeZlib(broken))).toBe(await outcome(openWithJszip(broken)));
    }
    expect(await outcome(openWithNodeZlib(truncated))).toBe('rejected');
  });
});
