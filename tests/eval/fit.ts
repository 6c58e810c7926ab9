/**
 * Fits the ranking weights (src/search/weights.ts) by coordinate ascent on four development
 * sources (and public training splits with --squad-train, --wikiqa-train), and measures how well a fit carries to a source it never
 * saw (leave one source out).
 *
 *   news     Reuters wire stories: news-dev-a, -b and -unanswerable over the whole corpus, and A+B
 *            with the article chosen
 *   ecb+     ECB+ web news, its three question sets (ecbplus-dev, -dev2, -dev3) on the one corpus:
 *            each with its unanswerable set over the whole corpus, and with the article chosen
 *   uk       BBC-style British articles among the Reuters stories (uk-corpus.ts): uk-dev, uk2, uk3
 *            and uk4 (each on its own corpus, as report.ts scores them) with their unanswerable sets
 *            over the whole corpus, and with the article chosen
 *   article  the shipped article: article-plain, article, article-heldout-dev
 *
 * A source's later question sets (ECB+ 2 and 3, uk2-4) join its first: the whole-corpus questions
 * of all its sets are one evaluated set, the chosen-article ones another, so each question counts
 * once whatever set it came from (a set weighs by its question count), and leaving a source out
 * leaves out its kind of archive, not one set while its siblings on the same corpus stay in.
 *
 * Each corpus is indexed once; every candidate weight vector searches the built index (the rank
 * parameters are search settings, src/search/search.ts), and each (source, weights) score is
 * computed once per process. The objective is src/eval/objective.ts.
 *
 * usage: npx tsx tests/eval/fit.ts [--passes N] [--seed N] [--min-gain X] [--no-loso] [--squad-train DIR]
 *          [--wikiqa-train DIR] [--tiebreak] [--write] [--check]
 *   --held-out NAME,NAME  leaves out only those sources, one at a time, and skips the fit on all
 *             (to run the leave-one-out fits in separate processes)
 *   --check   only prints, for the shipped weights, each question set's figures as report.ts prints
 *             them (the same names): the fit scores what report.ts measures
 *   --squad-train DIR  adds a source: DIR from squad-convert.ts on SQuAD 2.0 train
 *   --wikiqa-train DIR adds a source: DIR from wikiqa-convert.ts on WikiQA-train.tsv (never the test split)
 *   --from-shipped  starts the fit on all sources from the shipped weights (src/search/weights.ts), not
 *               the hand-set ones: a refit after a new weight then keeps what the last fit found
 *   --tiebreak  those public training splits only break ties between weight vectors the development
 *               sources score alike (TIEBREAK), and are not left out one at a time
 *   --write   rewrites src/search/weights.ts with the fit on all sources, and its provenance
 *   prints the markdown tables of docs/quality.md ("Fitted weights"); progress goes to stderr.
 *
 * A new ranking weight joins the search with one line in SEARCH_SPACE.
 */
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { coordinateAscent, keyOf, type Dimension, type Point } from '../../src/eval/coordinateAscent.ts';
import { evaluate, summarize, type EvalOptions, type EvalQuestion, type EvalReport } from '../../src/eval/evaluate.ts';
import { fitScore, OBJECTIVE_TEXT, sourceScore, TIEBREAK } from '../../src/eval/objective.ts';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import type { AnalyzedSentence, Analyzer } from '../../src/nlp/analyzer.ts';
import { DEFAULT_RANK, type RankParams } from '../../src/search/rank.ts';
import { RANK_WEIGHTS } from '../../src/search/weights.ts';
import { search, type SearchOptions } from '../../src/search/search.ts';
import { buildEcbCorpus } from './ecbplus-corpus.ts';
import { buildNewsCorpus } from './news-corpus.ts';
import { printSets, readSets } from './report.ts';
import { buildUkCorpus } from './uk-corpus.ts';

/** The numeric rank parameters, less the two that are not fitted. */
type WeightName = Exclude<
  { [K in keyof RankParams]: RankParams[K] extends number ? K : never }[keyof RankParams],
  'k1' | 'rerankDepth' | 'diversifyDepth'
>;

interface Weight extends Dimension<WeightName> {
  /** The value set by hand before the first fit: where every fit starts, so a refit is reproducible. */
  readonly hand: number;
  /** One line for src/search/weights.ts. */
  readonly about: string;
}

