/**
 * Every measured score in one run: the news development sets (Reuters wire stories, ECB+ web
 * news from many outlets in nine sets, the second to ninth (ecbplus-dev2.jsonl,
 * ecbplus-dev3.jsonl, ecbplus-dev4.jsonl, ecbplus-dev5.jsonl, ecbplus-dev6.jsonl, ecbplus-dev7.jsonl,
 * ecbplus-dev8.jsonl, ecbplus-dev9.jsonl) held out, and uk: BBC-style British articles among the wire stories, with uk2
 * (uk2-dev.jsonl, articles 63-74), uk3 (uk3-dev.jsonl, articles 75-86), uk4 (uk4-dev.jsonl,
 * articles 87-92), uk5 (uk5-dev.jsonl, articles 93-98), uk6 (uk6-dev.jsonl, articles 99-104), uk7 (uk7-dev.jsonl,
 * articles 105-110), uk8 (uk8-dev.jsonl, articles 111-116), uk9 (uk9-dev.jsonl, articles 117-122), uk10 (uk10-dev.jsonl, articles 123-128), uk11 (uk11-dev.jsonl, articles 129-134), uk12 (uk12-dev.jsonl, articles 135-140) and uk13 (uk13-dev.jsonl, articles 141-146) held out; whole corpus and article chosen), the shipped article's three sets and WikiQA, for the defaults and, with --ablation, for each
 * ranking piece taken out. The README's tables come from here.
 *
 * usage: npx tsx tests/eval/report.ts [--wikiqa DIR] [--squad DIR] [--ablation | --only NAME,NAME] [--verbose SET,SET]
 *          [--sources SOURCE,SOURCE]
 *   --sources: only those corpora's rows and columns (news, article, ECB+, uk, uk2, uk3, uk4, uk5, uk6, uk7, uk8, uk9, uk10, uk11, uk12, uk13; all by
 *   default), e.g. `--sources uk3` to score one held-out set alone.
 *   DIR holds corpus/ and questions.jsonl from wikiqa-convert.ts or squad-convert.ts (research and
 *   CC BY-SA data: kept out of git).
 *   The news corpus is laid out by news-corpus.ts on first use (bench-data/, out of git); the ECB+
 *   corpus by ecbplus-corpus.ts from a local copy of the ECB+ texts (its columns are left out, with a
 *   note, where that copy is missing).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  evaluate,
  type EvalOptions,
  type EvalQuestion,
  type EvalReport,
  type OutcomeCounts,
} from '../../src/eval/evaluate.ts';
import { loadLibrary, type BuildOptions, type SearchLibrary } from '../../src/library.ts';
import { DEFAULT_RANK } from '../../src/search/rank.ts';
import { buildEcbCorpus } from './ecbplus-corpus.ts';
import { buildNewsCorpus } from './news-corpus.ts';
import { buildUkCorpus } from './uk-corpus.ts';

export const VARIANTS: Record<string, BuildOptions> = {
  'all on (defaults)': {},
  'no document score': { rank: { documentWeight: 0 } },
  'no headline and lede context': { rank: { contextWeight: 0 } },
  'no focus': { rank: { focusWeight: 0 } },
  'no article (document score, context, focus)': { rank: { documentWeight: 0, contextWeight: 0, focusWeight: 0 } },
  'no paraphrases (WordNet)': { paraphrase: false },
  [`b 0.75 instead of ${DEFAULT_RANK.b}`]: { rank: { b: 0.75 } },
  'no lead prior': { rank: { leadWeight: 0 } },
  'no answer types': { rank: { answerTypeWeight: 0 } },
  "no doer's nouns (who-questions: `the buyer` for `who is buying`)": { rank: { doerWeight: 0 } },
  'no pronoun context': { rank: { pronounWeight: 0, antecedentWeight: 0 } },
  'no referring-back candidates': { rank: { referringBack: false } },
  'no cause clauses (any reason word counts)': { rank: { causeClauses: false } },
  'no cause near its event (why-questions)': { rank: { causeNearEvent: false } },
  'no cause clauses, no cause near its event': { rank: { causeClauses: false, causeNearEvent: false } },
  'no backstory as a cause (why-questions: `said … had been`)': { rank: { causeBackstory: 0 } },
  'a backstory as a cause, fit 1 (why-questions)': { rank: { causeBackstory: 1 } },
  'no circumstance as a cause (why-questions: `so that`, `with` an injury, `for speeding`)': {
    rank: { causeCircumstance: 0 },
  },
  'a circumstance as a cause, fit 1 (why-questions)': { rank: { causeCircumstance: 1 } },
  "no share of the lede's focus beyond the lede (chosen article)": { rank: { chosenLedeFocus: 0 } },
  "the lede's focus half beyond the lede (chosen article)": { rank: { chosenLedeFocus: 0.5 } },
  "the lede's focus all beyond the lede (chosen article)": { rank: { chosenLedeFocus: 1 } },
  'the focus for why-questions in a chosen article, as for any other (reasonFocus 1)': { rank: { reasonFocus: 1 } },
  "no narrower words in a chosen article (`sculptor` for the question's `artist`)": { rank: { chosenNarrower: false } },
  "no share of the lede's focus beyond the lede (whole archive)": { rank: { wholeLedeFocus: 0 } },
  "a quarter of the lede's focus beyond the lede (whole archive)": { rank: { wholeLedeFocus: 0.25 } },
  "the lede's focus all beyond the lede (whole archive)": { rank: { wholeLedeFocus: 1 } },
  'the 2nd and 3rd hits by the focused score, not the one without the lede focus (whole archive)': {
    rank: { plainFrom: 0 },
  },
  'only the 3rd hit by the score without the lede focus (whole archive)': { rank: { plainFrom: 3 } },
  'no article evidence (whole archive: articleWeight 0)': { rank: { articleWeight: 0 } },
  'article evidence 1 instead of 3 (whole archive)': { rank: { articleWeight: 1 } },
  'article evidence in full from half the best article, not 0.75': { rank: { articleFull: 0.5 } },
  "no story names (whole archive: an article lacking the question's name other articles hold, × 1)": {
    rank: { storyNameWeight: 0 },
  },
  'story names × 0.7 instead of × 0.85 (whole archive)': { rank: { storyNameWeight: 0.3 } },
  "a why or yes/no question's first hit as the whole archive ranks it, not the chosen path's in its article": {
    rank: { firstArticleChosen: false },
  },
  'no answer votes (other outlets holding the answer token)': { rank: { answerVoteWeight: 0 } },
  'answer votes 0.15 instead of 0.25': { rank: { answerVoteWeight: 0.15 } },
  'answer votes 0.5 instead of 0.25': { rank: { answerVoteWeight: 0.5 } },
  "+ a yes/no question's words negated as one word deny it (unharmed: hurt)": { rank: { yesNoNegated: true } },
  "+ a yes/no question's parts end at a clause setting the scene (when comeaux escaped)": {
    rank: { yesNoClause: true },
  },
  '+ both of those yes/no changes': { rank: { yesNoNegated: true, yesNoClause: true } },
  "a yes/no question's words of time and certainty searched (`going to`, `actually`, `in the end`)": {
    rank: { yesNoStateWords: false },
  },
  "+ a noun the answer writes as a name is no compound's modifier (timmons jury)": {
    abstention: { namedModifier: true },
  },
  '+ a name told as the one speaking answers no who-question (Fullerton said)': { rank: { speakerNotAnswer: true } },
  'every name by a verb of saying a speaker, not only its subject (Stefanski said Tony DiLeo will coach)': {
    rank: { speakerSubjectOnly: false },
  },
  "+ price and rate frames two words wide, `what is X's first name` a name": { rank: { wideFrames: true } },
  '+ an age answers no number, amount or measure (only how old)': { rank: { ageNotCount: true } },
  'no proximity': { rank: { proximityWeight: 0 } },
  'no duplicate collapse': { rank: { collapse: false } },
  'no diversification': { rank: { diversityWeight: 0 } },
  'no collapse, no diversification': { rank: { collapse: false, diversityWeight: 0 } },
  'Porter stems instead of lemma-stems': { morphology: 'stem' },
  'plain BM25 (stems, k1 1.2, b 0.75, nothing else)': {
    morphology: 'stem',
    paraphrase: false,
    rank: {
      b: 0.75,
      leadWeight: 0,
      answerTypeWeight: 0,
      pronounWeight: 0,
      antecedentWeight: 0,
      proximityWeight: 0,
      documentWeight: 0,
      articleWeight: 0,
      contextWeight: 0,
      focusWeight: 0,
    },
  },
};

const root = new URL('../..', import.meta.url).pathname;
/** A question set: one JSON object a line, blank lines skipped. */
export const readQuestions = async (file: string): Promise<EvalQuestion[]> =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as EvalQuestion);

