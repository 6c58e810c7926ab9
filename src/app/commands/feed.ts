/**
 * /feed add url: [channel:], /feed list, /feed remove feed: [articles:] (moderators)
 *
 * A server follows RSS, Atom and JSON feeds: each new item becomes one of its own articles (as
 * `/article add url:` makes one) and, with `channel:`, is announced there. The work is in
 * src/feeds/service.ts; this file turns it into replies. Registered like /article: Manage Server
 * by default, servers only, ADMIN_ROLE_IDS as an extra restriction.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { CitebotError } from '../../errors.ts';
import type { FeedRecord } from '../../feeds/store.ts';
import { escapeMarkdown } from '../../replies/markdown.ts';
import { COLORS, type Choice, type Reply } from '../../replies/types.ts';
import { plural } from '../../replies/words.ts';
import {
  type ArgumentsOf,
  ChannelType,
  type CommandContext,
  type CommandData,
  type CommandModule,
  Context,
  type FocusedOption,
  OptionType,
  Permission,
} from '../command.ts';
import { URL_MAX } from './article.ts';
import { choicesHolding, moderatorsServer } from './shared.ts';

export const data = {
  name: 'feed',
  description: 'Follow news feeds: new items become this server’s articles (moderators)',
  default_member_permissions: Permission.ManageGuild.toString(),
  contexts: [Context.Guild],
  options: [
    {
      type: OptionType.Subcommand,
      name: 'add',
      description: 'Follow an RSS, Atom or JSON feed; its new items become articles only this server searches',
      options: [
        {
          type: OptionType.String,
          name: 'url',
          description: 'The feed’s address (http or https)',
          required: true,
          max_length: URL_MAX,
        },
        {
          type: OptionType.Channel,
          name: 'channel',
          description: 'Announce each new article in this channel (no one is pinged)',
          channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
        },
      ],
    },
    {
      type: OptionType.Subcommand,
      name: 'list',
      description: 'The feeds this server follows, with their last check, last new item and last error',
    },
    {
      type: OptionType.Subcommand,
      name: 'remove',
      description: 'Stop following a feed',
      options: [
        {
          type: OptionType.String,
          name: 'feed',
          description: 'The feed to stop following (start typing its title)',
          required: true,
          autocomplete: true,
          max_length: URL_MAX,
        },
        {
          type: OptionType.Boolean,
          name: 'articles',
          description: 'Also remove the articles it brought (default: keep them)',
        },
      ],
    },
  ],
} as const satisfies CommandData & RESTPostAPIChatInputApplicationCommandsJSONBody;

type Args = ArgumentsOf<typeof data>;

async function execute(args: Args, ctx: CommandContext): Promise<Reply> {
  const { guildId, service: feeds } = moderatorsServer(ctx, ctx.feeds, {
    what: 'follow feeds',
    outside: 'Feeds can only be followed in a server.',
  });
  if (args.subcommand === 'list') return listReply(await feeds.list(guildId), ctx.now, feeds.settings.maxPerServer);
  if (args.subcommand === 'remove') {
    const listed = resolveFeed(await feeds.list(guildId), args.feed);
    // The record as removed, not as listed: a poll may have added articles in between.
    const { feed, removed } = await feeds.unfollow(guildId, listed.id, args.articles === true);
    const kept = feed.articles.length - removed.length;
    return {
      content: [
        `Stopped following “${escapeMarkdown(feed.title)}” (${escapeMarkdown(feed.url)}).`,
        args.articles === true
          ? `Removed ${plural(removed.length, 'article')} it brought.`
          : kept > 0
            ? `The ${plural(kept, 'article')} it brought stay; remove them with /feed remove articles:true or /article remove.`
            : '',
      ]
        .filter(Boolean)
        .join(' '),
      ephemeral: true,
    };
  }
  const channel = args.channel ?? null;
  const { feed, items, updated } = await feeds.follow(guildId, args.url, channel);
  const where = channel === null ? '' : ` New articles are announced in <#${channel}>.`;
  return {
    embeds: [
      {
        title: feed.title,
        url: feed.url,
        description: updated
          ? `Already following this feed.${channel === null ? ' New articles are no longer announced.' : where}`
          : [
              `Following this feed (${plural(items, 'item')} in it now). Its new items become this server’s articles, answerable with /ask, within a poll.${where}`,
              'See /feed list for its state; stop with /feed remove.',
            ].join('\n'),
        color: COLORS.info,
      },
    ],
    ephemeral: true,
  };
}

function listReply(feeds: readonly FeedRecord[], now: number, max: number): Reply {
  if (feeds.length === 0) {
    return { content: 'This server follows no feeds. Follow one with /feed add url:.', ephemeral: true };
  }
  return {
    embeds: [
      {
        title: `Feeds this server follows (${feeds.length} of at most ${max})`,
        fields: feeds.slice(0, 25).map((feed) => ({ name: feed.title.slice(0, 256), value: describe(feed, now) })),
        color: COLORS.info,
      },
    ],
    ephemeral: true,
  };
}

/** One feed's lines in /feed list. */
export function describe(feed: FeedRecord, now: number): string {
  const lines = [
    escapeMarkdown(feed.url),
    `Last check: ${feed.lastCheck === undefined ? 'not yet' : ago(feed.lastCheck, now)} · last new item: ${
      feed.lastNewItem === undefined ? 'none yet' : ago(feed.lastNewItem, now)
    } · ${plural(feed.articles.length, 'article')}`,
  ];
  if (feed.channelId !== null) {
    lines.push(
      feed.announceError === undefined
        ? `Announced in <#${feed.channelId}>`
        : `Not announcing in <#${feed.channelId}>: ${feed.announceError} (fix it, then /feed add the feed again with channel:)`,
    );
  }
  if (feed.lastError !== undefined) {
    lines.push(`Last error (${ago(feed.lastError.at, now)}): ${escapeMarkdown(feed.lastError.message)}`);
    if (feed.failures > 1)
      lines.push(`${plural(feed.failures, 'failed poll')} in a row: polled less often until it works.`);
  }
  return lines.join('\n').slice(0, 1024);
}

/** `5 min ago`, `3 h ago`, `2 days ago`. */
function ago(at: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)} h ago`;
  return `${plural(Math.round(seconds / 86_400), 'day')} ago`;
}

/** A followed feed by its id (what autocomplete gives), its address or its exact title. */
function resolveFeed(feeds: readonly FeedRecord[], given: string): FeedRecord {
  const text = given.trim();
  const lower = text.toLowerCase();
  const found = feeds.filter((f) => f.id === text || f.url === text || f.title.toLowerCase() === lower);
  if (found.length === 1) return found[0]!;
  if (feeds.length === 0) throw new CitebotError('FEED_UNKNOWN', 'This server follows no feeds.');
  throw new CitebotError(
    'FEED_UNKNOWN',
    `This server follows no feed “${escapeMarkdown(text)}”. Pick one from the suggestions, or see /feed list.`,
  );
}

/** The server's feeds whose title or address holds what was typed. */
function autocomplete(focused: FocusedOption, _options: unknown, ctx: CommandContext): Choice[] {
  if (focused.name !== 'feed' || ctx.feeds === null) return [];
  return choicesHolding(
    ctx.feeds.known(ctx.user.guildId),
    focused.value,
    (f) => [f.title, f.url],
    (f) => ({ name: `${f.title} (${f.url})`.slice(0, 100), value: f.id }),
  );
}

export const feed: CommandModule<typeof data> = {
  data,
  // Following a feed fetches it (up to its 10 s limit); removing one may rebuild the server's articles.
  defer: true,
  execute,
  autocomplete,
};
