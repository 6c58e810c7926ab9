/**
 * Copies: archives tell one story many times (wire copy picked up by several outlets, updates of a
 * story, the same file twice). Found once, at index time, from two things the build pass records:
 *
 * - each sentence's hash: FNV-1a of its words lower-cased, punctuation and spacing left out, so
 *   `Oil rose, traders said.` and `oil rose traders said` are one sentence;
 * - each article's sketch: the SKETCH smallest hashes of its 3-word shingles (a bottom-k MinHash),
 *   from which the share of shingles two articles have in common (their resemblance) is estimated.
 *
 * From them, after every build and merge (like the document statistics): the sentences whose hash
 * is repeated, sorted by hash (the other places a hit is said), each article's exact copy (the same
 * body once normalised; the headline may differ) and its near copy (resemblance NEAR_COPY or more:
 * an update, a copy with a paragraph added). Searching uses the repeats; /sources and the load
 * report the copies.
 */

/** Hashes kept per article: the estimate's error is about 1/sqrt(SKETCH) (0.18 at 32). */
export const SKETCH = 32;
/** Pads a sketch of an article with fewer shingles than SKETCH. */
export const SKETCH_EMPTY = 0xffffffff;
/** Estimated resemblance from which two articles are near copies (an update, a copy with edits). */
export const NEAR_COPY = 0.5;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of `text` continuing from `hash`, as a signed 32-bit integer. */
export function fnv(text: string, hash = FNV_OFFSET): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h | 0;
}

/** Murmur3's finaliser: spreads a combination of hashes over all 32 bits (unsigned). */
function mix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The hash of a sentence from its words' hashes, in order; FNV of the empty string for none. */
export class SentenceHasher {
  private h = FNV_OFFSET;
  word(wordHash: number): void {
    this.h = Math.imul(this.h ^ wordHash, FNV_PRIME);
  }
  done(): number {
    const h = mix(this.h) | 0;
    this.h = FNV_OFFSET;
    return h;
  }
}

