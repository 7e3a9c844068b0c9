/**
 * A reading made once per object, however many readers ask for it: the prose, customer and event
 * passes all read the same sentence's sums and periods. Keyed on the object itself, so what is
 * kept goes with the release that made it; callers never change what they get back.
 */
export function memoOn<K extends object, T>(read: (key: K) => T): (key: K) => T {
  const memo = new WeakMap<K, T>();
  return (key) => {
    if (memo.has(key)) return memo.get(key)!;
    const value = read(key);
    memo.set(key, value);
    return value;
  };
}
