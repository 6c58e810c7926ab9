/**
 * Turns a WikiQA tsv (Yang, Yih & Meek 2015: columns QuestionID, Question, DocumentID,
 * DocumentTitle, SentenceID, Sentence, Label) into something citebot can be scored on:
 *
 *   OUT/corpus/<QuestionID>.txt  the page title in front matter, then one candidate sentence per
 *                                line, in SentenceID order
 *   OUT/questions.jsonl          {"question","answers","source"} per question that has at least
 *                                one correct sentence (the standard WikiQA evaluation set);
 *                                `answers` are the exact texts of its Label=1 sentences and
 *                                `source` is the file name without .txt
 *
 * Files are named by QuestionID, not DocumentID: several questions share one Wikipedia page
 * (in the dev split Q1429 and Q2702 both use D1361), and a question must be scoped to its own
 * candidate set.
 *
 * usage: npx tsx tests/eval/wikiqa-convert.ts WikiQA-dev.tsv OUTDIR
 *
 * The data set is research-only: keep OUTDIR outside the repository.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const HEADER = ['QuestionID', 'Question', 'DocumentID', 'DocumentTitle', 'SentenceID', 'Sentence', 'Label'];

export interface WikiQaQuestion {
  readonly id: string;
  readonly question: string;
  readonly documentId: string;
  readonly title: string;
  /** Candidate sentences in SentenceID order. */
  readonly sentences: readonly { readonly text: string; readonly label: 0 | 1 }[];
}

/** Parses the tsv; rows of one question are grouped, sentences sorted by the number after the dash. */
export function parseWikiQaTsv(text: string): WikiQaQuestion[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]?.split('\t') ?? [];
  if (header.join('\t') !== HEADER.join('\t')) {
    throw new Error(`not a WikiQA tsv: the header should be ${HEADER.join(' ')} (got ${header.join(' ')})`);
  }
  type Row = { n: number; text: string; label: 0 | 1 };
  const byId = new Map<string, { question: string; documentId: string; title: string; rows: Row[] }>();
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = line.split('\t');
    if (cells.length !== HEADER.length)
      throw new Error(`line ${i + 2}: ${cells.length} columns, expected ${HEADER.length}`);
    const [qid, question, documentId, title, sentenceId, sentence, label] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (label !== '0' && label !== '1') throw new Error(`line ${i + 2}: label "${label}" is neither 0 nor 1`);
    const n = Number(/-(\d+)$/.exec(sentenceId)?.[1]);
    if (!Number.isInteger(n)) throw new Error(`line ${i + 2}: cannot read the sentence number in "${sentenceId}"`);
    let entry = byId.get(qid);
    if (!entry) {
      entry = { question, documentId, title, rows: [] };
      byId.set(qid, entry);
    } else if (entry.question !== question || entry.documentId !== documentId) {
      throw new Error(`line ${i + 2}: ${qid} appears with a different question or document`);
    }
    entry.rows.push({ n, text: sentence, label: label === '1' ? 1 : 0 });
  });
  return [...byId].map(([id, e]) => ({
    id,
    question: e.question,
    documentId: e.documentId,
    title: e.title,
    sentences: [...e.rows].sort((a, b) => a.n - b.n).map(({ text, label }) => ({ text, label })),
  }));
}

/**
 * The Wikipedia page's title in front matter (so the first sentence is never read as a
 * headline), then one line per sentence; a tab or line break inside a sentence (never seen in
 * WikiQA) becomes a space.
 */
export function corpusText(q: WikiQaQuestion): string {
  const title = q.title.replace(/[\t\r\n]+/g, ' ').trim();
  return `---\ntitle: ${title}\n---\n${q.sentences.map((s) => s.text.replace(/[\t\r\n]+/g, ' ')).join('\n')}\n`;
}

export interface JsonlQuestion {
  readonly question: string;
  readonly answers: readonly string[];
  readonly source: string;
}

/** The evaluation line for a question, or null when it has no correct sentence. */
export function questionLine(q: WikiQaQuestion): JsonlQuestion | null {
  const answers = [...new Set(q.sentences.filter((s) => s.label === 1).map((s) => s.text.replace(/[\t\r\n]+/g, ' ')))];
  return answers.length === 0 ? null : { question: q.question, answers, source: q.id };
}

async function main(): Promise<void> {
  const [input, out] = process.argv.slice(2);
  if (input === undefined || out === undefined) {
    process.stderr.write('usage: npx tsx tests/eval/wikiqa-convert.ts WikiQA-<split>.tsv OUTDIR\n');
    process.exitCode = 2;
    return;
  }
  const questions = parseWikiQaTsv(await readFile(input, 'utf8'));
  const corpus = join(out, 'corpus');
  await mkdir(corpus, { recursive: true });
  // Start from a clean corpus so a file left from another run cannot join the index.
  for (const name of await readdir(corpus)) if (name.endsWith('.txt')) await rm(join(corpus, name));
  for (const q of questions) await writeFile(join(corpus, `${q.id}.txt`), corpusText(q));
  const lines = questions.map(questionLine).filter((l): l is JsonlQuestion => l !== null);
  await writeFile(
    join(out, 'questions.jsonl'),
    lines.map((l) => JSON.stringify(l)).join('\n') + (lines.length > 0 ? '\n' : ''),
  );
  const sentences = questions.reduce((n, q) => n + q.sentences.length, 0);
  const answers = lines.reduce((n, l) => n + l.answers.length, 0);
  process.stdout.write(
    `${questions.length} questions, ${sentences} sentences -> ${corpus} (${questions.length} files)\n` +
      `${lines.length} questions with at least one correct sentence (${answers} correct sentences) -> ${join(out, 'questions.jsonl')}\n`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
