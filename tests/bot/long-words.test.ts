/**
 * One long word through the whole bot: a moderator adds a file whose body is one 200,000-character
 * word, /ask keeps answering in that server, and a restart loads it again. Before the analyzer's
 * bounds the word went whole to wink's tokenizer and to the Porter 2 stemmer, whose costs grow
 * with the square of its length: a 64 KB word froze every server for 18 s, at the add and at every
 * restart. Checked on what wink and the stemmer are handed while the bot runs (this process), not by timing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const seen = vi.hoisted(() => ({ stemmed: 0, read: 0 }));
vi.mock('wink-porter2-stemmer', async (importOriginal) => {
  const real = (await importOriginal<{ default: (word: string) => string }>()).default;
  return {
    default: (word: string): string => {
      seen.stemmed = Math.max(seen.stemmed, word.length);
      return real(word);
    },
  };
});

const { MAX_RUN, MAX_STEM } = await import('../../src/nlp/analyzer.ts');
const { nlp } = await import('../../src/nlp/wink.ts');
const { opt } = await import('../discord/standin.ts');
const { MODERATOR, startHarness } = await import('./harness.ts');
const { tempCorpus } = await import('../helpers/tempCorpus.ts');
const { SEED } = await import('../helpers/fixtures.ts');

const readDoc = nlp.readDoc.bind(nlp);
vi.spyOn(nlp, 'readDoc').mockImplementation((text: string) => {
  for (const run of text.split(/ +/)) seen.read = Math.max(seen.read, run.length);
  return readDoc(text);
});

const WORD = 'QUJD'.repeat(50_000);
const BLOB = `Blob dump found on a server\n${WORD}\nThe dump was found on a server in Leeds on Tuesday.\n`;

describe('a file of one 200,000-character word', () => {
  let corpus: Awaited<ReturnType<typeof tempCorpus>>;
  let dataDir: string;
  let h: Awaited<ReturnType<typeof startHarness>>;
  beforeEach(async () => {
    corpus = await tempCorpus({ 'kashmir.txt': SEED });
    dataDir = await mkdtemp(join(tmpdir(), 'citebot-data-'));
    h = await startHarness({ corpusDir: corpus.dir, dataDir });
    seen.stemmed = 0;
    seen.read = 0;
  });
  afterEach(async () => {
    await h.stop();
    await rm(dataDir, { recursive: true, force: true });
    await corpus.cleanup();
  });

  it('is added, answered from and loaded again at a restart, with wink and the stemmer never handed the word', async () => {
    const add = h.standin.command(
      'article',
      [opt.subcommand('add', [opt.attachment('file', { filename: 'blob.txt', content: BLOB })])],
      { permissions: MODERATOR },
    );
    // Meanwhile, and after, /ask is answered.
    const during = await h.standin.command('ask', [opt.string('question', 'who met the delegation')]).final();
    expect(during.data.embeds?.[0]?.description).toContain('**met** with the Pakistani **delegation**');
    const added = await add.final();
    expect(added.data.embeds?.[0]?.description).toMatch(
      /^Added to this server’s articles as `added\/blob-dump-found-on-a-server`: 2 sentences, 0 quotes found\./,
    );
    const ask = async (): Promise<string> =>
      (await h.standin.command('ask', [opt.string('question', 'where was the dump found')]).final()).data.embeds?.[0]
        ?.description ?? '';
    expect(await ask()).toContain('The **dump** was **found** on a server in Leeds on Tuesday.');

    const standin = h.standin;
    await h.stop(true);
    h = await startHarness({ corpusDir: corpus.dir, dataDir, standin });
    expect(await ask()).toContain('(`added/blob-dump-found-on-a-server`) · paragraph 2, sentence 1');

    expect(seen.stemmed).toBeLessThanOrEqual(MAX_STEM);
    expect(seen.read).toBeLessThanOrEqual(MAX_RUN);
    expect(h.log.records.filter((r) => r.level === 'error')).toEqual([]);
  });
});