/**
 * The weights fitted, one line each: its grid of values (holding its hand-set value), its hand-set
 * value (where every fit starts) and what it does, for src/search/weights.ts.
 */
// biome-ignore format: one line a weight, so a new ranking weight joins the fit with one line
export const SEARCH_SPACE: readonly Weight[] = [
  { name: 'b', grid: [0, 0.1, 0.2, 0.3, 0.45, 0.6, 0.75], hand: 0.2, about: 'BM25 length normalisation of sentences (0: none, 1: full)' },
  { name: 'documentWeight', grid: [0, 0.1, 0.2, 0.3, 0.45, 0.6, 0.9], hand: 0.3, about: "share of the article's BM25 added to each of its sentences" },
  { name: 'contextWeight', grid: [0, 0.25, 0.5, 0.75, 1, 1.5, 2], hand: 0.5, about: "share of a question word's idf lent by the headline and lede to a sentence lacking it" },
  { name: 'focusWeight', grid: [0, 0.5, 1, 1.5, 2, 3], hand: 1, about: "× (1 + w · share of what the question asks beyond the article's topic that the sentence holds)" },
  { name: 'leadWeight', grid: [0, 0.075, 0.15, 0.3, 0.5, 0.8, 1.2], hand: 0.15, about: '× (1 + w / (1 + position in the article)): leads state the main facts' },
  { name: 'topicLeadWeight', grid: [0, 0.5, 1, 1.5, 2, 3], hand: 0, about: "added to leadWeight × the question's idf share in its article's title when it holds the whole title (asks about the subject itself)" },
  { name: 'proximityWeight', grid: [0, 0.15, 0.3, 0.6, 1], hand: 0.3, about: '× (1 + w · share of query terms standing next to each other)' },
  { name: 'answerTypeWeight', grid: [0, 0.5, 1, 1.5, 2, 3, 4, 6], hand: 1, about: '× (1 + w · fit) with the asked-for kind of token (fit 1 near a question word, 0.5 elsewhere)' },
  { name: 'pronounWeight', grid: [0, 0.3, 0.6, 0.9, 1.2], hand: 0.6, about: "share of the previous sentence's BM25 lent to a sentence that refers back with a pronoun" },
  { name: 'antecedentWeight', grid: [0, 0.25, 0.5, 0.75, 1, 1.5], hand: 0, about: "share of a question word's idf lent by the sentence before to a sentence that refers back with a pronoun and lacks the word" },
  { name: 'paraphraseWeight', grid: [0, 0.15, 0.3, 0.5, 0.7, 1], hand: 0.3, about: 'weight of a WordNet synonym or derived form against the question word it stands for' },
  { name: 'chosenLedeFocus', grid: [0, 0.25, 0.5, 0.75, 1], hand: 0.25, about: "in a chosen article, the share of the lede's focus measured beyond the headline and the lede, as every other sentence's (the rest beyond the headline alone)" },
  { name: 'causeBackstory', grid: [0, 0.25, 0.5, 0.75, 1], hand: 0.75, about: "a why-question's answer fit for a backstory (`said … had been`) as its cause" },
  { name: 'diversityWeight', grid: [0, 0.25, 0.5, 0.75, 1], hand: 0.5, about: 'MMR: what similarity to a hit already picked costs among the best (0: no diversification)' },
];

/**
 * A move must gain more than this. 0 (any gain) carried better to held-out sources than a bar of
 * about one question's worth (0.002), which stopped the fits early on other paths (docs/quality.md).
 */
export const MIN_GAIN = 0;
export const PASSES = 8;
export const SEED = 17;

/** Questions searched in one corpus, named as report.ts names their report (`--check`). */
interface Part {
  readonly label: string;
  readonly library: SearchLibrary;
  readonly questions: readonly EvalQuestion[];
}

/** One evaluated set: its parts' outcomes together, each question counting once. */
interface EvalSet {
  readonly label: string;
  readonly mode: 'whole' | 'chosen';
  readonly parts: readonly Part[];
  readonly options: EvalOptions;
}

interface Source {
  readonly name: string;
  readonly about: string;
  readonly sets: readonly EvalSet[];
  /** A public training split that only breaks ties between weight vectors (objective.ts TIEBREAK). */
  readonly tiebreak?: boolean;
}

