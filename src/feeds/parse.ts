/**
 * A feed's bytes to its items: feedsmith reads RSS 2.0, Atom, RDF (RSS 1.0) and JSON Feed; this
 * file only maps each format's fields to one item shape (a key to tell items apart, the link, the
 * title, the date, the author and the item's own text) and says clearly when the bytes are not a
 * feed: a web page, or something broken.
 */
import { parseFeed } from 'feedsmith';
import { paragraphsOfHtml } from '../articles/extract.ts';
import { charsetOf, decodeHtml, decodeText } from '../articles/decode.ts';
import { CitebotError } from '../errors.ts';

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedItem {
  /** What tells this item from the others for good: its guid (id), else its link, else its title. */
  readonly key: string;
  /** The item's page (http or https, made absolute against the feed's address). */
  readonly link?: string;
  readonly title: string;
  /** When it was published (else updated), in milliseconds since the epoch. */
  readonly published?: number;
  readonly author?: string;
  /** The item's own text (content, else summary or description), paragraphs separated by blank lines. */
  readonly text: string;
}

export interface ParsedFeed {
  readonly format: FeedFormat;
  readonly title: string;
  /** In the feed's order (newest first, as feeds are usually written). */
  readonly items: readonly FeedItem[];
}

/** Loosely typed feedsmith output: each format names its fields its own way. */
// biome-ignore lint/suspicious/noExplicitAny: the four formats' shapes are read field by field below
type Loose = any;

/** Reads a fetched feed; FEED_IS_A_PAGE for a web page, FEED_INVALID for anything else that is not a feed. */
export function parseFeedBody(body: Buffer, contentType: string, feedUrl: string): ParsedFeed {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const text = type.includes('html')
    ? decodeHtml(body, contentType)
    : decodeText(body, declaredCharset(body, contentType)).text;
  let parsed: { format: FeedFormat; feed: Loose };
  try {
    parsed = parseFeed(text.replace(/^\uFEFF/, '')) as { format: FeedFormat; feed: Loose };
  } catch (error) {
    if (looksLikeHtml(text)) {
      const named = advertisedFeed(text, feedUrl);
      throw new CitebotError(
        'FEED_IS_A_PAGE',
        `That address is a web page, not a feed.${named ? ` The page names its feed: ${named}` : ' Give the address of its RSS, Atom or JSON feed.'}`,
        { url: feedUrl, ...(named ? { advertised: named } : {}) },
      );
    }
    throw new CitebotError(
      'FEED_INVALID',
      'That address does not serve a feed I can read: it is not valid RSS, Atom or JSON Feed. Nothing was added.',
      { url: feedUrl, cause: error instanceof Error ? error.message : String(error) },
    );
  }
  const { format, feed } = parsed;
  const entries: Loose[] = (format === 'atom' ? feed.entries : feed.items) ?? [];
  const items: FeedItem[] = [];
  for (const entry of entries) {
    const item = itemOf(format, entry, feedUrl);
    if (item !== null) items.push(item);
  }
  return { format, title: oneLine(textOf(feed.title)) || new URL(feedUrl).hostname, items };
}

function itemOf(format: FeedFormat, entry: Loose, feedUrl: string): FeedItem | null {
  let id: string | undefined;
  let link: string | undefined;
  let date: string | undefined;
  let author: string | undefined;
  let html: string | undefined;
  let plain: string | undefined;
  if (format === 'atom') {
    id = entry.id;
    const links: Loose[] = entry.links ?? [];
    link = (links.find((l) => l.rel === undefined || l.rel === 'alternate') ?? links[0])?.href;
    date = entry.published ?? entry.updated;
    author = entry.authors?.[0]?.name;
    const body = entry.content ?? entry.summary;
    if (body?.type === 'html' || body?.type === 'xhtml') html = body.value;
    else plain = body?.value;
  } else if (format === 'json') {
    id = entry.id === undefined ? undefined : String(entry.id);
    link = entry.url ?? entry.external_url;
    date = entry.date_published ?? entry.date_modified;
    author = entry.authors?.[0]?.name ?? entry.author?.name;
    html = entry.content_html;
    plain = entry.content_text ?? entry.summary;
  } else {
    id = format === 'rss' ? entry.guid?.value : entry.rdf?.about;
    link = entry.link;
    date = entry.pubDate ?? entry.dc?.dates?.[0] ?? entry.dc?.date;
    author = entry.dc?.creators?.[0] ?? entry.dc?.creator ?? entry.authors?.[0]?.name ?? entry.authors?.[0];
    html = entry.content?.encoded ?? entry.description;
  }
  const url = webAddress(link, feedUrl);
  const title = oneLine(textOf(entry.title));
  const paragraphs = html !== undefined ? paragraphsOfHtml(String(html)) : paragraphsOfText(plain);
  const key = oneLine(String(id ?? '')) || url || title;
  if (!key) return null;
  const published = date === undefined ? Number.NaN : Date.parse(String(date));
  const byline = typeof author === 'string' ? oneLine(author) : '';
  return {
    key,
    ...(url ? { link: url } : {}),
    title: title || paragraphs[0]?.slice(0, 100) || 'Untitled item',
    ...(Number.isFinite(published) ? { published } : {}),
    ...(byline ? { author: byline } : {}),
    text: paragraphs.join('\n\n'),
  };
}

/** A title given as text or as Atom's `{ value }`, entities already decoded by the parser; markup removed. */
function textOf(value: Loose): string {
  const raw = typeof value === 'string' ? value : typeof value?.value === 'string' ? value.value : '';
  return raw.includes('<') ? paragraphsOfHtml(raw).join(' ') : raw;
}

function paragraphsOfText(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map(oneLine)
    .filter((p) => p !== '');
}

/** An http(s) address, made absolute against the feed's; undefined otherwise. */
function webAddress(raw: string | undefined, base: string): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The header's charset, else the XML declaration's encoding. */
function declaredCharset(body: Buffer, contentType: string): string | null {
  const declaration = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(body.subarray(0, 200).toString('latin1'));
  return charsetOf(contentType) ?? declaration?.[1] ?? null;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(
    text.slice(0, 4096),
  );
}

/** The feed a page links to (`<link rel="alternate" type="application/rss+xml" href>`), if any. */
function advertisedFeed(html: string, pageUrl: string): string | undefined {
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel\s*=\s*["']?alternate\b/i.test(tag)) continue;
    if (!/\btype\s*=\s*["']?application\/(?:rss|atom|feed)\+(?:xml|json)/i.test(tag)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const url = webAddress(href?.[1] ?? href?.[2] ?? href?.[3], pageUrl);
    if (url) return url;
  }
  return undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
