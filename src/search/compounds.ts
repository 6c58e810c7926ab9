/**
 * Compounds: two words the question puts side by side as one name for one thing ("northern
 * lights", "desktop publishing", "breakup fee") mean that thing only together. A sentence that
 * holds both words apart ("a light earthquake has struck Northern California") is about something
 * else, however well its words match one by one.
 */
import type { AnalyzedSentence } from '../nlp/analyzer.ts';
import type { SentenceIndex } from './sentenceIndex.ts';
import { residentTerms } from './resident.ts';
import { FLAG_PROPER } from './tokenFlags.ts';

/** Parts of speech that can start a compound, and that can end one (its head). */
// Names are left to the names check (./search.ts): "Ellen DeGeneres" is often "DeGeneres". A
// name is told by its capital as typed, not by wink's tag: a lower-case "china" is tagged a noun or
// a proper noun depending on what wink has read before in the process.
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN']);
const HEAD = new Set(['NOUN', 'PROPN']);
const typedLower = (value: string): boolean => !/^\p{Lu}/u.test(value);
/** Indexed words (stop words left out) that may stand between the two: "EU and IMF debt bailout". */
const GAP = 1;

export interface Compound {
  /** The two words' terms, in the question's order. */
  readonly first: string;
  readonly second: string;
  /** As typed: "northern lights". */
  readonly text: string;
  /** Whether the first word is tagged a noun or a name, not an adjective ("timmons jury", not "northern lights"). */
  readonly nominal: boolean;
}

/** The question's compounds: a modifier and a head next to each other, both words searched. */
export function compoundsOf(analyzed: readonly AnalyzedSentence[]): Compound[] {
  const out: Compound[] = [];
  for (const sentence of analyzed) {
    const a = sentence.arrays;
    for (let i = sentence.from; i + 1 < sentence.to; i += 1) {
      const first = a.terms[i];
      const second = a.terms[i + 1];
      if (!first || !second || first === second) continue;
      if (a.kinds[i] !== 'word' || a.kinds[i + 1] !== 'word') continue;
      if (!MODIFIER.has(a.pos[i]!) || !HEAD.has(a.pos[i + 1]!)) continue;
      if (!typedLower(a.values[i]!) || !typedLower(a.values[i + 1]!)) continue;
      out.push({ first, second, text: `${a.values[i]} ${a.values[i + 1]}`, nominal: a.pos[i] !== 'ADJ' });
    }
  }
  return out;
}

/**
 * The compounds that sentence `id` holds both words of, but never close together (in either
 * order, "publishing on the desktop"; counting indexed words only, at most GAP between). With
 * `namesApart` (AbstentionPolicy.namedModifier), a noun typed in lower case before the head that
 * the sentence writes as a name (`the jury in the Timmons trial` for "timmons jury", `Klitschko
 * will fight Thompson` for "klitschko fight") is a name with a noun, which need not be together.
 */
export function brokenCompounds(
  index: SentenceIndex,
  id: number,
  compounds: readonly Compound[],
  namesApart = false,
): string[] {
  const broken: string[] = [];
  residentTerms(index, id);
  const from = index.seqStart[id]!;
  const to = index.seqStart[id + 1]!;
  for (const c of compounds) {
    const a = index.vocabulary.get(c.first);
    const b = index.vocabulary.get(c.second);
    if (a === undefined || b === undefined) continue;
    let hasA = false;
    let hasB = false;
    let together = false;
    for (let p = from; p < to && !together; p += 1) {
      const t = index.termSeq[p]!;
      if (t === a && namesApart && c.nominal && (index.termFlags[p]! & FLAG_PROPER) !== 0) together = true;
      if (t === a) hasA = true;
      else if (t === b) hasB = true;
      else continue;
      const other = t === a ? b : a;
      for (let q = Math.max(from, p - 1 - GAP); q <= Math.min(to - 1, p + 1 + GAP) && !together; q += 1)
        if (index.termSeq[q] === other) together = true;
    }
    if (hasA && hasB && !together) broken.push(c.text);
  }
  return broken;
}
