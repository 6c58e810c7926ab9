/** articleFromHtml on pages as news sites write them: the article's paragraphs and its metadata, nothing else. */
import { describe, expect, it } from 'vitest';
import { articleFromHtml, isoDate } from '../../src/articles/extract.ts';
import { CitebotError } from '../../src/errors.ts';

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harbour bridge to close for six months of repairs | The Coastal Herald</title>
  <meta property="og:title" content="Harbour bridge to close for six months of repairs">
  <meta property="og:site_name" content="The Coastal Herald">
  <meta property="og:url" content="https://www.coastalherald.example/news/2024/03/harbour-bridge-repairs?utm_source=og">
  <meta property="article:published_time" content="2024-03-05T07:45:00+11:00">
  <meta name="author" content="Priya Raman">
  <link rel="canonical" href="/news/2024/03/harbour-bridge-repairs">
  <link rel="stylesheet" href="/static/site.css">
  <script>window.dataLayer = [{ page: 'article' }];</script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">The Coastal Herald</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/news">News</a></li>
        <li><a href="/sport">Sport</a></li>
        <li><a href="/business">Business</a></li>
        <li><a href="/opinion">Opinion</a></li>
      </ul>
    </nav>
  </header>
  <div class="ad ad-leaderboard" id="ad-top">Advertisement: Subscribe for $1 a week and never miss a story.</div>
  <main>
    <article class="story">
      <h1 class="headline">Harbour bridge to close for six months of repairs</h1>
      <p class="byline">By <a rel="author" href="/authors/priya-raman">Priya Raman</a>, Transport reporter</p>
      <time datetime="2024-03-04T20:45:00Z">4 March 2024</time>
      <div class="story-body">
        <p>The Harbour Bridge will close to all traffic from 1 July for six months while engineers replace its corroded steel cables, the city council announced on Tuesday.</p>
        <p>About 48,000 vehicles cross the bridge each day. Council officers said buses would be diverted through the tunnel and that two extra ferry services would run at peak hours.</p>
        <div class="ad ad-inline">Advertisement</div>
        <h2>Why now?</h2>
        <p>An inspection last autumn found that nine of the bridge's 64 suspension cables had lost more than a fifth of their strength. "We cannot wait another winter," said the council's chief engineer, Tomasz Wójcik.</p>
        <p>The repairs are expected to cost &pound;112 million, of which the national government will pay about two thirds.</p>
        <p>Local businesses on the north shore fear a drop in trade. The chamber of commerce has asked for the works to be split into two shorter closures.</p>
        <ul>
          <li>Closure starts: 1 July</li>
          <li>Expected reopening: early January</li>
        </ul>
        <p>The council will hold a public meeting about the diversions at the town hall on 12 March.</p>
      </div>
      <aside class="related">
        <h3>Related stories</h3>
        <ul>
          <li><a href="/news/ferry-fares">Ferry fares to rise in April</a></li>
          <li><a href="/news/tunnel-tolls">Tunnel tolls frozen for a year</a></li>
        </ul>
      </aside>
    </article>
  </main>
  <footer class="site-footer">
    <p>&copy; 2024 The Coastal Herald. All rights reserved.</p>
    <a href="/privacy">Privacy</a> <a href="/terms">Terms</a>
  </footer>
