/**
 * Stories, not copies: the best-ranked sentences, after ranking and before the page is cut.
 *
 * 1. Collapse: among the best `diversifyDepth` candidates, a sentence identical to a better one
 *    (the same hash once case, punctuation and spacing are left out) or near-identical (its words,
 *    stop words included, `nearSentence` Jaccard or more: a dateline added, a word changed) joins
 *    that one's hit instead of taking a place of its own. Further down the list, identical ones go
 *    too. The hit then lists every other article that says it (`alsoIn`), found through the index's
 *    repeated sentences, so none of the citations is lost.
 * 2. Diversify (maximal marginal relevance, Carbonell & Goldstein 1998): the hits are then picked
 *    one at a time, each for its score × (1 - diversityWeight × its greatest similarity to a hit
 *    already picked), the similarity being the idf-weighted cosine of the two sentences' terms
 *    beyond the question's own (what they say besides what was asked). Another outlet's lead on the
 *    story already shown says much the same and falls back; the sentence that adds something rises.
 *    The best sentence stays first. The 2nd and 3rd (`plainFrom` through the 3rd) are picked by the
 *    score without the lede's focus in whole-archive search instead (RankedSentence.plainScore): the
 *    focused ranking decides the first hit, and a lede that focus pushed down stays in sight.
 *
 * Both work across the searched parts (a server's own articles beside the shared corpus).
 */
import { idf } from './bm25.ts';
import { sentencesWithHash } from './copies.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { DiversifyParams, RankedSentence } from './rank.ts';
import { idSieve, mayHold } from './sieve.ts';
import type { SentenceIndex } from './sentenceIndex.ts';
import { frequencies, type Statistics } from './statistics.ts';
import { residentTerms } from './resident.ts';

/** What is searched: an index and its documents (search.ts's SearchPart). */
interface SearchPart {
  readonly index: SentenceIndex;
  readonly documents: readonly CorpusDocument[];
}

/** Where else a sentence is said. */
export interface Place {
  readonly part: number;
  readonly id: number;
}

/** The candidates in their new order, and for each hit with copies, the sentences collapsed into it. */
export interface Diversified {
  readonly order: readonly RankedSentence[];
  /** Aligned with `order`: the sentences collapsed into each (empty for most). */
  readonly same: readonly (readonly Place[])[];
  /**
   * Aligned with `order`, for the first few hits: how much each says what the first says beyond
   * the question's words (idf-weighted cosine, 1 for the first; 0 past them). Another outlet's
   * telling of the same answer is like the first; a rival answer is not.
   */
  readonly likeFirst: Float64Array;
}

/** The places picked by the score without the lede focus end with the 3rd (DiversifyParams.plainFrom). */
const PLAIN_THROUGH = 3;

/** Hits after the first compared with it for `likeFirst`. */
const COMPARED = 3;

const NONE: readonly Place[] = [];

/** Fewer distinct words than this: too short to call two sentences near-identical (exact ones still collapse). */
const NEAR_MIN_WORDS = 5;

/** A hit in the making: its best sentence (at `at` in the ranking) and the copies collapsed into it. */
class Group {
  readonly head: RankedSentence;
  readonly at: number;
  readonly hash: number;
  /** The head's keys: `pool.keys[from .. to)` (termKeys). */
  readonly from: number;
  readonly to: number;
  /**
   * The head, then the copies collapsed into it. The head first so that the list is made holding
   * an object: a list made empty changes kind (and shape) at its first push, and the compiled
   * push of a second copy was thrown away the first time a group got one.
   */
  readonly members: RankedSentence[];
  constructor(head: RankedSentence, at: number, hash: number, from: number, to: number) {
    this.head = head;
    this.at = at;
    this.hash = hash;
    this.from = from;
    this.to = to;
    this.members = [head];
  }
}

/*
 * Written with plain loops over typed arrays and one class of group, not array callbacks: an `ask`
 * process answers its questions while V8 compiles this function, and every shape it had not seen
 * (a list of numbers that held only whole ones until then, a new closure) threw the compiled code
 * away to be compiled again, a tenth of a second of compiling each time.
 */