const whole = (label: string, parts: readonly Part[]): EvalSet => ({
  label,
  mode: 'whole',
  parts,
  options: { limit: 10 },
});
const chosen = (label: string, parts: readonly Part[]): EvalSet => ({
  label,
  mode: 'chosen',
  parts,
  options: { limit: 10, articleChosen: true },
});
const part = (label: string, library: SearchLibrary, questions: readonly EvalQuestion[]): Part => ({
  label,
  library,
  questions,
});

const root = new URL('../..', import.meta.url).pathname;

const readQuestions = async (file: string): Promise<EvalQuestion[]> =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as EvalQuestion);

export async function loadSources(squadTrain?: string, wikiqaTrain?: string, tiebreak = false): Promise<Source[]> {
  const sets = await readSets();
  const load = (dir: string): Promise<SearchLibrary> => loadLibrary(dir, { quotes: false });
  const news = await load(buildNewsCorpus());
  const ecb = await load(buildEcbCorpus());
  // Each uk set on its own corpus, as report.ts scores it: the wire stories plus British articles
  // 01-62 (uk), 01-74 (uk2), 01-86 (uk3), 01-92 (uk4).
  const uk = [
    ['uk', await load(buildUkCorpus()), sets.ukDev, sets.ukNone],
    ['uk2', await load(buildUkCorpus(false, 'uk2')), sets.uk2Dev, sets.uk2None],
    ['uk3', await load(buildUkCorpus(false, 'uk3')), sets.uk3Dev, sets.uk3None],
    ['uk4', await load(buildUkCorpus(false, 'uk4')), sets.uk4Dev, sets.uk4None],
  ] as const;
  const ecbSets = [
    ['ECB+', sets.ecbDev, sets.ecbNone],
    ['ECB+ 2', sets.ecbDev2, sets.ecbNone2],
    ['ECB+ 3', sets.ecbDev3, sets.ecbNone3],
  ] as const;
  const seeds = await load(`${root}seeds`);
  const sources: Source[] = [
    {
      name: 'news',
      about: 'Reuters news: A+B and unanswerable over the whole corpus, A+B with the article chosen',
      sets: [
        whole('whole', [part('news A', news, [...sets.newsA, ...sets.newsNone]), part('news B', news, sets.newsB)]),
        chosen('chosen', [part('news A chosen', news, sets.newsA), part('news B chosen', news, sets.newsB)]),
      ],
    },
    {
      name: 'ECB+',
      about:
        'ECB+ web news: dev, dev2 and dev3 with their unanswerable sets over the whole corpus, the three with the article chosen',
      sets: [
        whole(
          'whole',
          ecbSets.map(([name, dev, none]) => part(name, ecb, [...dev, ...none])),
        ),
        chosen(
          'chosen',
          ecbSets.map(([name, dev]) => part(`${name} chosen`, ecb, dev)),
        ),
      ],
    },
    {
      name: 'uk',
      about:
        'BBC-style British articles among the Reuters stories: uk-dev, uk2, uk3 and uk4 (each on its own corpus) with their unanswerable sets over the whole corpus, the four with the article chosen',
      sets: [
        whole(
          'whole',
          uk.map(([name, library, dev, none]) => part(name, library, [...dev, ...none])),
        ),
        chosen(
          'chosen',
          uk.map(([name, library, dev]) => part(`${name} chosen`, library, dev)),
        ),
      ],
    },
    {
      name: 'article',
      about: 'the shipped article: article-plain, article, article-heldout-dev',
      sets: [
        whole('plain', [part('article-plain', seeds, sets.plain)]),
        whole('hard', [part('article', seeds, sets.hard)]),
        whole('held-out dev', [part('article held-out dev', seeds, sets.heldout)]),
      ],
    },
  ];
  if (squadTrain !== undefined) {
    // A public training split as a fourth source (squad-convert.ts on SQuAD 2.0 train, never its dev set).
    const questions = await readQuestions(`${squadTrain}/questions.jsonl`);
    sources.push({
      name: 'SQuAD train',
      about: 'SQuAD 2.0 train questions, each scoped to its article',
      sets: [whole('scoped', [part('SQuAD train', await load(`${squadTrain}/corpus`), questions)])],
      tiebreak,
    });
  }
  if (wikiqaTrain !== undefined) {
    // WikiQA's training split (wikiqa-convert.ts on WikiQA-train.tsv, never its test split): each
    // question in its own page's summary; ranking only, as the benchmark scores it.
    const questions = await readQuestions(`${wikiqaTrain}/questions.jsonl`);
    sources.push({
      name: 'WikiQA train',
      about: 'WikiQA train questions with a correct sentence, each scoped to its page, without abstention',
      sets: [
        {
          label: 'scoped',
          mode: 'whole',
          parts: [part('WikiQA train', await load(`${wikiqaTrain}/corpus`), questions)],
          options: { limit: 10, abstain: false },
        },
      ],
      tiebreak,
    });
  }
  return sources;
}

