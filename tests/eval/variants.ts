/**
 * report.ts's figures for ranking variants in one process: each corpus is indexed once and every
 * variant searches it with other rank parameters (they are search settings: nothing is rebuilt),
 * so a variant costs seconds, not report.ts's minutes (which builds each variant's libraries, as
 * its options may change the analysis). The article chosen by default; --whole adds the whole
 * archive with the unanswerable sets. The first variant is the baseline: --changes lists each
 * question whose first right hit or confidence moves against it. For choosing what to measure with report.ts,
 * whose rows are the ones to quote.
 *
 * usage: npx tsx tests/eval/variants.ts '{"name": {rank parameters}, ...}' [--whole] [--changes]
 *   e.g. '{"shipped": {}, "lede 0.5": {"chosenLedeFocus": 0.5}}'
 */
import { parseArgs } from 'node:util';
import { evaluate, type EvalOptions, type EvalQuestion, type EvalReport } from '../../src/eval/evaluate.ts';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import type { RankParams } from '../../src/search/rank.ts';
import { search, type SearchOptions } from '../../src/search/search.ts';
import { buildEcbCorpus } from './ecbplus-corpus.ts';
import { buildNewsCorpus } from './news-corpus.ts';
import { readSets } from './report.ts';
import { buildUkCorpus } from './uk-corpus.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { whole: { type: 'boolean', default: false }, changes: { type: 'boolean', default: false } },
});
const variants = Object.entries(
  JSON.parse(positionals[0] ?? '{"defaults": {}}') as Record<string, Partial<RankParams>>,
);
const sets = await readSets();
const load = (dir: string): Promise<SearchLibrary> => loadLibrary(dir, { quotes: false });
const news = await load(buildNewsCorpus());
const ecb = await load(buildEcbCorpus());
const uk = await load(buildUkCorpus());
const uk2 = await load(buildUkCorpus(false, 'uk2'));
const uk3 = await load(buildUkCorpus(false, 'uk3'));
const uk4 = await load(buildUkCorpus(false, 'uk4'));
const uk5 = await load(buildUkCorpus(false, 'uk5'));
const uk6 = await load(buildUkCorpus(false, 'uk6'));
const uk7 = await load(buildUkCorpus(false, 'uk7'));
const uk8 = await load(buildUkCorpus(false, 'uk8'));
const uk9 = await load(buildUkCorpus(false, 'uk9'));
const uk10 = await load(buildUkCorpus(false, 'uk10'));
const uk11 = await load(buildUkCorpus(false, 'uk11'));
const uk12 = await load(buildUkCorpus(false, 'uk12'));
const uk13 = await load(buildUkCorpus(false, 'uk13'));
const seeds = await load(new URL('../../seeds', import.meta.url).pathname);

