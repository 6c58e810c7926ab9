/**
 * Scores citebot's ranking on a WikiQA split converted by wikiqa-convert.ts: MAP and MRR, each
 * question scoped to its own candidate sentences (its `source`).
 *
 * usage: npx tsx tests/eval/wikiqa-map.ts --corpus DIR --questions FILE.jsonl [--limit N] [--verbose]
 *
 * It runs `npm run -s ask -- --json --no-abstain --limit N --corpus DIR` once, with one
 * {"question","source"} line per question on stdin, and reads one JSON line per question back
 * ({"question", "hits": [{"source","title","paragraph","sentence","text","score"}]}, best first).
 * A hit is relevant when its text equals one of the question's answers once both are trimmed and
 * their runs of whitespace collapsed to one space; each answer counts once, so a second hit with
 * the same text is not relevant again. Average precision divides by the number of distinct
 * answers, so a correct sentence the engine does not return counts as missed.
 *
 * A second, diagnostic score ("by line") counts a hit as relevant when the corpus line it comes
 * from is a correct sentence: it shows what the exact score loses when the sentence splitter cuts
 * one WikiQA sentence into several.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseFrontMatter } from '../../src/corpus/frontMatter.ts';
import { mapMrr, type RankedList } from '../../src/eval/metrics.ts';

interface Question {
  readonly question: string;
  readonly answers: readonly string[];
  readonly source: string;
}

interface Hit {
  readonly source?: string;
  readonly paragraph?: number;
  readonly text?: string;
}

interface Answer {
  readonly question?: string;
  readonly hits?: readonly Hit[];
  readonly error?: string;
}

const USAGE = 'usage: npx tsx tests/eval/wikiqa-map.ts --corpus DIR --questions FILE.jsonl [--limit N] [--verbose]';
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Relevance of each hit: true when its key is a not-yet-used answer. */
export function judge(keys: readonly (string | null)[], answers: readonly string[]): RankedList {
  const wanted = new Set(answers.map(normalize));
  const relevance = keys.map((key) => {
    if (key === null || !wanted.has(key)) return false;
    wanted.delete(key);
    return true;
  });
  return { relevance, totalRelevant: new Set(answers.map(normalize)).size };
}

async function readQuestions(file: string): Promise<Question[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  return lines.map((line, i) => {
    const q = JSON.parse(line) as Partial<Question>;
    if (
      typeof q.question !== 'string' ||
      typeof q.source !== 'string' ||
      !Array.isArray(q.answers) ||
      q.answers.length === 0
    ) {
      throw new Error(`${file}:${i + 1}: expected {"question", "answers": [...non-empty], "source"}`);
    }
    return q as Question;
  });
}

/** Runs the ask command over all questions; one parsed answer per question, in order. */
async function ask(questions: readonly Question[], corpus: string, limit: number): Promise<Answer[]> {
  const child = spawn(
    'npm',
    ['run', '-s', 'ask', '--', '--json', '--no-abstain', '--limit', String(limit), '--corpus', corpus],
    {
      cwd: REPO,
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const exit = new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done(code));
  });
  child.stdin.on('error', () => {}); // an early exit is reported below
  child.stdin.end(`${questions.map((q) => JSON.stringify({ question: q.question, source: q.source })).join('\n')}\n`);
  const answers: Answer[] = [];
  for await (const line of createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() === '') continue;
    try {
      answers.push(JSON.parse(line) as Answer);
    } catch {
      throw new Error(`ask printed a line that is not JSON: ${line.slice(0, 200)}`);
    }
  }
  const code = await exit;
  if (code !== 0) throw new Error(`ask exited with code ${code}`);
  if (answers.length !== questions.length)
    throw new Error(`ask answered ${answers.length} lines for ${questions.length} questions`);
  return answers;
}

/** The non-blank lines of a corpus file's body (after its front matter), trimmed and collapsed: the corpus loader's paragraphs 1..n. */
async function corpusLines(corpus: string, source: string, cache: Map<string, string[]>): Promise<string[]> {
  let lines = cache.get(source);
  if (!lines) {
    const text = await readFile(join(corpus, `${source}.txt`), 'utf8').catch(() => '');
    lines = text
      .slice(parseFrontMatter(text).bodyStart)
      .split(/\r?\n/)
      .map(normalize)
      .filter((l) => l !== '');
    cache.set(source, lines);
  }
  return lines;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      questions: { type: 'string' },
      limit: { type: 'string', default: '100' },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
  });
  const limit = Number(values.limit);
  if (values.corpus === undefined || values.questions === undefined || !(Number.isInteger(limit) && limit > 0)) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const corpus = resolve(values.corpus);
  const questions = await readQuestions(values.questions);
  const answers = await ask(questions, corpus, limit);

  const exact: RankedList[] = [];
  const byLine: RankedList[] = [];
  const cache = new Map<string, string[]>();
  let errors = 0;
  let foreign = 0;
  let partial = 0;
  for (const [i, q] of questions.entries()) {
    const answer = answers[i]!;
    if (answer.error !== undefined) {
      errors += 1;
      process.stderr.write(`warning: "${q.question}" (${q.source}): ${answer.error}\n`);
    } else if (answer.question !== undefined && normalize(answer.question) !== normalize(q.question)) {
      throw new Error(`answer ${i + 1} is for "${answer.question}", expected "${q.question}"`);
    }
    const hits = answer.hits ?? [];
    const lines = await corpusLines(corpus, q.source, cache);
    const lineKeys: (string | null)[] = [];
    for (const hit of hits) {
      if (hit.source !== q.source) foreign += 1;
      const line = hit.source === q.source && hit.paragraph !== undefined ? (lines[hit.paragraph - 1] ?? null) : null;
      if (line !== null && normalize(hit.text ?? '') !== line) partial += 1;
      lineKeys.push(line);
    }
    const judged = judge(
      hits.map((h) => normalize(h.text ?? '')),
      q.answers,
    );
    exact.push(judged);
    byLine.push(judge(lineKeys, q.answers));
    if (values.verbose) {
      const first = judged.relevance.indexOf(true);
      const mark = first === 0 ? 'ok  ' : first === -1 ? 'MISS' : `@${first + 1}`.padEnd(4);
      process.stdout.write(`${mark}\t${q.source}\t${q.question}\n\t-> ${hits[0]?.text ?? '(no hit)'}\n`);
    }
  }

  const score = mapMrr(exact);
  const lineScore = mapMrr(byLine);
  const correct = exact.reduce((n, l) => n + (l.totalRelevant ?? 0), 0);
  process.stdout.write(
    [
      `WikiQA: ${score.queries} questions, ${correct} correct sentences; corpus ${corpus}; --limit ${limit}`,
      `MAP  ${score.map.toFixed(4)}`,
      `MRR  ${score.mrr.toFixed(4)}`,
      `by line (diagnostic): MAP ${lineScore.map.toFixed(4)}  MRR ${lineScore.mrr.toFixed(4)}; ${partial} hit(s) were only part of a line`,
      ...(foreign > 0 ? [`warning: ${foreign} hit(s) came from another document than the question's source`] : []),
      ...(errors > 0 ? [`warning: ${errors} question(s) answered with an error, scored 0`] : []),
      '',
    ].join('\n'),
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