export function diversify(
  parts: readonly SearchPart[],
  ranked: readonly RankedSentence[],
  queryTerms: readonly string[],
  statistics: Statistics,
  params: DiversifyParams,
): Diversified {
  const depth = Math.min(ranked.length, params.diversifyDepth);
  if (depth === 0 || (!params.collapse && params.diversityWeight === 0)) {
    const likeFirst = new Float64Array(ranked.length);
    if (ranked.length > 0) likeFirst[0] = 1;
    return { order: ranked, same: ranked.map(() => NONE), likeFirst };
  }

  // Each candidate's distinct terms as sorted keys: term ids with one part, else ids of their
  // strings for this search (term ids differ between parts).
  const strings = termKeys(parts, ranked, depth);
  const { keys, keyStart } = pool;

  // 1. Collapse the window into groups, each headed by its best sentence.
  const groups: Group[] = [];
  // Each window candidate's group when it is a copy, -1 when it heads one.
  const owner = pool.owner;
  // Each candidate's words, made when first compared (null until then: one kind of array).
  const words: (Set<string> | null)[] = [];
  for (let i = 0; i < depth; i += 1) words.push(null);
  for (let i = 0; i < depth; i += 1) {
    const r = ranked[i]!;
    const hash = parts[r.part]!.index.sentenceHash[r.id]!;
    // Near-identical: most terms shared (cheap, on ids), then most words, stop words included.
    let same = -1;
    // By index, not `for...of`: leaving a `for...of` early (a copy found) reads the iterator's
    // `return`, which first run after V8 had compiled this function threw the compiled code away.
    if (params.collapse)
      for (let k = 0; k < groups.length; k += 1) {
        const g = groups[k]!;
        if (g.hash === hash) {
          same = k;
          break;
        }
        const close = jaccardAtLeast(keys, g.from, g.to, keyStart[i]!, keyStart[i + 1]!, params.nearSentence);
        // The words of the second candidate and the first group are compared whatever their terms
        // say: near-identical sentences that are not copies are rare, and this arm first run after
        // V8 had compiled this function (hundreds of questions in) threw the compiled code away.
        const at = g.at;
        if (!close && !(at === 0 && i === 1)) continue;
        words[at] ??= wordsOf(parts[ranked[at]!.part]!, ranked[at]!.id);
        words[i] ??= wordsOf(parts[r.part]!, r.id);
        // Compared before `close` is read, for the same reason.
        if (jaccard(words[at]!, words[i]!) >= params.nearSentence && close) {
          same = k;
          break;
        }
      }
    if (same === -1) groups.push(new Group(r, i, hash, keyStart[i]!, keyStart[i + 1]!));
    owner[i] = same;
  }
  // Every candidate after the heads joins its group's members or the tail, in order, at one push,
  // its list read the same way for each: a copy in the window (rare) or past it, and its own arm
  // (a group's `members` read, a push) first run after V8 had compiled this function, threw the
  // compiled code away to be compiled again. `lists[k + 1]` is group k's members, `lists[0]` null
  // (a head: no push); past the window, a copy of a head is found by its hash (with `collapse`).
  const lists: (RankedSentence[] | null)[] = [null];
  const byHash = new Map<number, RankedSentence[]>();
  for (const g of groups) {
    lists.push(g.members);
    if (params.collapse) byHash.set(g.hash, g.members);
  }
  const tail: RankedSentence[] = [];
  for (let i = 0; i < ranked.length; i += 1) {
    const r = ranked[i]!;
    const members = i < depth ? lists[owner[i]! + 1]! : byHash.get(parts[r.part]!.index.sentenceHash[r.id]!);
    if (members === null) continue;
    (members === undefined ? tail : members).push(r);
  }

  // 2. Maximal marginal relevance over the groups' heads.
  const n = groups.length;
  // Each head's keys' weights, looked up once: the comparisons below read them by position.
  idfWeights(parts, strings, statistics, queryTerms, groups);
  const { weights } = pool;
  const vectors = pool.vectors;
  for (let g = 0; g < n; g += 1) {
    const { from, to } = groups[g]!;
    let norm = 0;
    for (let j = from; j < to; j += 1) norm += weights[j]!;
    vectors[g] = Math.sqrt(norm);
  }
  const picked = pool.picked;
  for (let g = 0; g < n; g += 1) picked[g] = g;
  // The places (from plainFrom through the 3rd, 0-based here) picked by the score without the whole
  // archive's lede focus (DiversifyParams.plainFrom); none when plainFrom is 0.
  const plainAt = params.plainFrom - 1;
  if ((params.diversityWeight > 0 || plainAt > 0) && n > 2) {
    const closest = pool.closest;
    markKeys(groups[0]!);
    for (let g = 1; g < n; g += 1) closest[g] = similarity(groups, vectors, g, 0);
    // The groups not picked yet, in their order.
    const left = pool.left;
    left.fill(1, 0, n);
    left[0] = 0;
    for (let p = 1; p < n; p += 1) {
      let best = -1;
      let bestValue = Number.NEGATIVE_INFINITY;
      for (let g = 1; g < n; g += 1) {
        if (left[g] === 0) continue;
        const head = groups[g]!.head;
        const value =
          (plainAt > 0 && p >= plainAt && p < PLAIN_THROUGH ? head.plainScore : head.score) *
          (1 - params.diversityWeight * closest[g]!);
        if (value > bestValue) {
          best = g;
          bestValue = value;
        }
      }
      picked[p] = best;
      left[best] = 0;
      markKeys(groups[best]!);
      for (let g = 1; g < n; g += 1)
        if (left[g] === 1) closest[g] = Math.max(closest[g]!, similarity(groups, vectors, g, best));
    }
  }
  const heads: RankedSentence[] = [];
  const same: (readonly Place[])[] = [];
  const likeFirst = new Float64Array(n + tail.length);
  markKeys(groups[picked[0]!]!);
  for (let i = 0; i < n; i += 1) {
    const g = groups[picked[i]!]!;
    heads.push(g.head);
    same.push(g.members.length === 1 ? NONE : g.members.slice(1));
    likeFirst[i] = i === 0 ? 1 : i <= COMPARED ? similarity(groups, vectors, picked[i]!, picked[0]!) : 0;
  }
  for (const r of tail) {
    heads.push(r);
    same.push(NONE);
  }
  return { order: heads, same, likeFirst };
}

