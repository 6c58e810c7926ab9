/**
 * The news development corpus: 2,200 real wire stories laid out the way a news archive keeps
 * them, to measure `/ask` the way a server that loads an archive would use it.
 *
 *   bench-data/news/corpus/<topic>/<newid>.txt   the headline on the first line, a blank line,
 *                                                then one paragraph a line; no front matter
 *   bench-data/news/articles.json                the ids in the order questions were drawn from
 *
 * Text: Reuters-21578 (see tests/bench/reuters.ts: research use only, so bench-data/ stays out
 * of git). Stories of at least MIN_PARAGRAPHS prose paragraphs and MIN_CHARS characters are
 * shuffled with a fixed seed and the first ARTICLES taken. The question set
 * (tests/qa/news-dev.jsonl) was written from the articles at the head of `articles.json`, before
 * any tuning on it.
 *
 * usage: npx tsx tests/eval/news-corpus.ts [--force]
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DATA, rng } from '../bench/corpus.ts';
import { readStories } from '../bench/reuters.ts';

const SEED = 0x2200_0007;
const ARTICLES = 2200;
const MIN_PARAGRAPHS = 4;
const MIN_CHARS = 1200;
export const NEWS_DIR = join(BENCH_DATA, 'news');
export const NEWS_CORPUS = join(NEWS_DIR, 'corpus');

export function buildNewsCorpus(force = false): string {
  const manifest = join(NEWS_DIR, 'articles.json');
  if (existsSync(manifest) && !force) return NEWS_CORPUS;
  const stories = readStories(join(BENCH_DATA, '.cache')).filter(
    (s) => s.paragraphs.length >= MIN_PARAGRAPHS && s.paragraphs.join(' ').length >= MIN_CHARS,
  );
  const random = rng(SEED);
  for (let i = stories.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [stories[i], stories[j]] = [stories[j]!, stories[i]!];
  }
  const chosen = stories.slice(0, ARTICLES);
  rmSync(NEWS_CORPUS, { recursive: true, force: true });
  const ids: string[] = [];
  for (const story of chosen) {
    const id = `${story.topic}/${String(story.id).padStart(5, '0')}`;
    mkdirSync(join(NEWS_CORPUS, story.topic), { recursive: true });
    writeFileSync(join(NEWS_CORPUS, `${id}.txt`), `${story.title}\n\n${story.paragraphs.join('\n')}\n`);
    ids.push(id);
  }
  writeFileSync(manifest, `${JSON.stringify({ seed: SEED, pool: stories.length, articles: ids }, null, 1)}\n`);
  return NEWS_CORPUS;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
  process.stdout.write(`${buildNewsCorpus(values.force)}\n`);
}
