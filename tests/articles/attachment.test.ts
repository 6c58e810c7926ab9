/** articleFromFile and articleFromPage: what an upload or a fetched page becomes in the corpus. */
import { describe, expect, it } from 'vitest';
import { articleFromFile, articleFromPage } from '../../src/articles/attachment.ts';
import { CitebotError } from '../../src/errors.ts';

const PARAGRAPHS = [
  'The regional water authority approved a plan on Monday to build a second reservoir in the northern hills, ending a decade of debate over how to supply the growing city.',
  'The reservoir will hold about 40 billion litres and is expected to be finished in 2031.',
  'Farmers in the valley have objected to the loss of grazing land.',
];
const HTML = `<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Reservoir approved</title>
<link rel="canonical" href="https://news.example/reservoir"><meta property="article:published_time" content="2024-01-15T10:00:00Z">
</head><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const STORED_HTML = `---\ntitle: Reservoir approved\nurl: https://news.example/reservoir\ndate: 2024-01-15\n---\n\n${PARAGRAPHS.join('\n\n')}\n`;

function failure(run: () => unknown): CitebotError {
  let error: unknown = null;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CitebotError);
  return error as CitebotError;
}

describe('articleFromFile', () => {
  it('keeps a .txt file as it is, titled by its headline', () => {
    const text = 'Reservoir approved\n\nThe regional water authority approved a plan on Monday.\n';
    expect(articleFromFile('reservoir.txt', Buffer.from(text))).toEqual({
      content: text,
      extension: '.txt',
      title: 'Reservoir approved',
    });
  });

  it('keeps a .md file as it is, titled by its front matter or heading, else its name', () => {
    const front = '---\ntitle: From front matter\n---\n\n# A heading\n\nBody text.\n';
    expect(articleFromFile('notes.MD', Buffer.from(front))).toEqual({
      content: front,
      extension: '.md',
      title: 'From front matter',
    });
    expect(articleFromFile('notes.md', Buffer.from('# A heading\n\nBody text.\n')).title).toBe('A heading');
    expect(articleFromFile('water_plan.md', Buffer.from('Body text only.\n')).title).toBe('Water plan');
  });

  it('reads 8-bit text as Windows-1252 and says so', () => {
    const bytes = Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' prices rose by 5 '), 0x80, 0x2e]);
    expect(articleFromFile('cafe.txt', bytes)).toEqual({
      content: 'Café prices rose by 5 €.',
      extension: '.txt',
      title: 'Cafe',
      notice: 'The file was not UTF-8: read as windows-1252.',
    });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Body text.\n', 'utf16le')]);
    expect(articleFromFile('a.txt', bytes).content).toBe('Body text.\n');
  });

  it('makes an HTML file into the article it holds, in its declared charset', () => {
    const bytes = Buffer.from(HTML.replace('approved a plan', 'approved a plan\u2014'), 'latin1');
    bytes[bytes.indexOf(0x14)] = 0x97; // Windows-1252's em dash
    const stored = articleFromFile('page.htm', bytes);
    expect(stored.extension).toBe('.md');
    expect(stored.title).toBe('Reservoir approved');
    expect(stored.content).toBe(STORED_HTML.replace('approved a plan', 'approved a plan\u2014'));
  });

  it('refuses other extensions, empty files and binary files', () => {
    const pdf = failure(() => articleFromFile('report.pdf', Buffer.from('%PDF-1.7')));
    expect(pdf.code).toBe('FILE_TYPE');
    expect(pdf.message).toBe('I can only add .txt, .md, .html, .htm files, not .pdf.');
    expect(failure(() => articleFromFile('README', Buffer.from('x'))).message).toBe(
      'I can only add .txt, .md, .html, .htm files.',
    );

    for (const bytes of [Buffer.alloc(0), Buffer.from('\n  \n'), Buffer.from('---\ntitle: Only a title\n---\n')]) {
      const error = failure(() => articleFromFile('empty.md', bytes));
      expect(error.code).toBe('FILE_EMPTY');
      expect(error.message).toBe('That file has no text in it.');
    }

    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    for (const name of ['photo.txt', 'photo.html']) {
      const error = failure(() => articleFromFile(name, png));
      expect(error.code).toBe('FILE_BINARY');
    }
  });

  it('refuses an HTML file with no article', () => {
    const error = failure(() => articleFromFile('page.html', Buffer.from('<html><body><p>Hi.</p></body></html>')));
    expect(error.code).toBe('ARTICLE_NOT_FOUND');
  });
});

describe('articleFromPage', () => {
  it('makes a fetched HTML page into its article, using the header charset', () => {
    const page = {
      finalUrl: 'https://m.news.example/reservoir',
      contentType: 'text/html; charset=utf-8',
      body: Buffer.from(HTML.replace('windows-1252', 'utf-8')),
    };
    expect(articleFromPage(page)).toEqual({ content: STORED_HTML, extension: '.md', title: 'Reservoir approved' });
  });

  it('keeps a plain text page, giving it its address when it has no front matter', () => {
    const page = {
      finalUrl: 'https://news.example/a.txt',
      contentType: 'text/plain',
      body: Buffer.from('Headline\nBody.\n'),
    };
    expect(articleFromPage(page)).toEqual({
      content: '---\nurl: https://news.example/a.txt\n---\n\nHeadline\nBody.\n',
      extension: '.txt',
      title: 'Headline',
    });
    const markdown = {
      finalUrl: 'https://news.example/a',
      contentType: 'text/markdown; charset=utf-8',
      body: Buffer.from('---\ntitle: Own\n---\n\nBody.\n'),
    };
    expect(articleFromPage(markdown)).toEqual({
      content: '---\ntitle: Own\n---\n\nBody.\n',
      extension: '.md',
      title: 'Own',
    });
  });
});