/** The rank parameters with `weights` in place of the defaults. */
const rankOf = (weights: Point<WeightName>): RankParams => ({ ...DEFAULT_RANK, ...weights });

/** Searches the library's built index with other rank parameters; nothing is rebuilt. */
export function searcher(library: SearchLibrary, rank: RankParams): Pick<SearchLibrary, 'search'> {
  const settings = { ...library.settings, analyzer: remembering(library.settings.analyzer), rank };
  return { search: (question: string, options?: SearchOptions) => search(settings, library.parts, question, options) };
}

const remembered = new WeakMap<Analyzer, Analyzer>();
/** The analyzer, remembering what it made of each question: the weights do not change that. */
function remembering(analyzer: Analyzer): Analyzer {
  let wrapped = remembered.get(analyzer);
  if (wrapped === undefined) {
    const seen = new Map<string, AnalyzedSentence[]>();
    wrapped = {
      morphology: analyzer.morphology,
      analyze: (text, base = 0) => {
        const key = `${base}|${text}`;
        let sentences = seen.get(key);
        if (sentences === undefined) {
          sentences = analyzer.analyze(text, base);
          seen.set(key, sentences);
        }
        return sentences;
      },
      terms: (text) => analyzer.terms(text),
      termFor: (lemma) => analyzer.termFor(lemma),
    };
    remembered.set(analyzer, wrapped);
  }
  return wrapped;
}

interface Scored {
  readonly score: number;
  /** One a set, over its parts. */
  readonly reports: readonly EvalReport[];
  /** One a part, by its label. */
  readonly parts: Readonly<Record<string, EvalReport>>;
}

/** Each (source, weights) is evaluated once per process, whichever fit asks. */
export class Scorer {
  private readonly cache = new Map<string, Scored>();
  evaluations = 0;
  score(source: Source, weights: Point<WeightName>): Scored {
    const key = `${source.name}|${keyOf(weights)}`;
    let scored = this.cache.get(key);
    if (scored === undefined) {
      const rank = rankOf(weights);
      const parts: Record<string, EvalReport> = {};
      const reports = source.sets.map((set) => {
        const each = set.parts.map((p) => {
          const report = evaluate(searcher(p.library, rank), p.questions, set.options);
          parts[p.label] = report;
          return report;
        });
        return each.length === 1 ? each[0]! : summarize(each.flatMap((r) => r.outcomes));
      });
      scored = { score: sourceScore(reports), reports, parts };
      this.cache.set(key, scored);
      this.evaluations += 1;
    }
    return scored;
  }
  /** The fit's objective over the sources (src/eval/objective.ts fitScore). */
  mean(sources: readonly Source[], weights: Point<WeightName>): number {
    return fitScore(sources.map((s) => ({ score: this.score(s, weights).score, tiebreak: s.tiebreak === true })));
  }
}

export const HAND: Point<WeightName> = Object.fromEntries(
  SEARCH_SPACE.map((w) => [w.name, w.hand]),
) as Point<WeightName>;

/** The weights shipped now (src/search/weights.ts), a weight it lacks at its hand-set value: --from-shipped starts there. */
const SHIPPED: Point<WeightName> = Object.fromEntries(
  SEARCH_SPACE.map((w) => [w.name, (RANK_WEIGHTS as Partial<Record<WeightName, number>>)[w.name] ?? w.hand]),
) as Point<WeightName>;

interface Fit {
  readonly on: readonly Source[];
  readonly weights: Point<WeightName>;
  readonly score: number;
  readonly passes: number;
  readonly converged: boolean;
  readonly evaluations: number;
}

