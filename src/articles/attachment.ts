/**
 * An uploaded file or a fetched page made into an article file for the corpus: .txt and .md kept
 * as written (re-encoded to UTF-8 when they were not), HTML reduced to its article.
 */
import { articleLayout } from '../corpus/load.ts';
import { parseFrontMatter } from '../corpus/frontMatter.ts';
import { CitebotError } from '../errors.ts';
import { charsetOf, decodeHtml, decodeText, looksBinary } from './decode.ts';
import { articleFromHtml } from './extract.ts';
import type { FetchedPage } from './safeFetch.ts';
import { checkFileType } from './fileTypes.ts';
import { type StoredArticle, toMarkdown } from './store.ts';

export { checkFileType, FILE_EXTENSIONS } from './fileTypes.ts';

/** What a worker thread or the bot's thread reads into an article (./offThread.ts). */
export type ArticleSource =
  | { readonly kind: 'page'; readonly page: FetchedPage }
  | { readonly kind: 'file'; readonly name: string; readonly bytes: Buffer };

/** The same reading, in whichever thread runs it. */
export function readSource(source: ArticleSource): StoredArticle {
  return source.kind === 'page' ? articleFromPage(source.page) : articleFromFile(source.name, source.bytes);
}

export function articleFromFile(name: string, bytes: Buffer): StoredArticle {
  const extension = checkFileType(name);
  if (bytes.length === 0) throw empty(name);
  if (extension === '.html' || extension === '.htm') {
    const html = decodeHtml(bytes);
    if (looksBinary(html)) throw binary(name);
    return fromHtml(html, null);
  }
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) throw binary(name);
  return fromText(text, extension === '.md' ? '.md' : '.txt', name, encoding);
}

/** A page fetchPage returned: HTML as its article (with its address), plain text and Markdown as they are. */
export function articleFromPage(page: FetchedPage): StoredArticle {
  const type = page.contentType.split(';')[0]!.trim().toLowerCase();
  const path = new URL(page.finalUrl).pathname;
  if (type === 'text/html' || type === 'application/xhtml+xml' || (type === '' && /\.html?$/i.test(path)))
    return fromHtml(decodeHtml(page.body, page.contentType), page.finalUrl);
  const { text, encoding } = decodeText(page.body, charsetOf(page.contentType));
  if (looksBinary(text)) throw binary(path);
  const markdown = type === 'text/markdown' || type === 'text/x-markdown' || /\.md$/i.test(path);
  const front = parseFrontMatter(text);
  // Without front matter of its own, a text page is given its address, for citations.
  const withUrl = Object.keys(front.fields).length > 0 ? text : `---\nurl: ${page.finalUrl}\n---\n\n${text}`;
  return fromText(withUrl, markdown ? '.md' : '.txt', path, encoding);
}

function fromHtml(html: string, url: string | null): StoredArticle {
  const article = articleFromHtml(html, url);
  return { content: toMarkdown(article), extension: '.md', title: article.title };
}

/** Checked and titled as the corpus loader will read the stored file (articleLayout). */
function fromText(text: string, extension: '.txt' | '.md', name: string, encoding: string): StoredArticle {
  const layout = articleLayout(text, name, extension === '.md');
  if (layout === null) throw empty(name);
  const base = { content: text, extension, title: layout.title };
  return encoding === 'utf-8' ? base : { ...base, notice: `The file was not UTF-8: read as ${encoding}.` };
}

function empty(name: string): CitebotError {
  return new CitebotError('FILE_EMPTY', 'That file has no text in it.', { name });
}

function binary(name: string): CitebotError {
  return new CitebotError(
    'FILE_BINARY',
    'That file is not text (it looks like an image, an archive or a document format).',
    {
      name,
    },
  );
}
