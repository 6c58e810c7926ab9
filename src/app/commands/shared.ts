/**
 * Pieces several commands share: state in footers, short hashes, signed button ids, document lookup,
 * paging buttons, moderators' checks, autocomplete by substring.
 */
import { createHash } from 'node:crypto';
import { CitebotError } from '../../errors.ts';
import type { CorpusDocument } from '../../corpus/types.ts';
import type { Library } from '../../library.ts';
import { escapeMarkdown } from '../../replies/markdown.ts';
import type { Choice, ReplyButton } from '../../replies/types.ts';
import type { CommandContext } from '../command.ts';

/** Eight hex characters of SHA-1 of `text`. */
export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}

/**
 * A button's custom id, `<command>:<part>:…:<hash>` (e.g. `ask:page:<asker>:<page>:<hash>`). The
 * hash covers the command, every part (the asker's id, the page, the excerpt) and the state in the
 * message's footer (question, article, speaker), so a button whose id was edited (another asker,
 * another page) or that sits on a message with other state no longer matches: see `verifyId`. It is
 * a check that the parts belong together, not a secret: paging is also refused to anyone but the
 * asker named in a verified id.
 */
export function signedId(command: string, parts: readonly (string | number)[], state: string): string {
  const texts = parts.map(String);
  for (const part of [command, ...texts]) {
    if (part === '' || part.includes(':'))
      throw new Error(`custom id part must be non-empty and without ':': ${JSON.stringify(part)}`);
  }
  return [command, ...texts, idHash(command, texts, state)].join(':');
}

/** The parts of a pressed button's id (the args after the command name, hash left out) when its hash matches them and `state`; null otherwise. */
export function verifyId(command: string, args: readonly string[], state: string | null): string[] | null {
  if (state === null || args.length < 2) return null;
  const parts = args.slice(0, -1);
  return args[args.length - 1] === idHash(command, parts, state) ? parts : null;
}

function idHash(command: string, parts: readonly string[], state: string): string {
  return shortHash(JSON.stringify([command, ...parts, state]));
}

/**
 * State kept in a message footer as `Key: value` lines (plain text, visible, and sent back to us
 * with every button press on the message). Values never contain a newline (Discord strips them
 * from slash command options).
 */
export function encodeState(entries: Readonly<Record<string, string | undefined>>): string {
  return Object.entries(entries)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([key, value]) => `${key}: ${value.replace(/\s*\n\s*/g, ' ')}`)
    .join('\n');
}

export function decodeState(text: string | null): Record<string, string> | null {
  if (text === null || text.trim() === '') return null;
  const state: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf(': ');
    if (at <= 0) return null;
    state[line.slice(0, at)] = line.slice(at + 2);
  }
  return state;
}

/** Every article a request can search: the shared corpus's, then the server's own. */
export function* documentsOf(library: Library): Generator<CorpusDocument> {
  for (const part of library.parts) yield* part.corpus.documents;
}

/** A document id from an id or an exact title; SOURCE_UNKNOWN otherwise. */
export function resolveSource(library: Library, given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  if (library.document(given)) return given;
  const lower = given.toLowerCase();
  const byTitle = [...documentsOf(library)].filter(
    (d) => d.title.toLowerCase() === lower || d.id.toLowerCase() === lower,
  );
  if (byTitle.length === 1) return byTitle[0]!.id;
  throw new CitebotError(
    'SOURCE_UNKNOWN',
    `There is no article “${escapeMarkdown(given)}”. Pick one from the suggestions, or see /sources.`,
    { source: given },
  );
}

/**
 * A paged reply's buttons: "◀ Previous" past the first page, then `nextLabel` ("More results ▶",
 * "Next ▶") when there is a next page; `idFor` gives the button id that shows a page.
 */
export function pagingButtons(
  page: number,
  hasNext: boolean,
  nextLabel: string,
  idFor: (page: number) => string,
): ReplyButton[] {
  return [
    ...(page > 0 ? [{ id: idFor(page - 1), label: '◀ Previous', style: 'secondary' as const }] : []),
    ...(hasNext ? [{ id: idFor(page + 1), label: nextLabel, style: 'primary' as const }] : []),
  ];
}

export function parseIndex(raw: string | undefined, max: number): number | null {
  if (raw === undefined || !/^\d{1,3}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= max ? n : null;
}

/**
 * Moderators' commands (/reload, /article, /feed) go to whom Discord delivered them in a server (the
 * server's own permissions decided), or to the console's operator; with ADMIN_ROLE_IDS set, only to
 * members holding one of those roles. Others are refused: "Only moderators can <what>…".
 */
export function requireModerator(ctx: CommandContext, what: string): void {
  const { user, config } = ctx;
  const restricted = config.adminRoleIds.length > 0;
  const allowed = restricted
    ? user.roleIds.some((id) => config.adminRoleIds.includes(id))
    : user.inGuild || user.canManageGuild;
  if (!allowed) {
    throw new CitebotError(
      'NOT_ALLOWED',
      restricted
        ? `Only moderators can ${what}: this bot is set to allow only its admin roles (ADMIN_ROLE_IDS).`
        : `Only moderators can ${what}, in a server.`,
    );
  }
}

/**
 * A moderators' command that changes one server's own state (/article: its articles, /feed: its
 * feeds): refused to others (requireModerator, with `what`), and with `outside` where there is no
 * server or no such state kept (a DM, the CLI). The server's id and the service otherwise.
 */
export function moderatorsServer<T>(
  ctx: CommandContext,
  service: T | null,
  refusals: { readonly what: string; readonly outside: string },
): { guildId: string; service: T } {
  requireModerator(ctx, refusals.what);
  if (ctx.user.guildId === null || service === null) throw new CitebotError('NOT_ALLOWED', refusals.outside);
  return { guildId: ctx.user.guildId, service };
}

/** Autocomplete choices: the items one of whose `fields` holds what was typed (every item when nothing was), at most 25. */
export function choicesHolding<T>(
  items: readonly T[],
  typed: string,
  fields: (item: T) => readonly string[],
  choice: (item: T) => Choice,
): Choice[] {
  const lower = typed.trim().toLowerCase();
  return items
    .filter((item) => lower === '' || fields(item).some((field) => field.toLowerCase().includes(lower)))
    .slice(0, 25)
    .map(choice);
}
