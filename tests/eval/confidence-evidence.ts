/**
 * Dumps, for every question of the development sets, the evidence abstention's `decide` judged
 * (src/search/abstention.ts `Evidence`), its outcome and reason, and whether the first hit is right:
 * what tests/eval/confidence-fit.ts fits the confident outcome's bars on.
 *
 * One JSON object a line: source (news, ECB+, uk, article: the four leave-one-source-out groups),
 * set (report.ts's name), mode (whole, chosen), kind (answerable, off-topic, near-miss, ...), the
 * question, outcome, reason, right (the first hit right), answerType, typed (the question asks for a
 * kind of token, as search.ts reads it), the sentences searched (the chosen article's or the
 * corpus's: they set the bars) and the corpus's, and the evidence.
 *
 * The fresh held-out sets (ecbplus-dev7, ecbplus-unanswerable7, ecbplus-dev8, ecbplus-unanswerable8, ecbplus-dev9,
 * ecbplus-unanswerable9, uk9, uk10, uk11, uk12, uk13) are never read.
 *
 * usage: npx tsx tests/eval/confidence-evidence.ts [--sources news,ECB+,uk,article] > evidence.jsonl
 */
import { parseArgs } from 'node:util';
import { evaluate, type EvalOptions, type EvalQuestion } from '../../src/eval/evaluate.ts';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { asksForToken } from '../../src/search/question.ts';
import type { SearchOptions, SearchResult } from '../../src/search/search.ts';
import { buildEcbCorpus } from './ecbplus-corpus.ts';
import { buildNewsCorpus } from './news-corpus.ts';
import { readQuestions } from './report.ts';
import { buildUkCorpus } from './uk-corpus.ts';

const root = new URL('../..', import.meta.url).pathname;
const qa = (name: string): Promise<EvalQuestion[]> => readQuestions(`${root}tests/qa/${name}.jsonl`);

/** One set on one corpus: its answerable questions (searched whole and with the article chosen) and its unanswerable ones. */
interface SetSpec {
  readonly name: string;
  readonly answerable: EvalQuestion[];
  readonly unanswerable: EvalQuestion[];
  /** Whether the set is also scored with the article chosen (report.ts's `chosen` rows). */
  readonly chosen: boolean;
}

/** Runs `questions` on `library`, printing one line a question. */
function dump(
  library: SearchLibrary,
  source: string,
  set: string,
  mode: 'whole' | 'chosen',
  questions: readonly EvalQuestion[],
  options: EvalOptions,
): void {
  const results: SearchResult[] = [];
  const recording: Pick<SearchLibrary, 'search'> = {
    search: (question: string, o?: SearchOptions) => {
      const r = library.search(question, o);
      results.push(r);
      return r;
    },
  };
  const report = evaluate(recording, questions, { limit: 10, ...options });
  const part = library.parts[0]!;
  const corpusSentences = part.index.sentenceCount;
  report.outcomes.forEach((o, i) => {
    const r = results[i]!;
    // The searched corpus's size sets the bars: the chosen article's sentences, or the whole corpus's.
    const doc = mode === 'chosen' ? part.documentIndex.get(questions[i]!.article!) : undefined;
    const sentences = doc === undefined ? corpusSentences : part.index.docFirst[doc + 1]! - part.index.docFirst[doc]!;
    const outcome = o.abstained || o.top === null ? 'declined' : o.confidence === 'high' ? 'confident' : 'unsure';
    console.log(
      JSON.stringify({
        source,
        set,
        mode,
        kind: o.answerable ? 'answerable' : (o.kind ?? 'unanswerable'),
        question: o.question,
        outcome,
        reason: o.reason ?? null,
        right: o.rank === 1,
        answerType: r.answerType,
        // As search.ts reads it: a chosen article's kind of answer is not second-guessed.
        typed: mode === 'whole' && asksForToken(r.answerType),
        sentences,
        corpusSentences,
        evidence: r.evidence,
      }),
    );
  });
}

async function run(source: string, corpus: string, sets: readonly SetSpec[]): Promise<void> {
  const library = await loadLibrary(corpus, { quotes: false });
  for (const s of sets) {
    dump(library, source, s.name, 'whole', [...s.answerable, ...s.unanswerable], {});
    if (s.chosen) dump(library, source, `${s.name} chosen`, 'chosen', s.answerable, { articleChosen: true });
  }
}

const { values } = parseArgs({ options: { sources: { type: 'string' } } });
const sources = values.sources?.split(',') ?? ['news', 'ECB+', 'uk', 'article'];

if (sources.includes('news')) {
  const none = await qa('news-dev-unanswerable');
  await run('news', buildNewsCorpus(), [
    { name: 'news A', answerable: await qa('news-dev-a'), unanswerable: none, chosen: true },
    { name: 'news B', answerable: await qa('news-dev-b'), unanswerable: [], chosen: true },
  ]);
}
if (sources.includes('article')) {
  await run('article', `${root}seeds`, [
    { name: 'article-plain', answerable: await qa('article-plain'), unanswerable: [], chosen: false },
    { name: 'article', answerable: await qa('article'), unanswerable: [], chosen: false },
    // The held-out dev set mixes answerable and unanswerable questions in one file.
    { name: 'article held-out dev', answerable: await qa('article-heldout-dev'), unanswerable: [], chosen: false },
  ]);
}
if (sources.includes('ECB+')) {
  const sets: SetSpec[] = [
    { name: 'ECB+', answerable: await qa('ecbplus-dev'), unanswerable: await qa('ecbplus-unanswerable'), chosen: true },
  ];
  for (const n of [2, 3, 4, 5, 6])
    sets.push({
      name: `ECB+ ${n}`,
      answerable: await qa(`ecbplus-dev${n}`),
      unanswerable: await qa(`ecbplus-unanswerable${n}`),
      chosen: true,
    });
  await run('ECB+', buildEcbCorpus(), sets);
}
if (sources.includes('uk')) {
  await run('uk', buildUkCorpus(), [
    { name: 'uk', answerable: await qa('uk-dev'), unanswerable: await qa('uk-dev-unanswerable'), chosen: true },
  ]);
  for (const n of [2, 3, 4, 5, 6, 7, 8] as const) {
    const name = `uk${n}` as const;
    await run('uk', buildUkCorpus(false, name), [
      { name, answerable: await qa(`${name}-dev`), unanswerable: await qa(`${name}-dev-unanswerable`), chosen: true },
    ]);
  }
}
