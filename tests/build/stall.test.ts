import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

// One large article used to be analyzed in one piece on the main thread (a stall of seconds);
// from 1 MB up the build runs in worker threads and the main thread only merges.
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const sentence = (i: number): string => `Officials in district ${i % 97} said the ${['budget', 'treaty', 'railway', 'harbour'][i % 4]} plan was reviewed on Monday.`;
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_200_000; i += 1) {
    const paragraph = Array.from({ length: 5 }, (_, k) => sentence(i * 5 + k)).join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 1;
  }
  const made = await tempCorpus({ 'one-large-article.txt': paragraphs.join('\n') });
  dir = made.dir;
  cleanup = made.cleanup;
});
afterAll(() => cleanup());

describe('building a large single-file corpus', () => {
  it('never stalls the event loop for 100 ms', async () => {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const library = await loadLibrary(dir, { sliceMs: 5 });
    delay.disable();
    expect(library.stats.sentences).toBeGreaterThan(10_000);
    expect(delay.max / 1e6).toBeLessThan(100);
  });
});
