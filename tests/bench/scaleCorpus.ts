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
 * usage: npx tsx tests/bench/scaleCorpus.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DATA, corpusDir, ensureCorpora } from './corpus.ts';

/** Bump when the text or the layout changes: an older archive is rewritten. */
const SCALE_VERSION = 2;
const BASE_SIZE = 100_000;
/** 10 × 99,922 = 999,220 sentences. */
export const COPIES = 10;
export const SCALE_DIR = join(BENCH_DATA, 'scale');
export const SCALE_CORPUS = join(SCALE_DIR, 'corpus');

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

/** Makes sure the scale archive exists and is current; returns its corpus folder. */
export function ensureScaleCorpus(force = false): string {
  const manifestFile = join(SCALE_DIR, 'manifest.json');
  if (!force && existsSync(manifestFile) && existsSync(SCALE_CORPUS)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ScaleManifest;
    if (manifest.version === SCALE_VERSION && manifest.copies === COPIES) return SCALE_CORPUS;
  }
  process.stderr.write(`writing ${SCALE_CORPUS} (${COPIES} copies of corpus-${BASE_SIZE}) …\n`);
  rmSync(SCALE_DIR, { recursive: true, force: true });
  const stories = baseStories();
  let files = 0;
  let bytes = 0;
  for (let k = 0; k < COPIES; k += 1) {
    const copy = join(SCALE_CORPUS, `c${k}`);
    for (const story of stories) {
      const file = join(copy, story.path);
      mkdirSync(join(file, '..'), { recursive: true });
      const text = shiftDigits(story.text, k);
      writeFileSync(file, text);
      files += 1;
      bytes += Buffer.byteLength(text);
    }
  }
  const manifest: ScaleManifest = { version: SCALE_VERSION, copies: COPIES, files, bytes };
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 1)}\n`);
  return SCALE_CORPUS;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
  process.stdout.write(`${ensureScaleCorpus(values.force)}\n`);
}
