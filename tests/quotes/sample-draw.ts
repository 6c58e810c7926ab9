// Draws a hand-check sample of the quote pass's output (issue 18's sample bars), reproducibly.
//
//   npm run -s quote -- --json --all --no-cache --corpus DIR > all.json
//   npm run -s quote -- --list --json --no-cache --corpus DIR > list.json
//   npx tsx tests/quotes/sample-draw.ts --all all.json --list list.json --corpus DIR --seed N \
//     [--attributed 60] [--unattributed 30] [--speakers 40] [--exclude-earlier | --exclude-sampled]
//     [--at COMMIT]
//
// Attributed and unattributed direct quotes are drawn at most one per story (a story is drawn
// first, then one of its quotes), from stories in no earlier sample when --exclude-earlier is given
// (every `<topic>/<number>` named in tests/quotes/reuters-sample-*.md, reuters-unattributed-*.md and
// attributed-sample-*.md, and every ECB+ story named in ecbplus-unattributed-*.md and attributed-sample-*.md).
// --exclude-sampled leaves out only the quotes themselves that an earlier sample's table drew (a
// row's story and offset, and any quote in any story holding the row's `quote opens` words: the same
// sentence in another outlet's copy), so the pool stays the corpus's unattributed quotes when whole
// stories run out (ECB+ after sample (i): 52 stories were left). Speakers for the
// descriptions check are drawn from ranks 31 and below of `--list` that have a description and whose
// name no earlier check names (the sample files, docs/quality.md, src/quotes/README.md). Prints one
// JSON object a line with the quote's context (its paragraph (a line) and the two before) for reading.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../../src/eval/random.ts';

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0 || i + 1 >= process.argv.length) {
    if (fallback === undefined) throw new Error(`--${name} is required`);
    return fallback;
  }
  return process.argv[i + 1] as string;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = out[i] as T;
    out[i] = out[j] as T;
    out[j] = t;
  }
  return out;
}

interface Quote {
  speaker: string | null;
  role: string | null;
  kind: string;
  text: string;
  source: string;
  start: number;
  end: number;
}
interface Speaker {
  name: string;
  kind: string;
  description: string | null;
  aliases: string[];
  quotes: number;
  reported: number;
}

const here = import.meta.dirname;
const corpus = arg('corpus');
const seed = Number(arg('seed'));
const quotes: Quote[] = JSON.parse(readFileSync(arg('all'), 'utf8')).quotes;
const speakers: Speaker[] = JSON.parse(readFileSync(arg('list'), 'utf8')).speakers;
const exclude = process.argv.includes('--exclude-earlier');
const excludeSampled = process.argv.includes('--exclude-sampled');
// --at COMMIT reads the earlier checks as they stood at that commit, so a draw can be repeated
// after its own sample file and notes are written; without it, the files as they are now.
const at = arg('at', '');
function earlierFile(path: string): string {
  if (!at) return readFileSync(join(here, '../..', path), 'utf8');
  return execFileSync('git', ['show', `${at}:${path}`], { cwd: here, encoding: 'utf8', maxBuffer: 1 << 26 });
}
const sampleFiles = at
  ? execFileSync('git', ['ls-tree', '--name-only', at, 'tests/quotes/'], { cwd: join(here, '../..'), encoding: 'utf8' })
      .split('\n')
      .map((f) => f.slice('tests/quotes/'.length))
  : readdirSync(here);
// (The unattributed news samples and the attributed samples of both corpora are files of their own.)
const SAMPLE_FILES = ['reuters-sample-', 'ecbplus-unattributed-', 'reuters-unattributed-', 'attributed-sample-'];
const earlierText = sampleFiles
  .filter((f) => SAMPLE_FILES.some((prefix) => f.startsWith(prefix)) && f.endsWith('.md'))
  .map((f) => earlierFile(`tests/quotes/${f}`))
  .join('\n');
