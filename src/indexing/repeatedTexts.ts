/**
 * Reading each repeated text once. Archives hold the same paragraph many times: copies of one
 * article, a wire story run by several outlets, a standard closing line. Analysis depends only on
 * the text (src/nlp/wink.ts makes wink's reading history-free), so a paragraph read before is
 * given its earlier sentences moved to its own offsets instead of being read again.
 */
import { type AnalyzedSentence, type Analyzer, moved } from '../nlp/analyzer.ts';
import { Repeats } from './repeats.ts';

interface Reading {
  readonly sentences: readonly AnalyzedSentence[];
  readonly base: number;
}

export class RepeatedTexts {
  private readonly readings: Repeats<Reading>;

  /** `texts`: every text that will be asked for, in any order, repeats included. */
  constructor(
    private readonly analyzer: Analyzer,
    texts: Iterable<string>,
  ) {
    this.readings = new Repeats(texts);
  }

  /** Texts given from an earlier reading. */
  get reused(): number {
    return this.readings.reused;
  }

  /** `analyzer.analyze(text, base)`, read once for a text that occurs more than once. */
  analyze(text: string, base = 0): AnalyzedSentence[] {
    const earlier = this.readings.next(text);
    if (earlier !== undefined) return moved(earlier.sentences, base - earlier.base);
    const sentences = this.analyzer.analyze(text, base);
    this.readings.keep(text, { sentences, base });
    return sentences;
  }
}
