/** localStorage / sessionStorage that never throws: with storage disabled the console still works, it just forgets. */

export function storageGet(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

export function storageSet(storage: () => Storage, key: string, value: string): void {
  try {
    storage().setItem(key, value);
  } catch {
    // ignored, as above
  }
}

/** A JSON value from storage, or `fallback` when absent or unreadable. */
export function storageJson<T>(storage: () => Storage, key: string, fallback: T): T {
  const raw = storageGet(storage, key);
  if (raw === null) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}
