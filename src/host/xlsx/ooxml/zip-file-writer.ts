import { closeSync, openSync, writeSync } from 'node:fs';
import * as zlib from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** General-purpose flags: bit 3, sizes in a descriptor after the data; bit 11, UTF-8 names. */
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** Version 2.0: deflate. */
const VERSION = 20;
/** Text compressed at a time: an entry up to this size is deflated at once. */
const CHUNK_CHARS = 1 << 18;

interface WrittenEntry {
  readonly name: Buffer;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

/**
 * Writes a zip file (an .xlsx package) entry by entry to disk, synchronously: text entries
 * are deflated as their pieces come, a chunk at a time, each chunk compressed on its own
 * and ended on a byte boundary (a sync flush), the last one finished,
 * so a worksheet never has to exist whole, in text or compressed, and nothing waits on
 * the thread pool (the chart pictures are drawn there meanwhile). Binary entries (PNG
 * pictures, compressed already) are stored. No zip64: a package stays far below 4 GB.
 * Node only.
 *
 * @example
 * const zip = new ZipFileWriter('out.xlsx.partial');
 * zip.addText('xl/workbook.xml', [xml]);
 * zip.addStored('xl/media/image1.png', png);
 * zip.close();
 */
export class ZipFileWriter {
  private fd: number | null;
  private readonly entries: WrittenEntry[] = [];
  private offset = 0;
  private readonly time = dosTime(new Date());

  constructor(
    path: string,
    private readonly level = 6,
  ) {
    this.fd = openSync(path, 'w');
  }

  /**
   * A text entry (UTF-8). One that fits a chunk (most parts) is deflated at once, with its
   * sizes in its header; a larger one chunk by chunk, its sizes in a descriptor after it.
   */
  addText(name: string, pieces: Iterable<string>): void {
    const nameBytes = Buffer.from(name, 'utf8');
    const offset = this.offset;
    let pending = '';
    let streaming = false;
    let crc = 0;
    let size = 0;
    let compressedSize = 0;
    const flush = (final: boolean) => {
      const bytes = Buffer.from(pending, 'utf8');
      pending = '';
      crc = crc32(bytes, crc);
      size += bytes.length;
      const compressed = zlib.deflateRawSync(bytes, {
        level: this.level,
        finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
      });
      compressedSize += compressed.length;
      this.write(compressed);
    };
    for (const piece of pieces) {
      pending += piece;
      if (pending.length < CHUNK_CHARS) continue;
      if (!streaming) {
        this.write(localHeader(nameBytes, FLAG_DESCRIPTOR | FLAG_UTF8, this.time, 0, 0, 0));
        streaming = true;
      }
      flush(false);
    }
    if (!streaming) {
      // Small: the sizes are known before the header is written.
      const bytes = Buffer.from(pending, 'utf8');
      const compressed = zlib.deflateRawSync(bytes, { level: this.level });
      crc = crc32(bytes, 0);
      this.write(
        localHeader(nameBytes, FLAG_UTF8, this.time, crc, compressed.length, bytes.length),
      );
      this.write(compressed);
      this.entries.push({
        name: nameBytes,
        flags: FLAG_UTF8,
        method: DEFLATED,
        crc,
        compressedSize: compressed.length,
        size: bytes.length,
        offset,
      });
      return;
    }
    flush(true);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(DATA_DESCRIPTOR, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressedSize, 8);
    descriptor.writeUInt32LE(size, 12);
    this.write(descriptor);
    const flags = FLAG_DESCRIPTOR | FLAG_UTF8;
    this.entries.push({
      name: nameBytes,
      flags,
      method: DEFLATED,
      crc,
      compressedSize,
      size,
      offset,
    });
  }

  /** A binary entry stored as it is (a PNG picture: compressing it again gains nothing). */
  addStored(name: string, bytes: Uint8Array): void {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(bytes, 0);
    const offset = this.offset;
    const header = localHeader(
      nameBytes,
      FLAG_UTF8,
      this.time,
      crc,
      bytes.length,
      bytes.length,
      STORED,
    );
    this.write(header);
    this.write(bytes);
    this.entries.push({
      name: nameBytes,
      flags: FLAG_UTF8,
      method: STORED,
      crc,
      compressedSize: bytes.length,
      size: bytes.length,
      offset,
    });
  }

  /** Writes the central directory and closes the file. */
  close(): void {
    const start = this.offset;
    for (const entry of this.entries) this.write(directoryEntry(entry, this.time));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_DIRECTORY, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
    this.closeFile();
  }

  /** Closes the file after a failure (the caller removes it). */
  abort(): void {
    this.closeFile();
  }

  private closeFile(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    closeSync(fd);
  }

  private write(bytes: Uint8Array): void {
    if (this.fd === null) throw new Error('zip: the file is closed');
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
    this.offset += bytes.length;
  }
}

function localHeader(
  name: Buffer,
  flags: number,
  time: { time: number; date: number },
  crc: number,
  compressedSize: number,
  size: number,
  method: number = DEFLATED,
): Buffer {
  const header = Buffer.alloc(30 + name.length);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(flags, 6);
  header.writeUInt16LE(method, 8);
  header.writeUInt16LE(time.time, 10);
  header.writeUInt16LE(time.date, 12);
  header.writeUInt32LE(crc >>> 0, 14);
  header.writeUInt32LE(compressedSize, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(0, 28);
  name.copy(header, 30);
  return header;
}

function directoryEntry(entry: WrittenEntry, time: { time: number; date: number }): Buffer {
  const record = Buffer.alloc(46 + entry.name.length);
  record.writeUInt32LE(DIRECTORY_ENTRY, 0);
  record.writeUInt16LE(VERSION, 4);
  record.writeUInt16LE(VERSION, 6);
  record.writeUInt16LE(entry.flags, 8);
  record.writeUInt16LE(entry.method, 10);
  record.writeUInt16LE(time.time, 12);
  record.writeUInt16LE(time.date, 14);
  record.writeUInt32LE(entry.crc >>> 0, 16);
  record.writeUInt32LE(entry.compressedSize, 20);
  record.writeUInt32LE(entry.size, 24);
  record.writeUInt16LE(entry.name.length, 28);
  // Extra field, comment, disk number, internal and external attributes: none.
  record.writeUInt32LE(entry.offset, 42);
  entry.name.copy(record, 46);
  return record;
}

/** A date as MS-DOS time and date fields (local time, two-second steps, from 1980). */
function dosTime(now: Date): { time: number; date: number } {
  const year = Math.max(now.getFullYear(), 1980);
  return {
    time: (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

/** CRC-32 of `bytes` continuing from `previous`: zlib's (Node 20.15+), else a table. */
function crc32(bytes: Uint8Array, previous: number): number {
  const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  if (native !== undefined) return native(bytes, previous);
  let crc = ~previous >>> 0;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return ~crc >>> 0;
}

const CRC_TABLE: readonly number[] = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
