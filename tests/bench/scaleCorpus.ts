/**
 * The scale archive: about a million sentences of real news, for the `--scale` section (scale.ts).
 *
 *   bench-data/scale/corpus/c<K>/<topic>/<newid>.txt   copy K of each story of corpus-100000
 *                                                     (front matter with title and date, then a
 *                                                     paragraph a line)
 *   bench-data/scale/manifest.json                    version, copies, files, bytes
 *
 * The text is the bench's 100,000-sentence Reuters corpus (corpus.ts: 13,841 wire stories, 99,922
 * sentences) copied COPIES times, as an archive that carries each story in several editions would
 * (issue 20 measured real news copied eleven times). Copy 0 is the story as it is; copy k shifts
 * every digit of the body by k (`rose 1.5 pct` → `rose 3.7 pct` in copy 2), so the figures differ
 * between editions as they do between a story's updates, while the words do not. Deterministic:
 * the same files every time, on any machine with the same Reuters package.
 *
 * The issue's shape (`--shape issue`, bench-data/scale-issue/): issue 20's bars were measured on
 * 52,602 articles of about 19 sentences, where this archive has 138,410 of about 7 (Reuters stories
 * are short), and a load costs something per article (its file's stat, its metadata). So the same
 * sentences also come as longer articles: in each copy, runs of consecutive stories (in the order
 * above, one topic after another) joined into one article of ARTICLES_PER_COPY, the first story's
 * front matter and headline heading it, the others' bodies as its paragraphs (their headlines left
 * out, so the sentences are the same 999,220):
 *
 *   bench-data/scale-issue/corpus/c<K>/<first story's topic>/<first story's newid>.txt
 *
 * usage: npx tsx tests/bench/scaleCorpus.ts [--force] [--shape reuters|issue]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DATA, corpusDir, ensureCorpora } from './corpus.ts';

/** Bump when the text or the layout changes: an older archive is rewritten. */
const SCALE_VERSION = 2;
/** The same for the issue's shape. */
const ISSUE_VERSION = 1;
const BASE_SIZE = 100_000;
/** 10 × 99,922 = 999,220 sentences. */
export const COPIES = 10;
export const SCALE_DIR = join(BENCH_DATA, 'scale');
export const SCALE_CORPUS = join(SCALE_DIR, 'corpus');
export const ISSUE_DIR = join(BENCH_DATA, 'scale-issue');
/** 10 × 5,260 = 52,600 articles, as the issue's 52,602. */
export const ARTICLES_PER_COPY = 5260;
export type ScaleShape = 'reuters' | 'issue';

export interface ScaleManifest {
  readonly version: number;
  readonly copies: number;
  readonly files: number;
  readonly bytes: number;
}

/** Every digit of the body (after the front matter) moved on by `k` (mod 10). */
export function shiftDigits(text: string, k: number): string {
  if (k % 10 === 0) return text;
  const body = text.startsWith('---\n') ? text.indexOf('\n---\n', 4) + 5 : 0;
  return text.slice(0, body) + text.slice(body).replace(/[0-9]/g, (d) => String((Number(d) + k) % 10));
}

/** The stories of corpus-100000 as (path relative to its reuters/ folder, text), in a fixed order. */
function baseStories(): { path: string; text: string }[] {
  ensureCorpora([BASE_SIZE]);
  const root = join(corpusDir(BASE_SIZE), 'reuters');
  const out: { path: string; text: string }[] = [];
  for (const topic of readdirSync(root).sort()) {
    for (const name of readdirSync(join(root, topic)).sort()) {
      out.push({ path: `${topic}/${name}`, text: readFileSync(join(root, topic, name), 'utf8') });
    }
  }
  return out;
}

/**
 * The issue's shape: the stories in ARTICLES_PER_COPY runs of consecutive ones (story i in run
 * floor(i × runs / stories)), each run one article: the first story's text, then each other
 * story's body lines.
 */
export function joinedArticles(stories: readonly { path: string; text: string }[]): { path: string; text: string }[] {
  const runs: { path: string; text: string }[] = [];
  stories.forEach((story, i) => {
    const run = Math.floor((i * ARTICLES_PER_COPY) / stories.length);
    if (runs[run] === undefined) {
      runs[run] = { path: story.path, text: story.text.endsWith('\n') ? story.text : `${story.text}\n` };
      return;
    }
    const end = story.text.startsWith('---\n') ? story.text.indexOf('\n---\n', 4) : -1;
    const body = end < 0 ? story.text : story.text.slice(end + 5);
    runs[run]!.text += body.endsWith('\n') ? body : `${body}\n`;
  });
  return runs;
}

/** Makes sure the scale archive (of this shape) exists and is current; returns its corpus folder. */
export function ensureScaleCorpus(force = false, shape: ScaleShape = 'reuters'): string {
  const dir = shape === 'issue' ? ISSUE_DIR : SCALE_DIR;
  const corpus = join(dir, 'corpus');
  const manifestFile = join(dir, 'manifest.json');
  const version = shape === 'issue' ? ISSUE_VERSION : SCALE_VERSION;
  if (!force && existsSync(manifestFile) && existsSync(corpus)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ScaleManifest;
    if (manifest.version === version && manifest.copies === COPIES) return corpus;
  }
  process.stderr.write(`writing ${corpus} (${COPIES} copies of corpus-${BASE_SIZE}, ${shape} shape) …\n`);
  rmSync(dir, { recursive: true, force: true });
  const stories = shape === 'issue' ? joinedArticles(baseStories()) : baseStories();
  let files = 0;
  let bytes = 0;
  for (let k = 0; k < COPIES; k += 1) {
    const copy = join(corpus, `c${k}`);
    for (const story of stories) {
      const file = join(copy, story.path);
      mkdirSync(join(file, '..'), { recursive: true });
      const text = shiftDigits(story.text, k);
      writeFileSync(file, text);
      files += 1;
      bytes += Buffer.byteLength(text);
    }
  }
  const manifest: ScaleManifest = { version, copies: COPIES, files, bytes };
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 1)}\n`);
  return corpus;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { force: { type: 'boolean', default: false }, shape: { type: 'string', default: 'reuters' } },
  });
  if (values.shape !== 'reuters' && values.shape !== 'issue') throw new Error('--shape is reuters or issue');
  process.stdout.write(`${ensureScaleCorpus(values.force, values.shape)}\n`);
}
