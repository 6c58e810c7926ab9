/**
 * Servers' own articles as an engine feature: stored per server, searched only there, never a
 * second copy of the shared index, and ranked with one set of statistics over both corpora (a
 * server's view scores every sentence exactly as one library built from both corpora would).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/app/log.ts';
import { ServerArticles } from '../../src/app/serverArticles.ts';
import { loadLibrary, type Library } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

const A = '300000000000000001';
const B = '310000000000000001';

const SHARED = {
  'harbour.txt': `Harbour dredging begins in Port Vale

Dredging of the harbour at Port Vale began on Monday, the port authority said.
The work will deepen the main channel to 14 metres so that larger container ships can dock.
Fishermen protested at the gates, saying the dredging would drive away the mackerel.
`,
  'budget.txt': `Council passes Port Vale budget

The Port Vale council passed its annual budget on Thursday after a long debate.
The budget sets aside 3 million pounds for road repairs and 1 million for the library.
Councillor Ann Ruddock said the library money was "long overdue".
`,
};

const VOLCANO = `Volcano erupts near Ruapehu village

A volcano near the village of Ruapehu erupted on Tuesday morning, sending ash two kilometres into the sky, officials said.

"We heard a deafening roar and then the sky went dark," said Mere Tainui, a local farmer.

About 300 residents of the harbour town were evacuated to Taupo, according to civil defence spokesman John Hartley.
`;

const QUESTIONS = [
  'how many residents were evacuated',
  'why did fishermen protest at the harbour',
  'how much money for the library',
  'what happened near Ruapehu',
];

describe('servers’ own articles', () => {
  let shared: Awaited<ReturnType<typeof tempCorpus>>;
  let data: Awaited<ReturnType<typeof tempCorpus>>;
  let both: Awaited<ReturnType<typeof tempCorpus>>;
  let library: Library;
  let articles: ServerArticles;
  /** The servers' articles under DATA_DIR as a start finds them (before start()). */
  const opened = (): ServerArticles =>
    new ServerArticles({
      dataDir: data.dir,
      shared: () => library,
      buildOptions: {},
      limits: { maxFileBytes: 1024 * 1024, allowPrivateUrls: false },
      log: memoryLogger(),
    });

  beforeAll(async () => {
    shared = await tempCorpus(SHARED);
    data = await tempCorpus({});
    // The reference: one library over both corpora, the added article where the server keeps it.
    both = await tempCorpus({ ...SHARED, 'added/volcano-erupts-near-ruapehu-village.txt': VOLCANO });
    library = await loadLibrary(shared.dir);
    articles = opened();
    await articles.start();
    const added = await articles.add(A, {
      slug: 'volcano-erupts-near-ruapehu-village',
      extension: '.txt',
      text: VOLCANO,
    });
    expect(added.document.id).toBe('added/volcano-erupts-near-ruapehu-village');
    expect(added.sentences).toBe(3);
    expect(added.quotes).toBe(1);
  });
  afterAll(async () => {
    await Promise.all([shared.cleanup(), data.cleanup(), both.cleanup()]);
  });

  it('searches a server’s articles in that server only', () => {
    const question = 'how many residents were evacuated';
    expect(articles.viewFor(A).search(question).hits[0]?.source).toBe('added/volcano-erupts-near-ruapehu-village');
    expect(
      articles
        .viewFor(B)
        .search(question)
        .hits.map((h) => h.source),
    ).not.toContain('added/volcano-erupts-near-ruapehu-village');
    expect(articles.viewFor(null)).toBe(library);
    expect(articles.viewFor(B)).toBe(library);
  });

  it('shares the shared index instead of copying it', () => {
    const view = articles.viewFor(A);
    expect(view.parts[0]).toBe(library.parts[0]);
    expect(view.parts[1]!.index.documentCount).toBe(1);
    // The same view while neither the shared library nor the server's articles change.
    expect(articles.viewFor(A)).toBe(view);
  });

  it('ranks with one set of statistics: every hit scores as in one library of both corpora', async () => {
    const reference = await loadLibrary(both.dir);
    const view = articles.viewFor(A);
    for (const question of QUESTIONS) {
      const got = view.search(question, { limit: 5, abstain: false });
      const want = reference.search(question, { limit: 5, abstain: false });
      expect(
        got.hits.map((h) => [h.source, h.paragraph, h.sentence]),
        question,
      ).toEqual(want.hits.map((h) => [h.source, h.paragraph, h.sentence]));
      for (const [i, h] of got.hits.entries()) expect(h.score, question).toBeCloseTo(want.hits[i]!.score, 9);
      expect(got.evidence, question).toEqual(want.evidence);
    }
  });

  it('quotes the server’s speakers with the shared ones, in that server only', () => {
    expect(
      articles
        .viewFor(A)
        .quotes.lookup('Tainui')
        .speakers.map((s) => s.name),
    ).toEqual(['Mere Tainui']);
    expect(articles.viewFor(B).quotes.lookup('Tainui').speakers).toEqual([]);
    expect(
      articles
        .viewFor(A)
        .quotes.lookup('Ruddock')
        .speakers.map((s) => s.name),
    ).toEqual(['Ann Ruddock']);
  });

  it('refuses the same text again, whatever its spacing, and stores nothing', async () => {
    await expect(
      articles.add(A, { slug: 'again', extension: '.txt', text: VOLCANO.replace(/\n\n/g, '\n\n\n').toUpperCase() }),
    ).rejects.toMatchObject({ code: 'ARTICLE_DUPLICATE', message: expect.stringContaining('Volcano erupts') });
    expect(await readdir(join(data.dir, 'guilds', A, 'added'))).toEqual(['volcano-erupts-near-ruapehu-village.txt']);
  });

  it('refuses a shared article added again by its URL', async () => {
    const text =
      '---\ntitle: Harbour\nurl: https://news.example/harbour#top\n---\nSomething else entirely about boats.\n';
    await articles.add(B, { slug: 'harbour', extension: '.md', text, url: 'https://news.example/harbour' });
    await expect(
      articles.add(B, {
        slug: 'harbour',
        extension: '.md',
        text: `${text}More.\n`,
        url: 'https://news.example/harbour/',
      }),
    ).rejects.toMatchObject({ code: 'ARTICLE_DUPLICATE' });
    await articles.remove(B, 'added/harbour');
    expect(articles.viewFor(B)).toBe(library);
  });

  it('adds a page whose body is one 64 KB word and whose url has 200,000 slashes inside, each read in one pass; the same url again is a duplicate', async () => {
    // The word is one opaque token (src/nlp/analyzer.ts); the duplicate check cuts the url's
    // trailing slashes by hand (/\/+$/ took the square of the run of slashes inside it).
    const url = `https://news.example/${'/'.repeat(200_000)}blob`;
    const text = `---\ntitle: Blob\nurl: ${url}\n---\n${'QUJD'.repeat(16_000)}\n`;
    const added = await articles.add(B, { slug: 'blob', extension: '.md', text, url });
    expect([added.document.id, added.sentences, added.quotes]).toEqual(['added/blob', 1, 0]);
    await expect(
      articles.add(B, { slug: 'blob', extension: '.md', text: `${text}More.\n`, url: `${url}//` }),
    ).rejects.toMatchObject({ code: 'ARTICLE_DUPLICATE' });
    await articles.remove(B, 'added/blob');
    expect(articles.viewFor(B)).toBe(library);
  });

  it('keeps a server’s articles across a restart, and forgets one removed', async () => {
    const restarted = opened();
    await restarted.start();
    expect(restarted.articles(A).map((d) => d.id)).toEqual(['added/volcano-erupts-near-ruapehu-village']);
    await restarted.remove(A, 'added/volcano-erupts-near-ruapehu-village');
    expect(
      restarted
        .viewFor(A)
        .search('how many residents were evacuated')
        .hits.map((h) => h.source),
    ).not.toContain('added/volcano-erupts-near-ruapehu-village');
    await expect(restarted.remove(A, 'added/volcano-erupts-near-ruapehu-village')).rejects.toMatchObject({
      code: 'ARTICLE_UNKNOWN',
    });
  });
});
