/**
 * How a word becomes its index term under a morphology, with no wink-nlp: the analyzer makes its
 * terms here (./analyzer.ts), and so does the thread that computes WordNet's terms for the
 * paraphrase table (src/indexing/wordnetTerms.ts), which need not load wink's model.
 */
import stemWord from 'wink-porter2-stemmer';

/**
 * How a word becomes a term: its Porter stem, its lemma (which needs the POS tag, and maps
 * irregular forms: met -> meet, began -> begin), or the stem of its lemma (both).
 */
export type Morphology = 'stem' | 'lemma' | 'lemma-stem';

/** The longest word stemmed or lemmatised: no word of any dictionary is longer. */
export const MAX_STEM = 64;
/** The longest term: a longer token is indexed by its first MAX_TERM characters. */
export const MAX_TERM = 64;

export interface TermMaker {
  /** The Porter 2 stem of a lower-case word (a longer word than MAX_STEM: its first MAX_TERM characters). */
  stem(word: string): string;
  /** The term of a word given its lower case and, for a word wink lemmatised, its lemma. */
  termOf(normal: string, lemma: string | undefined): string;
}

export function termMaker(morphology: Morphology): TermMaker {
  // Stemming is a pure function of the word: remember it, most words repeat.
  const stems = new Map<string, string>();
  const stem = (word: string): string => {
    // Not a word of any language: its cost would grow with the square of its length.
    if (word.length > MAX_STEM) return word.slice(0, MAX_TERM);
    let stemmed = stems.get(word);
    if (stemmed === undefined) {
      stemmed = stemWord(word);
      if (stems.size < 500_000) stems.set(word, stemmed);
    }
    return stemmed;
  };
  const termOf = (normal: string, lemma: string | undefined): string => {
    if (normal.length > MAX_STEM) return normal.slice(0, MAX_TERM);
    if (morphology === 'stem' || lemma === undefined) return stem(normal);
    // wink's lemmas are lower case already.
    return morphology === 'lemma' ? lemma.slice(0, MAX_TERM) : stem(lemma);
  };
  return { stem, termOf };
}