interface Sets {
  readonly newsA: EvalQuestion[];
  readonly newsB: EvalQuestion[];
  readonly newsNone: EvalQuestion[];
  readonly ecbDev: EvalQuestion[];
  readonly ecbNone: EvalQuestion[];
  /** ECB+'s second set: held out (written before any run, scored once); never for tuning or fitting. */
  readonly ecbDev2: EvalQuestion[];
  readonly ecbNone2: EvalQuestion[];
  /** ECB+ 3: a third set on the same corpus, held out like ECB+ 2 (written before any run, scored once). */
  readonly ecbDev3: EvalQuestion[];
  readonly ecbNone3: EvalQuestion[];
  /** ECB+ 4: a fourth set on the same corpus, held out like ECB+ 2 and 3 (written before any run, scored once). */
  readonly ecbDev4: EvalQuestion[];
  readonly ecbNone4: EvalQuestion[];
  /** ECB+ 5: a fifth set on the same corpus, held out like ECB+ 2 to 4 (written before any run, scored once); not in fit.ts. */
  readonly ecbDev5: EvalQuestion[];
  readonly ecbNone5: EvalQuestion[];
  /** ECB+ 6: a sixth set on the same corpus, held out like ECB+ 2 to 5 (written before any run, scored once); not in fit.ts. */
  readonly ecbDev6: EvalQuestion[];
  readonly ecbNone6: EvalQuestion[];
  /** ECB+ 7: a seventh set on the same corpus, held out like ECB+ 2 to 6 (written before any run, scored once); not in fit.ts. */
  readonly ecbDev7: EvalQuestion[];
  readonly ecbNone7: EvalQuestion[];
  /** ECB+ 8: an eighth set on the same corpus, held out like ECB+ 2 to 7 (written before any run, scored once); not in fit.ts. */
  readonly ecbDev8: EvalQuestion[];
  readonly ecbNone8: EvalQuestion[];
  /** ECB+ 9: a ninth set on the same corpus, held out like ECB+ 2 to 8 (written before any run, scored once); not in fit.ts. */
  readonly ecbDev9: EvalQuestion[];
  readonly ecbNone9: EvalQuestion[];
  readonly ukDev: EvalQuestion[];
  readonly ukNone: EvalQuestion[];
  /** uk2: British articles 63-74 among 2,274; held out (written before any run, scored once); never for tuning. */
  readonly uk2Dev: EvalQuestion[];
  readonly uk2None: EvalQuestion[];
  /** uk3: British articles 75-86 among 2,286; held out like uk2 (written before any run, scored once). */
  readonly uk3Dev: EvalQuestion[];
  readonly uk3None: EvalQuestion[];
  /** uk4: British articles 87-92 among 2,292; held out like uk2 and uk3, half their size. */
  readonly uk4Dev: EvalQuestion[];
  readonly uk4None: EvalQuestion[];
  /** uk5: British articles 93-98 among 2,298; held out like uk4, three questions an article. */
  readonly uk5Dev: EvalQuestion[];
  readonly uk5None: EvalQuestion[];
  /** uk6: British articles 99-104 among 2,304; held out like uk5, three questions an article. */
  readonly uk6Dev: EvalQuestion[];
  readonly uk6None: EvalQuestion[];
  /** uk7: British articles 105-110 among 2,310; held out like uk6, three questions an article. */
  readonly uk7Dev: EvalQuestion[];
  readonly uk7None: EvalQuestion[];
  /** uk8: British articles 111-116 among 2,316; held out like uk7, three questions an article. */
  readonly uk8Dev: EvalQuestion[];
  readonly uk8None: EvalQuestion[];
  /** uk9: British articles 117-122 among 2,322; held out like uk8, three questions an article. */
  readonly uk9Dev: EvalQuestion[];
  readonly uk9None: EvalQuestion[];
  /** uk10 and uk11: British articles 123-128 among 2,328 and 129-134 among 2,334; held out like uk9. */
  readonly uk10Dev: EvalQuestion[];
  readonly uk10None: EvalQuestion[];
  readonly uk11Dev: EvalQuestion[];
  readonly uk11None: EvalQuestion[];
  /** uk12 and uk13: British articles 135-140 among 2,340 and 141-146 among 2,346; held out like uk11. */
  readonly uk12Dev: EvalQuestion[];
  readonly uk12None: EvalQuestion[];
  readonly uk13Dev: EvalQuestion[];
  readonly uk13None: EvalQuestion[];
  readonly plain: EvalQuestion[];
  readonly hard: EvalQuestion[];
  readonly heldout: EvalQuestion[];
  readonly wikiqa: EvalQuestion[] | null;
  readonly squad: EvalQuestion[] | null;
}

