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
import type { RankedSentence } from './rank.ts';
import type { SearchPart } from './search.ts';
import type { SentenceIndex } from './sentenceIndex.ts';
import { frequencies, type Statistics } from './statistics.ts';

export interface DiversifyParams {
  /** Collapse identical and near-identical sentences into one hit. */
  readonly collapse: boolean;
  /** Word-set Jaccard from which two sentences are one (with `collapse`). */
  readonly nearSentence: number;
  /** MMR: how much similarity to a hit already picked costs (0: no diversification). */
  readonly diversityWeight: number;
  /** How many of the best candidates are collapsed and diversified. */
  readonly diversifyDepth: number;
}

/** Where else a sentence is said. */
export interface Place {
  readonly part: number;
  readonly id: number;
}

export type DiversifiedSentence = RankedSentence & { readonly same: readonly Place[] };

/** Fewer distinct words than this: too short to call two sentences near-identical (exact ones still collapse). */
const NEAR_MIN_WORDS = 5;

export function diversify(
  parts: readonly SearchPart[],
  ranked: readonly RankedSentence[],
  queryTerms: readonly string[],
  statistics: Statistics,
  params: DiversifyParams,
): DiversifiedSentence[] {
  const depth = Math.min(ranked.length, params.diversifyDepth);
  if (depth === 0 || (!params.collapse && params.diversityWeight === 0)) return ranked.map((r) => ({ ...r, same: [] }));
  const hashOf = (r: RankedSentence): number => parts[r.part]!.index.sentenceHash[r.id]!;

  // 1. Collapse the window into groups, each headed by its best sentence.
  const groups: { head: RankedSentence; hash: number; words: Set<string>; members: RankedSentence[] }[] = [];
  for (let i = 0; i < depth; i += 1) {
    const r = ranked[i]!;
    const hash = hashOf(r);
    const words = params.collapse ? wordsOf(parts[r.part]!, r.id) : new Set<string>();
    const same = params.collapse
      ? groups.find((g) => g.hash === hash || jaccard(g.words, words) >= params.nearSentence)
      : undefined;
    if (same === undefined) groups.push({ head: r, hash, words, members: [] });
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
  if (params.diversityWeight > 0 && groups.length > 2) {
    const asked = new Set(queryTerms);
    const weights = new Map<string, number>();
    const indexes = parts.map((p) => p.index);
    const weight = (term: string): number => {
      let w = weights.get(term);
      if (w === undefined) {
        w = idf(statistics.sentences, frequencies(indexes, term).df) ** 2;
        weights.set(term, w);
      }
      return w;
    };
    const vectors = groups.map((g) => {
      const terms = new Set(termsOf(parts[g.head.part]!.index, g.head.id).filter((t) => !asked.has(t)));
      let norm = 0;
      for (const t of terms) norm += weight(t);
      return { terms, norm: Math.sqrt(norm) };
    });
    const similarity = (a: number, b: number): number => {
      const va = vectors[a]!;
      const vb = vectors[b]!;
      if (va.norm === 0 || vb.norm === 0) return 0;
      let dot = 0;
      for (const t of va.terms) if (vb.terms.has(t)) dot += weight(t);
      return dot / (va.norm * vb.norm);
    };
    const picked = [0];
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
  return [
    ...order.map((g) => ({ ...g.head, same: g.members.map(({ part, id }) => ({ part, id })) })),
    ...tail.map((r) => ({ ...r, same: [] })),
  ];
}

/**
 * Every other place a hit is said, in other articles: the sentences collapsed into it and every
 * sentence of any part with the same hash as one of them. Ordered by part, then sentence id.
 */
export function placesOf(parts: readonly SearchPart[], hit: DiversifiedSentence): Place[] {
  const key = (p: Place): number => p.part * 2 ** 32 + p.id;
  const found = new Map<number, Place>();
  const docOf = (p: Place): number => parts[p.part]!.index.doc[p.id]!;
  const headDoc = docOf(hit);
  const add = (p: Place): void => {
    if (!(p.part === hit.part && docOf(p) === headDoc)) found.set(key(p), p);
  };
  const hashes = new Set<string>();
  for (const member of [hit, ...hit.same]) {
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

/** A sentence's distinct terms, as strings (term ids differ between parts). */
function termsOf(index: SentenceIndex, id: number): string[] {
  let names = vocabularies.get(index);
  if (names === undefined) {
    names = new Array<string>(index.vocabulary.size);
    for (const [term, termId] of index.vocabulary) names[termId] = term;
    vocabularies.set(index, names);
  }
  const out: string[] = [];
  for (let p = index.seqStart[id]!; p < index.seqStart[id + 1]!; p += 1) out.push(names[index.termSeq[p]!]!);
  return out;
}
