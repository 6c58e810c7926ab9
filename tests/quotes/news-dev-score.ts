/**
 * Scores quote extraction on a hand-annotated set: tests/quotes/news-dev/ (articles/, written
 * and annotated before the extractor was run on them; see its README).
 *
 * A quote is found when an extracted direct quote of the same article has a piece (a paragraph of
 * a multi-paragraph quote) whose text equals the annotated text, or holds it with at most a few
 * characters more (punctuation, a dropped comma); its speaker is right when the extracted speaker
 * names the annotated person (same words, titles aside; a surname alone counts when it is the
 * annotated surname) or both are null. Attribution precision: of the found quotes given a speaker,
 * how many have the right one. Spurious: extracted quotes matching no annotation (scare quotes).
 *
 * --articles 01-16 scores only the articles whose number is in that range (only they are loaded),
 * so a set added later (19-20, annotated before the extractor first ran on it) can be kept out of
 * the runs made while changing the code, and reported apart.
 *
 * usage: npx tsx tests/quotes/news-dev-score.ts [DIR] [--articles FROM-TO] [--verbose]
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLibrary } from '../../src/library.ts';

interface Annotation {
  readonly article: string;
  readonly text: string;
  readonly speaker: string | null;
  readonly kind: 'full' | 'partial';
  readonly class: string;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { verbose: { type: 'boolean', default: false }, articles: { type: 'string' } },
});
const dir = positionals[0] ?? join(import.meta.dirname, 'news-dev');
const [from, to] = (values.articles ?? '0-9999').split('-').map(Number) as [number, number];
const inRange = (name: string): boolean => {
  const n = Number.parseInt(name, 10);
  return n >= from && n <= to;
};
const annotations = readFileSync(join(dir, 'annotations.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Annotation)
  .filter((a) => inRange(a.article));
const articleDir = join(dir, 'articles');
const chosen = mkdtempSync(join(tmpdir(), 'news-dev-'));
for (const f of readdirSync(articleDir)) if (inRange(f)) copyFileSync(join(articleDir, f), join(chosen, f));
const library = await loadLibrary(chosen);
const direct = library.quotes.all().filter((q) => q.kind === 'direct');

const norm = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"',.]+|[\s"',]+$/g, '')
    .toLowerCase();
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'sir', 'lord', 'lady', 'dame', 'dr']);
const words = (name: string): string[] =>
  name
    .toLowerCase()
    .replace(/\u2019/g, "'") // a curly apostrophe in a name (`Footballers’ Association`) is the straight one
    .replace(/[^\p{L}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !TITLES.has(w));
function sameSpeaker(got: string | null, want: string | null): boolean {
  if (got === null || want === null) return got === want;
  const g = words(got);
  const w = words(want);
  if (g.join(' ') === w.join(' ')) return true;
  return g.length === 1 && g[0] === w[w.length - 1];
}

const used = new Set<number>();
interface Row {
  a: Annotation;
  found: boolean;
  speaker: string | null | undefined;
  right: boolean;
}
const rows: Row[] = annotations.map((a) => {
  const want = norm(a.text);
  const i = direct.findIndex(
    (q, k) =>
      !used.has(k) &&
      q.source === a.article &&
      q.text.split('\n').some((piece) => {
        const got = norm(piece);
        return got === want || (got.includes(want) && got.length - want.length <= 3);
      }),
  );
  if (i === -1) return { a, found: false, speaker: undefined, right: false };
  // A quote of several pieces answers several annotations: mark it used only when this was its last piece.
  const q = direct[i]!;
  const pieces = q.text.split('\n');
  if (pieces.length === 1 || norm(pieces[pieces.length - 1]!).includes(want)) used.add(i);
  return { a, found: true, speaker: q.speaker, right: sameSpeaker(q.speaker, a.speaker) };
});

const pct = (k: number, n: number): string => `${k}/${n}${n ? ` (${((100 * k) / n).toFixed(0)}%)` : ''}`;
const full = rows.filter((r) => r.a.kind === 'full');
const attributed = rows.filter((r) => r.found && r.speaker !== null);
const matchedSpans = new Set<number>();
for (const a of annotations) {
  const want = norm(a.text);
  direct.forEach((q, k) => {
    if (q.source === a.article && q.text.split('\n').some((p) => norm(p).includes(want) || want.includes(norm(p))))
      matchedSpans.add(k);
  });
}
const articles = new Set(annotations.map((a) => a.article));
const spurious = direct.filter((q, k) => articles.has(q.source) && !matchedSpans.has(k));
console.log(`quotes annotated: ${annotations.length} (${full.length} full) in ${articles.size} articles`);
console.log(`full quotes found with the right speaker: ${pct(full.filter((r) => r.right).length, full.length)}`);
console.log(`all quotes found with the right speaker:  ${pct(rows.filter((r) => r.right).length, rows.length)}`);
console.log(`found at all: ${pct(rows.filter((r) => r.found).length, rows.length)}`);
console.log(
  `attribution precision (found quotes given a speaker): ${pct(attributed.filter((r) => r.right).length, attributed.length)}`,
);
console.log(`spurious (extracted, not annotated): ${spurious.length}`);
const classes = [...new Set(annotations.map((a) => a.class))].sort();
console.log(
  '\n| class | quotes | found | right speaker | wrong speaker | unattributed |\n| --- | ---: | ---: | ---: | ---: | ---: |',
);
for (const c of classes) {
  const rs = rows.filter((r) => r.a.class === c);
  console.log(
    `| ${c} | ${rs.length} | ${rs.filter((r) => r.found).length} | ${rs.filter((r) => r.right).length} | ${rs.filter((r) => r.found && !r.right && r.speaker !== null).length} | ${rs.filter((r) => r.found && r.speaker === null && r.a.speaker !== null).length} |`,
  );
}
if (values.verbose) {
  for (const r of rows.filter((x) => !x.right))
    console.log(
      `${r.found ? (r.speaker === null ? 'UNATTR' : 'WRONG ') : 'MISS  '} [${r.a.class}] ${r.a.article}: "${r.a.text.slice(0, 70)}" want ${r.a.speaker}${r.found ? ` got ${r.speaker}` : ''}`,
    );
  for (const q of spurious) console.log(`SPURIOUS ${q.source}: "${q.text.slice(0, 70)}" (${q.speaker})`);
}
