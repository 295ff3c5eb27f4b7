/**
 * A function of a text, remembered by that text. The hits an answer is judged against are corpus provisions that
 * come back for many different questions, and tokenizing their texts was the costly part of judging them. Bounded by
 * clearing when full (the corpus has a few thousand provisions). Callers must not mutate what it returns.
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