</body>
</html>`;

const PARAGRAPHS = [
  'The Harbour Bridge will close to all traffic from 1 July for six months while engineers replace its corroded steel cables, the city council announced on Tuesday.',
  'About 48,000 vehicles cross the bridge each day. Council officers said buses would be diverted through the tunnel and that two extra ferry services would run at peak hours.',
  'Why now?',
  `An inspection last autumn found that nine of the bridge's 64 suspension cables had lost more than a fifth of their strength. "We cannot wait another winter," said the council's chief engineer, Tomasz Wójcik.`,
  'The repairs are expected to cost £112 million, of which the national government will pay about two thirds.',
  'Local businesses on the north shore fear a drop in trade. The chamber of commerce has asked for the works to be split into two shorter closures.',
  'Closure starts: 1 July',
  'Expected reopening: early January',
  'The council will hold a public meeting about the diversions at the town hall on 12 March.',
];

/** Enough text for Readability to call it an article. */
const BODY = [
  'The regional water authority approved a plan on Monday to build a second reservoir in the northern hills, ending a decade of debate over how to supply the growing city.',
  'The reservoir will hold about 40 billion litres and is expected to be finished in 2031. Engineers said it would cover the city for three dry summers in a row.',
  'Farmers in the valley have objected to the loss of grazing land, and a group of residents has said it will challenge the decision in court.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

function notFound(html: string): CitebotError {
  let error: unknown = null;
  try {
    articleFromHtml(html, 'https://news.example/a');
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CitebotError);
  return error as CitebotError;
}

describe('articleFromHtml', () => {
  it('reads a news page: title, canonical address, date, byline, paragraphs without the page around them', () => {
    const article = articleFromHtml(
      NEWS_PAGE,
      'https://www.coastalherald.example/news/2024/03/harbour-bridge-repairs?ref=home',
    );
    expect(article).toEqual({
      title: 'Harbour bridge to close for six months of repairs',
      url: 'https://www.coastalherald.example/news/2024/03/harbour-bridge-repairs',
      date: '2024-03-05',
      author: 'Priya Raman',
      text: PARAGRAPHS.join('\n\n'),
    });
  });

  it('takes og:url when there is no canonical link, and the page address when neither is http(s)', () => {
    const og = `<html><head><title>Reservoir approved</title><meta property="og:url" content="https://news.example/reservoir"></head><body><article>${BODY}</article></body></html>`;
    expect(articleFromHtml(og, 'https://m.news.example/reservoir?amp=1').url).toBe('https://news.example/reservoir');

    const odd = `<html><head><title>Reservoir approved</title><link rel="canonical" href="javascript:void(0)"></head><body><article>${BODY}</article></body></html>`;
    expect(articleFromHtml(odd, 'https://news.example/r').url).toBe('https://news.example/r');
    expect(articleFromHtml(odd, null).url).toBeUndefined();
  });

  it('dates: JSON-LD datePublished, else a <time datetime>; no date when there is none', () => {
    const jsonLd = `<html><head><title>Reservoir approved</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Reservoir approved","datePublished":"2023-11-30T18:00:00-05:00","author":{"@type":"Person","name":"Sam Okafor"}}</script></head><body><article>${BODY}</article></body></html>`;
    const fromJsonLd = articleFromHtml(jsonLd, null);
    expect(fromJsonLd.date).toBe('2023-11-30');
    expect(fromJsonLd.author).toBe('Sam Okafor');

    const time = `<html><head><title>Reservoir approved</title></head><body><article><p>Published <time datetime="2022-02-01T09:00:00Z">1 February</time></p>${BODY}</article></body></html>`;
    expect(articleFromHtml(time, null).date).toBe('2022-02-01');

    const none = `<html><head><title>Reservoir approved</title></head><body><article>${BODY}</article></body></html>`;
    const plain = articleFromHtml(none, null);
    expect(plain.date).toBeUndefined();
    expect(plain.author).toBeUndefined();
  });

  it('keeps paragraphs apart: list items, headings and <br> each end one', () => {
    const html = `<html><head><title>Reservoir approved</title></head><body><article>${BODY}<h2>What happens next</h2><ul><li>A public inquiry</li><li>A vote in March</li></ul><p>First line<br>Second   line</p></article></body></html>`;
    const paragraphs = articleFromHtml(html, null).text.split('\n\n');
    expect(paragraphs.slice(3)).toEqual([
      'What happens next',
      'A public inquiry',
      'A vote in March',
      'First line',
      'Second line',
    ]);
  });

  it('reads a page that leaves out <html>, <head> and <body>', () => {
    const article = articleFromHtml(`<title>Reservoir approved</title>\n${BODY}`, null);
    expect(article.title).toBe('Reservoir approved');
    expect(article.text.split('\n\n')).toHaveLength(3);
  });

  it('refuses a page with no article', () => {
    const login = `<html><head><title>Sign in</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><form><p>Sign in to keep reading.</p><input name="email"><button>Continue</button></form></body></html>`;
    for (const html of [login, '', '<p>Too short to be an article.</p>', 'plain words']) {
      const error = notFound(html);
      expect(error.code).toBe('ARTICLE_NOT_FOUND');
      expect(error.message).toBe('I could not find an article on that page.');
    }
  });
});

describe('isoDate', () => {
  it.each([
    ['2024-03-05T07:45:00+11:00', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['2024-12-31T23:30:00-08:00', '2024-12-31'],
    ['Tue, 05 Mar 2024 23:30:00 GMT', '2024-03-05'],
    ['2024-02-30', undefined],
    ['yesterday', undefined],
    ['', undefined],
  ])('%s -> %s', (raw, date) => {
    expect(isoDate(raw)).toBe(date);
  });
});

describe('bylines and datelines', () => {
  // Written as plain paragraphs (no byline class for Readability to spot), they used to become paragraph 1.
  const page = (lead: string): string => `<html><head><title>Ferry timetable changes</title></head><body><article>
    <h1>Ferry timetable changes</h1>
    ${lead}
    <p>The island ferry will leave thirty minutes earlier from Monday, the operator said, because of the new tide tables published this week.</p>
    <p>Passengers with season tickets will be offered a refund if the new times no longer suit them, according to a notice at the terminal.</p>
    <p>The first sailing will now leave the harbour at 06:15 and the last will return at 21:40 on weekdays.</p>
  </article></body></html>`;

  it('are metadata, not the first paragraph', () => {
    const article = articleFromHtml(
      page('<p>By Jane Doe, Islands correspondent</p><p>Updated 10:32 GMT, 5 March 2024</p><p>4 March 2024</p>'),
      'https://news.example/ferry',
    );
    expect(article.text.split('\n\n')[0]).toMatch(/^The island ferry will leave thirty minutes earlier/);
    expect(article.text).not.toContain('Jane Doe');
    expect(article.text).not.toContain('Updated 10:32');
  });

  it('leaves a first paragraph of prose alone, even one that starts with a date', () => {
    const article = articleFromHtml(
      page('<p>5 March 2024 will be remembered on the island as the day the timetable changed for good.</p>'),
      'https://news.example/ferry',
    );
    expect(article.text.split('\n\n')[0]).toBe(
      '5 March 2024 will be remembered on the island as the day the timetable changed for good.',
    );
  });
});
