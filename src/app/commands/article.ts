/**
 * /article add url:<link> | file:<attachment>, /article remove article:<id> (moderators)
 *
 * A server's own articles: a news page (fetched with the checks of src/articles/safeFetch.ts, the
 * article extracted with Readability) or an uploaded .txt, .md or .html file, stored for this
 * server only (src/app/serverArticles.ts) and answerable at the next question. Registered like
 * /reload: Manage Server by default, servers only, ADMIN_ROLE_IDS as an extra restriction.
 */
import { readFile } from 'node:fs/promises';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { checkFileType } from '../../articles/fileTypes.ts';
import { storedArticle } from '../../articles/offThread.ts';
import { fetchPage } from '../../articles/safeFetch.ts';
import { slugFor } from '../../articles/store.ts';
import { formatBytes } from '../../corpus/load.ts';
import type { CorpusDocument } from '../../corpus/types.ts';
import { CitebotError } from '../../errors.ts';
import { escapeMarkdown } from '../../replies/markdown.ts';
import { COLORS, type Choice, type Reply } from '../../replies/types.ts';
import { plural } from '../../replies/words.ts';
import {
  type ArgumentsOf,
  type AttachmentValue,
  type CommandContext,
  type CommandData,
  type CommandModule,
  Context,
  type FocusedOption,
  OptionType,
  Permission,
} from '../command.ts';
import type { ArticleLimits, NewArticle } from '../serverArticles.ts';
import { choicesHolding, moderatorsServer } from './shared.ts';

export const URL_MAX = 500;

export const data = {
  name: 'article',
  description: 'Add or remove this server’s own articles (moderators)',
  default_member_permissions: Permission.ManageGuild.toString(),
  contexts: [Context.Guild],
  options: [
    {
      type: OptionType.Subcommand,
      name: 'add',
      description: 'Add an article from a link or a file; only this server can search it',
      options: [
        {
          type: OptionType.String,
          name: 'url',
          description: 'A link to a news page (http or https)',
          max_length: URL_MAX,
        },
        {
          type: OptionType.Attachment,
          name: 'file',
          description: 'A .txt, .md or .html file',
        },
      ],
    },
    {
      type: OptionType.Subcommand,
      name: 'remove',
      description: 'Remove an article this server added',
      options: [
        {
          type: OptionType.String,
          name: 'article',
          description: 'The article to remove (start typing its title)',
          required: true,
          autocomplete: true,
          max_length: 100,
        },
      ],
    },
  ],
} as const satisfies CommandData & RESTPostAPIChatInputApplicationCommandsJSONBody;

type Args = ArgumentsOf<typeof data>;

async function execute(args: Args, ctx: CommandContext): Promise<Reply> {
  const { guildId, service: articles } = moderatorsServer(ctx, ctx.articles, {
    what: 'add or remove articles',
    outside: 'Articles can only be added in a server.',
  });
  if (args.subcommand === 'remove') {
    const removed = await articles.remove(guildId, resolveAdded(articles.articles(guildId), args.article));
    return {
      content: `Removed “${escapeMarkdown(removed.title)}” (\`${removed.id}\`): it is no longer searched in this server.`,
      ephemeral: true,
    };
  }
  const { url, file } = args;
  if ((url === undefined) === (file === undefined)) {
    throw new CitebotError(
      'USAGE',
      'Give /article add either url: (a link to a news page) or file: (a .txt, .md or .html file), one of them.',
    );
  }
  const limits = articles.limits;
  const article = url !== undefined ? await fromUrl(url, limits) : await fromFile(file!, limits);
  const added = await articles.add(guildId, article);
  return addedReply(added.document, added.sentences, added.quotes);
}

async function fromUrl(url: string, limits: ArticleLimits): Promise<NewArticle> {
  const page = await fetchPage(url.trim(), { maxBytes: limits.maxFileBytes, allowPrivate: limits.allowPrivateUrls });
  const stored = await storedArticle({ kind: 'page', page });
  return { slug: slugFor(stored.title), extension: stored.extension, text: stored.content, url: page.finalUrl };
}