export async function readSets(wikiqaDir?: string, squadDir?: string): Promise<Sets> {
  return {
    newsA: await readQuestions(`${root}tests/qa/news-dev-a.jsonl`),
    newsB: await readQuestions(`${root}tests/qa/news-dev-b.jsonl`),
    newsNone: await readQuestions(`${root}tests/qa/news-dev-unanswerable.jsonl`),
    ecbDev: await readQuestions(`${root}tests/qa/ecbplus-dev.jsonl`),
    ecbNone: await readQuestions(`${root}tests/qa/ecbplus-unanswerable.jsonl`),
    ecbDev2: await readQuestions(`${root}tests/qa/ecbplus-dev2.jsonl`),
    ecbNone2: await readQuestions(`${root}tests/qa/ecbplus-unanswerable2.jsonl`),
    ecbDev3: await readQuestions(`${root}tests/qa/ecbplus-dev3.jsonl`),
    ecbNone3: await readQuestions(`${root}tests/qa/ecbplus-unanswerable3.jsonl`),
    ecbDev4: await readQuestions(`${root}tests/qa/ecbplus-dev4.jsonl`),
    ecbNone4: await readQuestions(`${root}tests/qa/ecbplus-unanswerable4.jsonl`),
    ecbDev5: await readQuestions(`${root}tests/qa/ecbplus-dev5.jsonl`),
    ecbNone5: await readQuestions(`${root}tests/qa/ecbplus-unanswerable5.jsonl`),
    ecbDev6: await readQuestions(`${root}tests/qa/ecbplus-dev6.jsonl`),
    ecbNone6: await readQuestions(`${root}tests/qa/ecbplus-unanswerable6.jsonl`),
    ecbDev7: await readQuestions(`${root}tests/qa/ecbplus-dev7.jsonl`),
    ecbNone7: await readQuestions(`${root}tests/qa/ecbplus-unanswerable7.jsonl`),
    ecbDev8: await readQuestions(`${root}tests/qa/ecbplus-dev8.jsonl`),
    ecbNone8: await readQuestions(`${root}tests/qa/ecbplus-unanswerable8.jsonl`),
    ecbDev9: await readQuestions(`${root}tests/qa/ecbplus-dev9.jsonl`),
    ecbNone9: await readQuestions(`${root}tests/qa/ecbplus-unanswerable9.jsonl`),
    ukDev: await readQuestions(`${root}tests/qa/uk-dev.jsonl`),
    ukNone: await readQuestions(`${root}tests/qa/uk-dev-unanswerable.jsonl`),
    uk2Dev: await readQuestions(`${root}tests/qa/uk2-dev.jsonl`),
    uk2None: await readQuestions(`${root}tests/qa/uk2-dev-unanswerable.jsonl`),
    uk3Dev: await readQuestions(`${root}tests/qa/uk3-dev.jsonl`),
    uk3None: await readQuestions(`${root}tests/qa/uk3-dev-unanswerable.jsonl`),
    uk4Dev: await readQuestions(`${root}tests/qa/uk4-dev.jsonl`),
    uk4None: await readQuestions(`${root}tests/qa/uk4-dev-unanswerable.jsonl`),
    uk5Dev: await readQuestions(`${root}tests/qa/uk5-dev.jsonl`),
    uk5None: await readQuestions(`${root}tests/qa/uk5-dev-unanswerable.jsonl`),
    uk6Dev: await readQuestions(`${root}tests/qa/uk6-dev.jsonl`),
    uk6None: await readQuestions(`${root}tests/qa/uk6-dev-unanswerable.jsonl`),
    uk7Dev: await readQuestions(`${root}tests/qa/uk7-dev.jsonl`),
    uk7None: await readQuestions(`${root}tests/qa/uk7-dev-unanswerable.jsonl`),
    uk8Dev: await readQuestions(`${root}tests/qa/uk8-dev.jsonl`),
    uk8None: await readQuestions(`${root}tests/qa/uk8-dev-unanswerable.jsonl`),
    uk9Dev: await readQuestions(`${root}tests/qa/uk9-dev.jsonl`),
    uk9None: await readQuestions(`${root}tests/qa/uk9-dev-unanswerable.jsonl`),
    uk10Dev: await readQuestions(`${root}tests/qa/uk10-dev.jsonl`),
    uk10None: await readQuestions(`${root}tests/qa/uk10-dev-unanswerable.jsonl`),
    uk11Dev: await readQuestions(`${root}tests/qa/uk11-dev.jsonl`),
    uk11None: await readQuestions(`${root}tests/qa/uk11-dev-unanswerable.jsonl`),
    uk12Dev: await readQuestions(`${root}tests/qa/uk12-dev.jsonl`),
    uk12None: await readQuestions(`${root}tests/qa/uk12-dev-unanswerable.jsonl`),
    uk13Dev: await readQuestions(`${root}tests/qa/uk13-dev.jsonl`),
    uk13None: await readQuestions(`${root}tests/qa/uk13-dev-unanswerable.jsonl`),
    plain: await readQuestions(`${root}tests/qa/article-plain.jsonl`),
    hard: await readQuestions(`${root}tests/qa/article.jsonl`),
    heldout: await readQuestions(`${root}tests/qa/article-heldout-dev.jsonl`),
    wikiqa: wikiqaDir === undefined ? null : await readQuestions(`${wikiqaDir}/questions.jsonl`),
    squad: squadDir === undefined ? null : await readQuestions(`${squadDir}/questions.jsonl`),
  };
}