function fitWeights(
  scorer: Scorer,
  on: readonly Source[],
  passes: number,
  seed: number,
  minGain: number,
  start: Point<WeightName> = HAND,
): Fit {
  const label = on.map((s) => s.name).join(' + ');
  const started = performance.now();
  const result = coordinateAscent(SEARCH_SPACE, start, (w) => scorer.mean(on, w), {
    passes,
    seed,
    minGain,
    onMove: ({ pass, name, from, to, score }) =>
      console.error(
        `[${label}] pass ${pass}: ${name} ${from} -> ${to}, score ${score.toFixed(4)} (${Math.round((performance.now() - started) / 1000)} s)`,
      ),
  });
  console.error(
    `[${label}] done: ${result.passes} passes, ${result.evaluations} points, score ${result.score.toFixed(4)}`,
  );
  return { on, ...result, weights: result.best };
}

/** Counts over a source's sets of one mode. */
export function figures(source: Source, reports: readonly EvalReport[], mode: EvalSet['mode']): string {
  const picked = reports.filter((_, i) => source.sets[i]!.mode === mode);
  if (picked.length === 0) return '–';
  const sum = (f: (r: EvalReport) => number): number => picked.reduce((s, r) => s + f(r), 0);
  const answerable = sum((r) => r.answerable);
  const unanswerable = sum((r) => r.unanswerable);
  const declined = `${sum((r) => r.declinedAnswerable)} declined`;
  const rejected =
    unanswerable === 0 ? '' : `, ${sum((r) => r.declinedCorrectly)}/${unanswerable} unanswerable declined`;
  return `${sum((r) => r.precisionAt1)} / ${sum((r) => r.recallAt3)} of ${answerable}, ${declined}${rejected}`;
}

/** `held[i]` is the fit without `heldOut[i]`, each of `heldOut` one of `sources`; `all` absent with --held-out. */
function markdown(
  scorer: Scorer,
  sources: readonly Source[],
  all: Fit | undefined,
  heldOut: readonly Source[],
  held: readonly Fit[],
): string {
  const lines: string[] = [];
  const names = heldOut.map((s) => s.name);
  const allOf = sources.length === 3 ? 'all three' : `all ${sources.length}`;
  if (held.length > 0) {
    lines.push(
      '| held-out source | weights | score | whole corpus: P@1 / top-3 | article chosen: P@1 / top-3 |',
      '| --- | --- | ---: | --- | --- |',
    );
    for (const [i, source] of heldOut.entries()) {
      const rows: [string, Point<WeightName>][] = [
        ['hand-set', HAND],
        ['shipped', SHIPPED],
        [
          `fitted on ${sources
            .filter((s) => s !== source)
            .map((s) => s.name)
            .join(' + ')}`,
          held[i]!.weights,
        ],
        ...(all === undefined ? [] : [[`fitted on ${allOf} (in-sample)`, all.weights] as [string, Point<WeightName>]]),
      ];
      for (const [label, weights] of rows) {
        const { score, reports } = scorer.score(source, weights);
        lines.push(
          `| ${source.name} | ${label} | ${score.toFixed(3)} | ${figures(source, reports, 'whole')} | ${figures(source, reports, 'chosen')} |`,
        );
      }
    }
    lines.push('');
  }
  const fits: [string, Fit][] = [
    ...(all === undefined ? [] : [[`fit on ${allOf}`, all] as [string, Fit]]),
    ...held.map((f, i): [string, Fit] => [`fit without ${names[i]}`, f]),
  ];
  lines.push(
    `| weight | hand-set | shipped | ${fits.map(([label]) => label).join(' | ')} |`,
    `| --- | ---: | ---: | ${fits.map(() => '---:').join(' | ')} |`,
  );
  for (const w of SEARCH_SPACE)
    lines.push(
      `| \`${w.name}\` | ${w.hand} | ${SHIPPED[w.name]} | ${fits.map(([, f]) => f.weights[w.name]).join(' | ')} |`,
    );
  lines.push(
    `| objective on its sources, hand / shipped → fitted | | | ${fits.map(([, f]) => `${scorer.mean(f.on, HAND).toFixed(3)} / ${scorer.mean(f.on, SHIPPED).toFixed(3)} → ${f.score.toFixed(3)}`).join(' | ')} |`,
  );
  return lines.join('\n');
}