async function fromFile(file: AttachmentValue, limits: ArticleLimits): Promise<NewArticle> {
  // Refused on what Discord declares, before anything is downloaded.
  if (file.size > limits.maxFileBytes) {
    throw new CitebotError(
      'FETCH_TOO_LARGE',
      `That file is ${formatBytes(file.size)}; the most I take is ${formatBytes(limits.maxFileBytes)} (MAX_FILE_MB). Nothing was added.`,
      { size: file.size },
    );
  }
  // A type that would be refused anyway is refused before the download too.
  checkFileType(file.name);
  const bytes =
    file.path !== undefined
      ? await readLocal(file.path)
      : // Attachment URLs come from Discord with the interaction, not from the moderator: the
        // address checks are for links people type; the size, time and type limits still hold.
        (await fetchPage(file.url, { maxBytes: limits.maxFileBytes, allowPrivate: true, accept: 'attachment' })).body;
  if (bytes.length > limits.maxFileBytes) {
    throw new CitebotError(
      'FETCH_TOO_LARGE',
      `That file is larger than ${formatBytes(limits.maxFileBytes)} (MAX_FILE_MB). Nothing was added.`,
    );
  }
  const stored = await storedArticle({ kind: 'file', name: file.name, bytes });
  const base = file.name.replace(/\.[^.]*$/, '');
  return { slug: slugFor(stored.title || base), extension: stored.extension, text: stored.content };
}

async function readLocal(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new CitebotError(
      'FETCH_FAILED',
      `Could not read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
    );
  }
}

function addedReply(document: CorpusDocument, sentences: number, quotes: number): Reply {
  return {
    embeds: [
      {
        title: document.title,
        ...(document.meta.url === undefined ? {} : { url: document.meta.url }),
        description: [
          `Added to this server’s articles as \`${document.id}\`: ${plural(sentences, 'sentence')}, ${plural(quotes, 'quote')} found.`,
          'Ask about it with /ask; only this server can search it. Remove it with /article remove.',
        ].join('\n'),
        color: COLORS.info,
      },
    ],
    ephemeral: true,
  };
}

/**
 * One of the server's added articles, by its exact id or exact title (case aside). A part of a title
 * never removes anything: removing is not undone, so a partial match only names the candidates.
 */
function resolveAdded(documents: readonly CorpusDocument[], given: string): string {
  const lower = given.trim().toLowerCase();
  const exact = documents.filter((d) => d.id.toLowerCase() === lower || d.title.toLowerCase() === lower);
  if (exact.length === 1) return exact[0]!.id;
  if (documents.length === 0) throw new CitebotError('ARTICLE_UNKNOWN', 'This server has not added any articles.');
  const candidates = (exact.length > 1 ? exact : documents.filter((d) => d.title.toLowerCase().includes(lower)))
    .slice(0, 5)
    .map((d) => `\`${d.id}\` (${escapeMarkdown(d.title)})`);
  throw new CitebotError(
    'ARTICLE_UNKNOWN',
    candidates.length === 0
      ? `This server has no added article “${escapeMarkdown(given)}”. Pick one from the suggestions, or see /sources.`
      : `Nothing removed: “${escapeMarkdown(given)}” is not the exact id or title of an added article. Did you mean ${candidates.join(', ')}? Give its id.`,
  );
}

/** The server's added articles whose title or id holds what was typed. */
function autocomplete(focused: FocusedOption, _options: unknown, ctx: CommandContext): Choice[] {
  if (focused.name !== 'article' || ctx.articles === null) return [];
  return choicesHolding(
    ctx.articles.articles(ctx.user.guildId),
    focused.value,
    (d) => [d.title, d.id],
    (d) => ({ name: d.title, value: d.id }),
  );
}

export const article: CommandModule<typeof data> = {
  data,
  // Fetching a page may take up to its 10 s limit.
  defer: true,
  execute,
  autocomplete,
};
