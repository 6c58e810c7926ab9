/**
 * The "uk" development corpus: the news corpus (news-corpus.ts: 2,200 Reuters wire stories) plus
 * the 62 invented BBC-style British articles of tests/quotes/news-dev/articles in a folder of
 * their own, so a question on one of them must find its article among 2,262, as a question on the
 * held-out British archive of issue 17 must among 2,224.
 *
 *   bench-data/uk/corpus/<topic>/<newid>.txt   copies of bench-data/news/corpus (never rewritten)
 *   bench-data/uk/corpus/uk/<nn-name>.txt      the 62 articles: headline on the first line, a blank
 *                                              line, one paragraph a line (as written)
 *
 * Question sets: tests/qa/uk-dev.jsonl (50 answerable) and tests/qa/uk-dev-unanswerable.jsonl (10
 * near misses, 10 off-topic), written before any run on this corpus. Those articles were written
 * for the quote work (their gold there is about quotes, not answers).
 *
 * usage: npx tsx tests/eval/uk-corpus.ts [--force]
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DATA } from '../bench/corpus.ts';
import { buildNewsCorpus } from './news-corpus.ts';

export const UK_DIR = join(BENCH_DATA, 'uk');
export const UK_CORPUS = join(UK_DIR, 'corpus');
const ARTICLES = new URL('../quotes/news-dev/articles', import.meta.url).pathname;
/**
 * The articles the questions were written over (01-62). Later quote rounds add articles to that
 * folder; they stay out, so the corpus, and so every figure measured on it, is the same on any
 * machine whenever it is laid out.
 */
const LAST_ARTICLE = 62;

export function buildUkCorpus(force = false): string {
  const done = join(UK_DIR, 'done');
  if (existsSync(done) && !force) return UK_CORPUS;
  const news = buildNewsCorpus();
  rmSync(UK_CORPUS, { recursive: true, force: true });
  mkdirSync(UK_CORPUS, { recursive: true });
  cpSync(news, UK_CORPUS, { recursive: true });
  mkdirSync(join(UK_CORPUS, 'uk'));
  const files = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt') && Number.parseInt(f, 10) <= LAST_ARTICLE);
  for (const file of files) cpSync(join(ARTICLES, file), join(UK_CORPUS, 'uk', file));
  writeFileSync(done, `${files.length} articles added to ${news}\n`);
  return UK_CORPUS;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
  process.stdout.write(`${buildUkCorpus(values.force)}\n`);
}
