/**
 * Why a question's first hit inside its chosen article is not the gold: for each question of the
 * given sets whose first hit (article chosen, no abstention) holds no answer, the gold's rank, the
 * winner's and the best gold sentence's text and score, and what each ranking piece does to both:
 * each piece is switched off in turn (its weight 0) and the pair's scores and the gold's rank shown
 * again, so `focus 1.50/1.00` says the focus multiplier gave the winner 1.5× and the gold nothing.
 *
 * usage: npx tsx tests/eval/explain-chosen.ts SET[,SET] [--all]
 *   SET: uk, uk2, uk3, uk4, uk5, uk6, uk7, uk8, uk9, uk10, uk11, uk12, uk13, ECB+, ECB+ 2, ECB+ 3, ECB+ 4, ECB+ 5, ECB+ 6, heldout (the shipped article's held-out dev set). --all: every question, not only misses.
 */
import { hitAnswers } from '../../src/eval/metrics.ts';
import type { EvalQuestion } from '../../src/eval/evaluate.ts';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import type { RankParams } from '../../src/search/rank.ts';
import { search, type Hit } from '../../src/search/search.ts';
import { buildEcbCorpus } from './ecbplus-corpus.ts';
import { readQuestions } from './report.ts';
import { buildUkCorpus } from './uk-corpus.ts';

const root = new URL('../..', import.meta.url).pathname;
const read = (file: string): Promise<EvalQuestion[]> => readQuestions(`${root}tests/qa/${file}`);

/** Each piece switched off on its own. */
const PIECES: Record<string, Partial<RankParams>> = {
  document: { documentWeight: 0 },
  context: { contextWeight: 0 },
  focus: { focusWeight: 0 },
  lead: { leadWeight: 0, topicLeadWeight: 0 },
  proximity: { proximityWeight: 0 },
  type: { answerTypeWeight: 0 },
  pronoun: { antecedentWeight: 0, pronounWeight: 0 },
  paraphrase: { paraphraseWeight: 0 },
  diversify: { diversityWeight: 0 },
};

const short = (text: string): string => (text.length > 150 ? `${text.slice(0, 147)}...` : text);

/** RANK='{"name": value}': every run with those parameters (a variant's misses). */
const BASE: Partial<RankParams> = JSON.parse(process.env.RANK ?? '{}');
/** ONLY=text: the questions holding it. */
const ONLY = process.env.ONLY;

function hitsFor(library: SearchLibrary, question: string, source: string, rank: Partial<RankParams>): readonly Hit[] {
  const settings = { ...library.settings, rank: { ...library.settings.rank, ...BASE, ...rank } };
  return search(settings, library.parts, question, { source, limit: 400, abstain: false }).hits;
}

function explain(library: SearchLibrary, q: EvalQuestion, all: boolean): void {
  const source = q.article ?? library.parts[0]!.documents[0]!.id;
  const hits = hitsFor(library, q.question, source, {});
  const goldAt = hits.findIndex((h) => hitAnswers(h.text, q.answers));
  if (goldAt === 0 && !all) return;
  const order = [...hits].sort((a, b) => a.start - b.start).map((h) => h.start);
  const position = (h: Hit): number => order.indexOf(h.start);
  console.log(`\nQ: ${q.question}   gold @${goldAt === -1 ? 'none' : goldAt + 1} of ${hits.length}`);
  const winner = hits[0];
  const gold = goldAt === -1 ? undefined : hits[goldAt];
  if (winner === undefined) return;
  console.log(
    `  W s${position(winner)} ${winner.score.toFixed(2)} cov ${winner.coverage.toFixed(2)}: ${short(winner.text)}`,
  );
  if (gold !== undefined && gold !== winner)
    console.log(`  G s${position(gold)} ${gold.score.toFixed(2)} cov ${gold.coverage.toFixed(2)}: ${short(gold.text)}`);
  const parts: string[] = [];
  for (const [name, off] of Object.entries(PIECES)) {
    const without = hitsFor(library, q.question, source, off);
    const scoreOf = (h: Hit | undefined): number => without.find((x) => x.start === h?.start)?.score ?? 0;
    const w = winner.score / (scoreOf(winner) || 1);
    const g = gold === undefined ? 0 : gold.score / (scoreOf(gold) || 1);
    const rankWithout = without.findIndex((h) => hitAnswers(h.text, q.answers));
    parts.push(`${name} ${w.toFixed(2)}/${g.toFixed(2)} @${rankWithout === -1 ? '-' : rankWithout + 1}`);
  }
  console.log(`  off: ${parts.join(' · ')}`);
}

