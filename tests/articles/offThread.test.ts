/**
 * storedArticle: a large page or file is read in a worker thread, a small one in place, with the
 * same result and the same expected failures either way (a CitebotError with its code and message).
 */
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/articles/attachment.ts';
import { storedArticle } from '../../src/articles/offThread.ts';
import { CitebotError } from '../../src/errors.ts';
import { failure } from '../helpers/fixtures.ts';

const PARAGRAPHS = [
  'The regional water authority approved a plan on Monday to build a second reservoir in the northern hills, ending a decade of debate over how to supply the growing city.',
  'The reservoir will hold about 40 billion litres and is expected to be finished in 2031.',
  'Farmers in the valley have objected to the loss of grazing land.',
];
const HTML = Buffer.from(
  `<!DOCTYPE html><html><head><title>Reservoir approved</title>
<link rel="canonical" href="https://news.example/reservoir"></head>
<body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
);
const PAGE = { finalUrl: 'https://news.example/reservoir?from=feed', contentType: 'text/html', body: HTML };
const STORED = {
  content: `---\ntitle: Reservoir approved\nurl: https://news.example/reservoir\n---\n\n${PARAGRAPHS.join('\n\n')}\n`,
  extension: '.md',
  title: 'Reservoir approved',
};

describe('storedArticle', () => {
  it('reads a page in a worker thread (minBytes 0 sends every page there) as it does in place', async () => {
    expect(readSource({ kind: 'page', page: PAGE })).toEqual(STORED);
    expect(await storedArticle({ kind: 'page', page: PAGE }, 0)).toEqual(STORED);
    expect(await storedArticle({ kind: 'file', name: 'reservoir.html', bytes: HTML }, 0)).toMatchObject({
      title: 'Reservoir approved',
      extension: '.md',
    });
  });

  it('brings an expected failure back from the worker as the same CitebotError', async () => {
    const nothing = Buffer.from('<html><body><nav>Home · News · Sport</nav></body></html>');
    const inPlace = await failure(storedArticle({ kind: 'file', name: 'menu.html', bytes: nothing }));
    const inWorker = await failure(storedArticle({ kind: 'file', name: 'menu.html', bytes: nothing }, 0));
    expect(inWorker).toBeInstanceOf(CitebotError);
    expect([inWorker.code, inWorker.message]).toEqual([inPlace.code, inPlace.message]);
    expect(inWorker.code).toBe('ARTICLE_NOT_FOUND');
  });
});
