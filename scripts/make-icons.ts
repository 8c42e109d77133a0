/**
 * Writes the add-in's ribbon and manifest icons (assets/icon-16/32/64/80.png): a blue
 * rounded square with three white bars, drawn pixel by pixel and encoded as PNG with
 * node:zlib, so no image package is needed. Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgba = readonly [number, number, number, number];

const BLUE: Rgba = [0x10, 0x6e, 0xbe, 0xff];
const WHITE: Rgba = [0xff, 0xff, 0xff, 0xff];
const CLEAR: Rgba = [0, 0, 0, 0];

/**
 * The icon's pixels, row-major RGBA.
 *
 * @example
 * iconPixels(16).length // 1024
 */
export function iconPixels(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const radius = size / 6;
  const bars = [0.45, 0.7, 0.95].map((height, i) => ({
    x0: Math.round(size * (0.2 + i * 0.22)),
    x1: Math.round(size * (0.2 + i * 0.22) + size * 0.14),
    y0: Math.round(size * (0.82 - height * 0.62)),
  }));
  const bottom = Math.round(size * 0.82);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let color = insideRoundedSquare(x + 0.5, y + 0.5, size, radius) ? BLUE : CLEAR;
      if (bars.some((bar) => x >= bar.x0 && x < bar.x1 && y >= bar.y0 && y < bottom)) color = WHITE;
      pixels.set(color, (y * size + x) * 4);
    }
  }
  return pixels;
}

function insideRoundedSquare(x: number, y: number, size: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/**
 * Encodes RGBA pixels as a PNG file (colour type 6, 8 bits, no filtering).
 *
 * @example
 * encodePng(2, 2, new Uint8Array(16)).subarray(1, 4).toString() // "PNG"
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @example crc32(Buffer.from('IEND')) // 0xae426082 */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function main(): void {
  const dir = join(__dirname, '..', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, iconPixels(size)));
    process.stdout.write(`${file}\n`);
  }
}

if (require.main === module) main();
