/** toMarkdown and slugFor: what an added article's file holds and is called. */
import { describe, expect, it } from 'vitest';
import { slugFor, toMarkdown } from '../../src/articles/store.ts';
import { parseFrontMatter } from '../../src/corpus/frontMatter.ts';

describe('toMarkdown', () => {
  it('writes front matter, a blank line, then the text', () => {
    const markdown = toMarkdown({
      title: 'Harbour bridge to close',
      url: 'https://news.example/bridge',
      date: '2024-03-05',
      author: 'Priya Raman',
      text: 'First paragraph.\n\nSecond paragraph.',
    });
    expect(markdown).toBe(
      '---\ntitle: Harbour bridge to close\nurl: https://news.example/bridge\ndate: 2024-03-05\nauthor: Priya Raman\n---\n\nFirst paragraph.\n\nSecond paragraph.\n',
    );
  });

  it('leaves out fields it does not have and puts each value on one line', () => {
    expect(toMarkdown({ title: 'Two\nlines\t here ', text: 'Body.' })).toBe(
      '---\ntitle: Two lines here\n---\n\nBody.\n',
    );
  });

  it.each([
    'Breaking: talks collapse',
    '"Not guilty," says minister',
    'Minister says "not guilty"',
    "'Quoted' both ends'",
    '"',
    'A title with a \u2028 line separator',
    '---',
  ])('round-trips through parseFrontMatter: %s', (title) => {
    const article = {
      title,
      url: 'https://news.example/a?b=c:d',
      date: '2024-03-05',
      author: 'O\'Brien: "Pat"',
      text: 'Body.',
    };
    const markdown = toMarkdown(article);
    const front = parseFrontMatter(markdown);
    expect(front.fields).toEqual({
      title: title.replace(/\s+/g, ' '),
      url: article.url,
      date: article.date,
      author: article.author,
    });
    expect(markdown.slice(front.bodyStart)).toBe('\nBody.\n');
  });
});

describe('slugFor', () => {
  it.each([
    ['Harbour bridge to close for six months of repairs', 'harbour-bridge-to-close-for-six-months-of-repairs'],
    ['Oil prices: a 3% rise in Q1?', 'oil-prices-a-3-rise-in-q1'],
    ['Café owners in Zürich protest — again', 'cafe-owners-in-zurich-protest-again'],
    ['Straße', 'strasse'],
    ['   ', 'article'],
    ['北京', 'article'],
    [
      'A very long headline that goes on and on about the many things that happened at the council meeting',
      'a-very-long-headline-that-goes-on-and-on-about-the-many',
    ],
    ['x'.repeat(80), 'x'.repeat(60)],
  ])('%s -> %s', (title, slug) => {
    expect(slugFor(title)).toBe(slug);
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});
