import { inflateSync } from 'node:zlib';
import { crc32, encodePng, iconPixels } from '../../scripts/make-icons';

describe('make-icons', () => {
  it('computes the PNG CRC', () => {
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
  });

  it('encodes pixels that decode back unchanged', () => {
    const pixels = iconPixels(16);
    const png = encodePng(16, 16, pixels);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    const rows = Array.from({ length: 16 }, (_, y) => raw.subarray(y * 65 + 1, (y + 1) * 65));
    expect(Buffer.concat(rows).equals(Buffer.from(pixels))).toBe(true);
  });

  it('draws a transparent corner, blue body and white bars', () => {
    const size = 32;
    const pixels = iconPixels(size);
    const at = (x: number, y: number): number[] => [
      ...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4),
    ];
    expect(at(0, 0)[3]).toBe(0);
    expect(at(16, 2)).toEqual([0x10, 0x6e, 0xbe, 0xff]);
    expect(at(Math.round(size * 0.7), Math.round(size * 0.7))).toEqual([255, 255, 255, 255]);
  });
});
