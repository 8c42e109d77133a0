/**
 * The group word: what the units of a consolidation are called (乡镇, 园区, 街道…), as in
 * 在3个园区中位列第1位 and 从各园区看.
 */

/** A group word and the endings of the names it covers (东城镇, 西山乡 -> 乡镇). */
interface GroupWordRule {
  readonly word: string;
  readonly endings: readonly string[];
}

// Longest endings first within a rule; the rules are tried in order.
const RULES: readonly GroupWordRule[] = [
  { word: '园区', endings: ['园区', '开发区', '产业园', '工业园'] },
  { word: '街道', endings: ['街道', '街道办事处', '办事处'] },
  { word: '社区', endings: ['社区'] },
  { word: '企业', endings: ['公司', '企业', '厂'] },
  { word: '乡镇', endings: ['镇', '乡'] },
];

/**
 * The group word the units' names agree on: all end with 园区 -> 园区, with 街道 -> 街道, with
 * 镇 or 乡 (mixed or not) -> 乡镇, and so on; `fallback` when they do not agree or there are
 * none.
 *
 * @example
 * inferUnitWord(['一号园区', '二号园区'], '乡镇') // "园区"
 * inferUnitWord(['东城镇', '西山乡'], '乡镇') // "乡镇"
 * inferUnitWord(['东城镇', '一号园区'], '乡镇') // "乡镇" (the fallback)
 */
export function inferUnitWord(names: readonly string[], fallback: string): string {
  const trimmed = names.map((n) => n.trim()).filter((n) => n !== '');
  if (trimmed.length === 0) return fallback;
  const rule = RULES.find((r) => trimmed.every((n) => r.endings.some((e) => n.endsWith(e))));
  return rule?.word ?? fallback;
}
