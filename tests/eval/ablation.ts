/**
 * What each piece of the ranker is worth: every variant takes one piece out of the defaults
 * and is scored on the shipped article questions and, when given, a WikiQA-style set.
 *
 * usage: npx tsx tests/eval/ablation.ts [--wikiqa DIR]   (DIR holds corpus/ and questions.jsonl)
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { evaluate, type EvalQuestion } from '../../src/eval/evaluate.ts';
import { loadLibrary, type BuildOptions } from '../../src/library.ts';

const VARIANTS: Record<string, BuildOptions> = {
  'all on (defaults)': {},
  'b 0.75 instead of 0.2': { rank: { b: 0.75 } },
  'no lead prior': { rank: { leadWeight: 0 } },
  'no answer types': { rank: { answerTypeWeight: 0 } },
  'no pronoun context': { rank: { pronounWeight: 0 } },
  'no proximity': { rank: { proximityWeight: 0 } },
  'Porter stems instead of lemma-stems': { morphology: 'stem' },
  'plain BM25 (stems, k1 1.2, b 0.75, nothing else)': {
    morphology: 'stem',
    rank: { b: 0.75, leadWeight: 0, answerTypeWeight: 0, pronounWeight: 0, proximityWeight: 0 },
  },
};

const read = async (file: string): Promise<EvalQuestion[]> =>
  (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as EvalQuestion);

const { values } = parseArgs({ options: { wikiqa: { type: 'string' } } });
const root = new URL('../..', import.meta.url).pathname;
const plain = await read(`${root}tests/qa/article-plain.jsonl`);
const hard = await read(`${root}tests/qa/article.jsonl`);
const wikiqa = values.wikiqa === undefined ? null : await read(`${values.wikiqa}/questions.jsonl`);

console.log(`| variant | article-plain P@1 / 40 | article P@1 / 36 |${wikiqa ? ' WikiQA MAP |' : ''}`);
console.log(`| --- | ---: | ---: |${wikiqa ? ' ---: |' : ''}`);
for (const [name, options] of Object.entries(VARIANTS)) {
  const seeds = await loadLibrary(`${root}seeds`, { ...options, quotes: false });
  const cells = [
    evaluate(seeds, plain, { limit: 10 }).precisionAt1,
    evaluate(seeds, hard, { limit: 10 }).precisionAt1,
  ].map(String);
  if (wikiqa) {
    const library = await loadLibrary(`${values.wikiqa}/corpus`, { ...options, quotes: false });
    cells.push(evaluate(library, wikiqa, { limit: 100, abstain: false }).map.toFixed(3));
  }
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
