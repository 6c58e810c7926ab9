import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/**
 * Inside a chosen article a yes/no question's subject words weigh half (RankParams.yesNoSubjectChosen):
 * every sentence of the article is about the subject, and the asked fact is the predicate. ECB+
 * 13_10 (ecbplus-dev3, "was the old matanuska maid warehouse insured": its article chosen in the ECB+ archive: 2nd -> 1st).
 */
const CORPUS = {
  // Three sentences of the article: the lede names the subject, the answer denies the predicate.
  'warehouse.txt': [
    'The fire that destroyed the original Matanuska Maid Dairy warehouse in Palmer on Tuesday took a piece of Alaska’s history.',
    'Palmer Public Safety Director Jon Owen said Tuesday that the city had not purchased the property, although there were plans to do so.',
    '“The building was uninsured,” Owen said.',
  ].join('\n'),
  // Another article, where the predicate is common: its idf is not the highest of the question's.
  'insurer.txt': [
    'The insurer said the warehouse was insured for $2m.',
    'The old warehouse in Anchorage was insured by the city.',
  ].join('\n'),
};

let shipped: SearchLibrary;
let alike: SearchLibrary;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(CORPUS);
  cleanup = corpus.cleanup;
  shipped = await loadLibrary(corpus.dir, { quotes: false });
  alike = await loadLibrary(corpus.dir, { quotes: false, rank: { yesNoSubjectChosen: 1 } });
});
afterAll(() => cleanup());

const first = (from: SearchLibrary, question: string): string =>
  from.search(question, { source: 'warehouse', limit: 1, abstain: false }).hits[0]?.text ?? 'none';

describe("a yes/no question's subject inside its chosen article", () => {
  it('ranks the sentence denying the predicate over the lede naming the subject', () => {
    const question = 'was the old matanuska maid warehouse insured';
    // Every subject word at full weight: the lede's matanuska, maid and warehouse outweigh the denial.
    expect(first(alike, question)).toMatch(/^The fire that destroyed/);
    expect(first(shipped, question)).toBe('“The building was uninsured,” Owen said.');
  });
});
