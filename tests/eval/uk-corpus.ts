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
 * "uk2" (buildUkCorpus(force, 'uk2'), or --uk2): the same wire stories plus articles
 * 01-74 in bench-data/uk2 (never bench-data/uk), so a question on one of the 12 articles 63-74 must
 * find its article among 2,274. Those 12 were written for the quote work after the uk questions
 * were tuned on; tests/qa/uk2-dev.jsonl (24 answerable, two an article) and
 * tests/qa/uk2-dev-unanswerable.jsonl (6 near misses, 6 off-topic) were written on them before any
 * run: a held-out figure for British articles.
 *
 * "uk3" (buildUkCorpus(force, 'uk3'), or --uk3): the same wire stories plus articles 01-86 in
 * bench-data/uk3 (never bench-data/uk or uk2): 2,286 articles. Articles 75-86 were written for the
 * quote work after uk2 was tuned on; tests/qa/uk3-dev.jsonl (24 answerable, two an article) and
 * tests/qa/uk3-dev-unanswerable.jsonl (6 near misses, 6 off-topic) were written on them before any
 * run: a second held-out figure for British articles.
 *
 * "uk4" (buildUkCorpus(force, 'uk4'), or --uk4): the same wire stories plus articles 01-92 in
 * bench-data/uk4 (never bench-data/uk, uk2 or uk3): 2,292 articles. Articles 87-92 were written
 * for the quote work and no answer question had touched them; tests/qa/uk4-dev.jsonl (12
 * answerable, two an article) and tests/qa/uk4-dev-unanswerable.jsonl (3 near misses, 3
 * off-topic) were written on them before any run: a third, smaller held-out figure.
 *
 * "uk5" (buildUkCorpus(force, 'uk5'), or --uk5): the same wire stories plus articles 01-98 in
 * bench-data/uk5 (never bench-data/uk..uk4): 2,298 articles. Articles 93-98 were written for the
 * quote work and no answer question had touched them; tests/qa/uk5-dev.jsonl (18 answerable,
 * three an article) and tests/qa/uk5-dev-unanswerable.jsonl (4 near misses, 4 off-topic) were
 * written on them before any run, to be scored once on the day's final code.
 *
 * "uk6" (buildUkCorpus(force, 'uk6'), or --uk6): the same wire stories plus articles 01-104 in
 * bench-data/uk6 (never bench-data/uk..uk5): 2,304 articles. Articles 99-104 were written for the
 * quote work's twenty-second round and no answer question had touched them; tests/qa/uk6-dev.jsonl
 * (18 answerable, three an article) and tests/qa/uk6-dev-unanswerable.jsonl (4 near misses, 4
 * off-topic) were written on them before any run, to be scored once on the day's final code.
 *
 * "uk7" (buildUkCorpus(force, 'uk7'), or --uk7): the same wire stories plus articles 01-110 in
 * bench-data/uk7 (never bench-data/uk..uk6): 2,310 articles. Articles 105-110 were written for the
 * quote work's twenty-third round and no answer question had touched them; tests/qa/uk7-dev.jsonl
 * (18 answerable, three an article) and tests/qa/uk7-dev-unanswerable.jsonl (4 near misses, 4
 * off-topic) were written on them before any run, to be scored once on the day's final code.
 *
 * "uk8" (buildUkCorpus(force, 'uk8'), or --uk8): the same wire stories plus articles 01-116 in
 * bench-data/uk8 (never bench-data/uk..uk7): 2,316 articles. Articles 111-116 were written for the
 * quote work's twenty-fourth round and no answer question had touched them; tests/qa/uk8-dev.jsonl
 * (18 answerable, three an article) and tests/qa/uk8-dev-unanswerable.jsonl (4 near misses, 4
 * off-topic) were written on them before any run, to be scored once on the day's final code.
 *
 * "uk9" (buildUkCorpus(force, 'uk9'), or --uk9): the same wire stories plus articles 01-122 in
 * bench-data/uk9 (never bench-data/uk..uk8): 2,322 articles. Articles 117-122 were written for the
 * quote work's twenty-fifth round and no answer question had touched them; tests/qa/uk9-dev.jsonl
 * (18 answerable, three an article) and tests/qa/uk9-dev-unanswerable.jsonl (4 near misses, 4
 * off-topic) were written on them before any run, to be scored once on the day's final code.
 *
 * "uk10" and "uk11" (--uk10, --uk11): the same wire stories plus articles 01-128 in bench-data/uk10
 * (2,328 articles) and 01-134 in bench-data/uk11 (2,334). Articles 123-128 and 129-134 were written
 * for the quote work's twenty-sixth and twenty-seventh rounds and no answer question had touched
 * them; tests/qa/uk10-dev.jsonl and tests/qa/uk11-dev.jsonl (18 answerable each, three an article)
 * and their -unanswerable sets (4 near misses, 4 off-topic each) were written on them before any
 * run, to be scored once.
 *
 * "uk12" and "uk13" (--uk12, --uk13): the same wire stories plus articles 01-140 in bench-data/uk12
 * (2,340 articles) and 01-146 in bench-data/uk13 (2,346). Articles 135-140 and 141-146 were written
 * for the quote work (issue 18) and no answer question had touched them; tests/qa/uk12-dev.jsonl and tests/qa/uk13-dev.jsonl (18 answerable each, three an article)
 * and their -unanswerable sets (4 near misses, 4 off-topic each) were written on them before any
 * run, to be scored once.
 *
 * usage: npx tsx tests/eval/uk-corpus.ts [--force] [--uk2 | --uk3 | --uk4 | --uk5 | --uk6 | --uk7 | --uk8 | --uk9 | --uk10 | --uk11 | --uk12 | --uk13]
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DATA } from '../bench/corpus.ts';
import { buildNewsCorpus } from './news-corpus.ts';

