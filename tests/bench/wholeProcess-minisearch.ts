/**
 * MiniSearch as a whole process, the counterpart of `ask --json` in wholeProcess.ts: reads every
 * .txt file under DIR (front matter dropped, one paragraph a line), splits sentences with wink,
 * indexes them (engines/minisearch.ts's settings), then answers JSON lines on stdin
 * ({"question": "..."}) with one JSON line each: the question and its best 3 sentences with file and text.
 * With SPLIT, the sentences are read from that JSON file when it exists (written by the first run
 * otherwise), as citebot's `ask` starts from its index snapshot: wink's sentence split of the archive
 * takes several seconds, whose variance on a shared machine would swamp the per-question cost.
 *
 * usage: node --import tsx tests/bench/wholeProcess-minisearch.ts DIR [SPLIT] < questions.jsonl
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import MiniSearch from 'minisearch';
import { makeProcessTerm, splitSentences, tokenize } from './nlp.ts';

interface Sentence {
  readonly id: number;
  readonly file: string;
  readonly text: string;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const dir = process.argv[2];
const split = process.argv[3];
if (dir === undefined) throw new Error('usage: wholeProcess-minisearch.ts DIR [SPLIT] < questions.jsonl');

function readSentences(from: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const path of files(from)) {
    const body = readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const line of body.split('\n'))
      for (const text of splitSentences(line))
        sentences.push({ id: sentences.length, file: relative(from, path), text });
  }
  return sentences;
}

let sentences: Sentence[];
if (split !== undefined && existsSync(split)) sentences = JSON.parse(readFileSync(split, 'utf8')) as Sentence[];
else {
  sentences = readSentences(dir);
  if (split !== undefined) writeFileSync(split, JSON.stringify(sentences));
}
const processTerm = makeProcessTerm();
const index = new MiniSearch<Sentence>({ fields: ['text'], idField: 'id', tokenize, processTerm });
index.addAll(sentences);

for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
  if (line.trim() === '') continue;
  const { question } = JSON.parse(line) as { question: string };
  const hits = index
    .search(question)
    .slice(0, 3)
    .map((r) => {
      const s = sentences[r.id as number]!;
      return { source: s.file, text: s.text, score: r.score };
    });
  process.stdout.write(`${JSON.stringify({ question, hits })}\n`);
}
