/**
 * Reading each repeated text once. Archives hold the same paragraph many times: copies of one
 * article, a wire story run by several outlets, a standard closing line. Analysis depends only on
 * the text (src/nlp/wink.ts makes wink's reading history-free), so a paragraph read before is
 * given its earlier sentences moved to its own offsets instead of being read again.
 *
 * The texts are counted first, so only those that occur again are kept, and each is let go after
 * its last occurrence: memory holds the repeated paragraphs between their first and last use, not
 * every paragraph read.
 */
import { type AnalyzedSentence, type Analyzer, moved } from '../nlp/analyzer.ts';

export class RepeatedTexts {
  /** Occurrences still to come of each text seen more than once, and its first reading and offset. */
  private readonly left = new Map<string, number>();
  private readonly read = new Map<string, { readonly sentences: readonly AnalyzedSentence[]; readonly base: number }>();
  /** Texts given from an earlier reading (for the build's figures and the specs). */
  reused = 0;

  /** `texts`: every text that will be asked for, in any order, repeats included. */
  constructor(
    private readonly analyzer: Analyzer,
    texts: Iterable<string>,
  ) {
    const counts = new Map<string, number>();
    for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
    for (const [text, count] of counts) if (count > 1) this.left.set(text, count);
  }

  /** `analyzer.analyze(text, base)`, read once for a text that occurs more than once. */
  analyze(text: string, base = 0): AnalyzedSentence[] {
    const left = this.left.get(text);
    if (left === undefined) return this.analyzer.analyze(text, base);
    if (left === 1) this.left.delete(text);
    else this.left.set(text, left - 1);
    const earlier = this.read.get(text);
    if (earlier !== undefined) {
      if (left === 1) this.read.delete(text);
      this.reused += 1;
      return moved(earlier.sentences, base - earlier.base);
    }
    const sentences = this.analyzer.analyze(text, base);
    if (left > 1) this.read.set(text, { sentences, base });
    return sentences;
  }
}
