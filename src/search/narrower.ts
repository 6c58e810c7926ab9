/**
 * Narrower words inside a chosen article: a question word stands also for the words one step
 * narrower than its first senses in WordNet (hyponyms: `artist` → `sculptor`, `hurt` → `injure`)
 * that the chosen article uses. A sculptor is an artist, so `who's the artist behind leviathan`
 * is answered by `The sculptor, Tom Haddow, …`; the other way, a broader word for the question's,
 * is not the same fact (docs/quality.md, "Wider paraphrase only inside the articles already
 * chosen": broader words cost ECB+ 2). Only in a chosen article (RankParams.chosenNarrower): over a
 * whole archive a common word's hyponyms are hundreds of other things; in one article the few it
 * uses are mostly the thing the question names in general.
 */
import type { AnalyzedSentence, Analyzer } from '../nlp/analyzer.ts';
import type { WordNet } from '../nlp/wordnet.ts';
import { dictionaryWord, type Expansion, expand } from './paraphrase.ts';
import { residentTerms } from './resident.ts';
import type { SentenceIndex } from './sentenceIndex.ts';
import type { Statistics } from './statistics.ts';

/**
 * Adds to `out` (each index's expansions) the narrower words of the question's words (`sentences`:
 * the analyzed question topic; `terms`: its distinct terms in order) that article `docIndex` of
 * index `part` holds, each an expansion of the question word it is narrower than, unless a question
 * term or an expansion already.
 */
export function addNarrower(
  sentences: readonly AnalyzedSentence[],
  terms: readonly string[],
  analyzer: Analyzer,
  wordnet: WordNet,
  indexes: readonly SentenceIndex[],
  part: number,
  docIndex: number,
  statistics: Statistics,
  out: Expansion[][],
): void {
  const index = indexes[part]!;
  const held = articleTermIds(index, docIndex);
  const known = new Set(terms);
  for (const e of out[part]!) known.add(e.term);
  for (const sentence of sentences) {
    const a = sentence.arrays;
    for (let i = sentence.from; i < sentence.to; i += 1) {
      const asked = dictionaryWord(a, i, terms);
      if (asked === null) continue;
      for (const word of wordnet.narrower(asked.lemma, asked.pos)) {
        const narrower = analyzer.termFor(word);
        const id = index.vocabulary.get(narrower);
        if (id === undefined || !held.has(id) || known.has(narrower)) continue;
        known.add(narrower);
        expand(narrower, asked.of, false, indexes, statistics, out, null);
      }
    }
  }
}

/** The term ids of article `doc`'s sentences (made resident first: a bot's snapshot defers them). */
function articleTermIds(index: SentenceIndex, doc: number): Set<number> {
  const ids = new Set<number>();
  for (let s = index.docFirst[doc]!; s < index.docFirst[doc + 1]!; s += 1) {
    residentTerms(index, s);
    for (let k = index.seqStart[s]!; k < index.seqStart[s + 1]!; k += 1) ids.add(index.termSeq[k]!);
  }
  return ids;
}