// Reuters stories are named `<topic>/<number>`, ECB+ ones `<topic>_<number>ecb` or `…ecbplus`.
const earlierSources = new Set(exclude ? (earlierText.match(/\b[a-z-]+\/\d{5}\b|\b\d+_\d+ecb(?:plus)?\b/g) ?? []) : []);
// The rows of the earlier tables: `| n | story | [offset |] quote opens | …`.
interface SampledRow {
  source: string;
  offset: number | null;
  opens: string;
}
const normal = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
const sampledRows: SampledRow[] = [];
for (const line of earlierText.split('\n')) {
  const cells = line.split('|').map((c) => c.trim());
  const source = cells[2] ?? '';
  if (!/^[a-z-]+\/\d{5}$|^\d+_\d+ecb(?:plus)?$/.test(source)) continue;
  const offset = /^\d+$/.test(cells[3] ?? '') ? Number(cells[3]) : null;
  sampledRows.push({ source, offset, opens: normal((offset === null ? cells[3] : cells[4]) ?? '') });
}
function sampledBefore(q: Quote): boolean {
  const text = normal(q.text);
  return sampledRows.some(
    (row) =>
      (row.source === q.source && row.offset !== null && Math.abs(row.offset - q.start) <= 1) ||
      (row.opens.length >= 10 && text.includes(row.opens)),
  );
}
const earlierNames = earlierText + earlierFile('docs/quality.md') + earlierFile('src/quotes/README.md');

function context(q: Quote): string {
  const text = readFileSync(join(corpus, `${q.source}.txt`), 'utf8');
  let from = q.start;
  for (let i = 0; i < 3 && from > 0; i++) from = text.lastIndexOf('\n', from - 1);
  let to = text.indexOf('\n', q.end);
  if (to < 0) to = text.length;
  return text.slice(Math.max(from, 0), to).trim();
}

function drawQuotes(set: string, pool: Quote[], n: number, random: () => number): void {
  const bySource = new Map<string, Quote[]>();
  for (const q of pool) {
    const list = bySource.get(q.source);
    if (list) list.push(q);
    else bySource.set(q.source, [q]);
  }
  const sources = shuffle([...bySource.keys()].sort(), random).slice(0, n);
  console.error(`${set}: pool ${pool.length} quotes in ${bySource.size} stories, drew ${sources.length}`);
  sources.forEach((source, i) => {
    const list = bySource.get(source) as Quote[];
    const q = list[Math.floor(random() * list.length)] as Quote;
    const row = { set, n: i + 1, source, start: q.start, end: q.end, speaker: q.speaker, role: q.role };
    console.log(JSON.stringify({ ...row, text: q.text, context: context(q) }));
  });
}

const direct = quotes.filter(
  (q) => q.kind === 'direct' && !earlierSources.has(q.source) && !(excludeSampled && sampledBefore(q)),
);
console.error(
  `direct ${quotes.filter((q) => q.kind === 'direct').length}, attributed ${quotes.filter((q) => q.kind === 'direct' && q.speaker).length}, reported ${quotes.filter((q) => q.kind === 'reported').length}; ${earlierSources.size} earlier stories left out${excludeSampled ? `; quotes of ${sampledRows.length} earlier rows left out: ${quotes.filter((q) => q.kind === 'direct' && sampledBefore(q)).length}` : ''}`,
);
drawQuotes(
  'attributed',
  direct.filter((q) => q.speaker),
  Number(arg('attributed', '60')),
  rng(seed),
);
drawQuotes(
  'unattributed',
  direct.filter((q) => !q.speaker),
  Number(arg('unattributed', '30')),
  rng(seed + 1),
);
const ranked = speakers.slice(30).filter((s) => s.description && !earlierNames.includes(s.name));
const drawn = shuffle(ranked, rng(seed + 2)).slice(0, Number(arg('speakers', '40')));
console.error(
  `speakers: ${speakers.length}, ranks 31+ with a description and unchecked ${ranked.length}, drew ${drawn.length}`,
);
drawn.forEach((s, i) => {
  const row = { set: 'speaker', n: i + 1, name: s.name, kind: s.kind, description: s.description };
  console.log(JSON.stringify({ ...row, aliases: s.aliases, quotes: s.quotes, reported: s.reported }));
});
