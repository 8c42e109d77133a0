import { inflateRawSync } from 'node:zlib';
import { openWithJszip, type ArchiveOpener, type PackageArchive } from './archive';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;
const STORED = 0;
const DEFLATED = 8;
/** General-purpose flag bit 0: the entry is encrypted. */
const ENCRYPTED = 1;

interface Entry {
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

/**
 * Opens a package with Node's own inflater (zlib): its central directory is read at once,
 * each part is inflated only when asked for. An unusual archive (zip64, encrypted entries,
 * another compression, a directory that does not add up) is left to JSZip
 * (`openWithJszip`), so what opens and what fails is JSZip's decision as before. Node only.
 *
 * @example
 * const archive = await openWithNodeZlib(await readFile('甲镇.xlsx'));
 * archive.names // ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", …]
 */
export const openWithNodeZlib: ArchiveOpener = async (bytes) =>
  readZipDirectory(bytes) ?? openWithJszip(bytes);

/**
 * The archive from its central directory, or null when it is not a plain zip (then
 * `openWithNodeZlib` asks JSZip).
 *
 * @example
 * readZipDirectory(xlsxBytes)?.names // ["[Content_Types].xml", …]
 */
export function readZipDirectory(bytes: Uint8Array): PackageArchive | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end === null) return null;
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  // 0xffff / 0xffffffff: a zip64 archive (its real figures are elsewhere).
  if (count === 0xffff || offset === 0xffffffff || offset + directorySize > end) return null;
  const decoder = new TextDecoder('utf-8');
  const entries = new Map<string, Entry>();
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const entry: Entry = {
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localHeader: view.getUint32(offset + 42, true),
    };
    if ((entry.flags & ENCRYPTED) !== 0) return null;
    if (entry.method !== STORED && entry.method !== DEFLATED) return null;
    if (entry.compressedSize === 0xffffffff || entry.localHeader === 0xffffffff) return null;
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    // A name twice: JSZip keeps the last; so do we.
    if (!entries.has(name)) names.push(name);
    entries.set(name, entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  // JSZip keeps a BOM in the text; so do we.
  const text = new TextDecoder('utf-8', { ignoreBOM: true });
  return {
    names,
    text: (name) => {
      const entry = entries.get(name);
      if (entry === undefined || name.endsWith('/')) return Promise.resolve(null);
      try {
        return Promise.resolve(text.decode(entryBytes(bytes, view, entry)));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}

/** The end-of-central-directory record's offset, searched backwards past a comment. */
function findEndOfDirectory(view: DataView): number | null {
  const stop = Math.max(0, view.byteLength - END_SEARCH);
  for (let at = view.byteLength - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return null;
}

/** An entry's bytes, inflated; throws when its local header or data are broken. */
function entryBytes(bytes: Uint8Array, view: DataView, entry: Entry): Uint8Array {
  const at = entry.localHeader;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw new Error('zip: bad local header');
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new Error('zip: entry past the end');
  const inflated =
    entry.method === STORED
      ? data
      : inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  // JSZip refuses an entry whose size is not the one its directory gives; so do we.
  if (inflated.length !== entry.size) throw new Error('zip: size mismatch');
  return inflated;
}