/** The bottom-SKETCH hashes of an article's 3-word shingles, fed one word hash at a time. */
export class ArticleSketch {
  private readonly kept: number[] = [];
  private w1 = 0;
  private w2 = 0;
  private words = 0;
  word(wordHash: number): void {
    this.words += 1;
    if (this.words >= 3) this.add(mix(Math.imul(Math.imul(this.w1, 31) ^ this.w2, 31) ^ wordHash));
    this.w1 = this.w2;
    this.w2 = wordHash;
  }
  private add(value: number): void {
    const kept = this.kept;
    if (kept.length === SKETCH && value >= kept[SKETCH - 1]!) return;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (kept[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (kept[lo] === value) return;
    kept.splice(lo, 0, value);
    if (kept.length > SKETCH) kept.pop();
  }
  /** Writes the sketch (ascending, padded with SKETCH_EMPTY) and starts the next article. */
  flushInto(push: (value: number) => void): void {
    for (let k = 0; k < SKETCH; k += 1) push(k < this.kept.length ? this.kept[k]! : SKETCH_EMPTY);
    this.kept.length = 0;
    this.words = 0;
  }
}

/** Estimated share of shingles two sketches' articles have in common, 0..1 (0 when either has none). */
export function resemblance(sketch: Uint32Array, a: number, b: number): number {
  let i = a * SKETCH;
  let j = b * SKETCH;
  const iEnd = i + SKETCH;
  const jEnd = j + SKETCH;
  let union = 0;
  let both = 0;
  // The SKETCH smallest of the union, and how many of them both sketches hold.
  while (union < SKETCH && i < iEnd && j < jEnd) {
    const x = sketch[i]!;
    const y = sketch[j]!;
    if (x === SKETCH_EMPTY && y === SKETCH_EMPTY) break;
    union += 1;
    if (x === y) {
      both += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return union === 0 ? 0 : both / union;
}

export interface ArticleCopies {
  /** Sentence ids whose hash another sentence of this index shares, ordered by hash then id. */
  readonly repeats: Int32Array;
  /** Per article: the first article with the same body once normalised, or itself. */
  readonly copyOf: Int32Array;
  /** Per article: the first article of its group of near copies (resemblance NEAR_COPY or more, chained), or itself. */
  readonly nearOf: Int32Array;
}

/** What copies are found from: the sentence index's own arrays. */
export interface CopiesCore {
  readonly sentenceCount: number;
  readonly documentCount: number;
  readonly docFirst: Int32Array;
  readonly sentenceHash: Int32Array;
  readonly docSketch: Uint32Array;
}

/** A shingle hash in more sketches than this is boilerplate ("said in a statement"), not a sign of a copy. */
const COMMON = 16;

export function findCopies(core: CopiesCore): ArticleCopies {
  const { sentenceCount, documentCount, docFirst, sentenceHash, docSketch } = core;

  // Repeated sentences: sort the hashes once, keep those seen twice.
  const sorted = Int32Array.from(sentenceHash).sort();
  const repeated = new Set<number>();
  for (let i = 1; i < sorted.length; i += 1) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]!);
  const repeatIds: number[] = [];
  if (repeated.size > 0)
    for (let id = 0; id < sentenceCount; id += 1) if (repeated.has(sentenceHash[id]!)) repeatIds.push(id);
  repeatIds.sort((a, b) => sentenceHash[a]! - sentenceHash[b]! || a - b);

  // Exact copies: the same sequence of sentence hashes (grouped by a hash of it, then compared).
  const copyOf = new Int32Array(documentCount);
  const byBody = new Map<number, number[]>();
  for (let d = 0; d < documentCount; d += 1) {
    copyOf[d] = d;
    const from = docFirst[d]!;
    const to = docFirst[d + 1]!;
    if (to === from) continue;
    let h = FNV_OFFSET;
    for (let id = from; id < to; id += 1) h = Math.imul(h ^ sentenceHash[id]!, FNV_PRIME);
    const same = byBody.get(h);
    const original = same?.find((e) => sameBody(core, e, d));
    if (original !== undefined) copyOf[d] = original;
    else if (same === undefined) byBody.set(h, [d]);
    else same.push(d);
  }

  // Near copies: articles sharing two or more sketch hashes are compared; groups chain (union-find).
  const nearOf = new Int32Array(documentCount);
  for (let d = 0; d < documentCount; d += 1) nearOf[d] = d;
  const root = (d: number): number => {
    let r = d;
    while (nearOf[r] !== r) r = nearOf[r]!;
    nearOf[d] = r;
    return r;
  };
  // Every (hash, article) of the sketches in one sorted array (hash × 2^21 + article: exact in a
  // double below 2^21 articles), so equal hashes stand together without a map of lists.
  const keys = documentCount < 2 ** 21 ? new Float64Array(docSketch.length) : new Float64Array(0);
  let n = 0;
  for (let k = 0; k < keys.length; k += 1) {
    if (docSketch[k] !== SKETCH_EMPTY) keys[n++] = docSketch[k]! * 2 ** 21 + Math.floor(k / SKETCH);
  }
  const sortedKeys = keys.subarray(0, n).sort();
  const shared = new Map<number, number>();
  for (let from = 0; from < n; ) {
    const value = Math.floor(sortedKeys[from]! / 2 ** 21);
    let to = from + 1;
    while (to < n && Math.floor(sortedKeys[to]! / 2 ** 21) === value) to += 1;
    if (to - from >= 2 && to - from <= COMMON) {
      for (let i = from; i < to; i += 1)
        for (let j = i + 1; j < to; j += 1) {
          const pair = (sortedKeys[i]! % 2 ** 21) * documentCount + (sortedKeys[j]! % 2 ** 21);
          shared.set(pair, (shared.get(pair) ?? 0) + 1);
        }
    }
    from = to;
  }
  const pairs = [...shared].filter(([, n]) => n >= 2).map(([pair]) => pair);
  pairs.sort((a, b) => a - b);
  for (const pair of pairs) {
    const a = Math.floor(pair / documentCount);
    const b = pair % documentCount;
    if (resemblance(docSketch, a, b) < NEAR_COPY) continue;
    const ra = root(a);
    const rb = root(b);
    // The group is named by its first article.
    if (ra < rb) nearOf[rb] = ra;
    else if (rb < ra) nearOf[ra] = rb;
  }
  for (let d = 0; d < documentCount; d += 1) nearOf[d] = root(d);
  return { repeats: Int32Array.from(repeatIds), copyOf, nearOf };
}

function sameBody(core: CopiesCore, a: number, b: number): boolean {
  const { docFirst, sentenceHash } = core;
  const length = docFirst[a + 1]! - docFirst[a]!;
  if (docFirst[b + 1]! - docFirst[b]! !== length) return false;
  for (let k = 0; k < length; k += 1)
    if (sentenceHash[docFirst[a]! + k] !== sentenceHash[docFirst[b]! + k]) return false;
  return true;
}

/** The ids of this index's sentences with `hash`, ascending. */
export function sentencesWithHash(
  index: { readonly sentenceHash: Int32Array; readonly copies: ArticleCopies },
  hash: number,
  other: boolean,
): number[] {
  if (other) {
    // Searched from another index: that hash may be said once here, so every sentence is looked at.
    const found: number[] = [];
    const hashes = index.sentenceHash;
    for (let id = 0; id < hashes.length; id += 1) if (hashes[id] === hash) found.push(id);
    return found;
  }
  // The repeats ordered by hash, bisected (no closure: made per call, as tsx names it, it cost more than the search).
  const { repeats } = index.copies;
  const hashes = index.sentenceHash;
  let lo = 0;
  let hi = repeats.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hashes[repeats[mid]!]! < hash) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let k = lo; k < repeats.length && hashes[repeats[k]!]! === hash; k += 1) found.push(repeats[k]!);
  return found;
}

/** What /sources and the load report say of an index's copies. */
export interface CopyReport<D> {
  /** Each article that is an exact copy of an earlier one (by id), with that one. */
  readonly exact: readonly { readonly copy: D; readonly of: D }[];
  /** Articles that are near copies of another (and not exact copies). */
  readonly near: number;
}

export function copyReport<D>(documents: readonly D[], copies: ArticleCopies): CopyReport<D> {
  const exact: { copy: D; of: D }[] = [];
  let near = 0;
  documents.forEach((copy, d) => {
    if (copies.copyOf[d] !== d) exact.push({ copy, of: documents[copies.copyOf[d]!]! });
    else if (copies.nearOf[d] !== d) near += 1;
  });
  return { exact, near };
}
