/**
 * How a build shares the bot's thread, as behaviour (the durations are measured by
 * `npm run bench -- --reload`, not here): the bot's builds (`sliceMs` set) of 1 MB or more, even
 * one large file, go to a worker thread; smaller ones run in this thread and give the event loop a
 * turn between slices; the command line's builds (no `sliceMs`) run straight through.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backgroundWorkers, buildShardsInWorkers, PARALLEL_MIN_BYTES } from '../../src/indexing/parallel.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { buildLibrary, loadLibrary } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

vi.mock('../../src/indexing/parallel.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/indexing/parallel.ts')>();
  return { ...original, buildShardsInWorkers: vi.fn(original.buildShardsInWorkers) };
});
const workerBuilds = vi.mocked(buildShardsInWorkers);

const sentence = (i: number): string =>
  `Officials in district ${i % 97} said the ${['budget', 'treaty', 'railway', 'harbour'][i % 4]} plan was reviewed on Monday.`;

/** Paragraphs of five sentences, about `bytes` of text in all. */
function paragraphsOf(bytes: number): string[] {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const paragraph = Array.from({ length: 5 }, (_, k) => sentence(i * 5 + k)).join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 1;
  }
  return paragraphs;
}

/** Counts the turns the event loop takes (one per setImmediate round) until stopped. */
function countTurns(): { stop: () => number } {
  let turns = 0;
  let running = true;
  const tick = (): void => {
    if (!running) return;
    turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop: () => {
      running = false;
      return turns;
    },
  };
}

let large: Awaited<ReturnType<typeof tempCorpus>>;
let small: Awaited<ReturnType<typeof tempCorpus>>;
beforeAll(async () => {
  large = await tempCorpus({ 'one-large-article.txt': paragraphsOf(1_200_000).join('\n') });
  small = await tempCorpus({
    'a.txt': paragraphsOf(6_000).join('\n'),
    'b.txt': `“The railway plan is ready,” Minister Amina Yusuf said.\n${paragraphsOf(3_000).join('\n')}`,
  });
});
afterAll(async () => {
  await large.cleanup();
  await small.cleanup();
});

describe('a bot build of one large article (1.2 MB, one file)', () => {
  it("runs in a worker thread, not on the bot's thread, and gives the same kind of library", async () => {
    workerBuilds.mockClear();
    const library = await loadLibrary(large.dir, { sliceMs: 5 });
    expect(library.stats.bytes).toBeGreaterThanOrEqual(PARALLEL_MIN_BYTES);
    // One file cannot be split: one worker, whatever the machine offers.
    expect(workerBuilds).toHaveBeenCalledTimes(1);
    expect(workerBuilds.mock.calls[0]![2]).toBe(Math.min(backgroundWorkers(), 1));
    expect(library.stats.documents).toBe(1);
    expect(library.stats.sentences).toBeGreaterThan(10_000);
    expect(library.search('when was the harbour plan reviewed', { limit: 1 }).hits[0]?.text).toMatch(
      /harbour plan was reviewed on Monday/,
    );
  });
});

describe('a bot build under 1 MB', () => {
  it("runs in this thread and gives the event loop a turn between paragraphs; the command line's build runs straight through", async () => {
    const corpus = await loadCorpus(small.dir);
    const paragraphs = corpus.documents.reduce((n, d) => n + d.paragraphs.length, 0);
    expect(paragraphs).toBeGreaterThan(20);
    workerBuilds.mockClear();

    // sliceMs 0: a turn after every step of work (a paragraph, a document's quotes).
    let turns = countTurns();
    const sliced = await buildLibrary(corpus, { sliceMs: 0 });
    const slicedTurns = turns.stop();

    turns = countTurns();
    const straight = await buildLibrary(corpus);
    const straightTurns = turns.stop();

    expect(workerBuilds).not.toHaveBeenCalled();
    expect(slicedTurns).toBeGreaterThanOrEqual(paragraphs);
    expect(straightTurns).toBe(0);
    // Slicing changes when the work runs, not what it builds.
    expect(sliced.index).toEqual(straight.index);
    expect(sliced.quotes.lookup('Yusuf')).toEqual(straight.quotes.lookup('Yusuf'));
  });
});