export type UkVariant =
  | 'uk'
  | 'uk2'
  | 'uk3'
  | 'uk4'
  | 'uk5'
  | 'uk6'
  | 'uk7'
  | 'uk8'
  | 'uk9'
  | 'uk10'
  | 'uk11'
  | 'uk12'
  | 'uk13';
export const UK_DIR = join(BENCH_DATA, 'uk');
export const UK_CORPUS = join(UK_DIR, 'corpus');
export const UK2_DIR = join(BENCH_DATA, 'uk2');
export const UK2_CORPUS = join(UK2_DIR, 'corpus');
export const UK3_DIR = join(BENCH_DATA, 'uk3');
export const UK3_CORPUS = join(UK3_DIR, 'corpus');
export const UK4_DIR = join(BENCH_DATA, 'uk4');
export const UK4_CORPUS = join(UK4_DIR, 'corpus');
export const UK5_DIR = join(BENCH_DATA, 'uk5');
export const UK5_CORPUS = join(UK5_DIR, 'corpus');
export const UK6_DIR = join(BENCH_DATA, 'uk6');
export const UK6_CORPUS = join(UK6_DIR, 'corpus');
export const UK7_DIR = join(BENCH_DATA, 'uk7');
export const UK7_CORPUS = join(UK7_DIR, 'corpus');
export const UK8_DIR = join(BENCH_DATA, 'uk8');
export const UK8_CORPUS = join(UK8_DIR, 'corpus');
export const UK9_DIR = join(BENCH_DATA, 'uk9');
export const UK9_CORPUS = join(UK9_DIR, 'corpus');
export const UK10_DIR = join(BENCH_DATA, 'uk10');
export const UK11_DIR = join(BENCH_DATA, 'uk11');
export const UK12_DIR = join(BENCH_DATA, 'uk12');
export const UK13_DIR = join(BENCH_DATA, 'uk13');
/** Each corpus's folder under bench-data: one a variant, so laying out one never rewrites another. */
const DIRS: Record<UkVariant, string> = {
  uk: UK_DIR,
  uk2: UK2_DIR,
  uk3: UK3_DIR,
  uk4: UK4_DIR,
  uk5: UK5_DIR,
  uk6: UK6_DIR,
  uk7: UK7_DIR,
  uk8: UK8_DIR,
  uk9: UK9_DIR,
  uk10: UK10_DIR,
  uk11: UK11_DIR,
  uk12: UK12_DIR,
  uk13: UK13_DIR,
};
const ARTICLES = new URL('../quotes/news-dev/articles', import.meta.url).pathname;
/**
 * The last article each corpus takes: uk 01-62 (those its questions were written over), uk2 01-74
 * (its questions on 63-74), uk3 01-86 (its questions on 75-86), uk4 01-92 (its questions on 87-92),
 * uk5 01-98 (its questions on 93-98), uk6 01-104 (its questions on 99-104), uk7 01-110 (its
 * questions on 105-110), uk8 01-116 (its questions on 111-116), uk9 01-122 (its questions on 117-122), uk10 01-128 (its
 * questions on 123-128), uk11 01-134 (its questions on 129-134), uk12 01-140 (its questions on
 * 135-140), uk13 01-146 (its questions on 141-146).
 * Later quote rounds add articles to that folder; they stay out, so a corpus, and so every figure
 * measured on it, is the same on any machine whenever it is laid out.
 */
const LAST_ARTICLE: Record<UkVariant, number> = {
  uk: 62,
  uk2: 74,
  uk3: 86,
  uk4: 92,
  uk5: 98,
  uk6: 104,
  uk7: 110,
  uk8: 116,
  uk9: 122,
  uk10: 128,
  uk11: 134,
  uk12: 140,
  uk13: 146,
};

export function buildUkCorpus(force = false, variant: UkVariant = 'uk'): string {
  const dir = DIRS[variant];
  const corpus = join(dir, 'corpus');
  const done = join(dir, 'done');
  if (existsSync(done) && !force) return corpus;
  const news = buildNewsCorpus();
  rmSync(corpus, { recursive: true, force: true });
  mkdirSync(corpus, { recursive: true });
  cpSync(news, corpus, { recursive: true });
  mkdirSync(join(corpus, 'uk'));
  const last = LAST_ARTICLE[variant];
  const files = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt') && Number.parseInt(f, 10) <= last);
  for (const file of files) cpSync(join(ARTICLES, file), join(corpus, 'uk', file));
  writeFileSync(done, `${files.length} articles added to ${news}\n`);
  return corpus;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      force: { type: 'boolean', default: false },
      uk2: { type: 'boolean', default: false },
      uk3: { type: 'boolean', default: false },
      uk4: { type: 'boolean', default: false },
      uk5: { type: 'boolean', default: false },
      uk6: { type: 'boolean', default: false },
      uk7: { type: 'boolean', default: false },
      uk8: { type: 'boolean', default: false },
      uk9: { type: 'boolean', default: false },
      uk10: { type: 'boolean', default: false },
      uk11: { type: 'boolean', default: false },
      uk12: { type: 'boolean', default: false },
      uk13: { type: 'boolean', default: false },
    },
  });
  const variant: UkVariant =
    (['uk13', 'uk12', 'uk11', 'uk10', 'uk9', 'uk8', 'uk7', 'uk6', 'uk5', 'uk4', 'uk3', 'uk2'] as const).find(
      (v) => values[v],
    ) ?? 'uk';
  process.stdout.write(`${buildUkCorpus(values.force, variant)}\n`);
}
