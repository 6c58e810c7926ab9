/**
 * A build tells its caller how it goes: { phase, files, filesTotal, sentences }, in the order the
 * work is done (reading, analysing, indexing, quotes), throttled, with the end of each phase always
 * reported. With `progressIntervalMs: 0` every step is reported, so the calls are exact.
 */
import { describe, expect, it } from 'vitest';
import { ProgressReporter, describeProgress, type BuildProgress } from '../../src/indexing/progress.ts';
import { loadLibrary } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

const FILES = {
  'a.txt': 'The minister met the delegation on Monday. They talked for an hour.',
  'b.md':
    '---\ntitle: Harbour\n---\nThe council approved the harbour expansion.\n\n“This is a good day,” Mayor Luis Romero said.',
  'c.txt': 'Oil output fell in March.',
};

/** Phases in the order they were first reported. */
const phases = (calls: readonly BuildProgress[]): string[] =>
  calls.map((c) => c.phase).filter((p, i, all) => all[i - 1] !== p);
const lastOf = (calls: readonly BuildProgress[], phase: string): BuildProgress | undefined =>
  calls.filter((c) => c.phase === phase).at(-1);

describe('build progress', () => {
  it('reports every file read, every article analysed, then the index and the quotes, in that order (threshold 0)', async () => {
    const corpus = await tempCorpus(FILES);
    const calls: BuildProgress[] = [];
    const library = await loadLibrary(corpus.dir, { progress: (p) => calls.push(p), progressIntervalMs: 0 });
    await corpus.cleanup();
    const sentences = library.stats.sentences;
    expect(phases(calls)).toEqual(['reading', 'analysing', 'indexing', 'quotes']);
    expect(calls.filter((c) => c.phase === 'reading')).toEqual([
      { phase: 'reading', files: 0, filesTotal: 3, sentences: 0 },
      { phase: 'reading', files: 1, filesTotal: 3, sentences: 0 },
      { phase: 'reading', files: 2, filesTotal: 3, sentences: 0 },
      { phase: 'reading', files: 3, filesTotal: 3, sentences: 0 },
      { phase: 'reading', files: 3, filesTotal: 3, sentences: 0 }, // the end of the phase
    ]);
    const analysing = calls.filter((c) => c.phase === 'analysing');
    expect(analysing.map((c) => c.files)).toEqual([1, 2, 3, 3]);
    expect(analysing.map((c) => c.sentences)).toEqual([...analysing.map((c) => c.sentences)].sort((x, y) => x - y));
    expect(lastOf(calls, 'analysing')).toEqual({ phase: 'analysing', files: 3, filesTotal: 3, sentences });
    expect(calls.filter((c) => c.phase === 'indexing')).toEqual([
      { phase: 'indexing', files: 3, filesTotal: 3, sentences },
    ]);
    expect(calls.filter((c) => c.phase === 'quotes')).toEqual([
      { phase: 'quotes', files: 3, filesTotal: 3, sentences },
    ]);
  });

  it('has no quotes phase without the quote pass, and reports only the ends of phases within the interval', async () => {
    const corpus = await tempCorpus(FILES);
    const calls: BuildProgress[] = [];
    await loadLibrary(corpus.dir, {
      quotes: false,
      progress: (p) => calls.push(p),
      progressIntervalMs: Number.POSITIVE_INFINITY,
    });
    await corpus.cleanup();
    // An infinite interval lets the first report of reading and of analysing through, then only the ends of phases.
    expect(calls.map((c) => `${c.phase} ${c.files}/${c.filesTotal}`)).toEqual([
      'reading 0/3',
      'reading 3/3',
      'analysing 1/3',
      'analysing 3/3',
      'indexing 3/3',
    ]);
  });

  it("reports the phases of a worker build, with the workers' counts", async () => {
    const corpus = await tempCorpus(FILES);
    const calls: BuildProgress[] = [];
    const library = await loadLibrary(corpus.dir, {
      workers: 1,
      progress: (p) => calls.push(p),
      progressIntervalMs: 0,
    });
    await corpus.cleanup();
    expect(phases(calls)).toEqual(['reading', 'analysing', 'indexing', 'quotes']);
    expect(lastOf(calls, 'analysing')).toEqual({
      phase: 'analysing',
      files: 3,
      filesTotal: 3,
      sentences: library.stats.sentences,
    });
  });

  it('throttles on its clock: at most one report per interval, the end of a phase always', () => {
    let now = 0;
    const seen: number[] = [];
    const reporter = new ProgressReporter(
      (p) => seen.push(p.files),
      250,
      () => now,
    );
    const at = (files: number): BuildProgress => ({ phase: 'analysing', files, filesTotal: 9, sentences: 0 });
    reporter.tick(at(1));
    now = 100;
    reporter.tick(at(2));
    now = 250;
    reporter.tick(at(3));
    now = 300;
    reporter.tick(at(4));
    reporter.end(at(9));
    expect(seen).toEqual([1, 3, 9]);
  });

  it('describes a report in words', () => {
    expect(describeProgress({ phase: 'analysing', files: 1200, filesTotal: 2200, sentences: 18000 })).toBe(
      '1,200 of 2,200 articles read, 18,000 sentences',
    );
    expect(describeProgress({ phase: 'reading', files: 5, filesTotal: 2200, sentences: 0 })).toBe(
      '5 of 2,200 files read',
    );
  });
});