const p1 = (r: EvalReport): string => `${r.precisionAt1}/${r.answerable}`;
const r3 = (r: EvalReport): string => `${r.recallAt3}/${r.answerable}`;
/** Unsure / declined of a kind's questions (`answerable`, `off-topic`, ...), over one report or several. */
const doubted = (reports: readonly EvalReport[], k: string): string => {
  const entries = reports.flatMap((r) => (r.outcomesByKind[k] === undefined ? [] : [r.outcomesByKind[k]]));
  if (entries.length === 0) return '-';
  const sum = (f: (e: (typeof entries)[number]) => number): number => entries.reduce((n, e) => n + f(e), 0);
  return `${sum((e) => e.unsure)} / ${sum((e) => e.declined)} of ${sum((e) => e.of)}`;
};
/** Of the answers given as confident (answerable or not), those whose first hit is right. */
const confident = (reports: readonly EvalReport[]): string => {
  const right = reports.reduce((n, r) => n + r.confidentRight, 0);
  const all = reports.reduce((n, r) => n + r.confident, 0);
  return `${right}/${all}`;
};

export interface Row {
  readonly cells: Record<string, string>;
  readonly reports: Record<string, EvalReport>;
}

/** The corpora `score` can run, each with its sets; `--sources` picks some (all by default). */
export const SOURCES = [
  'news',
  'article',
  'ECB+',
  'uk',
  'uk2',
  'uk3',
  'uk4',
  'uk5',
  'uk6',
  'uk7',
  'uk8',
  'uk9',
  'uk10',
  'uk11',
  'uk12',
  'uk13',
] as const;
export type SourceName = (typeof SOURCES)[number];

