/**
 * Turns a SQuAD 2.0 file (Rajpurkar, Jia & Liang 2018; `dev-v2.0.json`) into answer-sentence
 * retrieval that citebot can be scored on, the way WikiQA is (wikiqa-convert.ts):
 *
 *   OUT/corpus/<article>.txt  one file per Wikipedia article: its title in front matter, then its
 *                             paragraphs in order, one a line (a line break inside one becomes a space)
 *   OUT/questions.jsonl       {"question","answers","source","spans"} per sampled question:
 *                             `source` is the article's file name without .txt (each question is
 *                             scoped to its own article, as a WikiQA question is to its page),
 *                             `answers` the distinct answer texts, `spans` each answer's [start,end)
 *                             offsets in that file's text (JavaScript string units)
 *
 * The subset, fixed by the input and the seed: the answerable questions (`is_impossible` false) of
 * every article in the file, sampled without replacement by a seeded shuffle (mulberry32, seed 17)
 * down to `--sample` (1,000 by default; 0 keeps all), then put back in file order. A hit is right
 * when its sentence overlaps one of the question's answer spans (src/eval/evaluate.ts `spans`): the
 * sentence that holds the answer, not any sentence that happens to name it.
 *
 * usage: npx tsx tests/eval/squad-convert.ts dev-v2.0.json OUTDIR [--sample N] [--seed S]
 *
 * SQuAD is CC BY-SA 4.0 and its passages are Wikipedia's: keep OUTDIR outside the repository.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { rng } from '../../src/eval/random.ts';

interface SquadAnswer {
  readonly text: string;
  /** Offset in the paragraph's context, counted in Unicode code points (SQuAD was built in Python). */
  readonly answer_start: number;
}

interface SquadFile {
  readonly version?: string;
  readonly data: readonly {
    readonly title: string;
    readonly paragraphs: readonly {
      readonly context: string;
      readonly qas: readonly {
        readonly id: string;
        readonly question: string;
        readonly answers: readonly SquadAnswer[];
        readonly is_impossible?: boolean;
      }[];
    }[];
  }[];
}

export interface SquadQuestion {
  readonly question: string;
  readonly answers: readonly string[];
  readonly source: string;
  readonly spans: readonly (readonly [number, number])[];
}

export interface SquadArticle {
  readonly source: string;
  readonly text: string;
}

/** A file name from an article's title: letters, digits, `-`, `_` and `.` kept, the rest `_`. */
export function sourceName(title: string): string {
  return title.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_');
}

/** The JavaScript string offset of code point `n` in `text` (they differ past the BMP). */
function codeUnitOffset(text: string, n: number): number {
  let units = 0;
  let points = 0;
  for (const ch of text) {
    if (points === n) return units;
    units += ch.length;
    points += 1;
  }
  return units;
}

/**
 * Every article's file and every answerable question with its spans in that file. Throws when an
 * answer's text is not at its offset (a file that is not SQuAD, or offsets counted otherwise).
 */
export function convertSquad(file: SquadFile): { articles: SquadArticle[]; questions: SquadQuestion[] } {
  const articles: SquadArticle[] = [];
  const questions: SquadQuestion[] = [];
  const seen = new Set<string>();
  for (const article of file.data) {
    let source = sourceName(article.title);
    for (let n = 2; seen.has(source); n += 1) source = `${sourceName(article.title)}-${n}`;
    seen.add(source);
    let text = `---\ntitle: ${article.title.replace(/_/g, ' ').replace(/[\r\n]+/g, ' ')}\n---\n`;
    for (const paragraph of article.paragraphs) {
      // One paragraph a line; a line break inside becomes a space, so offsets keep.
      const context = paragraph.context.replace(/[\r\n]/g, ' ');
      const base = text.length;
      text += `${context}\n`;
      for (const qa of paragraph.qas) {
        if (qa.is_impossible === true || qa.answers.length === 0) continue;
        const spans = new Map<string, [number, number]>();
        for (const a of qa.answers) {
          const start = codeUnitOffset(context, a.answer_start);
          if (context.slice(start, start + a.text.length) !== a.text) {
            throw new Error(`${qa.id}: answer "${a.text}" is not at offset ${a.answer_start} of its paragraph`);
          }
          spans.set(`${start}`, [base + start, base + start + a.text.length]);
        }
        questions.push({
          question: qa.question.trim(),
          answers: [...new Set(qa.answers.map((a) => a.text))],
          source,
          spans: [...spans.values()].sort((a, b) => a[0] - b[0]),
        });
      }
    }
    articles.push({ source, text });
  }
  return { articles, questions };
}

/** `n` of the questions drawn by a seeded shuffle, in their original order; all when n is 0 or more than there are. */
export function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  if (n <= 0 || n >= items.length) return [...items];
  const order = items.map((_, i) => i);
  const random = rng(seed);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order
    .slice(0, n)
    .sort((a, b) => a - b)
    .map((i) => items[i]!);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { sample: { type: 'string', default: '1000' }, seed: { type: 'string', default: '17' } },
  });
  const [input, out] = positionals;
  const n = Number(values.sample);
  const seed = Number(values.seed);
  if (input === undefined || out === undefined || !Number.isInteger(n) || !Number.isInteger(seed)) {
    process.stderr.write('usage: npx tsx tests/eval/squad-convert.ts dev-v2.0.json OUTDIR [--sample N] [--seed S]\n');
    process.exitCode = 2;
    return;
  }
  const { articles, questions } = convertSquad(JSON.parse(await readFile(input, 'utf8')) as SquadFile);
  const chosen = sample(questions, n, seed);
  const corpus = join(out, 'corpus');
  await mkdir(corpus, { recursive: true });
  // Start from a clean corpus so a file left from another run cannot join the index.
  for (const name of await readdir(corpus)) if (name.endsWith('.txt')) await rm(join(corpus, name));
  for (const a of articles) await writeFile(join(corpus, `${a.source}.txt`), a.text);
  await writeFile(join(out, 'questions.jsonl'), chosen.map((q) => `${JSON.stringify(q)}\n`).join(''));
  process.stdout.write(
    `${articles.length} articles -> ${corpus}\n` +
      `${questions.length} answerable questions, ${chosen.length} sampled (seed ${seed}) -> ${join(out, 'questions.jsonl')}\n`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