const chosen: EvalOptions = { limit: 10, articleChosen: true };
const whole: EvalOptions = { limit: 10 };
const runs: [string, SearchLibrary, EvalQuestion[], EvalOptions][] = [
  ['news chosen', news, [...sets.newsA, ...sets.newsB], chosen],
  ['ECB+ chosen', ecb, sets.ecbDev, chosen],
  ['ECB+ 2 chosen', ecb, sets.ecbDev2, chosen],
  ['ECB+ 3 chosen', ecb, sets.ecbDev3, chosen],
  ['ECB+ 4 chosen', ecb, sets.ecbDev4, chosen],
  ['ECB+ 5 chosen', ecb, sets.ecbDev5, chosen],
  ['ECB+ 6 chosen', ecb, sets.ecbDev6, chosen],
  ['ECB+ 7 chosen', ecb, sets.ecbDev7, chosen],
  ['ECB+ 8 chosen', ecb, sets.ecbDev8, chosen],
  ['ECB+ 9 chosen', ecb, sets.ecbDev9, chosen],
  ['uk chosen', uk, sets.ukDev, chosen],
  ['uk2 chosen', uk2, sets.uk2Dev, chosen],
  ['uk3 chosen', uk3, sets.uk3Dev, chosen],
  ['uk4 chosen', uk4, sets.uk4Dev, chosen],
  ['uk5 chosen', uk5, sets.uk5Dev, chosen],
  ['uk6 chosen', uk6, sets.uk6Dev, chosen],
  ['uk7 chosen', uk7, sets.uk7Dev, chosen],
  ['uk8 chosen', uk8, sets.uk8Dev, chosen],
  ['uk9 chosen', uk9, sets.uk9Dev, chosen],
  ['uk10 chosen', uk10, sets.uk10Dev, chosen],
  ['uk11 chosen', uk11, sets.uk11Dev, chosen],
  ['uk12 chosen', uk12, sets.uk12Dev, chosen],
  ['uk13 chosen', uk13, sets.uk13Dev, chosen],
  ...(values.whole
    ? ([
        ['news', news, [...sets.newsA, ...sets.newsB, ...sets.newsNone], whole],
        ['ECB+', ecb, [...sets.ecbDev, ...sets.ecbNone], whole],
        ['ECB+ 2', ecb, [...sets.ecbDev2, ...sets.ecbNone2], whole],
        ['ECB+ 3', ecb, [...sets.ecbDev3, ...sets.ecbNone3], whole],
        ['ECB+ 4', ecb, [...sets.ecbDev4, ...sets.ecbNone4], whole],
        ['ECB+ 5', ecb, [...sets.ecbDev5, ...sets.ecbNone5], whole],
        ['ECB+ 6', ecb, [...sets.ecbDev6, ...sets.ecbNone6], whole],
        ['ECB+ 7', ecb, [...sets.ecbDev7, ...sets.ecbNone7], whole],
        ['ECB+ 8', ecb, [...sets.ecbDev8, ...sets.ecbNone8], whole],
        ['ECB+ 9', ecb, [...sets.ecbDev9, ...sets.ecbNone9], whole],
        ['uk', uk, [...sets.ukDev, ...sets.ukNone], whole],
        ['uk2', uk2, [...sets.uk2Dev, ...sets.uk2None], whole],
        ['uk3', uk3, [...sets.uk3Dev, ...sets.uk3None], whole],
        ['uk4', uk4, [...sets.uk4Dev, ...sets.uk4None], whole],
        ['uk5', uk5, [...sets.uk5Dev, ...sets.uk5None], whole],
        ['uk6', uk6, [...sets.uk6Dev, ...sets.uk6None], whole],
        ['uk7', uk7, [...sets.uk7Dev, ...sets.uk7None], whole],
        ['uk8', uk8, [...sets.uk8Dev, ...sets.uk8None], whole],
        ['uk9', uk9, [...sets.uk9Dev, ...sets.uk9None], whole],
        ['uk10', uk10, [...sets.uk10Dev, ...sets.uk10None], whole],
        ['uk11', uk11, [...sets.uk11Dev, ...sets.uk11None], whole],
        ['uk12', uk12, [...sets.uk12Dev, ...sets.uk12None], whole],
        ['uk13', uk13, [...sets.uk13Dev, ...sets.uk13None], whole],
        ['article-plain', seeds, sets.plain, whole],
        ['article', seeds, sets.hard, whole],
        ['held-out dev', seeds, sets.heldout, whole],
      ] as [string, SearchLibrary, EvalQuestion[], EvalOptions][])
    : []),
];

/** P@1 / top 3, confident right of confident, and each unanswerable kind's unsure / declined. */
function cell(r: EvalReport): string {
  const doubted = Object.entries(r.outcomesByKind)
    .filter(([kind]) => kind !== 'answerable')
    .map(([kind, c]) => ` ${kind} ${c.unsure}/${c.declined} of ${c.of}`)
    .join('');
  return `${r.precisionAt1}/${r.recallAt3} of ${r.answerable}, conf ${r.confidentRight}/${r.confident}${doubted}`;
}

const baseline: Record<string, (number | null)[]> = {};
const baseConfidence: Record<string, (string | null)[]> = {};
for (const [name, rank] of variants) {
  console.log(`## ${name}`);
  for (const [set, library, questions, options] of runs) {
    const settings = { ...library.settings, rank: { ...library.settings.rank, ...rank } };
    const searcher = { search: (q: string, o?: SearchOptions) => search(settings, library.parts, q, o) };
    const report = evaluate(searcher, questions, options);
    console.log(`  ${set.padEnd(14)} ${cell(report)}`);
    const ranks = report.outcomes.map((o) => o.rank);
    const before = baseline[set];
    const confidences = report.outcomes.map((o) => o.confidence);
    if (before === undefined) {
      baseline[set] = ranks;
      baseConfidence[set] = confidences;
    } else if (values.changes)
      report.outcomes.forEach((o, i) => {
        const was = baseConfidence[set]![i] ?? 'declined';
        const now = o.confidence ?? 'declined';
        // A rank's move, or the same rank's confidence moving (high: confident, low: unsure).
        if ((o.answerable && o.rank !== before[i]) || was !== now)
          console.log(`      ${before[i] ?? '-'} ${was} -> ${o.rank ?? '-'} ${now}  ${o.question}`);
      });
  }
}
