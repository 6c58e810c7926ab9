/**
 * A news page's article: Mozilla's Readability (Firefox's reader view) on a linkedom DOM finds the
 * text; the metadata it does not give (canonical address, a <time> date) is read before it runs,
 * since it rewrites the document.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { CitebotError } from '../errors.ts';
import type { Article } from './store.ts';

/** Shorter than this, what Readability found is a teaser, a cookie wall or a login form. */
export const MIN_ARTICLE_CHARS = 200;

/** The part of the DOM this module uses (the project builds without the DOM's types). */
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  querySelector(selectors: string): DomElement | null;
  appendChild(node: DomNode): DomNode;
  remove(): void;
}
interface DomDocument extends DomElement {
  readonly head: DomElement;
  readonly body: DomElement;
}

export function articleFromHtml(html: string, url: string | null): Article {
  const document = parseDocument(html);
  const canonical = canonicalUrl(document, url);
  const timeDate = dateFromMarkup(document);

  let parsed: ReturnType<Readability<DomElement>['parse']>;
  try {
    parsed = new Readability<DomElement>(document as never, {
      serializer: (node) => node as unknown as DomElement,
    }).parse();
  } catch (error) {
    throw notFound(url, { cause: String(error) });
  }
  const paragraphs = parsed?.content ? blocks(parsed.content) : [];
  const title = oneLine(parsed?.title ?? '') || oneLine(document.querySelector('h1')?.textContent ?? '');
  if (paragraphs.length > 0 && sameText(paragraphs[0]!, title)) paragraphs.shift();
  const author = cleanByline(parsed?.byline);
  // Kept as metadata (front matter), so never a paragraph that /ask could cite as the article's first.
  while (paragraphs.length > 0 && isBylineOrDateline(paragraphs[0]!, author)) paragraphs.shift();
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) throw notFound(url, { chars: text.length });

  const date = isoDate(parsed?.publishedTime) ?? timeDate;
  return {
    title: title || (canonical ? `Article from ${new URL(canonical).hostname}` : 'Untitled article'),
    text,
    ...(canonical ? { url: canonical } : {}),
    ...(date ? { date } : {}),
    ...(author ? { author } : {}),
  };
}

/** The paragraphs of an HTML fragment (a feed item's content), read as an article's are. */
export function paragraphsOfHtml(html: string): string[] {
  return blocks(parseDocument(html).body);
}

function notFound(url: string | null, details: Record<string, unknown>): CitebotError {
  return new CitebotError('ARTICLE_NOT_FOUND', 'I could not find an article on that page.', { url, ...details });
}

/**
 * linkedom does not build the HTML parser's implied <html>, <head> and <body>: a page that leaves
 * one out (or has text outside them) would read as empty. So the page goes into a fixed skeleton.
 */
