/**
 * A function of a text, remembered by that text: stems of words, the tokens of provisions that come back for many
 * questions. Bounded by clearing when full, which costs nothing per call and suits caches whose working set is far
 * below the bound. Callers must not mutate what it returns.
 */
export function memoByText<T>(fn: (text: string) => T, max = 5_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      if (memo.size >= max) memo.clear();
      value = fn(text);
      memo.set(text, value);
    }
    return value;
  };
}
