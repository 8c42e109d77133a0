import { existsSync } from 'node:fs';

/** The environment variable naming a CJK font file to draw chart labels with. */
export const CJK_FONT_VARIABLE = 'PARK_STATS_CJK_FONT';

/**
 * CJK fonts looked for, in order: Linux (文泉驿微米黑 as installed by .ci/run, Noto Sans CJK,
 * 思源黑体), Windows (微软雅黑, 黑体), macOS (苹方, 华文黑体).
 */
export const KNOWN_CJK_FONTS: readonly string[] = [
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/source-han-sans/SourceHanSansSC-Regular.otf',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\simhei.ttf',
  '/System/Library/Fonts/PingFang.ttc',
  '/System/Library/Fonts/STHeiti Medium.ttc',
  '/Library/Fonts/Arial Unicode.ttf',
];

/**
 * The CJK font file to draw chart labels with: the one `PARK_STATS_CJK_FONT` names when it
 * exists, else the first of `candidates` installed. Null when there is none.
 *
 * @example
 * findCjkFont() // "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc" on Debian with fonts-wqy-microhei
 */
export function findCjkFont(
  candidates: readonly string[] = KNOWN_CJK_FONTS,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  const named = env[CJK_FONT_VARIABLE]?.trim();
  const ordered = named ? [named, ...candidates] : candidates;
  return ordered.find((file) => existsSync(file)) ?? null;
}
