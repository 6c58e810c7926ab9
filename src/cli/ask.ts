/**
 * `npm run ask -- "question"`: the top excerpts with citations, for a person to read.
 * `npm run -s ask -- --json ...`: one JSON object per question (a stable contract).
 * The index comes from the corpus's snapshot in INDEX_CACHE_DIR when that is current (else it is built
 * and snapshotted); `--no-cache` builds from the files and neither reads nor writes a snapshot.
 */
import { CitebotError, isCitebotError } from '../errors.ts';
import { markdownToText } from '../console/render.ts';
import { citation } from '../replies/citation.ts';
import { highlight } from '../replies/markdown.ts';
import { hintFor, reasonInWords, UNSURE_LINE } from '../replies/confidence.ts';
import type { SearchResult } from '../search/search.ts';
import { CORPUS_OPTION, NO_CACHE_OPTION, type CommandSpec } from './commandLine.ts';
import { invocation, positiveInteger, requireSource, runMain, searchLibraryFromConfig, stdinLines } from './shared.ts';

const ASK = {
  command: 'npm run ask --',
  positionals: '["question"]',
  summary:
    'Answers a question from the articles with cited excerpts. Without a question and with --json, reads JSON lines {"question": "…", "source": "optional id"} on stdin.',
  options: {
    json: { type: 'boolean', description: 'one JSON object per question (the contract in the README)' },
    corpus: CORPUS_OPTION,
    source: { type: 'string', value: 'ID', description: 'search one article only (its id, as `/sources` lists it)' },
    limit: { type: 'string', value: 'N', default: '3', description: 'how many excerpts' },
    'no-abstain': { type: 'boolean', description: 'rank hits even when the articles do not seem to answer' },
    'no-cache': NO_CACHE_OPTION,
  },
  notes: [
    'Examples:',
    '  npm run ask -- "who met the delegation"',
    '  npm run ask -- --corpus ~/news "what did the minister announce"',
    '  npm run -s ask -- --json "who met the delegation"',
    'Options go after `--`: npm keeps options before it for itself.',
  ],
} as const satisfies CommandSpec;

runMain(async (config) => {
  const line = invocation(ASK);
  if (line === null) return;
  const { values, positionals, usage: USAGE } = line;
  const limit = positiveInteger(values.limit, '--limit', USAGE);
  const question = positionals.join(' ').trim();
  if (question === '' && !values.json) throw new CitebotError('USAGE', `ask needs a question\n${USAGE}`);

  const library = await searchLibraryFromConfig(config, values);
  const ask = (text: string, source: string | undefined): SearchResult => {
    requireSource(library, source);
    return library.search(text, {
      ...(limit === undefined ? {} : { limit }),
      ...(source === undefined ? {} : { source }),
      abstain: !values['no-abstain'],
    });
  };

  if (!values.json) {
    process.stdout.write(renderText(ask(question, values.source), values.source !== undefined));
    return;
  }
  if (question !== '') {
    process.stdout.write(`${JSON.stringify(toJson(() => ask(question, values.source), question, values.source))}\n`);
    return;
  }
  // JSON lines on stdin, one answer line per question line, in order; a bad line gets an error line.
  const out = new BatchedOutput();
  try {
    for await (const line of stdinLines()) {
      const request = parseRequest(line);
      if ('error' in request) {
        out.write(
          `${JSON.stringify({ question: request.question, error: request.error.message, code: request.error.code, hits: [] })}\n`,
        );
        continue;
      }
      const source = request.source ?? values.source;
      out.write(`${JSON.stringify(toJson(() => ask(request.question, source), request.question, source))}\n`);
    }
  } finally {
    out.flush();
  }
});

/**
 * Answer lines written to stdout together: the lines answered from one read of stdin (a program
 * piping a thousand questions sends them in a few reads) go out in one write, once no more
 * questions are waiting (setImmediate runs when the loop waits for stdin), instead of a write to
 * the pipe each. A program that sends one question and waits gets its answer as before.
 */
class BatchedOutput {
  #pending = '';
  #scheduled = false;
  readonly #flush = (): void => this.flush();

  write(text: string): void {
    this.#pending += text;
    if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(this.#flush);
    }
  }

  flush(): void {
    this.#scheduled = false;
    if (this.#pending === '') return;
    const text = this.#pending;
    this.#pending = '';
    process.stdout.write(text);
  }
}

type Request = { question: string; source?: string } | { question: unknown; error: CitebotError };

function parseRequest(line: string): Request {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    request = undefined;
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return {
      question: null,
      error: new CitebotError('USAGE', 'not a JSON object: expected {"question": "...", "source": "optional id"}'),
    };
  }
  const { question, source } = request as { question?: unknown; source?: unknown };
  if (typeof question !== 'string' || question.trim() === '') {
    return {
      question: question ?? null,
      error: new CitebotError('QUESTION_EMPTY', 'no question: "question" must be a non-empty string'),
    };
  }
  return typeof source === 'string' && source !== '' ? { question, source } : { question };
}

function toJson(run: () => SearchResult, question: string, source: string | undefined): object {
  // Written out, not spread: JSON.stringify leaves a property whose value is undefined out, so an
  // absent source, confidence, reason or url is no key, as the contract says.
  try {
    const result = run();
    const hits: object[] = [];
    for (const hit of result.hits) {
      const alsoIn: object[] = [];
      for (const c of hit.alsoIn)
        alsoIn.push({
          source: c.source,
          title: c.title,
          paragraph: c.paragraph,
          sentence: c.sentence,
          start: c.start,
          end: c.end,
          url: c.url,
        });
      hits.push({
        source: hit.source,
        title: hit.title,
        paragraph: hit.paragraph,
        sentence: hit.sentence,
        text: hit.text,
        score: Number(hit.score.toFixed(6)),
        start: hit.start,
        end: hit.end,
        url: hit.url,
        alsoIn,
      });
    }
    return {
      question: result.question,
      source,
      abstained: result.abstained,
      confidence: result.confidence ?? undefined,
      reason: result.reason,
      hits,
    };
  } catch (error) {
    if (!isCitebotError(error)) throw error;
    return { question, source, error: error.message, code: error.code, hits: [] };
  }
}

function renderText(result: SearchResult, scoped: boolean): string {
  // The same presenters as the bot's replies, rendered as the console renders them.
  const style = { ansi: Boolean(process.stdout.isTTY) };
  const why = reasonInWords(result);
  const hint = hintFor(scoped, 'cli');
  if (result.hits.length === 0)
    return `${markdownToText(`I couldn't find that in the articles${why === '' ? '.' : `: ${why}`} ${hint}`, style)}\n`;
  const hits = result.hits
    .map((hit, i) => markdownToText(`${i + 1}. ${highlight(hit.text, hit.marks)}\n   — ${citation(hit)}\n`, style))
    .join('\n');
  return result.confidence === 'low'
    ? `${markdownToText(`${UNSURE_LINE}\nWhy: ${why} ${hint}`, style)}\n\n${hits}`
    : hits;
}
