import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { CUE_NAMELESS } from '../../src/search/sentenceIndex.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/**
 * A lede that keeps its subject's name for the sentence after (RankParams.delayedName, off by
 * default: of every source's questions it moved one, on uk4 alone; docs/quality.md), as British news
 * often opens: `A hospice that cares for…`, then `St Aidan's Hospice in Wetherby says…`. With it,
 * that second sentence is context for the sentences after it, as the headline and lede are.
 */
const CORPUS = {
  // "How many beds could St Aidan's lose": #3 answers and names the hospice only as `the hospice`;
  // #2 names St Aidan's and holds no number of beds.
  'hospice.txt': [
    'A hospice that cares for 600 patients a year has launched an emergency appeal.',
    "St Aidan's Hospice in Wetherby says gifts left in wills fell by half last year.",
    'The hospice could be forced to close eight of its 20 beds by the summer.',
  ].join('\n'),
  // A lede that names its subject: the sentence after it is not context.
  'council.txt': [
    'Kingsmere council has approved a budget that will close six centres.',
    'The council says it must save money.',
  ].join('\n'),
};

let shipped: SearchLibrary;
let delayed: SearchLibrary;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(CORPUS);
  cleanup = corpus.cleanup;
  shipped = await loadLibrary(corpus.dir, { quotes: false });
  delayed = await loadLibrary(corpus.dir, { quotes: false, rank: { delayedName: true } });
});
afterAll(() => cleanup());

const hits = (from: SearchLibrary, question: string): string[] =>
  from.search(question, { abstain: false }).hits.map((h) => `${h.source}#${h.paragraph}`);

describe("a lede that names no one: the next sentence's name as context", () => {
  it('marks the sentences that hold no capitalised name', () => {
    const { index, documents } = shipped.parts[0]!;
    const nameless = (source: string): boolean[] => {
      const doc = documents.findIndex((d) => d.id === source);
      const out: boolean[] = [];
      for (let id = index.docFirst[doc]!; id < index.docFirst[doc + 1]!; id += 1)
        out.push((index.cues[id]! & CUE_NAMELESS) !== 0);
      return out;
    };
    // `A hospice…` and `The hospice…` name no one; `St Aidan's Hospice in Wetherby` does.
    expect(nameless('hospice')).toEqual([true, false, true]);
    expect(nameless('council')).toEqual([false, true]);
  });

  it('ranks the sentence naming its subject by `the hospice` first when the lede leaves the name to the next sentence', () => {
    const question = 'how many beds could st aidans lose';
    // St Aidan's, named in #2, is lent to #3 as the headline's and lede's words are.
    expect(hits(delayed, question)[0]).toBe('hospice#3');
    // Without it #2, which holds `St Aidan's` itself, comes first.
    expect(hits(shipped, question)[0]).toBe('hospice#2');
  });
});
