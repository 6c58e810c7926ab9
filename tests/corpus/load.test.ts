import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';
import { failure } from '../helpers/fixtures.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});
async function corpus(files: Record<string, string | Uint8Array>): Promise<string> {
  const { dir, cleanup } = await tempCorpus(files);
  cleanups.push(cleanup);
  return dir;
}

describe('loadCorpus: ids and titles', () => {
  it('reads .txt and .md recursively, ids are relative paths without extension, sorted', async () => {
    const dir = await corpus({
      'bbc/business/001.txt': 'Oil prices rose.',
      'a.md': 'First.',
      'notes.json': '{"ignored": true}',
      '.hidden/secret.txt': 'Not read.',
    });
    const { documents } = await loadCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(['a', 'bbc/business/001']);
    expect(documents.map((d) => d.file)).toEqual(['a.md', 'bbc/business/001.txt']);
  });

  it('takes the title from front matter, else a leading # heading in .md, else the file name', async () => {
    const dir = await corpus({
      'front.txt':
        '---\ntitle: "Talks resume"\nurl: https://example.com/a\ndate: 2025-06-06\nauthor: A. Writer\n---\nBody line.',
      'heading.md': '# Ceasefire holds\n\nBody line.',
      'plain.txt': '# A hash line in a text file is body text.\nBody line.',
      'oil_prices-rise.txt': 'Body line.',
    });
    const byId = new Map((await loadCorpus(dir)).documents.map((d) => [d.id, d]));
    expect(byId.get('front')?.title).toBe('Talks resume');
    expect(byId.get('front')?.meta).toEqual({ url: 'https://example.com/a', date: '2025-06-06', author: 'A. Writer' });
    expect(byId.get('heading')?.title).toBe('Ceasefire holds');
    // The heading is the title, not a paragraph of the body.
    expect(byId.get('heading')?.paragraphs).toHaveLength(1);
    expect(byId.get('plain')?.title).toBe('Plain');
    expect(byId.get('plain')?.paragraphs).toHaveLength(2);
    expect(byId.get('oil_prices-rise')?.title).toBe('Oil prices rise');
    expect([...byId.values()].map((d) => d.titleFrom)).toEqual(['front-matter', 'heading', 'file-name', 'file-name']);
  });

  it('keeps a front matter url only when it is a web address (http or https): citations link to it', async () => {
    const dir = await corpus({
      'a.md': '---\nurl: javascript:alert(1)\n---\nBody line.',
      'b.txt': '---\nurl: file:///etc/passwd\n---\nBody line.',
      'c.txt': '---\nurl: /news/relative\n---\nBody line.',
      'd.txt': '---\nurl: HTTPS://Example.com/a\n---\nBody line.',
      'e.txt': '---\nurl: http://example.com/b\n---\nBody line.',
    });
    const metas = (await loadCorpus(dir)).documents.map((d) => [d.id, d.meta]);
    expect(metas).toEqual([
      ['a', {}],
      ['b', {}],
      ['c', {}],
      ['d', { url: 'HTTPS://Example.com/a' }],
      ['e', { url: 'http://example.com/b' }],
    ]);
  });

  it('reads the first line of a .txt as its headline when it reads as one: short, no closing stop, more text after', async () => {
    const dir = await corpus({
      'bbc/105.txt':
        'Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76%.\nIts profits were buoyed by ad sales.\n',
      'question.txt': 'Can Federer win again?\nHe said he could.',
      'sentence.txt': 'Pakistan’s outreach appears to be yielding results.\nA second paragraph.',
      'intro.txt': 'Trump posted:\n“I will work with you.”',
      'quoted.txt': 'He said "we will win."\nThe end.',
      'alone.txt': 'Only one short line',
      'long.txt': `${'word '.repeat(21).trim()}\nBody.`,
      'front.txt': '---\ndate: 2025-01-01\n---\nMarkets rally on rate hopes\nStocks rose.',
    });
    const byId = new Map((await loadCorpus(dir)).documents.map((d) => [d.id, d]));
    const doc = byId.get('bbc/105')!;
    // The headline is the title and not a paragraph: paragraph 1 is the first line of the body.
    expect([doc.title, doc.titleFrom]).toEqual(['Ad sales boost Time Warner profit', 'headline']);
    expect(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end))).toEqual([
      'Quarterly profits at US media giant TimeWarner jumped 76%.',
      'Its profits were buoyed by ad sales.',
    ]);
    expect(byId.get('question')?.title).toBe('Can Federer win again?');
    expect(byId.get('front')?.title).toBe('Markets rally on rate hopes');
    // A sentence, an introduction to a quote, a lone line or a long line is body text.
    for (const id of ['sentence', 'intro', 'quoted', 'alone', 'long']) {
      expect([id, byId.get(id)?.titleFrom]).toEqual([id, 'file-name']);
    }
    expect(byId.get('intro')?.paragraphs).toHaveLength(2);
  });

  it('fails when two files resolve to one id', async () => {
    const dir = await corpus({ 'a.txt': 'One.', 'a.md': 'Two.' });
    const error = await failure(loadCorpus(dir));
    expect(error.code).toBe('CORPUS_DUPLICATE_ID');
    expect(error.message).toContain('a.md');
    expect(error.message).toContain('a.txt');
  });
});

