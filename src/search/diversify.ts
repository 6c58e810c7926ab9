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
 *    The best sentence stays first.
 *
 * Both work across the searched parts (a server's own articles beside the shared corpus).
 */
import { idf } from './bm25.ts';
import { sentencesWithHash } from './copies.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { DiversifyParams, RankedSentence } from './rank.ts';
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
  readonly likeFirst: readonly number[];
}

/** Hits after the first compared with it for `likeFirst`. */
const COMPARED = 3;

const NONE: readonly Place[] = [];

/** Fewer distinct words than this: too short to call two sentences near-identical (exact ones still collapse). */
const NEAR_MIN_WORDS = 5;

export function diversify(
  parts: readonly SearchPart[],
  ranked: readonly RankedSentence[],
  queryTerms: readonly string[],
  statistics: Statistics,
  params: DiversifyParams,
): Diversified {
  const depth = Math.min(ranked.length, params.diversifyDepth);
  if (depth === 0 || (!params.collapse && params.diversityWeight === 0))
    return { order: ranked, same: ranked.map(() => NONE), likeFirst: ranked.map((_, i) => (i === 0 ? 1 : 0)) };
  const hashOf = (r: RankedSentence): number => parts[r.part]!.index.sentenceHash[r.id]!;

  // Each candidate's distinct terms as sorted keys: term ids with one part, else ids of their
  // strings for this search (term ids differ between parts).
  const { keys, strings } = termKeys(parts, ranked.slice(0, depth));

  // 1. Collapse the window into groups, each headed by its best sentence.
  const groups: { head: RankedSentence; at: number; hash: number; keys: Int32Array; members: RankedSentence[] }[] = [];
  const words: (Set<string> | undefined)[] = [];
  const wordsOfCandidate = (i: number): Set<string> => {
    words[i] ??= wordsOf(parts[ranked[i]!.part]!, ranked[i]!.id);
    return words[i];
  };
  for (let i = 0; i < depth; i += 1) {
    const r = ranked[i]!;
    const hash = hashOf(r);
    // Near-identical: most terms shared (cheap, on ids), then most words, stop words included.
    const same = params.collapse
      ? groups.find(
          (g) =>
            g.hash === hash ||
            (jaccardAtLeast(g.keys, keys[i]!, params.nearSentence) &&
              jaccard(wordsOfCandidate(g.at), wordsOfCandidate(i)) >= params.nearSentence),
        )
      : undefined;
    if (same === undefined) groups.push({ head: r, at: i, hash, keys: keys[i]!, members: [] });
    else same.members.push(r);
  }
  const tail: RankedSentence[] = [];
  if (params.collapse) {
    const byHash = new Map(groups.map((g) => [g.hash, g]));
    for (let i = depth; i < ranked.length; i += 1) {
      const group = byHash.get(hashOf(ranked[i]!));
      if (group === undefined) tail.push(ranked[i]!);
      else group.members.push(ranked[i]!);
    }
  } else tail.push(...ranked.slice(depth));

  // 2. Maximal marginal relevance over the groups' heads.
  let order = groups;
  const weights = idfWeights(parts, strings, statistics, queryTerms);
  // Each head's keys' weights, looked up once: the comparisons below read them by position.
  const keyWeights = groups.map((g) => Float64Array.from(g.keys, weights));
  const vectors = keyWeights.map((w) => {
    let norm = 0;
    for (const x of w) norm += x;
    return Math.sqrt(norm);
  });
  const similarity = (a: number, b: number): number => {
    if (vectors[a] === 0 || vectors[b] === 0) return 0;
    return sharedWeight(groups[a]!.keys, keyWeights[a]!, groups[b]!.keys) / (vectors[a]! * vectors[b]!);
  };
  let picked = groups.map((_, g) => g);
  if (params.diversityWeight > 0 && groups.length > 2) {
    picked = [0];
    const closest = groups.map((_, g) => (g === 0 ? 0 : similarity(g, 0)));
    const left = new Set(groups.keys());
    left.delete(0);
    while (left.size > 0) {
      let best = -1;
      let bestValue = Number.NEGATIVE_INFINITY;
      for (const g of left) {
        const value = groups[g]!.head.score * (1 - params.diversityWeight * closest[g]!);
        if (value > bestValue) {
          best = g;
          bestValue = value;
        }
      }
      picked.push(best);
      left.delete(best);
      for (const g of left) closest[g] = Math.max(closest[g]!, similarity(g, best));
    }
    order = picked.map((g) => groups[g]!);
  }
  // Built with push, not spread: spreading these arrays made V8 throw away diversify's optimised
  // code at every call ("wrong map"), and run it unoptimised for most of an `ask` process.
  const heads: RankedSentence[] = [];
  const same: (readonly Place[])[] = [];
  const likeFirst: number[] = [];
  order.forEach((g, i) => {
    heads.push(g.head);
    same.push(g.members.length === 0 ? NONE : g.members);
    likeFirst.push(i === 0 ? 1 : i <= COMPARED ? similarity(picked[i]!, picked[0]!) : 0);
  });
  for (const r of tail) {
    heads.push(r);
    same.push(NONE);
    likeFirst.push(0);
  }
  return { order: heads, same, likeFirst };
}