/** Scores one build's options on every set (or on those of `sources`' corpora only). */
export async function score(
  options: BuildOptions,
  sets: Sets,
  wikiqaDir?: string,
  squadDir?: string,
  sources: readonly SourceName[] = SOURCES,
): Promise<Row> {
  const run = (library: SearchLibrary, questions: EvalQuestion[], evalOptions: EvalOptions): EvalReport =>
    evaluate(library, questions, { limit: 10, ...evalOptions });
  const reports: Record<string, EvalReport> = {};
  const cells: Record<string, string> = {};
  if (sources.includes('news')) {
    const news = await loadLibrary(buildNewsCorpus(), { ...options, quotes: false });
    reports['news A'] = run(news, [...sets.newsA, ...sets.newsNone], {});
    reports['news B'] = run(news, sets.newsB, {});
    reports['news A chosen'] = run(news, sets.newsA, { articleChosen: true });
    reports['news B chosen'] = run(news, sets.newsB, { articleChosen: true });
    reports['news chosen, no abstention'] = run(news, [...sets.newsA, ...sets.newsB], {
      articleChosen: true,
      abstain: false,
    });
    const newsReports = [reports['news A']!, reports['news B']!];
    cells['news A P@1'] = p1(reports['news A']!);
    cells['news A top-3'] = r3(reports['news A']!);
    cells['news B P@1'] = p1(reports['news B']!);
    cells['news B top-3'] = r3(reports['news B']!);
    cells['news confident: right'] = confident(newsReports);
    cells['answerable unsure / declined'] = doubted(newsReports, 'answerable');
    cells['off-topic unsure / declined'] = doubted(newsReports, 'off-topic');
    cells['near-miss unsure / declined'] = doubted(newsReports, 'near-miss');
    cells['chosen P@1 A+B'] = `${reports['news A chosen']!.precisionAt1 + reports['news B chosen']!.precisionAt1}/110`;
    cells['chosen top-3 A+B'] = `${reports['news A chosen']!.recallAt3 + reports['news B chosen']!.recallAt3}/110`;
  }
  if (sources.includes('article')) {
    const seeds = await loadLibrary(`${root}seeds`, { ...options, quotes: false });
    reports['article-plain'] = run(seeds, sets.plain, {});
    reports.article = run(seeds, sets.hard, {});
    const heldout = run(seeds, sets.heldout, {});
    reports['article held-out dev'] = heldout;
    cells['article-plain P@1'] = p1(reports['article-plain']!);
    cells['article P@1'] = p1(reports.article!);
    cells['held-out dev P@1'] = p1(heldout);
    cells['held-out dev top-3'] = r3(heldout);
    cells['held-out dev confident: right'] = confident([heldout]);
    cells['held-out dev unanswerable unsure / declined'] = doubted([heldout], 'unanswerable');
  }
  const ecbCorpus = sources.includes('ECB+') ? ecbCorpusOrNull() : null;
  if (ecbCorpus !== null) {
    const ecb = await loadLibrary(ecbCorpus, { ...options, quotes: false });
    reports['ECB+'] = run(ecb, [...sets.ecbDev, ...sets.ecbNone], {});
    reports['ECB+ no abstention'] = run(ecb, sets.ecbDev, { abstain: false });
    reports['ECB+ chosen'] = run(ecb, sets.ecbDev, { articleChosen: true });
    reports['ECB+ chosen, no abstention'] = run(ecb, sets.ecbDev, { articleChosen: true, abstain: false });
    const whole = reports['ECB+']!;
    const chosen = reports['ECB+ chosen']!;
    cells['ECB+ P@1'] = p1(whole);
    cells['ECB+ top-3'] = r3(whole);
    cells['ECB+ confident: right'] = confident([whole]);
    cells['ECB+ answerable unsure / declined'] = doubted([whole], 'answerable');
    cells['ECB+ off-topic unsure / declined'] = doubted([whole], 'off-topic');
    cells['ECB+ near-miss unsure / declined'] = doubted([whole], 'near-miss');
    cells['ECB+ no abstention P@1'] = p1(reports['ECB+ no abstention']!);
    cells['ECB+ chosen P@1'] = p1(chosen);
    cells['ECB+ chosen top-3'] = r3(chosen);
    cells['ECB+ chosen confident: right'] = confident([chosen]);
    cells['ECB+ chosen answerable unsure / declined'] = doubted([chosen], 'answerable');
    cells['ECB+ chosen, no abstention P@1'] = p1(reports['ECB+ chosen, no abstention']!);
    // The held-out sets (tests/qa/ecbplus-dev2.jsonl to ecbplus-dev9.jsonl), on the same corpus: their own columns.
    const heldOutEcb = [
      ['ECB+ 2', sets.ecbDev2, sets.ecbNone2],
      ['ECB+ 3', sets.ecbDev3, sets.ecbNone3],
      ['ECB+ 4', sets.ecbDev4, sets.ecbNone4],
      ['ECB+ 5', sets.ecbDev5, sets.ecbNone5],
      ['ECB+ 6', sets.ecbDev6, sets.ecbNone6],
      ['ECB+ 7', sets.ecbDev7, sets.ecbNone7],
      ['ECB+ 8', sets.ecbDev8, sets.ecbNone8],
      ['ECB+ 9', sets.ecbDev9, sets.ecbNone9],
    ] as const;
    for (const [name, dev, none] of heldOutEcb) {
      const held = run(ecb, [...dev, ...none], {});
      const heldChosen = run(ecb, dev, { articleChosen: true });
      reports[name] = held;
      reports[`${name} no abstention`] = run(ecb, dev, { abstain: false });
      reports[`${name} chosen`] = heldChosen;
      reports[`${name} chosen, no abstention`] = run(ecb, dev, { articleChosen: true, abstain: false });
      cells[`${name} P@1`] = p1(held);
      cells[`${name} top-3`] = r3(held);
      cells[`${name} confident: right`] = confident([held]);
      cells[`${name} answerable unsure / declined`] = doubted([held], 'answerable');
      cells[`${name} off-topic unsure / declined`] = doubted([held], 'off-topic');
      cells[`${name} near-miss unsure / declined`] = doubted([held], 'near-miss');
      cells[`${name} no abstention P@1`] = p1(reports[`${name} no abstention`]!);
      cells[`${name} no abstention top-3`] = r3(reports[`${name} no abstention`]!);
      cells[`${name} chosen P@1`] = p1(heldChosen);
      cells[`${name} chosen top-3`] = r3(heldChosen);
      cells[`${name} chosen confident: right`] = confident([heldChosen]);
      cells[`${name} chosen answerable unsure / declined`] = doubted([heldChosen], 'answerable');
      cells[`${name} chosen, no abstention P@1`] = p1(reports[`${name} chosen, no abstention`]!);
      cells[`${name} chosen, no abstention top-3`] = r3(reports[`${name} chosen, no abstention`]!);
    }
  }
  if (sources.includes('uk')) {
    // uk: the news corpus plus 62 BBC-style British articles (uk-corpus.ts), like issue 17's archive A.
    const uk = await loadLibrary(buildUkCorpus(), { ...options, quotes: false });
    const ukWhole = run(uk, [...sets.ukDev, ...sets.ukNone], {});
    const ukChosen = run(uk, sets.ukDev, { articleChosen: true });
    reports.uk = ukWhole;
    reports['uk no abstention'] = run(uk, sets.ukDev, { abstain: false });
    reports['uk chosen'] = ukChosen;
    reports['uk chosen, no abstention'] = run(uk, sets.ukDev, { articleChosen: true, abstain: false });
    cells['uk P@1'] = p1(ukWhole);
    cells['uk top-3'] = r3(ukWhole);
    cells['uk confident: right'] = confident([ukWhole]);
    cells['uk answerable unsure / declined'] = doubted([ukWhole], 'answerable');
    cells['uk off-topic unsure / declined'] = doubted([ukWhole], 'off-topic');
    cells['uk near-miss unsure / declined'] = doubted([ukWhole], 'near-miss');
    cells['uk chosen P@1'] = p1(ukChosen);
    cells['uk chosen top-3'] = r3(ukChosen);
  }
  // The held-out British sets, each on its own corpus (uk-corpus.ts): the same wire stories plus
  // British articles 01-74 for uk2 (its questions on 63-74), 01-86 for uk3 (its questions on 75-86),
  // 01-92 for uk4 (its questions on 87-92), 01-98 for uk5 (its questions on 93-98),
  // 01-104 for uk6 (its questions on 99-104), 01-110 for uk7 (its questions on 105-110),
  // 01-116 for uk8 (its questions on 111-116), 01-122 for uk9 (its questions on 117-122),
  // 01-128 for uk10 (its questions on 123-128), 01-134 for uk11 (its questions on 129-134),
  // 01-140 for uk12 (its questions on 135-140), 01-146 for uk13 (its questions on 141-146).
  const heldOutUk = [
    ['uk2', sets.uk2Dev, sets.uk2None],
    ['uk3', sets.uk3Dev, sets.uk3None],
    ['uk4', sets.uk4Dev, sets.uk4None],
    ['uk5', sets.uk5Dev, sets.uk5None],
    ['uk6', sets.uk6Dev, sets.uk6None],
    ['uk7', sets.uk7Dev, sets.uk7None],
    ['uk8', sets.uk8Dev, sets.uk8None],
    ['uk9', sets.uk9Dev, sets.uk9None],
    ['uk10', sets.uk10Dev, sets.uk10None],
    ['uk11', sets.uk11Dev, sets.uk11None],
    ['uk12', sets.uk12Dev, sets.uk12None],
    ['uk13', sets.uk13Dev, sets.uk13None],
  ] as const;
  for (const [name, dev, none] of heldOutUk) {
    if (!sources.includes(name)) continue;
    const library = await loadLibrary(buildUkCorpus(false, name), { ...options, quotes: false });
    const whole = run(library, [...dev, ...none], {});
    const chosen = run(library, dev, { articleChosen: true });
    reports[name] = whole;
    reports[`${name} no abstention`] = run(library, dev, { abstain: false });
    reports[`${name} chosen`] = chosen;
    reports[`${name} chosen, no abstention`] = run(library, dev, { articleChosen: true, abstain: false });
    cells[`${name} P@1`] = p1(whole);
    cells[`${name} top-3`] = r3(whole);
    cells[`${name} confident: right`] = confident([whole]);
    cells[`${name} answerable unsure / declined`] = doubted([whole], 'answerable');
    cells[`${name} off-topic unsure / declined`] = doubted([whole], 'off-topic');
    cells[`${name} near-miss unsure / declined`] = doubted([whole], 'near-miss');
    cells[`${name} no abstention P@1`] = p1(reports[`${name} no abstention`]!);
    cells[`${name} no abstention top-3`] = r3(reports[`${name} no abstention`]!);
    cells[`${name} chosen P@1`] = p1(chosen);
    cells[`${name} chosen top-3`] = r3(chosen);
    cells[`${name} chosen confident: right`] = confident([chosen]);
    cells[`${name} chosen answerable unsure / declined`] = doubted([chosen], 'answerable');
    cells[`${name} chosen, no abstention P@1`] = p1(reports[`${name} chosen, no abstention`]!);
    cells[`${name} chosen, no abstention top-3`] = r3(reports[`${name} chosen, no abstention`]!);
  }
  if (sets.wikiqa !== null && wikiqaDir !== undefined) {
    const wiki = await loadLibrary(`${wikiqaDir}/corpus`, { ...options, quotes: false });
    const report = evaluate(wiki, sets.wikiqa, { limit: 100, abstain: false });
    reports.wikiqa = report;
    cells['WikiQA MAP'] = report.map.toFixed(3);
  }
  if (sets.squad !== null && squadDir !== undefined) {
    // Ranking only, as for WikiQA: the first hit without abstention, right when it holds an answer span.
    const squad = await loadLibrary(`${squadDir}/corpus`, { ...options, quotes: false });
    const report = evaluate(squad, sets.squad, { limit: 10, abstain: false });
    reports.SQuAD = report;
    cells['SQuAD P@1'] = (report.precisionAt1 / report.answerable).toFixed(3);
  }
  return { cells, reports };
}

