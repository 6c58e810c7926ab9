/**
 * What the console tells the operator about the corpus it is running on: example commands drawn
 * from the loaded articles (not from the shipped one), and the closest article ids when a
 * `source:` names none.
 */
import type { CorpusDocument } from '../corpus/types.ts';
import type { Library } from '../library.ts';
import { documentsOf } from '../app/commands/shared.ts';
import { editDistance } from '../editDistance.ts';
import { COMMANDS } from '../app/commands/all.ts';
import { subcommandsOf, type CommandModule } from '../app/command.ts';

/** Documents tried, in id order, for an example question that the corpus answers. */
const EXAMPLE_CANDIDATES = 40;
/** Words of a title kept as the example question. */
const EXAMPLE_WORDS = 8;
export const CLOSEST_SOURCES = 5;

export interface ExampleCommands {
  /** Words of an article's title that the corpus answers: `/ask <question>`. */
  readonly question: string | null;
  /** The most quoted speaker's name: `/quote <speaker>`. */
  readonly speaker: string | null;
}

/**
 * A title as a question: its main clause (up to the first comma, colon, semicolon or spaced dash),
 * at most EXAMPLE_WORDS words, in lower case when the headline is all capitals (wire style).
 * Null when nothing of it is left.
 */
export function titleQuestion(title: string): string | null {
  const main = title.split(/\s*[,:;|]\s+|\s+[-–—]\s+/)[0] ?? '';
  const words = main.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu) ?? [];
  if (words.length === 0) return null;
  const text = words.slice(0, EXAMPLE_WORDS).join(' ').replace(/[.]+$/, '');
  return /\p{Ll}/u.test(text) ? text : text.toLowerCase();
}

/**
 * Examples from the loaded library: the first title (in id order, titles made from file names
 * left out) whose words the library answers without declining, and the most quoted speaker when
 * a lookup by that name finds them. Null for what the corpus has none of.
 */
export function exampleCommands(library: Library): ExampleCommands {
  let question: string | null = null;
  let tried = 0;
  for (const doc of documentsOf(library)) {
    if (tried >= EXAMPLE_CANDIDATES) break;
    if (doc.titleFrom === 'file-name') continue;
    const candidate = titleQuestion(doc.title);
    if (candidate === null) continue;
    tried += 1;
    if (library.search(candidate, { limit: 1 }).hits.length > 0) {
      question = candidate;
      break;
    }
  }
  let speaker: string | null = null;
  for (const s of library.quotes.speakers().slice(0, 5)) {
    try {
      if (library.quotes.lookup(s.name).quotes.length > 0) {
        speaker = s.name;
        break;
      }
    } catch {
      // not found under its own name: try the next one
    }
  }
  return { question, speaker };
}

/** The commands the banner shows with an example from the corpus; every other is named by its usage. */
const EXAMPLED = new Set(['ask', 'quote']);

/** `/name`, or `/name sub` for each subcommand (`/article add`, `/article remove`). */
function usageOf(command: CommandModule): string {
  const subcommands = subcommandsOf(command.data);
  return subcommands.length === 0
    ? `/${command.data.name}`
    : subcommands.map((o) => `/${command.data.name} ${o.name}`).join(', ');
}

/** The banner's line on what to type, with examples from the loaded library. */
export function commandHint(library: Library | null): string {
  const examples = library === null ? { question: null, speaker: null } : exampleCommands(library);
  const ask = `/ask ${examples.question ?? '<question>'}`;
  const quote = `/quote ${examples.speaker ?? '<name>'}`;
  return (
    `Type a command such as ${[ask, quote, ...COMMANDS.filter((c) => !EXAMPLED.has(c.data.name)).map(usageOf)].join(', ')}; a line without a slash is a question. ` +
    'help, clear and exit work with or without the slash.'
  );
}

/** What the console adds after the bot's /help. */
export const CONSOLE_HELP =
  'In this console: a line without a slash is a question for /ask; /press N presses button N of the last reply; ' +
  'help, clear and exit (or quit) work with or without the slash; end of input leaves too.';

/**
 * The `limit` articles whose id or title is closest to `given`: by the fewest edits that turn
 * `given` into some part of the id or of the title (0: it is a part of one), then prefixes first,
 * then the fewest edits to the whole id (to its last path segment when `given` has no `/`), then
 * id order.
 * Case is ignored.
 */
export function closestSources(library: Library, given: string, limit = CLOSEST_SOURCES): CorpusDocument[] {
  const query = given.trim().toLowerCase().slice(0, 100);
  const documents = [...documentsOf(library)];
  if (query === '') return documents.slice(0, limit);
  const scored = documents.map((doc, order) => {
    const id = doc.id.toLowerCase();
    const base = id.slice(id.lastIndexOf('/') + 1);
    const title = doc.title.toLowerCase();
    return {
      doc,
      order,
      within: Math.min(substringDistance(query, id), substringDistance(query, title)),
      prefix: id.startsWith(query) || base.startsWith(query) || title.startsWith(query) ? 0 : 1,
      whole: editDistance(query, query.includes('/') ? id : base),
    };
  });
  scored.sort((a, b) => a.within - b.within || a.prefix - b.prefix || a.whole - b.whole || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.doc);
}

/** Fewest edits turning `query` into some substring of `text` (0 when it is one). */
export function substringDistance(query: string, text: string): number {
  // Sellers' algorithm: edit distance with a free start and end in `text`.
  let previous = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= query.length; i += 1) {
    const current = new Array<number>(text.length + 1);
    current[0] = i;
    for (let j = 1; j <= text.length; j += 1) {
      const cost = query[i - 1] === text[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return Math.min(...previous);
}