describe('loadCorpus: paragraphs and offsets', () => {
  it('splits paragraphs on line breaks; offsets index the original file text', async () => {
    const text = '---\ntitle: T\n---\nFirst line here.\r\n\r\nTrump posted:\n“I will work with you.”\n';
    const dir = await corpus({ 'doc.txt': text });
    const [doc] = (await loadCorpus(dir)).documents;
    expect(doc?.text).toBe(text);
    expect(doc?.paragraphs.map((p) => [p.number, text.slice(p.start, p.end)])).toEqual([
      [1, 'First line here.'],
      [2, 'Trump posted:'],
      [3, '“I will work with you.”'],
    ]);
  });

  it('keeps the seed article text unchanged after its front matter', async () => {
    const seed = await readFile(
      new URL('../../seeds/us-state-department-kashmir-mediation.txt', import.meta.url),
      'utf8',
    );
    const original = await readFile(
      new URL('../../../shared/seeds/000_febc41a24bc89638.txt', import.meta.url),
      'utf8',
    ).catch(() => null);
    if (original !== null) expect(seed.endsWith(original)).toBe(true);
    const [doc] = (await loadCorpus(new URL('../../seeds', import.meta.url).pathname)).documents;
    expect(doc?.paragraphs).toHaveLength(15);
    expect(doc?.text.slice(doc.paragraphs[6]!.start, doc.paragraphs[6]!.end)).toMatch(/Trump posted:$/);
  });
});

