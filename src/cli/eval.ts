/**
 * `npm run eval -- FILE.jsonl [--corpus DIR] [--article-chosen] [--no-abstain] [--limit N] [--verbose] [--no-cache]`: scores
 * the engine on a QA set; `--article-chosen` searches each question's `article` only.
 */
import { readFile } from 'node:fs/promises';
import { CitebotError } from '../errors.ts';
import { evaluate, type EvalQuestion } from '../eval/evaluate.ts';
import { parseCommandLine, positiveInteger, runMain, searchLibraryFromConfig } from './shared.ts';

const USAGE =
  'usage: npm run eval -- FILE.jsonl [--corpus DIR] [--article-chosen] [--no-abstain] [--limit N] [--verbose] [--no-cache]';

runMain(async (config) => {
  const { values, positionals } = parseCommandLine(
    {
      allowPositionals: true,
      options: {
        corpus: { type: 'string' },
        limit: { type: 'string' },
        'no-abstain': { type: 'boolean', default: false },
        'article-chosen': { type: 'boolean', default: false },
        verbose: { type: 'boolean', short: 'v', default: false },
        'no-cache': { type: 'boolean', default: false },
      },
    },
    USAGE,
  );
  const file = positionals[0];
  if (file === undefined) throw new CitebotError('USAGE', USAGE);
  const questions = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i): EvalQuestion => {
      try {
        return JSON.parse(line) as EvalQuestion;
      } catch {
        throw new CitebotError('USAGE', `${file}:${i + 1} is not valid JSON`);
      }
    });
  const library = await searchLibraryFromConfig(config, values.corpus, { cache: !values['no-cache'] });
  const noAbstain = values['no-abstain'];
  const limit = positiveInteger(values.limit, '--limit', USAGE) ?? (noAbstain ? 100 : 10);
  const report = evaluate(library, questions, { limit, abstain: !noAbstain, articleChosen: values['article-chosen'] });

  if (values.verbose) {
    for (const o of report.outcomes) {
      const mark = o.answerable
        ? o.rank === 1
          ? 'ok '
          : o.rank === null
            ? 'MISS'
            : `@${o.rank}  `
        : o.abstained
          ? 'ok '
          : 'FALSE';
      process.stdout.write(`${mark}\t${o.question}\n\t-> ${o.top ?? '(declined)'}\n`);
    }
  }
  const n = report.answerable;
  const pct = (k: number, of: number): string => (of === 0 ? '-' : `${((100 * k) / of).toFixed(1)}%`);
  process.stdout.write(
    [
      `questions: ${n} answerable, ${report.unanswerable} unanswerable`,
      `P@1:       ${report.precisionAt1}/${n} (${pct(report.precisionAt1, n)})`,
      `MRR:       ${report.mrr.toFixed(3)}`,
      `recall@3:  ${report.recallAt3}/${n} (${pct(report.recallAt3, n)})`,
      `MAP:       ${report.map.toFixed(4)}`,
      `declined:  ${report.declinedCorrectly}/${report.unanswerable} unanswerable questions declined${
        Object.keys(report.declinedByKind).length > 1
          ? ` (${Object.entries(report.declinedByKind)
              .map(([k, v]) => `${k} ${v.declined}/${v.of}`)
              .join(', ')})`
          : ''
      }; ${report.declinedAnswerable}/${n} answerable declined`,
      '',
    ].join('\n'),
  );
});
