/** Levenshtein distance (insertions, deletions, substitutions): for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Whether `b` is `a` with one letter dropped, added or changed (Levenshtein distance exactly 1), or
 * with two neighbouring letters swapped. The same answer as `editDistance(a, b) === 1` or a swap, in
 * one pass with no allocation: the quote pass asks it of every long capitalised word against every
 * long title.
 */
export function oneEditOrSwap(a: string, b: string): boolean {
  if (a.length === b.length) {
    let first = -1;
    let second = -1;
    for (let k = 0; k < a.length; k += 1) {
      if (a.charCodeAt(k) === b.charCodeAt(k)) continue;
      if (first < 0) first = k;
      else if (second < 0 && k === first + 1) second = k;
      else return false;
    }
    if (first < 0) return false;
    if (second < 0) return true;
    return a.charCodeAt(first) === b.charCodeAt(second) && a.charCodeAt(second) === b.charCodeAt(first);
  }
  const long = a.length > b.length ? a : b;
  const short = long === a ? b : a;
  if (long.length - short.length !== 1) return false;
  let k = 0;
  while (k < short.length && long.charCodeAt(k) === short.charCodeAt(k)) k += 1;
  for (; k < short.length; k += 1) if (long.charCodeAt(k + 1) !== short.charCodeAt(k)) return false;
  return true;
}