/**
 * The idf-weighted cosine of groups a and b's terms beyond the question's (`vectors`: their norms),
 * b's keys marked (markKeys).
 */
function similarity(groups: readonly Group[], vectors: Float64Array, a: number, b: number): number {
  if (vectors[a] === 0 || vectors[b] === 0) return 0;
  return sharedWeight(groups[a]!) / (vectors[a]! * vectors[b]!);
}

/**
 * The keys of the group every other is compared with, marked by key with this marking's stamp: a
 * comparison reads its own keys once instead of walking two lists side by side (the comparisons
 * are most of diversify's time). A new stamp a marking, so none is ever unmarked.
 */
let marks = new Int32Array(1024);
let stamp = 0;

function markKeys({ from, to }: Group): void {
  const keys = pool.keys;
  const last = to === from ? 0 : keys[to - 1]!;
  if (last >= marks.length) marks = new Int32Array(Math.max(2 * marks.length, last + 1));
  stamp += 1;
  if (stamp === 0x7fffffff) {
    marks.fill(0);
    stamp = 1;
  }
  for (let j = from; j < to; j += 1) marks[keys[j]!] = stamp;
}

/**
 * Every other place a hit is said, in other articles: the sentences collapsed into it and every
 * sentence of any part with the same hash as one of them. Ordered by part, then sentence id.
 */
export function placesOf(parts: readonly SearchPart[], hit: Place, same: readonly Place[]): Place[] {
  const found = new Map<number, Place>();
  const headDoc = parts[hit.part]!.index.doc[hit.id]!;
  // The hashes looked up, by part (a hash is a 32-bit integer).
  const hashes = new Set<number>();
  for (let m = -1; m < same.length; m += 1) {
    const member = m === -1 ? hit : same[m]!;
    addPlace(found, parts, hit.part, headDoc, member);
    const hash = parts[member.part]!.index.sentenceHash[member.id]!;
    const key = member.part * 2 ** 32 + hash;
    if (hashes.has(key)) continue;
    hashes.add(key);
    for (let p = 0; p < parts.length; p += 1)
      for (const id of sentencesWithHash(parts[p]!.index, hash, p !== member.part))
        addPlace(found, parts, hit.part, headDoc, { part: p, id });
  }
  return Array.from(found.values()).sort((a, b) => a.part - b.part || a.id - b.id);
}

