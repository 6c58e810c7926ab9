/**
 * Repeated texts are read once: a paragraph the corpus holds again (a copied article, a standard
 * closing line) gets its first reading moved to its own offsets, which must be exactly what reading
 * it there would give; and a text is let go after its last occurrence, so memory holds only the
 * repeated texts still to come.
 */
import { describe, expect, it } from 'vitest';
import { buildShard } from '../../src/indexing/shard.ts';
import { RepeatedTexts } from '../../src/indexing/repeatedTexts.ts';
import { Repeats } from '../../src/indexing/repeats.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { type AnalyzedSentence, type Analyzer, createAnalyzer } from '../../src/nlp/analyzer.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

const analyzer = createAnalyzer();

/** The analyzer, counting the texts it reads. */
function counting(): { analyzer: Analyzer; reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    analyzer: {
      ...analyzer,
      analyze: (text, base) => {
        reads.push(text);
        return analyzer.analyze(text, base);
      },
    },
  };
}

/** What a reading says, as plain data: each sentence's span and its tokens. */
const plain = (sentences: readonly AnalyzedSentence[]) =>
  sentences.map((s) => ({ start: s.start, end: s.end, tokens: s.tokens.map((t) => ({ ...t })) }));

const CLOSING = 'Reporting by Ana Lima; editing by Tom Hale. The agency said it had 12 offices.';
const LEAD = '“We will appeal,” said Maria Lopez, the firm’s lawyer.';

describe('RepeatedTexts', () => {
  it('reads a text twice asked for once, and gives it at each offset exactly as reading it there would', () => {
    const { analyzer: reader, reads } = counting();
    const texts = new RepeatedTexts(reader, [CLOSING, LEAD, CLOSING]);
    const first = texts.analyze(CLOSING, 100);
    const lead = texts.analyze(LEAD, 0);
    const second = texts.analyze(CLOSING, 4_321);
    expect(reads).toEqual([CLOSING, LEAD]);
    expect(texts.reused).toBe(1);
    expect(plain(first)).toEqual(plain(analyzer.analyze(CLOSING, 100)));
    expect(plain(second)).toEqual(plain(analyzer.analyze(CLOSING, 4_321)));
    expect(plain(lead)).toEqual(plain(analyzer.analyze(LEAD, 0)));
    // Two sentences, the second starting where it does in the text, moved by the offset.
    expect(second.map((s) => [s.start, s.end])).toEqual([
      [4_321, 4_321 + 43],
      [4_321 + 44, 4_321 + CLOSING.length],
    ]);
  });

  it('lets a text go after its counted occurrences: one asked for again is read again', () => {
    const { analyzer: reader, reads } = counting();
    const texts = new RepeatedTexts(reader, [LEAD, LEAD]);
    texts.analyze(LEAD, 0);
    texts.analyze(LEAD, 50);
    texts.analyze(LEAD, 90);
    expect(reads).toEqual([LEAD, LEAD]);
    expect(texts.reused).toBe(1);
  });

  it('reads a text that was not counted as the analyzer would, every time', () => {
    const { analyzer: reader, reads } = counting();
    const texts = new RepeatedTexts(reader, [CLOSING]);
    expect(plain(texts.analyze(LEAD, 7))).toEqual(plain(analyzer.analyze(LEAD, 7)));
    texts.analyze(LEAD, 7);
    expect(reads).toEqual([LEAD, LEAD]);
  });
});

describe('a build over copied articles', () => {
  it("reads each distinct title and paragraph once, and gives a copy its original's quotes", async () => {
    const article = ['Firm appeals ruling', '', LEAD, 'The ruling came after a two-year case.', CLOSING].join('\n');
    const corpus = await tempCorpus({
      'a.txt': article,
      'b.txt': article,
      'c.txt': ['Firm appeals ruling', '', 'An update: 7 judges sat.', CLOSING].join('\n'),
    });
    const { documents } = await loadCorpus(corpus.dir);
    const { analyzer: reader, reads } = counting();
    const { quotes } = await buildShard(documents, reader, true);
    expect(reads).toEqual([
      'Firm appeals ruling',
      LEAD,
      'The ruling came after a two-year case.',
      CLOSING,
      'An update: 7 judges sat.',
    ]);
    // The copy's quotes are its original's (the pass was not run again), and what a fresh pass
    // gives; an object of its own, since the corpus clustering writes into each document's persons.
    expect(quotes[1]).toEqual(quotes[0]);
    expect(quotes[1]).not.toBe(quotes[0]);
    expect(quotes[1]!.persons[0]).not.toBe(quotes[0]!.persons[0]);
    const fresh = await buildShard([documents[1]!], analyzer, true);
    expect(JSON.stringify(fresh.quotes[0])).toBe(JSON.stringify(quotes[0]));
    expect(quotes[0]!.quotes.map((q) => q.text)).toEqual(['We will appeal']);
    expect(quotes[0]!.persons.map((p) => p.name)).toEqual(['Maria Lopez']);
    expect(quotes[2]!.quotes).toEqual([]);
  });
});

describe('Repeats', () => {
  it("keeps a value only for a key still to come, and lets it go at the key's last occurrence", () => {
    const repeats = new Repeats<number>(['a', 'b', 'a', 'a']);
    expect(repeats.next('a')).toBeUndefined();
    repeats.keep('a', 1);
    expect(repeats.next('b')).toBeUndefined();
    repeats.keep('b', 2); // b occurs once: not kept
    expect(repeats.next('a')).toBe(1);
    expect(repeats.next('a')).toBe(1);
    expect(repeats.next('a')).toBeUndefined(); // past its three counted occurrences
    expect(repeats.reused).toBe(2);
  });
});
