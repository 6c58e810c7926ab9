/**
 * Why a whole-archive first hit is in the wrong article: for each question of the given sets whose
 * first hit (whole archive, as report.ts searches: abstaining, limit 10) is neither right nor in the
 * question's article (or another telling of it, alsoIn), while the article chosen finds the answer
 * in its top 3, the question's terms with their idf, and for the winning article and the gold's:
 * the headline, which question words the article holds anywhere (`*` in the headline), the share
 * of the question's idf it holds, its own BM25, the winner and the gold article's best hit with
 * their scores, and the gold article's rank among the articles of the whole ranking.
 *
 * usage: npx tsx tests/eval/explain-article.ts SET[,SET] [--all]
 *   SET: uk, uk2, uk3, uk4, uk5, uk6, uk7, ECB+, ECB+ 2, ECB+ 3, ECB+ 4, ECB+ 5. --all: every
 *   whole-archive miss, with what kind of miss it is, not only the wrong article's.
 */
import type { EvalQuestion } from '../../src/eval/evaluate.ts';
import { hitAnswers } from '../../src/eval/metrics.ts';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { termsOf } from '../../src/nlp/analyzer.ts';
import { tfWeight } from '../../src/search/bm25.ts';
import { questionFrame } from '../../src/search/question.ts';
import { search, type Hit } from '../../src/search/search.ts';
import { queryTermsIn, statisticsOf, type QueryTerm } from '../../src/search/statistics.ts';
import { buildEcbCorpus } from './ecbplus-corpus.ts';
import { readQuestions } from './report.ts';
import { buildUkCorpus, type UkVariant } from './uk-corpus.ts';

const root = new URL('../..', import.meta.url).pathname;
const read = (file: string): Promise<EvalQuestion[]> => readQuestions(`${root}tests/qa/${file}`);

const UK: Record<string, [UkVariant, string]> = {
  uk: ['uk', 'uk-dev.jsonl'],
  uk2: ['uk2', 'uk2-dev.jsonl'],
  uk3: ['uk3', 'uk3-dev.jsonl'],
  uk4: ['uk4', 'uk4-dev.jsonl'],
  uk5: ['uk5', 'uk5-dev.jsonl'],
  uk6: ['uk6', 'uk6-dev.jsonl'],
  uk7: ['uk7', 'uk7-dev.jsonl'],
};
const ECB: Record<string, string> = {
  'ECB+': 'ecbplus-dev.jsonl',
  'ECB+ 2': 'ecbplus-dev2.jsonl',
  'ECB+ 3': 'ecbplus-dev3.jsonl',
  'ECB+ 4': 'ecbplus-dev4.jsonl',
  'ECB+ 5': 'ecbplus-dev5.jsonl',
};

const short = (text: string, n = 140): string => (text.length > n ? `${text.slice(0, n - 3)}...` : text);

/** The question's terms as search analyzes them (search.ts), with their idf. */
function termsOfQuestion(library: SearchLibrary, question: string): QueryTerm[] {
  const { topic } = questionFrame(question.trim(), library.settings.rank.wideFrames);
  const indexes = library.parts.map((p) => p.index);
  return queryTermsIn(indexes, termsOf(library.analyzer.analyze(topic)), statisticsOf(indexes))[0]!;
}

/** Of article `doc`: each term's count in it (headline twice), whether its headline holds it, and its BM25. */
function articleView(library: SearchLibrary, doc: number, terms: readonly QueryTerm[]) {
  const index = library.parts[0]!.index;
  const docs = index.documents;
  const title = new Set<number>();
  for (let k = index.titleStart[doc]!; k < index.titleStart[doc + 1]!; k += 1) title.add(index.titleTerms[k]!);
  let bm25 = 0;
  let held = 0;
  let total = 0;
  const words: string[] = [];
  for (const t of terms) {
    total += t.idf;
    if (t.termId === undefined) continue;
    let tf = 0;
    for (let p = docs.postingStart[t.termId]!; p < docs.postingStart[t.termId + 1]!; p += 1)
      if (docs.docs[p] === doc) tf = docs.tf[p]!;
    if (tf === 0) continue;
    held += t.idf;
    bm25 += t.docIdf * tfWeight(tf, docs.length[doc]!, docs.averageLength, { k1: 1.2, b: 0.75 });
    words.push(`${t.term}${title.has(t.termId) ? '*' : ''}×${tf}`);
  }
  return { words, share: total === 0 ? 0 : held / total, bm25 };
}

