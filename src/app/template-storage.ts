import type { HostActions } from './host-actions';

/** The storage the standalone page keeps templates in (localStorage in a browser). */
export interface TemplateStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The localStorage key of the saved narrative templates. */
export const TEMPLATES_STORAGE_KEY = 'park-stats.templates';

/**
 * The page's localStorage, or null where there is none (a worker, Node) or it is disabled.
 *
 * @example defaultStorage()?.getItem(TEMPLATES_STORAGE_KEY)
 */
export function defaultStorage(): TemplateStorage | null {
  try {
    return (globalThis as { localStorage?: TemplateStorage }).localStorage ?? null;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return null;
  }
}

/**
 * The template actions of a host that keeps templates in a storage (the standalone page):
 * saving without a storage rejects.
 *
 * @example
 * const { loadTemplates } = storedTemplates(defaultStorage());
 * await loadTemplates() // the saved text, or null
 */
export function storedTemplates(
  storage: TemplateStorage | null,
): Pick<HostActions, 'loadTemplates' | 'saveTemplates'> {
  return {
    loadTemplates() {
      return Promise.resolve(storage?.getItem(TEMPLATES_STORAGE_KEY) ?? null);
    },
    saveTemplates(text: string) {
      if (storage === null) return Promise.reject(new Error('localStorage is not available'));
      storage.setItem(TEMPLATES_STORAGE_KEY, text);
      return Promise.resolve();
    },
  };
}
