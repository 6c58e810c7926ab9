/**
 * `npm run quote -- Bruce`: what a person said, with citations, for a person to read.
 * `npm run quote -- --list`: the speakers, with their description and number of quotes.
 * `npm run -s quote -- --json [--corpus DIR] SPEAKER`: one JSON object (a stable contract):
 *   {"query", "speakers": [{"name", "aliases", "description"}],
 *    "quotes": [{"speaker", "kind", "text", "source", "title", "paragraph", "sentence"}], "also": [names]}
 *   An unknown speaker gives empty lists and "suggestions" (and exit status 1).
 * `npm run -s quote -- --json --all [--corpus DIR] [--source ID]`: every direct quote and reported
 *   statement, unattributed ones included (`"speaker": null`), in corpus order, as
 *   {"quotes": [{"speaker", "kind", "text", "source", "title", "paragraph", "sentence", "start", "end"}]}:
 *   how quote extraction is evaluated.
 * The corpus is --corpus, else CORPUS_DIR (environment or .env), else seeds/. The index comes from its
 * snapshot in INDEX_CACHE_DIR when that is current; --no-cache builds it from the files (no snapshot read or written).
 */
import type { Config } from '../config/config.ts';
import { CitebotError } from '../errors.ts';
import type { Quote, QuoteIndex, QuoteLookup, Speaker } from '../quotes/quoteIndex.ts';
import { CORPUS_OPTION, NO_CACHE_OPTION, type CommandSpec } from './commandLine.ts';
import { invocation, libraryFromConfig, requireSource, runMain } from './shared.ts';
import { markdownToText } from '../console/render.ts';
import { citation } from '../replies/citation.ts';
import { plural } from '../replies/words.ts';

const QUOTE = {
  command: 'npm run quote --',
  positionals: 'SPEAKER',
  summary: 'What a person said in the articles: direct quotes, then reported statements, each attributed and cited.',
  options: {
    json: { type: 'boolean', description: 'one JSON object (the contract in the README)' },
    list: { type: 'boolean', description: 'every speaker with how often they are quoted' },
    all: {
      type: 'boolean',
      description: 'with --json: every quote and reported statement, unattributed ones included',
    },
    source: { type: 'string', value: 'ID', description: 'with --all: one article only' },
    corpus: CORPUS_OPTION,
    'no-cache': NO_CACHE_OPTION,
  },
  notes: [
    'Examples:',
    '  npm run quote -- Bruce',
    '  npm run quote -- --list',
    '  npm run -s quote -- --json "Tammy Bruce"',
  ],
} as const satisfies CommandSpec;

async function main(config: Config): Promise<number> {
  const line = invocation(QUOTE);
  if (line === null) return 0;
  const { values, positionals, usage: USAGE } = line;
  const query = positionals.join(' ').trim();
  if (values.all && !values.json) throw new CitebotError('USAGE', `--all is for --json output\n${USAGE}`);
  if (values.source !== undefined && !values.all) throw new CitebotError('USAGE', `--source goes with --all\n${USAGE}`);
  if (!values.list && !values.all && query === '')
    throw new CitebotError('USAGE', `quote needs a speaker's name, or --list\n${USAGE}`);

  const library = await libraryFromConfig(config, values);
  const quotes = library.quotes;

  if (values.all) {
    requireSource(library, values.source);
    const all = quotes.all().filter((q) => values.source === undefined || q.source === values.source);
    process.stdout.write(
      `${JSON.stringify({ quotes: all.map((q) => ({ ...quoteJson(q), start: q.start, end: q.end })) })}\n`,
    );
    return 0;
  }

  if (values.list) {
    const speakers = quotes.speakers();
    if (values.json)
      process.stdout.write(
        `${JSON.stringify({ speakers: speakers.map((s) => ({ ...speakerJson(s), quotes: s.quotes, reported: s.reported })) })}\n`,
      );
    else process.stdout.write(renderList(speakers, quotes));
    return 0;
  }

  const result = quotes.lookup(query);
  if (result.speakers.length === 0) {
    const { suggestions, mentioned } = result;
    if (values.json)
      process.stdout.write(
        `${JSON.stringify({ query, speakers: [], quotes: [], suggestions, ...(mentioned ? { mentioned } : {}) })}\n`,
      );
    if (mentioned) {
      process.stderr.write(
        `error: ${mentioned.name} is mentioned in ${plural(mentioned.articles, 'article')} but never quoted (try: npm run ask).\n`,
      );
      return 1;
    }
    const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
    process.stderr.write(`error: No quotes from "${query}".${hint}\n`);
    return 1;
  }
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ query: result.query, speakers: result.speakers.map(speakerJson), quotes: result.quotes.map(quoteJson), also: result.others.map((s) => s.name) })}\n`,
    );
  } else {
    process.stdout.write(renderLookup(result));
  }
  return 0;
}

function speakerJson(s: Speaker): {
  name: string;
  kind: string;
  aliases: readonly string[];
  description: string | null;
} {
  return { name: s.name, kind: s.kind, aliases: s.aliases, description: s.description };
}

function quoteJson(q: Quote): object {
  return {
    speaker: q.speaker,
    role: q.role,
    kind: q.kind,
    text: q.text,
    source: q.source,
    title: q.title,
    paragraph: q.paragraph,
    sentence: q.sentence,
  };
}

/** The bot's citation, as text. */
const cite = (q: Quote): string => `— ${markdownToText(citation(q), { ansi: false })}`;

function renderLookup(result: QuoteLookup): string {
  const lines: string[] = [];
  // Several people matched equally well: each one's quotes under their name, in rank order.
  for (const s of result.speakers) {
    if (lines.length > 0) lines.push('');
    lines.push(s.description ? `${s.name}, ${s.description}` : s.name);
    lines.push(`  ${plural(s.quotes, 'direct quote')}, ${plural(s.reported, 'reported statement')}`);
    const own = result.quotes.filter((q) => q.speaker === s.name);
    const direct = own.filter((q) => q.kind === 'direct');
    const reported = own.filter((q) => q.kind === 'reported');
    if (direct.length > 0) lines.push('', 'Quotes:');
    for (const q of direct) lines.push('', `“${q.text.replace(/\n/g, '\n ')}”`, `  ${cite(q)}`);
    if (reported.length > 0) lines.push('', 'Reported:');
    for (const q of reported) lines.push('', q.text, `  ${cite(q)}`);
  }
  if (result.others.length > 0) lines.push('', `Also matched: ${result.others.map((s) => s.name).join(', ')}.`);
  return `${lines.join('\n')}\n`;
}

function renderList(speakers: readonly Speaker[], index: QuoteIndex): string {
  if (speakers.length === 0)
    return `No attributed quotes (${plural(index.quoteCount, 'direct quote')} in the corpus).\n`;
  const lines = speakers.map(
    (s) =>
      `${s.name}${s.description ? ` (${s.description})` : ''}: ${plural(s.quotes, 'quote')}, ${plural(s.reported, 'reported statement')}`,
  );
  lines.push('', `${plural(speakers.length, 'speaker')}, ${plural(index.quoteCount, 'direct quote')} in the corpus.`);
  return `${lines.join('\n')}\n`;
}

runMain(main);
