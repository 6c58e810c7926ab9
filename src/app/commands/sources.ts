/** /sources: the articles in the corpus with titles, sizes and when they were loaded, paged. */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { CitebotError } from '../../errors.ts';
import type { Library } from '../../library.ts';
import { formatBytes } from '../../corpus/load.ts';
import { escapeMarkdown, link } from '../../replies/markdown.ts';
import { COLORS, type Reply, type ReplyButton } from '../../replies/types.ts';
import { Context, type ButtonPress, type CommandContext, type CommandData, type CommandModule } from '../command.ts';
import { parseIndex } from './shared.ts';
import { plural, utcTime } from '../../replies/words.ts';
import { SOURCES } from '../../replies/budgets.ts';

export const data = {
  name: 'sources',
  description: 'The articles I answer from: titles, sizes and when they were loaded',
  contexts: [Context.Guild, Context.BotDM],
} as const satisfies CommandData & RESTPostAPIChatInputApplicationCommandsJSONBody;

function sourcesPage(library: Library, page: number): Reply {
  // A server's own articles first, under a heading of their own, then the shared corpus.
  const added = library.added?.corpus.documents ?? [];
  const shared = library.corpus.documents;
  const docs = [...added, ...shared];
  const pages = Math.max(1, Math.ceil(docs.length / SOURCES.perPage));
  const current = Math.min(Math.max(0, page), pages - 1);
  const { stats } = library;
  const head =
    `${plural(stats.documents, 'article')}, ${stats.sentences} sentences, ${stats.quotes} quotes, ` +
    `${formatBytes(stats.bytes)}; loaded ${utcTime(library.loadedAt)} in ${Math.round(library.buildMs)} ms.` +
    (added.length === 0 ? '' : `\nThis server also added ${plural(added.length, 'article')} that only it can search.`);
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
  const tail =
    current !== pages - 1 ? '' : listed('Skipped', skipped) + listed('Read with a caveat', library.corpus.notices);
  const row: ReplyButton[] = [
    ...(current > 0 ? [{ id: `sources:page:${current - 1}`, label: '◀ Previous', style: 'secondary' as const }] : []),
    ...(current + 1 < pages ? [{ id: `sources:page:${current + 1}`, label: 'Next ▶', style: 'primary' as const }] : []),
  ];
  return {
    embeds: [
      {
        title: `Sources${pages > 1 ? ` (page ${current + 1} of ${pages})` : ''}`,
        description: `${head}\n\n${lines.join('\n')}${tail}`,
        color: COLORS.info,
      },
    ],
    ...(row.length > 0 ? { buttons: [row] } : {}),
  };
}

function button(press: ButtonPress, ctx: CommandContext): Reply {
  const [action, pageRaw] = press.args;
  const page = parseIndex(pageRaw, 999);
  if (action !== 'page' || page === null)
    throw new CitebotError('BUTTON_EXPIRED', 'This button no longer does anything. Run /sources again.');
  return { ...sourcesPage(ctx.library, page), update: true };
}

export const sources: CommandModule<typeof data> = {
  data,
  execute: (_options, ctx) => ({ ...sourcesPage(ctx.library, 0), ephemeral: true }),
  button,
};
export default sources;
