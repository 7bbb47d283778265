/** The value stored under `key`, created with `make` on first use. */
export function getOrCreate<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** "A", "A and B", "A, B and C": a list as a sentence says it. */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * Sorts `items` in place with `compare`, in exactly the order `Array.prototype.sort` gives (V8's
 * TimSort: for fewer than 64 items one run, made ascending, then binary insertion), without the
 * copy of the array it makes per call: candidates sort a few items many times per question.
 * Longer arrays are left to `Array.prototype.sort`.
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  const n = items.length;
  if (n >= 64) return items.sort(compare);
  if (n < 2) return items;
  // The leading run: ascending (each not before the one before it), or strictly descending, reversed.
  let run = 2;
  if (order(compare, items[1]!, items[0]!) < 0) {
    while (run < n && order(compare, items[run]!, items[run - 1]!) < 0) run++;
    for (let lo = 0, hi = run - 1; lo < hi; lo++, hi--) {
      const t = items[lo]!;
      items[lo] = items[hi]!;
      items[hi] = t;
    }
  } else {
    while (run < n && order(compare, items[run]!, items[run - 1]!) >= 0) run++;
  }
  for (let start = run; start < n; start++) {
    const pivot = items[start]!;
    let left = 0;
    let right = start;
    while (left < right) {
      const mid = left + ((right - left) >> 1);
      if (order(compare, pivot, items[mid]!) < 0) right = mid;
      else left = mid + 1;
    }
    for (let p = start; p > left; p--) items[p] = items[p - 1]!;
    items[left] = pivot;
  }
  return items;
}

/** A comparison as V8's sort reads it: NaN is a tie. */
function order<T>(compare: (a: T, b: T) => number, a: T, b: T): number {
  const value = compare(a, b);
  return Number.isNaN(value) ? 0 : value;
}