/** Adds place `p` to `found` unless it is in the hit's own article (`headDoc` of part `headPart`). */
function addPlace(
  found: Map<number, Place>,
  parts: readonly SearchPart[],
  headPart: number,
  headDoc: number,
  p: Place,
): void {
  if (!(p.part === headPart && parts[p.part]!.index.doc[p.id] === headDoc)) found.set(p.part * 2 ** 32 + p.id, p);
}

/** The words of a sentence's text, lower case, stop words included. */
function wordsOf(part: SearchPart, id: number): Set<string> {
  const { index, documents } = part;
  const text = documents[index.doc[id]!]!.text.slice(index.start[id]!, index.end[id]!).toLowerCase();
  return new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size < NEAR_MIN_WORDS || b.size < NEAR_MIN_WORDS) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both += 1;
  return both / (a.size + b.size - both);
}

const vocabularies = new WeakMap<SentenceIndex, string[]>();

function namesOf(index: SentenceIndex): string[] {
  let names = vocabularies.get(index);
  if (names === undefined) {
    names = new Array<string>(index.vocabulary.size);
    for (const [term, termId] of index.vocabulary) names[termId] = term;
    vocabularies.set(index, names);
  }
  return names;
}

/**
 * diversify's working space, kept between searches and grown when a search needs more: the
 * candidates' keys side by side (candidate i's are `keys[keyStart[i] .. keyStart[i + 1])`), each
 * key's weight at the same place (idfWeights), and the groups' norms, order, closeness and marks.
 * Arrays of their own for each candidate and group were about 60 typed arrays a search, each with
 * a buffer of its own outside the heap to allocate and collect.
 */
const pool = {
  keys: new Int32Array(1024),
  weights: new Float64Array(1024),
  keyStart: new Int32Array(64),
  vectors: new Float64Array(64),
  picked: new Int32Array(64),
  closest: new Float64Array(64),
  left: new Uint8Array(64),
  owner: new Int32Array(64),
};

/** Room in the pool for `count` candidates (and as many groups) of up to `keyCount` keys in all. */
function reserve(count: number, keyCount: number): void {
  if (pool.keys.length < keyCount) {
    const size = Math.max(2 * pool.keys.length, keyCount);
    pool.keys = new Int32Array(size);
    pool.weights = new Float64Array(size);
  }
  if (pool.keyStart.length < count + 1) {
    const size = Math.max(2 * pool.keyStart.length, count + 1);
    pool.keyStart = new Int32Array(size);
    pool.vectors = new Float64Array(size);
    pool.picked = new Int32Array(size);
    pool.closest = new Float64Array(size);
    pool.left = new Uint8Array(size);
    pool.owner = new Int32Array(size);
  }
}

/**
 * The first `count` candidates' distinct terms as sorted keys, into the pool: one part's term ids,
 * or (several parts) ids given to the terms' strings in this search, from 0 (returned).
 */
function termKeys(
  parts: readonly SearchPart[],
  ranked: readonly RankedSentence[],
  count: number,
): Map<string, number> | null {
  const strings = parts.length > 1 ? new Map<string, number>() : null;
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    const r = ranked[i]!;
    const index = parts[r.part]!.index;
    total += index.seqStart[r.id + 1]! - index.seqStart[r.id]!;
  }
  reserve(count, total);
  const { keys, keyStart } = pool;
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    const first = at;
    keyStart[i] = first;
    const r = ranked[i]!;
    const index = parts[r.part]!.index;
    residentTerms(index, r.id);
    const from = index.seqStart[r.id]!;
    const to = index.seqStart[r.id + 1]!;
    const names = strings === null ? null : namesOf(index);
    // Each key put in its sorted place among the candidate's (a sentence's terms are few), once.
    for (let p = from; p < to; p += 1) {
      const term = index.termSeq[p]!;
      let key = term;
      if (names !== null && strings !== null) {
        const name = names[term]!;
        const known = strings.get(name);
        if (known === undefined) {
          key = strings.size;
          strings.set(name, key);
        } else key = known;
      }
      let j = at;
      while (j > first && keys[j - 1]! > key) j -= 1;
      if (j > first && keys[j - 1] === key) continue;
      for (let k = at; k > j; k -= 1) keys[k] = keys[k - 1]!;
      keys[j] = key;
      at += 1;
    }
  }
  keyStart[count] = at;
  return strings;
}