function explain(library: SearchLibrary, q: EvalQuestion, all: boolean): string | undefined {
  const article = q.article!;
  const tellings = new Set([article, ...(q.alsoIn ?? [])]);
  const inStory = (h: Hit): boolean => tellings.has(h.source) || h.alsoIn.some((c) => tellings.has(c.source));
  const right = (h: Hit): boolean => inStory(h) && hitAnswers(h.text, q.answers);
  const whole = search(library.settings, library.parts, q.question, { limit: 10 });
  if (whole.hits[0] !== undefined && right(whole.hits[0])) return undefined;
  const chosen = search(library.settings, library.parts, q.question, { limit: 10, source: article });
  const chosenAt = chosen.hits.findIndex(right);
  const winner = whole.hits[0];
  const kind =
    winner === undefined
      ? 'declined'
      : inStory(winner)
        ? 'right article, wrong sentence'
        : chosenAt >= 0 && chosenAt < 3
          ? 'WRONG ARTICLE'
          : 'wrong article, chosen misses too';
  if (kind !== 'WRONG ARTICLE' && !all) return kind;
  const terms = termsOfQuestion(library, q.question);
  const deep = search(library.settings, library.parts, q.question, { limit: 400, abstain: false });
  const goldAt = deep.hits.findIndex(right);
  const storyAt = deep.hits.findIndex(inStory);
  const articlesBefore = new Set(deep.hits.slice(0, Math.max(0, storyAt)).map((h) => h.source)).size;
  const docIndex = library.parts[0]!.documentIndex;
  const show = (label: string, id: string, h: Hit | undefined, at: number): void => {
    const doc = docIndex.get(id)!;
    const v = articleView(library, doc, terms);
    const document = library.parts[0]!.documents[doc]!;
    console.log(`  ${label} ${id}: "${short(document.title, 90)}"`);
    console.log(`     holds ${v.words.join(' ')} (idf share ${v.share.toFixed(2)}, article BM25 ${v.bm25.toFixed(2)})`);
    if (h !== undefined)
      console.log(`     @${at + 1} ${h.score.toFixed(2)} cov ${h.coverage.toFixed(2)}: ${short(h.text)}`);
  };
  console.log(
    `\nQ: ${q.question}   [${kind}] chosen @${chosenAt === -1 ? '-' : chosenAt + 1}, whole gold @${goldAt === -1 ? '-' : goldAt + 1}, story's first hit @${storyAt === -1 ? '-' : storyAt + 1} after ${articlesBefore} other articles`,
  );
  console.log(
    `  terms: ${terms.map((t) => `${t.term}${t.termId === undefined ? '?' : ''} ${t.idf.toFixed(1)}/${t.docIdf.toFixed(1)}`).join(', ')}`,
  );
  if (winner !== undefined) show('W', winner.source, winner, 0);
  const gold = goldAt === -1 ? deep.hits[storyAt] : deep.hits[goldAt];
  show('G', gold?.source ?? article, gold, goldAt === -1 ? storyAt : goldAt);
  return kind;
}

const all = process.argv.includes('--all');
const names = (process.argv[2] ?? '').split(',').map((n) => n.trim());
const counts: Record<string, Record<string, number>> = {};
for (const name of names) {
  let library: SearchLibrary;
  let questions: EvalQuestion[];
  if (UK[name] !== undefined) {
    library = await loadLibrary(buildUkCorpus(false, UK[name][0]), { quotes: false });
    questions = await read(UK[name][1]);
  } else if (ECB[name] !== undefined) {
    library = await loadLibrary(buildEcbCorpus(), { quotes: false });
    questions = await read(ECB[name]);
  } else throw new Error(`unknown set ${name}`);
  console.log(`## ${name}`);
  counts[name] = {};
  for (const q of questions) {
    const kind = explain(library, q, all);
    if (kind !== undefined) counts[name][kind] = (counts[name][kind] ?? 0) + 1;
  }
}
console.log('\n## misses by kind');
for (const [name, byKind] of Object.entries(counts)) console.log(`${name}: ${JSON.stringify(byKind)}`);