function parseDocument(html: string): DomDocument {
  const inner = html.replace(/<!doctype[^>]*>|<\/?(?:html|head|body)\b[^>]*>/gi, '');
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${inner}</body></html>`);
  const dom = document as unknown as DomDocument;
  const title = dom.body.querySelector('title');
  if (title) dom.head.appendChild(title);
  // Readability keeps an ad slot that sits among the paragraphs; its class or id gives it away.
  for (const element of Array.from(dom.body.querySelectorAll('[class], [id]'))) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/);
    if (names.some((name) => AD_NAME.test(name))) element.remove();
  }
  return dom;
}

const AD_NAME = /^(?:ads?|advert\w*|ad[-_]\w+|ads[-_]\w+|dfp[-_]?\w*)$/i;
/** What is left of an ad when its markup says nothing: the label alone, as a paragraph. */
const AD_LABEL = /^(?:advertisement|skip advertisement|sponsored content|story continues below(?: advertisement)?)$/i;

function canonicalUrl(document: DomDocument, url: string | null): string | undefined {
  const candidates: string[] = [];
  for (const link of Array.from(document.querySelectorAll('link[rel][href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) candidates.push(link.getAttribute('href')!);
  }
  for (const meta of Array.from(document.querySelectorAll('meta[property="og:url"][content]')))
    candidates.push(meta.getAttribute('content')!);
  for (const candidate of candidates) {
    const resolved = httpUrl(candidate.trim(), url);
    if (resolved) return resolved;
  }
  return url ? (httpUrl(url, null) ?? undefined) : undefined;
}

function httpUrl(raw: string, base: string | null): string | null {
  try {
    const parsed = new URL(raw, base ?? undefined);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A date from markup Readability does not read: schema.org's itemprop, common <meta> names, a <time>. */
function dateFromMarkup(document: DomDocument): string | undefined {
  const selectors = [
    ['meta[itemprop="datePublished"][content]', 'content'],
    ['meta[name="date"][content], meta[name="pubdate"][content], meta[name="dc.date"][content]', 'content'],
    ['time[itemprop="datePublished"][datetime], time[pubdate][datetime]', 'datetime'],
    ['article time[datetime]', 'datetime'],
    ['time[datetime]', 'datetime'],
  ] as const;
  for (const [selector, attribute] of selectors) {
    const date = isoDate(document.querySelector(selector)?.getAttribute(attribute));
    if (date) return date;
  }
  return undefined;
}

/** `2024-03-05T09:30:00+01:00` -> `2024-03-05`: the day as the publisher wrote it, not moved to UTC. */
export function isoDate(raw: string | null | undefined): string | undefined {
  const text = raw?.trim() ?? '';
  if (!text) return undefined;
  const written = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(text);
  let ymd: [number, number, number];
  if (written) ymd = [Number(written[1]), Number(written[2]), Number(written[3])];
  else {
    const parsed = new Date(text);
    if (Number.isNaN(parsed.getTime())) return undefined;
    const zoned = /(?:GMT|UTC|Z|[+-]\d{2}:?\d{2})$/i.test(text);
    ymd = zoned
      ? [parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, parsed.getUTCDate()]
      : [parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate()];
  }
  const [y, m, d] = ymd;
  const check = new Date(Date.UTC(y, m - 1, d));
  if (y < 1800 || y > 2200 || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Longest line read as a byline or dateline: a sentence of prose is longer. */
const BYLINE_MAX = 120;
const BYLINE_START = /^(?:by|written by|words by|reporting by|from)\s+\S/i;
const DATELINE_START = /^(?:published|updated|posted|last updated|first published)\b/i;

/**
 * A line above the story that names who wrote it or when: "By Priya Raman, Transport reporter",
 * "Priya Raman" (the byline Readability found), "4 March 2024", "Updated 10:32 GMT, 5 March 2024".
 */
function isBylineOrDateline(paragraph: string, author: string | undefined): boolean {
  if (paragraph.length > BYLINE_MAX) return false;
  if (BYLINE_START.test(paragraph) || DATELINE_START.test(paragraph)) return true;
  if (author !== undefined && paragraph.toLowerCase().startsWith(author.toLowerCase())) return true;
  // Only a date (and a time): nothing but digits, month names, times and separators.
  return (
    /\d/.test(paragraph) &&
    /^(?:\d{1,4}|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|am|pm|gmt|utc|bst|edt|est|at|[,./:|–—-]|\s)+$/i.test(
      paragraph,
    )
  );
}

function cleanByline(raw: string | null | undefined): string | undefined {
  const byline = oneLine(raw ?? '').replace(/^by\s+/i, '');
  if (!byline || byline.length > 100 || /^https?:\/\//i.test(byline)) return undefined;
  return byline;
}

const ELEMENT = 1;
const TEXT = 3;
/** Elements that start a paragraph of their own; everything else is read inline. */
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FOOTER FORM ' +
    'H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TFOOT THEAD TR UL'
  ).split(' '),
);
/** No prose in these: code, media, controls, and figures (their captions are photo credits). */
const SKIPPED = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG MATH FIGURE IMG PICTURE VIDEO AUDIO IFRAME OBJECT CANVAS BUTTON SELECT TEXTAREA'.split(
    ' ',
  ),
);

/** The text of each paragraph, heading and list item, in order; a <br> also ends a paragraph. */
function blocks(root: DomNode): string[] {
  const out: string[] = [];
  let line = '';
  const flush = (): void => {
    const text = oneLine(line);
    if (text && !AD_LABEL.test(text)) out.push(text);
    line = '';
  };
  const walk = (node: DomNode): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT) line += child.textContent ?? '';
      else if (child.nodeType !== ELEMENT) continue;
      else {
        const tag = child.nodeName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        if (tag === 'BR') flush();
        else if (tag === 'TD' || tag === 'TH') {
          line += ' ';
          walk(child);
          line += ' ';
        } else if (BLOCKS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
