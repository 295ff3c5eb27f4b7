/** JSON columns: stored as text, parsed on read; a corrupt cell yields the fallback instead of a crash. */
export function parseJson<T>(raw: string | null | undefined, fallback: T): T {
  if (!raw) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}
