/**
 * Completion of an annual target, in percent (current ÷ target × 100). Null when either is
 * missing or the target is not positive.
 *
 * @example
 * completion(185000, 400000) // 46.25
 * completion(10, 0) // null
 */
export function completion(current: number | null, target: number | null): number | null {
  if (current === null || target === null) return null;
  if (!Number.isFinite(current) || !Number.isFinite(target) || target <= 0) return null;
  const pct = (current * 100) / target;
  return Number.isFinite(pct) ? pct : null;
}
