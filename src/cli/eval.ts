/**
 * `npm run eval -- FILE.jsonl [--corpus DIR] [--article-chosen] [--no-abstain] [--limit N] [--verbose] [--no-cache]`: scores
 * the engine on a QA set; `--article-chosen` searches each question's `article` only. P@1 and
 * recall@3 count the hits shown, confident or unsure; then how many answers were given as
 * confident and how many of those are right, and confident / unsure / declined by kind.
 */
import { readFile } from 'node:fs/promises';
import { CitebotError } from '../errors.ts';
import { evaluate, type EvalQuestion } from '../eval/evaluate.ts';
import { CORPUS_OPTION, NO_CACHE_OPTION, type CommandSpec } from './commandLine.ts';
import { invocation, positiveInteger, runMain, searchLibraryFromConfig } from './shared.ts';

const EVAL = {
  command: 'npm run eval --',
  positionals: 'FILE.jsonl',
  summary:
    'Scores the engine on a QA file: JSON lines {"question", "answers": [gold sentences], "article"?, "kind"?}; unanswerable questions have no answers.',
  options: {
    corpus: CORPUS_OPTION,
    'article-chosen': { type: 'boolean', description: "search each question's `article` only" },
    'no-abstain': { type: 'boolean', description: 'rank hits even when the engine would decline' },
    limit: {
      type: 'string',
      value: 'N',
      default: '10, or 100 with --no-abstain',
      description: 'hits scored per question',
    },
    verbose: { type: 'boolean', short: 'v', description: 'each question with its first hit' },
    'no-cache': NO_CACHE_OPTION,
  },
} as const satisfies CommandSpec;

runMain(async (config) => {
  const line = invocation(EVAL);
  if (line === null) return;
  const { values, positionals, usage: USAGE } = line;
  const file = positionals[0];
  if (file === undefined) throw new CitebotError('USAGE', USAGE);
  const questions = (await readQaFile(file))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i): EvalQuestion => {
      try {
        return JSON.parse(line) as EvalQuestion;
      } catch {
        throw new CitebotError('USAGE', `${file}:${i + 1} is not valid JSON`);
      }
    });
  const library = await searchLibraryFromConfig(config, values);
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
          : o.confidence === 'low'
            ? 'ok?'
            : 'FALSE';
      const outcome = o.abstained
        ? `declined ${o.reason ?? ''}`
        : o.confidence === 'low'
          ? `unsure ${o.reason ?? ''}`
          : 'confident';
      process.stdout.write(`${mark}\t${outcome}\t${o.question}\n\t-> ${o.top ?? '(declined)'}\n`);
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
      `confident: ${report.confident} answers given as confident, the first hit right in ${report.confidentRight} (${pct(report.confidentRight, report.confident)})`,
      ...Object.entries(report.outcomesByKind).map(
        ([kind, c]) => `  ${kind}: ${c.confident} confident, ${c.unsure} unsure, ${c.declined} declined of ${c.of}`,
      ),
      '',
    ].join('\n'),
  );
});

/** The QA file's text; a file that cannot be read is one line naming it, not a stack trace. */
async function readQaFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(error));
    throw new CitebotError('USAGE', `cannot read the QA file ${file}: ${why}`);
  }
}
