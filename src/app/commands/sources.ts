/** /sources: the articles in the corpus with titles, sizes and when they were loaded, paged. */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { CitebotError } from '../../errors.ts';
import type { Library } from '../../library.ts';
import { formatBytes } from '../../corpus/load.ts';
import { escapeMarkdown, link } from '../../replies/markdown.ts';
import { COLORS, type Reply, type ReplyButton } from '../../replies/types.ts';
import type { CorpusDocument } from '../../corpus/types.ts';
import {
  Context,
  OptionType,
  TEXT_MAX,
  type ButtonPress,
  type CommandContext,
  type CommandData,
  type CommandModule,
} from '../command.ts';
import { decodeState, encodeState, parseIndex } from './shared.ts';
import { plural, utcTime } from '../../replies/words.ts';
import { SOURCES } from '../../replies/budgets.ts';
import { copyReport } from '../../search/copies.ts';

export const data = {
  name: 'sources',
  description: 'The articles I answer from: titles, sizes and when they were loaded',
  contexts: [Context.Guild, Context.BotDM],
  options: [
    {
      type: OptionType.String,
      name: 'find',
      description: 'Only articles whose title or id holds this',
      max_length: TEXT_MAX.other,
    },
  ],
} as const satisfies CommandData & RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Whether a document's title or id holds every word of `find` (case aside). */
function matches(d: CorpusDocument, words: readonly string[]): boolean {
  const text = `${d.title} ${d.id}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

function sourcesPage(library: Library, page: number, find?: string): Reply {
  // A server's own articles first, under a heading of their own, then the shared corpus.
  const words = (find ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const keep = (docs: readonly CorpusDocument[]): readonly CorpusDocument[] =>
    words.length === 0 ? docs : docs.filter((d) => matches(d, words));
  const added = keep(library.added?.corpus.documents ?? []);
  const shared = keep(library.corpus.documents);
  const docs = [...added, ...shared];
  const pages = Math.max(1, Math.ceil(docs.length / SOURCES.perPage));
  const current = Math.min(Math.max(0, page), pages - 1);
  const { stats } = library;
  const head =
    `${plural(stats.documents, 'article')}, ${stats.sentences} sentences, ${stats.quotes} quotes, ` +
    `${formatBytes(stats.bytes)}; loaded ${utcTime(library.loadedAt)} in ${Math.round(library.buildMs)} ms.` +
    (library.added === undefined || library.added === null || library.added.corpus.documents.length === 0
      ? ''
      : `\nThis server also added ${plural(library.added.corpus.documents.length, 'article')} that only it can search.`) +
    (words.length === 0
      ? ''
      : `\n${docs.length === 0 ? 'No article' : plural(docs.length, 'article')} with “${escapeMarkdown(find!.trim())}” in the title or id.`);
  const from = current * SOURCES.perPage;
  const lines = docs.slice(from, from + SOURCES.perPage).flatMap((d, i) => {
    const at = from + i;
    const heading =
      added.length === 0
        ? []
        : at === 0 || (i === 0 && at < added.length)
          ? [`**Added in this server (${added.length})**`]
          : at === added.length || (i === 0 && at > added.length)
            ? [`**Shared articles (${shared.length})**`]
            : [];
    return [
      ...heading,
      `• **${link(d.title, d.meta.url)}** · \`${d.id.replace(/`/g, "'")}\` · ${formatBytes(d.bytes)}, ${plural(d.paragraphs.length, 'paragraph')}` +
        `${d.meta.date ? ` · ${escapeMarkdown(d.meta.date)}` : ''}`,
    ];
  });
  const skipped = library.corpus.skipped;
  const listed = (title: string, files: readonly { file: string; message: string }[]): string =>
    files.length === 0
      ? ''
      : `\n\n**${title}:** ${files
          .slice(0, 10)
          .map((s) => `\`${s.file.replace(/`/g, "'")}\` (${escapeMarkdown(s.message)})`)
          .join('; ')}${files.length > 10 ? `; and ${files.length - 10} more` : ''}`;
  // Files that need the operator's attention come first, on the first page, not after a hundred pages of titles.
  const attention =
    current !== 0 || words.length > 0
      ? ''
      : listed('Skipped', skipped) + listed('Read with a caveat', library.corpus.notices) + copiesListed(library);
  const footer = words.length === 0 ? undefined : encodeState({ Find: find!.trim() });
  const row: ReplyButton[] = [
    ...(current > 0 ? [{ id: `sources:page:${current - 1}`, label: '◀ Previous', style: 'secondary' as const }] : []),
    ...(current + 1 < pages ? [{ id: `sources:page:${current + 1}`, label: 'Next ▶', style: 'primary' as const }] : []),
  ];
  return {
    embeds: [
      {
        title: `Sources${pages > 1 ? ` (page ${current + 1} of ${pages})` : ''}`,
        description: `${head}${attention}\n\n${lines.join('\n')}`,
        ...(footer === undefined ? {} : { footer }),
        color: COLORS.info,
      },
    ],
    ...(row.length > 0 ? { buttons: [row] } : {}),
  };
}

/**
 * The exact copies (the same body, whatever the headline) of each part, named with their original,
 * and how many near copies: `**Exact copies** (their sentences are shown once…): `b` = `a`; …`.
 */
function copiesListed(library: Library): string {
  const reports = library.parts.map((p) => copyReport(p.corpus.documents, p.index.copies));
  const exact = reports.flatMap((r) => r.exact);
  const near = reports.reduce((n, r) => n + r.near, 0);
  const id = (d: CorpusDocument): string => `\`${d.id.replace(/`/g, "'")}\``;
  const nearLine =
    near === 0
      ? ''
      : `\n**Near copies:** ${plural(near, 'article')} ${near === 1 ? 'shares' : 'share'} most of ${near === 1 ? 'its' : 'their'} text with another (an update, a copy with edits).`;
  if (exact.length === 0) return nearLine === '' ? '' : `\n${nearLine}`;
  return (
    `\n\n**Exact copies** (their sentences are shown once, the copies cited as "also in"): ` +
    exact
      .slice(0, 10)
      .map((e) => `${id(e.copy)} = ${id(e.of)}`)
      .join('; ') +
    (exact.length > 10 ? `; and ${exact.length - 10} more` : '') +
    nearLine
  );
}

function button(press: ButtonPress, ctx: CommandContext): Reply {
  const [action, pageRaw] = press.args;
  const page = parseIndex(pageRaw, 999);
  if (action !== 'page' || page === null)
    throw new CitebotError('BUTTON_EXPIRED', 'This button no longer does anything. Run /sources again.');
  // The filter rides in the message's footer, as /quote keeps its speaker.
  const find = decodeState(press.state)?.Find;
  return { ...sourcesPage(ctx.library, page, find), update: true };
}

export const sources: CommandModule<typeof data> = {
  data,
  execute: (options, ctx) => ({ ...sourcesPage(ctx.library, 0, options.find), ephemeral: true }),
  button,
};
export default sources;