const SETS: Record<string, () => Promise<[() => Promise<SearchLibrary>, EvalQuestion[]]>> = {
  uk: async () => [() => loadLibrary(buildUkCorpus(), { quotes: false }), await read('uk-dev.jsonl')],
  uk2: async () => [() => loadLibrary(buildUkCorpus(false, 'uk2'), { quotes: false }), await read('uk2-dev.jsonl')],
  uk3: async () => [() => loadLibrary(buildUkCorpus(false, 'uk3'), { quotes: false }), await read('uk3-dev.jsonl')],
  uk4: async () => [() => loadLibrary(buildUkCorpus(false, 'uk4'), { quotes: false }), await read('uk4-dev.jsonl')],
  uk5: async () => [() => loadLibrary(buildUkCorpus(false, 'uk5'), { quotes: false }), await read('uk5-dev.jsonl')],
  uk6: async () => [() => loadLibrary(buildUkCorpus(false, 'uk6'), { quotes: false }), await read('uk6-dev.jsonl')],
  uk7: async () => [() => loadLibrary(buildUkCorpus(false, 'uk7'), { quotes: false }), await read('uk7-dev.jsonl')],
  uk8: async () => [() => loadLibrary(buildUkCorpus(false, 'uk8'), { quotes: false }), await read('uk8-dev.jsonl')],
  uk9: async () => [() => loadLibrary(buildUkCorpus(false, 'uk9'), { quotes: false }), await read('uk9-dev.jsonl')],
  uk10: async () => [() => loadLibrary(buildUkCorpus(false, 'uk10'), { quotes: false }), await read('uk10-dev.jsonl')],
  uk11: async () => [() => loadLibrary(buildUkCorpus(false, 'uk11'), { quotes: false }), await read('uk11-dev.jsonl')],
  uk12: async () => [() => loadLibrary(buildUkCorpus(false, 'uk12'), { quotes: false }), await read('uk12-dev.jsonl')],
  uk13: async () => [() => loadLibrary(buildUkCorpus(false, 'uk13'), { quotes: false }), await read('uk13-dev.jsonl')],
  'ECB+ 2': async () => [() => loadLibrary(buildEcbCorpus(), { quotes: false }), await read('ecbplus-dev2.jsonl')],
  'ECB+ 3': async () => [() => loadLibrary(buildEcbCorpus(), { quotes: false }), await read('ecbplus-dev3.jsonl')],
  'ECB+ 4': async () => [() => loadLibrary(buildEcbCorpus(), { quotes: false }), await read('ecbplus-dev4.jsonl')],
  'ECB+ 5': async () => [() => loadLibrary(buildEcbCorpus(), { quotes: false }), await read('ecbplus-dev5.jsonl')],
  'ECB+ 6': async () => [() => loadLibrary(buildEcbCorpus(), { quotes: false }), await read('ecbplus-dev6.jsonl')],
  'ECB+': async () => [() => loadLibrary(buildEcbCorpus(), { quotes: false }), await read('ecbplus-dev.jsonl')],
  heldout: async () => [() => loadLibrary(`${root}seeds`, { quotes: false }), await read('article-heldout-dev.jsonl')],
};

const all = process.argv.includes('--all');
for (const name of (process.argv[2] ?? '').split(',')) {
  const make = SETS[name.trim()];
  if (make === undefined) throw new Error(`unknown set ${name}`);
  const [load, questions] = await make();
  const library = await load();
  console.log(`## ${name}`);
  for (const q of questions) if (ONLY === undefined || q.question.includes(ONLY)) explain(library, q, all);
}