/**
 * Every other place a hit is said, in other articles: the sentences collapsed into it and every
 * sentence of any part with the same hash as one of them. Ordered by part, then sentence id.
 */
export function placesOf(parts: readonly SearchPart[], hit: Place, same: readonly Place[]): Place[] {
  const key = (p: Place): number => p.part * 2 ** 32 + p.id;
  const found = new Map<number, Place>();
  const docOf = (p: Place): number => parts[p.part]!.index.doc[p.id]!;
  const headDoc = docOf(hit);
  const add = (p: Place): void => {
    if (!(p.part === hit.part && docOf(p) === headDoc)) found.set(key(p), p);
  };
  const hashes = new Set<string>();
  for (const member of [hit, ...same]) {
    add(member);
    const hash = parts[member.part]!.index.sentenceHash[member.id]!;
    if (hashes.has(`${member.part}:${hash}`)) continue;
    hashes.add(`${member.part}:${hash}`);
    parts.forEach((part, p) => {
      for (const id of sentencesWithHash(part.index, hash, p !== member.part)) add({ part: p, id });
    });
  }
  return [...found.values()].sort((a, b) => a.part - b.part || a.id - b.id);
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
 * Each candidate's distinct terms as sorted keys: one part's term ids, or (several parts) ids
 * given to the terms' strings in this search, from 0 (`strings`).
 */
function termKeys(
  parts: readonly SearchPart[],
  candidates: readonly RankedSentence[],
): { keys: Int32Array[]; strings: Map<string, number> | null } {
  const strings = parts.length > 1 ? new Map<string, number>() : null;
  const keys = candidates.map((r) => {
    const index = parts[r.part]!.index;
    residentTerms(index, r.id);
    const from = index.seqStart[r.id]!;
    const to = index.seqStart[r.id + 1]!;
    const out = new Int32Array(to - from);
    const names = strings === null ? null : namesOf(index);
    for (let p = from; p < to; p += 1) {
      const term = index.termSeq[p]!;
      if (names === null || strings === null) out[p - from] = term;
      else {
        const name = names[term]!;
        let key = strings.get(name);
        if (key === undefined) {
          key = strings.size;
          strings.set(name, key);
        }
        out[p - from] = key;
      }
    }
    out.sort();
    let n = 0;
    for (let k = 0; k < out.length; k += 1) if (k === 0 || out[k] !== out[k - 1]) out[n++] = out[k]!;
    return out.subarray(0, n);
  });
  return { keys, strings };
}

/** A term key's weight in the similarity: its idf squared; 0 for the question's own terms. */
function idfWeights(
  parts: readonly SearchPart[],
  strings: Map<string, number> | null,
  statistics: Statistics,
  queryTerms: readonly string[],
): (key: number) => number {
  if (strings === null) {
    // One part: keys are its term ids, weighed from a table kept with the index.
    const index = parts[0]!.index;
    const table = squaredIdfs(index, statistics.sentences);
    const asked = new Set<number>();
    for (const term of queryTerms) {
      const termId = index.vocabulary.get(term);
      if (termId !== undefined) asked.add(termId);
    }
    return (key) => (asked.has(key) ? 0 : table[key]!);
  }
  const cache = new Map<number, number>();
  const asked = new Set(queryTerms);
  const names = [...strings.keys()];
  const indexes = parts.map((p) => p.index);
  return (key) => {
    let w = cache.get(key);
    if (w === undefined) {
      const name = names[key]!;
      w = asked.has(name) ? 0 : idf(statistics.sentences, frequencies(indexes, name).df) ** 2;
      cache.set(key, w);
    }
    return w;
  };
}

const squaredIdfTables = new WeakMap<SentenceIndex, { sentences: number; table: Float64Array }>();

/** Every term's idf squared over `sentences` sentences, computed once an index (and again if the count changes). */
function squaredIdfs(index: SentenceIndex, sentences: number): Float64Array {
  const kept = squaredIdfTables.get(index);
  if (kept !== undefined && kept.sentences === sentences) return kept.table;
  const start = index.postingStart;
  const table = new Float64Array(start.length - 1);
  for (let t = 0; t < table.length; t += 1) table[t] = idf(sentences, start[t + 1]! - start[t]!) ** 2;
  squaredIdfTables.set(index, { sentences, table });
  return table;
}

/**
 * Whether two sorted key sets' Jaccard (keys both hold over keys either holds) is at least `bar`.
 * It is at most the smaller set's size over the larger's: sets of unlike sizes (most pairs) are
 * told apart without being compared.
 */
function jaccardAtLeast(a: Int32Array, b: Int32Array, bar: number): boolean {
  const larger = Math.max(a.length, b.length);
  if (larger === 0) return 0 >= bar;
  if (Math.min(a.length, b.length) / larger < bar) return false;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return both / (a.length + b.length - both) >= bar;
}

/** The summed weight of the keys two sorted key sets both hold, `aWeights` aligned with `a`. */
function sharedWeight(a: Int32Array, aWeights: Float64Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both += aWeights[i]!;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return both;
}
