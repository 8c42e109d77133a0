import { useEffect, useState } from 'react';

/**
 * The value, once it has not changed for `delayMs` (live previews that do not re-render
 * on every keystroke).
 *
 * @example const text = useDebouncedValue(templateText, 300);
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
