import type { SettingsResult } from '../../src/app/saved-settings';

/**
 * A fake of `Office.context.document.settings`: each instance is one runtime's copy in
 * memory (the task pane's, the ribbon's), over one document store that `saveAsync` writes
 * and `refreshAsync` reads, as Office keeps settings in the file. Values are copied through
 * JSON, as Office serialises them.
 */
export class FakeDocumentStore {
  saved: Record<string, unknown> = {};
  saves = 0;
  /** Makes the next saves fail with this message. */
  failSaves: string | null = null;
}

export class FakeSettings {
  private copy: Record<string, unknown>;

  constructor(readonly store: FakeDocumentStore = new FakeDocumentStore()) {
    this.copy = clone(store.saved);
  }

  get(name: string): unknown {
    return this.copy[name] ?? null;
  }

  set(name: string, value: unknown): void {
    this.copy[name] = clone(value);
  }

  saveAsync(callback?: (result: SettingsResult) => void): void {
    const failed = this.store.failSaves;
    if (failed === null) {
      this.store.saved = clone(this.copy);
      this.store.saves++;
    }
    queueMicrotask(() =>
      callback?.(
        failed === null
          ? { status: 'succeeded' }
          : { status: 'failed', error: { message: failed } },
      ),
    );
  }

  refreshAsync(callback?: (result: SettingsResult) => void): void {
    this.copy = clone(this.store.saved);
    queueMicrotask(() => callback?.({ status: 'succeeded' }));
  }
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? null)) as T;
}