function weightsFile(
  all: Fit,
  scorer: Scorer,
  minGain: number,
  seed: number,
  sources: readonly Source[],
  start: Point<WeightName>,
): string {
  const from =
    start === HAND
      ? 'the hand-set values'
      : `the weights shipped before it (${SEARCH_SPACE.map((w) => `${w.name} ${start[w.name]}`).join(', ')})`;
  const date = new Date().toISOString().slice(0, 10);
  const converged = all.converged ? 'the last moved nothing' : 'stopped at the pass limit';
  const entries = SEARCH_SPACE.map(
    (w) => `  /** ${w.about} (hand-set: ${w.hand}). */\n  ${w.name}: ${all.weights[w.name]},`,
  );
  return `/**
 * The ranking weights, fitted, not set by hand: written by tests/eval/fit.ts (\`npx tsx tests/eval/fit.ts
 * --write\`; rerun it after a ranking change). src/search/rank.ts documents each parameter in RankParams
 * (and type-checks these there: no import back, no cycle);
 * docs/quality.md has the leave-one-source-out figures and the hand-set weights these replaced.
 *
 * Fit of ${date}: coordinate ascent over a grid per weight from ${from}, seed ${seed},
 * ${minGain === 0 ? 'any gain moves a weight' : `a move gains more than ${minGain}`}, ${all.passes} passes (${converged}), ${all.evaluations} weight vectors scored.
 * Objective: ${OBJECTIVE_TEXT} (src/eval/objective.ts).
 * Sources: ${sources.map((s) => `${s.name} (${s.about}${s.tiebreak ? `; breaks ties only, × ${TIEBREAK}` : ''})`).join('; ')}.
 * Objective on them: ${scorer.mean(sources, HAND).toFixed(3)} hand-set, ${all.score.toFixed(3)} fitted.
 */
export const RANK_WEIGHTS = {
${entries.join('\n')}
};
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      passes: { type: 'string', default: String(PASSES) },
      seed: { type: 'string', default: String(SEED) },
      'min-gain': { type: 'string', default: String(MIN_GAIN) },
      'no-loso': { type: 'boolean', default: false },
      'squad-train': { type: 'string' },
      'wikiqa-train': { type: 'string' },
      tiebreak: { type: 'boolean', default: false },
      'from-shipped': { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      'held-out': { type: 'string' },
    },
  });
  const passes = Number(values.passes);
  const seed = Number(values.seed);
  const minGain = Number(values['min-gain']);
  const loading = performance.now();
  const sources = await loadSources(values['squad-train'], values['wikiqa-train'], values.tiebreak);
  console.error(`sources loaded in ${Math.round((performance.now() - loading) / 1000)} s`);
  const scorer = new Scorer();
  if (values.check) {
    // Each set's figures with the shipped weights, named and laid out as report.ts prints them.
    const reports = Object.assign({}, ...sources.map((s) => scorer.score(s, SHIPPED).parts));
    printSets({ cells: {}, reports });
    process.exit(0);
  }
  const timing = performance.now();
  for (const source of sources) scorer.score(source, HAND);
  console.error(`one weight vector on all sources: ${Math.round(performance.now() - timing)} ms`);
  // Leave out each source that is fitted on (a tie-breaking source decides too little to leave out).
  // --held-out NAME,NAME: only those left out, and no fit on all sources (leave-one-out fits run
  // as separate processes on a machine with cores to spare; --no-loso runs the fit on all).
  const only = values['held-out']?.split(',').map((n) => n.trim());
  const heldOut = values['no-loso'] ? [] : sources.filter((s) => !s.tiebreak && (only?.includes(s.name) ?? true));
  const held = heldOut.map((source) =>
    fitWeights(
      scorer,
      sources.filter((s) => s !== source),
      passes,
      seed,
      minGain,
    ),
  );
  const start = values['from-shipped'] ? SHIPPED : HAND;
  const all = only === undefined ? fitWeights(scorer, sources, passes, seed, minGain, start) : undefined;
  console.error(`${scorer.evaluations} (source, weights) evaluations in all`);
  if (values.write && all !== undefined)
    writeFileSync(`${root}src/search/weights.ts`, weightsFile(all, scorer, minGain, seed, sources, start));
  console.log(markdown(scorer, sources, all, heldOut, held));
}