describe('loadCorpus: bad input', () => {
  it('names the path of a missing directory', async () => {
    const error = await failure(loadCorpus('/nonexistent/citebot-corpus'));
    expect(error.code).toBe('CORPUS_MISSING');
    expect(error.message).toContain('/nonexistent/citebot-corpus');
  });

  it('names the path of a directory with no article', async () => {
    const dir = await corpus({ 'readme.json': '{}' });
    const error = await failure(loadCorpus(dir));
    expect(error.code).toBe('CORPUS_EMPTY');
    expect(error.message).toContain(dir);
  });

  it('skips binary, non-UTF-8, empty and oversized files with a reason, and loads the rest', async () => {
    const dir = await corpus({
      'good.txt': 'A good article.',
      'binary.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      // Not UTF-8 and not text either: bytes 0x01-0x08 throughout.
      'garbage.txt': new Uint8Array([0x63, 0x01, 0x02, 0x03, 0x04, 0xe9, 0x05, 0x06]),
      'empty.txt': '',
      'blank.md': '  \n\n \n',
      'big.txt': 'word '.repeat(300),
    });
    const result = await loadCorpus(dir, { maxFileBytes: 1000 });
    expect(result.documents.map((d) => d.id)).toEqual(['good']);
    expect(result.skipped.map((s) => [s.file, s.reason])).toEqual([
      ['big.txt', 'too-large'],
      ['binary.txt', 'binary'],
      ['blank.md', 'empty'],
      ['empty.txt', 'empty'],
      ['garbage.txt', 'not-utf8'],
    ]);
    expect(result.skipped[0]?.message).toContain('1.5 KB > 1000 B');
  });

  it('reads 8-bit text that is not UTF-8 as Windows-1252, with a notice', async () => {
    // "café £5 “quoted”" in Windows-1252: é 0xE9, £ 0xA3, curly quotes 0x93 and 0x94.
    const dir = await corpus({
      'old.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xa3, 0x35, 0x20, 0x93, 0x71, 0x94, 0x2e]),
    });
    const result = await loadCorpus(dir);
    expect(result.documents.map((d) => d.text)).toEqual(['caf\u00e9 \u00a35 \u201cq\u201d.']);
    expect(result.notices).toEqual([
      { file: 'old.txt', message: expect.stringContaining('read as Windows-1252') as unknown },
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('fails, listing the reasons, when every file is bad', async () => {
    const dir = await corpus({ 'empty.txt': '' });
    const error = await failure(loadCorpus(dir));
    expect(error.code).toBe('CORPUS_EMPTY');
    expect(error.message).toContain('empty.txt: has no text');
  });
});

describe('loadCorpus: paragraphs', () => {
  const texts = async (files: Record<string, string>): Promise<string[]> => {
    const dir = await corpus(files);
    const [doc] = (await loadCorpus(dir)).documents;
    return doc!.paragraphs.map((p) => doc!.text.slice(p.start, p.end).replace(/\s*\n\s*/g, ' '));
  };

  it('reads Markdown paragraphs as CommonMark does: lines up to a blank line are one paragraph', async () => {
    // A hard-wrapped README; headings and list items stand alone, their markers left out.
    expect(
      await texts({
        'a.md':
          '# Title\n\nFirst line of a paragraph\nwrapped at eighty columns.\n\n## Part\n- one item\n  going on\n- two\n\nLast.',
      }),
    ).toEqual(['First line of a paragraph wrapped at eighty columns.', 'Part', 'one item going on', 'two', 'Last.']);
  });

  it('leaves fenced code out of Markdown and reads each table row as a paragraph', async () => {
    expect(
      await texts({
        'b.md':
          'Run it:\n\n```sh\nnpm test\nnpm start\n```\n\n| setting | default |\n| --- | --- |\n| `PARAPHRASES` | `true` |\n\nDone.',
      }),
    ).toEqual(['Run it:', '| setting | default |', '| `PARAPHRASES` | `true` |', 'Done.']);
  });

  it('reads hard-wrapped plain text by its blank lines, and one-paragraph-a-line text by its lines', async () => {
    expect(
      await texts({
        'wrapped.txt':
          'The minister said the plan\nwould cost more than\nexpected this year.\n\nCritics said the figures\nwere wrong and would\nbe revised.',
      }),
    ).toEqual([
      'The minister said the plan would cost more than expected this year.',
      'Critics said the figures were wrong and would be revised.',
    ]);
    // Every line ends a sentence: one paragraph a line, blank lines or not.
    expect(
      await texts({
        'news.txt': 'Markets rally\n\nShares rose on Monday.\nTrump posted:\n"We will win."\n\nOil fell.',
      }),
    ).toEqual(['Shares rose on Monday.', 'Trump posted:', '"We will win."', 'Oil fell.']);
  });
});

describe('loadCorpus: links and folders', () => {
  it('follows links to files and folders once, and reports a broken link', async () => {
    const { symlink, mkdir: makeDir, writeFile: write } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const dir = await corpus({ 'real/a.txt': 'Alpha.' });
    await makeDir(join(dir, 'elsewhere'));
    await write(join(dir, 'elsewhere', 'b.txt'), 'Beta.');
    await symlink(join(dir, 'elsewhere'), join(dir, 'linked'));
    await symlink(join(dir, 'real', 'a.txt'), join(dir, 'alias.txt'));
    await symlink(join(dir, 'missing.txt'), join(dir, 'broken.txt'));
    await symlink(dir, join(dir, 'real', 'loop'));
    const result = await loadCorpus(dir);
    // linked/ is elsewhere/ again: a real folder is read once (and real/loop back to the root ends).
    expect(result.documents.map((d) => d.id)).toEqual(['alias', 'elsewhere/b', 'real/a']);
    expect(result.skipped.map((s) => [s.file, s.reason])).toEqual([['broken.txt', 'unreadable']]);
  });

  it('an empty title: field falls back to the heading without repeating it as a paragraph', async () => {
    const dir = await corpus({ 'a.md': '---\ntitle:\n---\n# Heading\nBody.' });
    const [doc] = (await loadCorpus(dir)).documents;
    expect(doc?.title).toBe('Heading');
    expect(doc?.paragraphs).toHaveLength(1);
  });
});
