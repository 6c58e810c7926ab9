/**
 * A quick "none of these" for term ids: a bit for each id modulo 32. A term whose bit is not set is
 * none of the ids, told without searching the list; most of a sentence's terms are not the
 * question's, so the ranking's per-term tests (proximity, diversify's weights) search the list for
 * the few whose bit is set instead of for every term.
 */
export function idSieve(ids: readonly number[]): number {
  let sieve = 0;
  for (let i = 0; i < ids.length; i += 1) sieve |= 1 << (ids[i]! & 31);
  return sieve;
}

/** Whether `id` may be one of the ids `sieve` was made from (false: certainly none of them). */
export function mayHold(sieve: number, id: number): boolean {
  return (sieve & (1 << (id & 31))) !== 0;
}
