/**
 * Answer votes: when several outlets tell one story, the fact a question asks is usually stated by
 * several of them. Among the best candidates of a question that asks for a kind of token (a number,
 * a date, a name, a length), an answer token (one of that kind, not among the question's own
 * words, no age unless an age is asked, and rare: in at most √(sentences) of the index's sentences, so `two`, `1987` or `Tuesday`,
 * which every story says, is none) that candidates from other articles hold too is evidence for the sentence holding it; the
 * lone sentence of another event ("the Cannes heist's £88m" for the Paris heist) gains nothing.
 *
 * Votes are counted within one index (a search over the shared corpus and a server's own articles
 * counts each part's candidates apart) and not in a chosen article, which is one outlet.
 *
 * Copies are not outlets: an article's exact and near copies (./copies.ts, `nearOf`) are one
 * voter, a voter's sentence that is the candidate's own sentence again (the same hash) does not
 * vote, and the candidate's own article never votes for it.
 *
 * On the question path: typed arrays kept per index, no closures or sets per question; the
 * candidates are at most VOTERS (bit i of a mask is candidate i), their tokens at most
 * TOKENS_PER_SENTENCE each, compared pairwise (a few thousand comparisons).
 */
import { residentTerms } from './resident.ts';
import type { SentenceIndex } from './sentenceIndex.ts';
import { FLAG_AGE } from './tokenFlags.ts';

/** Candidates that vote and are voted for: the best this many (one bit each of a 32-bit mask). */
export const VOTERS = 30;
/** Answer tokens read per candidate (the first in the sentence). */
const TOKENS_PER_SENTENCE = 8;
/** Votes beyond this many outlets add nothing: `votes` is given as a share of it. */
export const VOTES_FULL = 2;

class VoteScratch {
  readonly terms = new Int32Array(VOTERS * TOKENS_PER_SENTENCE);
  readonly owner = new Int32Array(VOTERS * TOKENS_PER_SENTENCE);
  readonly start = new Int32Array(VOTERS + 1);
  /** Per candidate: the bit of the first candidate of its outlet (its article's near-copy group). */
  readonly outletBit = new Int32Array(VOTERS);
  readonly outlet = new Int32Array(VOTERS);
  readonly votes = new Float64Array(VOTERS);
}

const scratchFor = new WeakMap<SentenceIndex, VoteScratch>();

/**
 * For each of the first VOTERS of `candidates` (the best, best first; sentence ids of `index`): how
 * many other outlets among them hold one of its answer tokens (tokens with a bit of `wanted` in
 * index.termFlags, not in `queryIds`), as a share of VOTES_FULL (0..1), at the same position of
 * the array returned (kept per index: read it before the next question).
 */
export function answerVotes(
  index: SentenceIndex,
  candidates: readonly { readonly id: number }[],
  wanted: number,
  queryIds: readonly number[],
): Float64Array {
  let s = scratchFor.get(index);
  if (s === undefined) {
    s = new VoteScratch();
    scratchFor.set(index, s);
  }
  const n = Math.min(candidates.length, VOTERS);
  const { terms, owner, start, outletBit, outlet, votes } = s;
  const { nearOf } = index.copies;
  // Every outlet gives the ages of the people in its story (`Gray, 16,`): agreement on one answers
  // "how old" and nothing else.
  const unwanted = (wanted & FLAG_AGE) === 0 ? FLAG_AGE : 0;
  let t = 0;
  for (let i = 0; i < n; i += 1) {
    const id = candidates[i]!.id;
    start[i] = t;
    const group = nearOf[index.doc[id]!]!;
    outlet[i] = group;
    outletBit[i] = 1 << i;
    for (let j = 0; j < i; j += 1)
      if (outlet[j] === group) {
        outletBit[i] = outletBit[j]!;
        break;
      }
    residentTerms(index, id);
    const to = index.seqStart[id + 1]!;
    const { postingStart, sentenceCount } = index;
    const end = t + TOKENS_PER_SENTENCE;
    for (let p = index.seqStart[id]!; p < to && t < end; p += 1) {
      const term = index.termSeq[p]!;
      const flags = index.termFlags[p]!;
      if (
        (flags & wanted) === 0 ||
        (flags & unwanted) !== 0 ||
        queryIds.includes(term) ||
        holds(terms, start[i]!, t, term)
      )
        continue;
      // A common token (`two`, `1987`, `Tuesday`) is said by every story: agreeing on it is no evidence.
      const sentences = postingStart[term + 1]! - postingStart[term]!;
      if (sentences * sentences > sentenceCount) continue;
      terms[t] = term;
      owner[t] = i;
      t += 1;
    }
  }
  start[n] = t;
  for (let i = 0; i < n; i += 1) {
    let agreeing = 0;
    const own = outletBit[i]!;
    const hash = index.sentenceHash[candidates[i]!.id]!;
    for (let a = start[i]!; a < start[i + 1]!; a += 1)
      for (let b = 0; b < t; b += 1) {
        const j = owner[b]!;
        if (terms[b] !== terms[a] || outletBit[j] === own || index.sentenceHash[candidates[j]!.id] === hash) continue;
        agreeing |= outletBit[j]!;
      }
    votes[i] = Math.min(VOTES_FULL, popCount(agreeing)) / VOTES_FULL;
  }
  return votes;
}

function holds(terms: Int32Array, from: number, to: number, term: number): boolean {
  for (let k = from; k < to; k += 1) if (terms[k] === term) return true;
  return false;
}

function popCount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
