/**
 * Feeds and item pages for the feed specs: three stories told apart by their facts (so /ask about
 * one cites that one), written as an Atom feed, an RSS 2.0 feed and a JSON Feed, each item with a
 * news page of its own; and a local web server on 127.0.0.1 that serves them, answers conditional
 * requests with 304, and counts every request by path.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Story {
  readonly slug: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** ISO date-time it was published. */
  readonly published: string;
  readonly author: string;
  /** A question only this story answers, and a word its answer holds. */
  readonly question: string;
  readonly answer: string;
}

export const STORIES: readonly Story[] = [
  {
    slug: 'tram',
    title: 'Riverside tram line to reopen in May',
    paragraphs: [
      'The Riverside tram line will reopen on the first of May after eighteen months of repairs, the city transport office said on Tuesday.',
      'Engineers replaced 2,300 metres of track and rebuilt the Mill Street bridge, which had been closed since a flood damaged its piers.',
      'Trams will run every six minutes at peak hours, and a single fare will stay at 1.80 pounds until the end of the year.',
    ],
    published: '2026-12-01T09:00:00Z',
    author: 'Nadia Okafor',
    question: 'how many metres of track did engineers replace',
    answer: '2,300',
  },
  {
    slug: 'orchard',
    title: 'Hill farm plants a community orchard',
    paragraphs: [
      'Volunteers planted 450 apple and pear trees at Hill Farm on Saturday, creating the largest community orchard in the county.',
      'The farm’s owner, Tomas Berg, said the fruit would be free for local schools and the food bank once the trees start bearing in four years.',
      'A grant from the county heritage fund paid for the trees, which include eleven old local varieties that had almost disappeared.',
    ],
    published: '2026-12-02T10:30:00Z',
    author: 'Lena Voss',
    question: 'how many apple and pear trees did volunteers plant',
    answer: '450',
  },
  {
    slug: 'observatory',
    title: 'Observatory telescope spots a new comet',
    paragraphs: [
      'Astronomers at the Kestrel Point observatory have found a new comet, the first discovered from the site in thirty years.',
      'The comet, named Kestrel 2026a, was spotted by a student, Amira Haddad, while checking images taken on the observatory’s refurbished telescope.',
      'It will pass closest to the Sun in March and may be visible with binoculars for about two weeks, the observatory director said.',
    ],
    published: '2026-12-03T20:15:00Z',
    author: 'Priya Raman',
    question: 'who spotted the new comet',
    answer: 'Amira Haddad',
  },
];

/** A later story, for "a new item appears". */
export const LATER: Story = {
  slug: 'ferry',
  title: 'Island ferry gets an electric twin',
  paragraphs: [
    'The island ferry service will add a second, fully electric boat in June, the harbour board announced on Friday.',
    'The new boat, the Gannet, carries 180 passengers and charges at the quay in twenty minutes between crossings.',
    'Fares will not change, the board said, and the old diesel ferry will be kept as a reserve for winter storms.',
  ],
  published: '2026-12-04T08:00:00Z',
  author: 'Owen Price',
  question: 'how many passengers does the Gannet carry',
  answer: '180',
};

/** `count` stories that differ in their facts, for a poll that brings many items at once. */
export function manyStories(count: number, from = '2026-12-05T00:00:00Z'): Story[] {
  const towns = ['Ashby', 'Brent', 'Calder', 'Dunmore', 'Elston', 'Fenwick', 'Garth', 'Holm', 'Irby', 'Jarrow'];
  return Array.from({ length: count }, (_, i) => {
    const town = `${towns[i % towns.length]}${i >= towns.length ? ` ${Math.floor(i / towns.length) + 1}` : ''}`;
    const seats = 100 + i * 7;
    return {
      slug: `hall-${i + 1}`,
      title: `${town} opens a new village hall number ${i + 1}`,
      paragraphs: [
        `The village of ${town} opened its new hall on Sunday, with ${seats} seats and a stage for the local theatre group, number ${i + 1} of the county's programme.`,
        `The hall cost ${i + 2} hundred thousand pounds and was paid for by the parish council of ${town} and a lottery grant, the council chair said.`,
        `Its first event, a concert by the ${town} brass band, sold out in ${i + 3} days.`,
      ],
      published: new Date(Date.parse(from) + i * 60_000).toISOString(),
      author: 'Staff reporter',
      question: `how many seats does the ${town} hall have`,
      answer: String(seats),
    };
  });
}

