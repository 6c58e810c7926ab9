import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/nlp/analyzer.ts';
import { SentenceIndexBuilder } from '../../src/search/sentenceIndex.ts';
import { TITLE_WEIGHT } from '../../src/search/documents.ts';

const analyzer = createAnalyzer();

function build(docs: { title: string; lines: string[] }[]) {
  const builder = new SentenceIndexBuilder();
  for (const doc of docs) {
    builder.beginDocument(doc.title === '' ? [] : analyzer.analyze(doc.title));
    doc.lines.forEach((line, i) => {
      builder.addParagraph(i + 1, analyzer.analyze(line));
    });
  }
  return builder.build();
}

describe('document statistics', () => {
  it('count a term over the whole article, headline words TITLE_WEIGHT times, and list articles in order', () => {
    const index = build([
      { title: 'Oil prices rise', lines: ['Oil rose on Monday.', 'Traders bought oil and gold.'] },
      { title: '', lines: ['Gold fell.'] },
      { title: 'Gold rush', lines: ['Miners cheered.'] },
    ]);
    const { documents } = index;
    const postings = (term: string): [number, number][] => {
      const t = index.vocabulary.get(term)!;
      const out: [number, number][] = [];
      for (let p = documents.postingStart[t]!; p < documents.postingStart[t + 1]!; p += 1)
        out.push([documents.docs[p]!, documents.tf[p]!]);
      return out;
    };
    expect(TITLE_WEIGHT).toBe(2);
    // "oil": twice in article 0's sentences and once in its headline (counted twice).
    expect(postings('oil')).toEqual([[0, 4]]);
    // "gold": once in article 0, once in article 1, and only in article 2's headline.
    expect(postings('gold')).toEqual([
      [0, 1],
      [1, 1],
      [2, 2],
    ]);
    // A word only the headline uses is still a known term ("rush").
    expect(postings('rush')).toEqual([[2, 2]]);
    // Lengths: terms of the sentences (oil rise monday; trader buy oil gold) plus twice the headline's.
    expect([...documents.length]).toEqual([3 + 4 + 2 * 3, 2, 2 + 2 * 2]);
  });
});
