/**
 * How an added article is written to disk: the corpus loader's front matter (title, url, date,
 * author) over the text, and a file name made from the title.
 */

export interface Article {
  readonly title: string;
  /** Plain text, paragraphs separated by blank lines. */
  readonly text: string;
  readonly url?: string;
  /** YYYY-MM-DD. */
  readonly date?: string;
  readonly author?: string;
}

/** An article ready to be written: `content` goes to `<slugFor(title)><extension>`. */
export interface StoredArticle {
  readonly content: string;
  /** `.md` for anything made from HTML; uploaded .txt and .md files keep theirs (the loader reads them differently). */
  readonly extension: '.txt' | '.md';
  readonly title: string;
  /** Something to tell the user about the file (`read as Windows-1252`). */
  readonly notice?: string;
}

const FIELDS = ['title', 'url', 'date', 'author'] as const;

export function toMarkdown(article: Article): string {
  const lines = ['---'];
  for (const key of FIELDS) {
    const value = frontMatterValue(article[key]);
    if (value) lines.push(`${key}: ${value}`);
  }
  lines.push('---', '', article.text.trim(), '');
  return lines.join('\n');
}

/**
 * One line, as parseFrontMatter reads it back: it trims values and takes off one pair of
 * matching quotes, so a value that starts or ends with a quote gets a pair of its own.
 */
function frontMatterValue(value: string | undefined): string {
  const line = (value ?? '').replace(/\s+/g, ' ').trim();
  return /^["']|["']$/.test(line) ? `"${line}"` : line;
}

const SLUG_MAX = 60;

/** `Oil prices: a 3% rise in Q1?` -> `oil-prices-a-3-rise-in-q1`; whole words, at most 60 characters. */
export function slugFor(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX) break;
    slug = next;
  }
  if (!slug && words.length > 0) slug = words[0]!.slice(0, SLUG_MAX);
  return slug || 'article';
}