/** A news page as a site serves it: navigation, the article, a footer. */
export function storyPage(story: Story): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${story.title}</title>
<meta property="article:published_time" content="${story.published}"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>${story.title}</h1><p class="byline">By ${story.author}</p>
${story.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>© The Local Courier</footer></body></html>
`;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function atomFeed(base: string, stories: readonly Story[]): string {
  const entries = stories.map(
    (s) => `<entry><title>${escapeXml(s.title)}</title><id>urn:courier:${s.slug}</id>
<link rel="alternate" href="${base}/news/${s.slug}.html"/><published>${s.published}</published><updated>${s.published}</updated>
<author><name>${escapeXml(s.author)}</name></author><summary>${escapeXml(s.paragraphs[0]!)}</summary></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>The Local Courier</title><id>urn:courier</id>
<updated>2026-12-05T00:00:00Z</updated><link rel="self" href="${base}/atom.xml"/>
${entries.join('\n')}
</feed>
`;
}

export function rssFeed(base: string, stories: readonly Story[]): string {
  const items = stories.map(
    (s) => `<item><title>${escapeXml(s.title)}</title><link>${base}/news/${s.slug}.html</link>
<guid isPermaLink="false">courier-${s.slug}</guid><pubDate>${new Date(s.published).toUTCString()}</pubDate>
<description>${escapeXml(s.paragraphs.map((p) => `<p>${p}</p>`).join(''))}</description></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>The Local Courier (RSS)</title><link>${base}/</link><description>News</description>
${items.join('\n')}
</channel></rss>
`;
}

export function jsonFeed(base: string, stories: readonly Story[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'The Local Courier (JSON)',
    home_page_url: `${base}/`,
    items: stories.map((s) => ({
      id: `courier-json-${s.slug}`,
      url: `${base}/news/${s.slug}.html`,
      title: s.title,
      content_html: s.paragraphs.map((p) => `<p>${p}</p>`).join(''),
      date_published: s.published,
      authors: [{ name: s.author }],
    })),
  });
}

export interface FeedServer {
  readonly base: string;
  /** Requests by path, and the status answered. */
  readonly requests: { path: string; status: number }[];
  /** What each feed path serves now; change it to publish a new item. */
  readonly feeds: Map<string, { type: string; body: string }>;
  /** Extra pages by path (status 200, HTML unless typed). */
  readonly pages: Map<string, { type: string; body: string | Buffer }>;
  /** Paths answered with an error status (and headers) instead, first. */
  readonly failing: Map<string, { status: number; headers: Record<string, string> }>;
  count(path: string, status?: number): number;
  /** Holds the answers to `path` until the returned function is called (a poll caught half way). */
  hold(path: string): () => void;
  close(): Promise<void>;
}

/**
 * Serves `/atom.xml`, `/rss.xml`, `/feed.json` (set in `feeds`), one page per story under /news/,
 * and `pages`. A feed is answered 304 when the request's If-None-Match is its current ETag (a hash
 * of its body), so an unchanged feed costs nothing.
 */
export async function startFeedServer(stories: readonly Story[] = STORIES): Promise<FeedServer> {
  const requests: { path: string; status: number }[] = [];
  const feeds = new Map<string, { type: string; body: string }>();
  const pages = new Map<string, { type: string; body: string | Buffer }>();
  const failing = new Map<string, { status: number; headers: Record<string, string> }>();
  const known = new Map<string, Story>();
  const held = new Map<string, Promise<void>>();
  const pageOf = (story: Story): void => {
    known.set(`/news/${story.slug}.html`, story);
  };
  for (const s of [...stories, LATER, ...manyStories(30)]) pageOf(s);
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = req.url ?? '/';
    await held.get(path);
    const answer = (status: number, headers: Record<string, string>, body?: string | Buffer): void => {
      requests.push({ path, status });
      res.writeHead(status, headers).end(body);
    };
    const feed = feeds.get(path);
    const page = pages.get(path);
    const story = known.get(path);
    const failure = failing.get(path);
    if (failure !== undefined) answer(failure.status, failure.headers, 'failing');
    else if (feed !== undefined) {
      const etag = `"${hash(feed.body)}"`;
      if (req.headers['if-none-match'] === etag) answer(304, { etag });
      else answer(200, { 'content-type': feed.type, etag }, feed.body);
    } else if (page !== undefined) answer(200, { 'content-type': page.type }, page.body);
    else if (story !== undefined) answer(200, { 'content-type': 'text/html; charset=utf-8' }, storyPage(story));
    else answer(404, { 'content-type': 'text/plain' }, 'not found');
  };
  const server: Server = createServer((req, res) => void handle(req, res));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  feeds.set('/atom.xml', { type: 'application/atom+xml', body: atomFeed(base, stories) });
  feeds.set('/rss.xml', { type: 'application/rss+xml; charset=utf-8', body: rssFeed(base, stories) });
  feeds.set('/feed.json', { type: 'application/feed+json', body: jsonFeed(base, stories) });
  return {
    base,
    requests,
    feeds,
    pages,
    failing,
    count: (path, status) =>
      requests.filter((r) => r.path === path && (status === undefined || r.status === status)).length,
    hold: (path) => {
      let release = (): void => undefined;
      held.set(
        path,
        new Promise<void>((resolve) => {
          release = resolve;
        }),
      );
      return () => {
        held.delete(path);
        release();
      };
    },
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close').catch(() => undefined);
    },
  };
}

function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16);
}