let ecbNoted = false;
/** The ECB+ corpus, laid out on first use; null (said once) where its source texts are missing. */
function ecbCorpusOrNull(): string | null {
  try {
    return buildEcbCorpus();
  } catch (error) {
    if (!ecbNoted) console.error(`ECB+ sets left out: ${(error as Error).message}`);
    ecbNoted = true;
    return null;
  }
}

/** Every set's figures for one variant: first hit and top 3 over the hits shown, and the three outcomes. */
export function printSets(row: Row): void {
  console.log(
    '| set | P@1 | top-3 | confident: right | answerable confident / unsure / declined | unanswerable confident / unsure / declined |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const three = (c: OutcomeCounts | undefined): string =>
    c === undefined ? '-' : `${c.confident} / ${c.unsure} / ${c.declined} of ${c.of}`;
  for (const [name, r] of Object.entries(row.reports)) {
    const unanswerable = Object.entries(r.outcomesByKind)
      .filter(([k]) => k !== 'answerable')
      .map(([k, c]) => `${k} ${three(c)}`)
      .join('; ');
    console.log(
      `| ${name} | ${p1(r)} | ${r3(r)} | ${confident([r])} | ${three(r.outcomesByKind.answerable)} | ${unanswerable || '-'} |`,
    );
  }
  console.log();
}

function printTable(rows: [string, Row][]): void {
  const columns = Object.keys(rows[0]![1].cells);
  console.log(`| variant | ${columns.join(' | ')} |`);
  console.log(`| --- |${columns.map(() => ' ---: |').join('')}`);
  for (const [name, row] of rows) console.log(`| ${name} | ${columns.map((c) => row.cells[c]).join(' | ')} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      wikiqa: { type: 'string' },
      squad: { type: 'string' },
      ablation: { type: 'boolean', default: false },
      only: { type: 'string' },
      verbose: { type: 'string' },
      sources: { type: 'string' },
    },
  });
  const sets = await readSets(values.wikiqa, values.squad);
  const sources = values.sources?.split(',').map((n) => n.trim()) ?? [...SOURCES];
  const unknown = sources.filter((n) => !(SOURCES as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`--sources: no source ${unknown.join(', ')} (${SOURCES.join(', ')})`);
  // --only NAME,NAME: those rows of the ablation (by the start of their name), after the defaults.
  const only = values.only?.split(',').map((n) => n.trim().toLowerCase());
  const variants = Object.entries(VARIANTS).filter(
    ([name], i) => i === 0 || values.ablation || (only?.some((n) => name.toLowerCase().startsWith(n)) ?? false),
  );
  const rows: [string, Row][] = [];
  for (const [name, options] of variants) {
    const row = await score(options, sets, values.wikiqa, values.squad, sources as SourceName[]);
    rows.push([name, row]);
    // --verbose SET[,SET]: each question of those sets with its outcome and first hit.
    for (const set of values.verbose?.split(',') ?? []) {
      console.log(`## ${set}`);
      for (const o of row.reports[set.trim()]?.outcomes ?? []) {
        const mark = o.answerable
          ? o.rank === 1
            ? 'ok '
            : o.rank === null
              ? o.abstained
                ? 'DECL'
                : 'MISS'
              : `@${o.rank}  `
          : o.abstained
            ? 'ok '
            : o.confidence === 'low'
              ? 'ok?'
              : 'FALSE';
        const outcome = o.abstained
          ? `declined ${o.reason}`
          : o.confidence === 'low'
            ? `unsure ${o.reason}`
            : 'confident';
        console.log(`${mark}\t${outcome}\t${o.question}\n\t-> ${o.top ?? '(declined)'}`);
      }
    }
  }
  printSets(rows[0]![1]);
  printTable(rows);
}
