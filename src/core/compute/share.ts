/**
 * A part's share of a whole, in percent (part ÷ whole × 100). Null when either is missing
 * or the whole is not positive.
 *
 * @example
 * share(111500, 135000) // 82.592…
 * share(5, 0) // null
 * share(null, 10) // null
 */
export function share(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null) return null;
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return null;
  const pct = (part * 100) / whole;
  return Number.isFinite(pct) ? pct : null;
}