/**
 * The weights of each group's keys in the similarity, into the pool at their keys' places: a key's
 * idf squared, 0 for the question's own terms.
 */
function idfWeights(
  parts: readonly SearchPart[],
  strings: Map<string, number> | null,
  statistics: Statistics,
  queryTerms: readonly string[],
  groups: readonly Group[],
): void {
  const { keys, weights } = pool;
  if (strings === null) {
    // One part: keys are its term ids, weighed from a table kept with the index.
    const index = parts[0]!.index;
    const table = squaredIdfs(index, statistics.sentences);
    const start = index.postingStart;
    const sentences = statistics.sentences;
    const asked: number[] = [];
    for (const term of queryTerms) {
      const termId = index.vocabulary.get(term);
      if (termId !== undefined) asked.push(termId);
    }
    const sieve = idSieve(asked);
    for (const g of groups)
      for (let j = g.from; j < g.to; j += 1) {
        const key = keys[j]!;
        if (mayHold(sieve, key) && asked.includes(key)) {
          weights[j] = 0;
          continue;
        }
        let weight = table[key]!;
        // Filled as terms are first weighed (-1 until then; an idf is never negative).
        if (weight < 0) {
          weight = idf(sentences, start[key + 1]! - start[key]!) ** 2;
          table[key] = weight;
        }
        weights[j] = weight;
      }
    return;
  }
  const cache = new Map<number, number>();
  const asked = new Set(queryTerms);
  const names = [...strings.keys()];
  const indexes = parts.map((p) => p.index);
  for (const g of groups)
    for (let j = g.from; j < g.to; j += 1) {
      const key = keys[j]!;
      let weight = cache.get(key);
      if (weight === undefined) {
        const name = names[key]!;
        weight = asked.has(name) ? 0 : idf(statistics.sentences, frequencies(indexes, name).df) ** 2;
        cache.set(key, weight);
      }
      weights[j] = weight;
    }
}

const squaredIdfTables = new WeakMap<SentenceIndex, { sentences: number; table: Float64Array }>();

/**
 * Every term's idf squared over `sentences` sentences, kept with the index (and made again if the
 * count changes): -1 until a search first weighs the term (idfWeights fills it), so no search
 * pays for the whole vocabulary's (a cold loop of 60,000 logarithms: 40 ms in the first question).
 */
function squaredIdfs(index: SentenceIndex, sentences: number): Float64Array {
  const kept = squaredIdfTables.get(index);
  if (kept !== undefined && kept.sentences === sentences) return kept.table;
  const table = new Float64Array(index.postingStart.length - 1).fill(-1);
  squaredIdfTables.set(index, { sentences, table });
  return table;
}

/**
 * Whether two sorted key sets' Jaccard (keys both hold over keys either holds) is at least `bar`.
 * It is at most the smaller set's size over the larger's: sets of unlike sizes (most pairs) are
 * told apart without being compared.
 */
function jaccardAtLeast(
  keys: Int32Array,
  aFrom: number,
  aTo: number,
  bFrom: number,
  bTo: number,
  bar: number,
): boolean {
  const aLength = aTo - aFrom;
  const bLength = bTo - bFrom;
  const larger = Math.max(aLength, bLength);
  if (larger === 0) return 0 >= bar;
  if (Math.min(aLength, bLength) / larger < bar) return false;
  let i = aFrom;
  let j = bFrom;
  let both = 0;
  while (i < aTo && j < bTo) {
    if (keys[i] === keys[j]) {
      both += 1;
      i += 1;
      j += 1;
    } else if (keys[i]! < keys[j]!) i += 1;
    else j += 1;
  }
  return both / (aLength + bLength - both) >= bar;
}

/**
 * The summed weight of group a's keys that are marked (markKeys: the other group's): added in a's
 * order, as a walk of the two sorted sets side by side adds them.
 */
function sharedWeight({ from, to }: Group): number {
  const { keys, weights } = pool;
  let both = 0;
  for (let i = from; i < to; i += 1) if (marks[keys[i]!] === stamp) both += weights[i]!;
  return both;
}
