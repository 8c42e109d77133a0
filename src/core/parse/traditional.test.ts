import * as OpenCC from 'opencc-js';
import { changingCharacters } from '../../../scripts/lib/changing-characters';
import { CHANGING_CHARACTERS } from './changing-characters';
import { mayChange, toSimplified } from './traditional';

describe('toSimplified', () => {
  it('converts Traditional labels and keeps Simplified ones', () => {
    expect(toSimplified('規模以上工業產值')).toBe('规模以上工业产值');
    expect(toSimplified('指標名稱')).toBe('指标名称');
    expect(toSimplified('规模以上工业产值')).toBe('规模以上工业产值');
    expect(toSimplified('显著')).toBe('显著'); // 著 kept: valid Simplified
    expect(toSimplified('Sheet1')).toBe('Sheet1');
  });
});

describe('mayChange', () => {
  const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });

  it("reads the characters of the installed opencc-js's dictionaries", () => {
    // The list is generated; after an update of opencc-js, run `npm run characters`.
    expect(CHANGING_CHARACTERS).toBe(changingCharacters());
    expect([...CHANGING_CHARACTERS].length).toBeGreaterThan(4000);
  });

  it('is true for every character of the list and false for the one after it', () => {
    const listed = new Set(CHANGING_CHARACTERS);
    const missed: string[] = [];
    const wrong: string[] = [];
    for (const ch of listed) {
      if (!mayChange(`工业${ch}产值`)) missed.push(ch);
      // The next code point, when not listed: the bits are per character, not per byte.
      const next = String.fromCodePoint((ch.codePointAt(0) as number) + 1);
      if (!listed.has(next) && mayChange(next)) wrong.push(next);
    }
    expect(missed).toEqual([]);
    expect(wrong).toEqual([]);
    for (const ch of '规模产值业总') expect(listed.has(ch)).toBe(false);
  });

  it('is false for everyday Simplified report text', () => {
    for (const text of [
      '乡镇0001园区主要经济指标完成情况（2025年1-6月）',
      '填报单位：东城镇',
      '其中：规模以上工业产值',
      '比上年同期增长(%)',
    ]) {
      expect(mayChange(text)).toBe(false);
    }
  });

  it('is true for every CJK character the converter changes', () => {
    // Every character of the CJK Unified Ideographs block and its extension A: a character
    // the converter changes on its own must be caught, or the shortcut would skip it.
    const missed: string[] = [];
    for (let code = 0x3400; code <= 0x9fff; code++) {
      const ch = String.fromCodePoint(code);
      if (convert(ch) !== ch && !mayChange(ch)) missed.push(ch);
    }
    expect(missed).toEqual([]);
  });

  it('is true for every character outside the BMP the converter changes', () => {
    // Extensions B to F and the compatibility supplement: hundreds of them change (𠁞→𠀾),
    // and they are surrogate pairs in a string.
    const missed: string[] = [];
    let changed = 0;
    for (const [from, to] of [
      [0x20000, 0x2a6df],
      [0x2a700, 0x2ebef],
      [0x2f800, 0x2fa1f],
    ] as const) {
      for (let code = from; code <= to; code++) {
        const ch = String.fromCodePoint(code);
        if (convert(ch) === ch) continue;
        changed++;
        if (!mayChange(ch) || !mayChange(`工业${ch}`)) missed.push(ch);
      }
    }
    expect(changed).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  });

  it('reads a lone surrogate as a character of its own', () => {
    // A broken pair must not hide the character after it.
    expect(mayChange('\ud840規')).toBe(true);
    expect(mayChange('\ud840规')).toBe(false);
  });

  it('is true for every phrase of the converter that it changes', () => {
    const config = (
      OpenCC as unknown as {
        Locale: { configs: Record<string, { conversionChain: string[][] }> };
      }
    ).Locale.configs['tw2s'];
    const phrases = (config?.conversionChain ?? [])
      .flat()
      .flatMap((dictionary) => dictionary.split('|').map((entry) => entry.split(' ')[0] ?? ''));
    expect(phrases.length).toBeGreaterThan(1000);
    const missed = phrases.filter((phrase) => convert(phrase) !== phrase && !mayChange(phrase));
    expect(missed).toEqual([]);
  });

  it('leaves what it lets through as the converter would', () => {
    // Texts built from common report characters: where mayChange is false, the converter
    // must give the text back unchanged.
    const pool = [
      ...'工业总产值规模以上销售收入利润税收企业员工数乡镇园区同比增长上年本期目標產業',
    ];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 2 + (next() % 6) }, () => pool[next() % pool.length]).join(
        '',
      );
      if (!mayChange(text)) expect(convert(text)).toBe(text);
    }
  });
});
