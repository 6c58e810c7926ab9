/**
 * `npm run ask -- "question"`: the top excerpts with citations, for a person to read.
 * `npm run -s ask -- --json ...`: one JSON object per question (a stable contract).
 */
import { parseArgs } from 'node:util';
import { CitebotError, isCitebotError } from '../errors.ts';
import type { SearchLibrary } from '../library.ts';
import type { SearchResult } from '../search/search.ts';
import { searchLibraryFromConfig, runMain, stdinLines } from './shared.ts';

const USAGE = 'usage: npm run ask -- [--json] [--corpus DIR] [--source ID] [--limit N] [--no-abstain] ["question"]';

runMain(async (config) => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      corpus: { type: 'string' },
      source: { type: 'string' },
      limit: { type: 'string' },
      'no-abstain': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    throw new CitebotError('USAGE', `--limit must be a positive whole number (got "${values.limit}")\n${USAGE}`);
  }
  const question = positionals.join(' ').trim();
  if (question === '' && !values.json) throw new CitebotError('USAGE', `ask needs a question\n${USAGE}`);

  const library = await searchLibraryFromConfig(config, values.corpus);
  const ask = (text: string, source: string | undefined): SearchResult =>
    library.search(text, {
      ...(limit === undefined ? {} : { limit }),
      ...(source === undefined ? {} : { source }),
      abstain: !values['no-abstain'],
    });

  if (!values.json) {
    process.stdout.write(renderText(ask(question, values.source)));
    return;
  }
  if (question !== '') {
    process.stdout.write(`${JSON.stringify(toJson(library, () => ask(question, values.source), question, values.source))}\n`);
    return;
  }
  // JSON lines on stdin, one answer line per question line, in order.
  for await (const line of stdinLines()) {
    let request: { question?: unknown; source?: unknown };
    try {
      request = JSON.parse(line) as typeof request;
    } catch {
      process.stdout.write(`${JSON.stringify({ question: null, error: 'not a JSON object', hits: [] })}\n`);
      continue;
    }
    const text = typeof request.question === 'string' ? request.question : '';
    const source = typeof request.source === 'string' && request.source !== '' ? request.source : values.source;
    process.stdout.write(`${JSON.stringify(toJson(library, () => ask(text, source), text, source))}\n`);
  }
});

function toJson(library: SearchLibrary, run: () => SearchResult, question: string, source: string | undefined): object {
  try {
    const result = run();
    return {
      question: result.question,
      ...(source === undefined ? {} : { source }),
      abstained: result.abstained,
      hits: result.hits.map((hit) => ({
        source: hit.source,
        title: hit.title,
        paragraph: hit.paragraph,
        sentence: hit.sentence,
        text: hit.text,
        score: Number(hit.score.toFixed(6)),
        start: hit.start,
        end: hit.end,
        ...(hit.url === undefined ? {} : { url: hit.url }),
      })),
    };
  } catch (error) {
    if (!isCitebotError(error)) throw error;
    return { question, ...(source === undefined ? {} : { source }), error: error.message, code: error.code, hits: [], documents: library.stats.documents };
  }
}

function renderText(result: SearchResult): string {
  if (result.hits.length === 0) return "I couldn't find that in the articles.\n";
  const bold = process.stdout.isTTY ? (s: string) => `\x1b[1m${s}\x1b[22m` : (s: string) => `*${s}*`;
  return result.hits.map((hit, i) => {
    let text = '';
    let at = 0;
    for (const [start, end] of hit.marks) {
      text += hit.text.slice(at, start) + bold(hit.text.slice(start, end));
      at = end;
    }
    text += hit.text.slice(at);
    return `${i + 1}. ${text}\n   — ${hit.title}, paragraph ${hit.paragraph}, sentence ${hit.sentence} (${hit.source})\n`;
  }).join('\n');
}
