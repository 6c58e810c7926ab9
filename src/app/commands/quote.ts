/**
 * /quote speaker:<name> [public:<bool>]
 *
 * What a person said in the articles: direct quotes first, then reported statements, each with its
 * citation, paged when long ("Next" / "Previous", asker only; the name is kept in the footer).
 * An unknown name gets the closest known speakers as suggestions.
 */
import { CitebotError } from '../../errors.ts';
import type { Library } from '../../library.ts';
import { cutText } from '../../replies/limits.ts';
import { bold, escapeMarkdown } from '../../replies/markdown.ts';
import { COLORS, type Choice, type Reply } from '../../replies/types.ts';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import {
  Context,
  cutValue,
  OptionType,
  TEXT_MAX,
  type ArgumentsOf,
  type ButtonPress,
  type CommandContext,
  type CommandData,
  type CommandModule,
  type FocusedOption,
  type Options,
} from '../command.ts';
import type { Quote, Speaker } from '../../quotes/quoteIndex.ts';
import { decodeState, encodeState, pagingButtons } from './shared.ts';
import { quoteButton } from './buttons.ts';
import { citation } from '../../replies/citation.ts';
import { plural } from '../../replies/words.ts';
import { QUOTE } from '../../replies/budgets.ts';

export const data = {
  name: 'quote',
  description: 'What a person said in the articles, with citations',
  options: [
    {
      type: OptionType.String,
      name: 'speaker',
      description: 'A name, e.g. Bruce',
      required: true,
      autocomplete: true,
      max_length: TEXT_MAX.speaker,
    },
    {
      type: OptionType.Boolean,
      name: 'public',
      description: 'Show the quotes to everyone in the channel (default: only you)',
    },
  ],
  contexts: [Context.Guild, Context.BotDM],
} as const satisfies CommandData & RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * What the lookup gets for what was typed: whitespace collapsed, and, when it has more than
 * QUOTE.queryWords words (split as the lookup splits them: spaces, commas, colons, semicolons)
 * or a word longer than QUOTE.wordMax, its first words, each cut, joined by spaces.
 */
export function speakerQuery(typed: string): string {
  const text = cutSpeaker(typed).trim().replace(/\s+/g, ' ');
  const words = text.split(/[\s,;:]+/).filter((w) => w !== '');
  if (words.length <= QUOTE.queryWords && words.every((w) => w.length <= QUOTE.wordMax)) return text;
  return words
    .slice(0, QUOTE.queryWords)
    .map((w) => w.slice(0, QUOTE.wordMax))
    .join(' ');
}

/** At most TEXT_MAX.speaker characters (the router refuses longer; this is for direct callers). */
function cutSpeaker(text: string): string {
  return cutValue(text, TEXT_MAX.speaker);
}

function execute(args: ArgumentsOf<typeof data>, ctx: CommandContext): Reply {
  const query = speakerQuery(args.speaker);
  const reply = quotesReply(ctx.library, query, 0, ctx.user.id);
  // "No quotes from X" is for the asker only, even when the answer would have been public.
  return { ...reply, ephemeral: reply.ephemeral ?? !args.public };
}

function quotesReply(library: Library, query: string, page: number, asker: string): Reply {
  const found = library.quotes.lookup(query);
  const { speakers, quotes, suggestions } = found;
  // In the articles but never quoted: say so, and where to ask about them instead.
  if (speakers.length === 0 && found.mentioned) {
    const { name, articles } = found.mentioned;
    return {
      content: `${bold(name)} is mentioned in ${plural(articles, 'article')} but never quoted. Try /ask to read what the articles say about them.`,
      ephemeral: true,
      declined: true,
    };
  }
  if (speakers.length === 0) {
    const known =
      suggestions.length > 0
        ? ` Did you mean ${suggestions
            .slice(0, 5)
            .map((s) => bold(s))
            .join(', ')}?`
        : ' See the suggestions as you type /quote for the people quoted.';
    throw new CitebotError(
      'SPEAKER_UNKNOWN',
      `I don't know anyone called “${escapeMarkdown(query)}” in the articles.${known}`,
      { suggestions },
    );
  }
  const who = speakers.length === 1 ? speakers[0]!.name : query;
  if (quotes.length === 0)
    return { content: `The articles have no quotes from ${bold(who)}.`, ephemeral: true, declined: true };

  const direct = quotes.filter((q) => q.kind === 'direct');
  const reported = quotes.filter((q) => q.kind === 'reported');
  // One person: direct quotes, then reported statements. Several matched as well: each one's
  // quotes under their name, best match first (the lookup gives them grouped so).
  const several = speakers.length > 1;
  const entries = quotes.map((q) => ({
    section: several ? (q.speaker ?? '') : q.kind === 'direct' ? 'Direct quotes' : 'Reported statements',
    text: entry(library, q),
  }));
  const pages = paginate(entries.map((e) => e.text.length + 2));
  const current = Math.min(page, pages.length - 1);
  const [from, to] = pages[current]!;
  let section = '';
  const lines: string[] = [];
  for (const e of entries.slice(from, to)) {
    if (e.section !== section) {
      lines.push(
        `${lines.length > 0 ? '\n' : ''}${bold(e.section)}${from > 0 && e === entries[from] && entries[from - 1]?.section === e.section ? ' (continued)' : ''}`,
      );
      section = e.section;
    }
    lines.push(e.text);
  }

  const footer = encodeState({ Speaker: query });
  const row = pagingButtons(current, current + 1 < pages.length, 'Next ▶', (to) =>
    quoteButton.id({ action: 'page', asker, page: to }, footer),
  );
  const counts = `${plural(direct.length, 'direct quote')}, ${plural(reported.length, 'reported statement')}`;
  const also =
    found.others.length > 0
      ? `\nAlso matched: ${found.others
          .slice(0, 5)
          .map((s) => escapeMarkdown(s.name))
          .join(', ')}.`
      : '';
  const description = `${speakers.length === 1 && speakers[0]!.description ? `${escapeMarkdown(speakers[0]!.description)} · ${counts}` : counts}${also}`;
  return {
    embeds: [
      {
        title: `${escapeMarkdown(who)}${pages.length > 1 ? ` (page ${current + 1} of ${pages.length})` : ''}`,
        description: `${description}\n\n${lines.join('\n')}`,
        footer,
        color: COLORS.quote,
      },
    ],
    ...(row.length > 0 ? { buttons: [row] } : {}),
  };
}

function entry(library: Library, q: Quote): string {
  // A quote over several paragraphs comes joined by line breaks: one line per entry here.
  const text = cutText(escapeMarkdown(q.text.trim().replace(/\s*\n\s*/g, ' ')), QUOTE.quoteMax);
  const said = q.kind === 'direct' ? `“${text}”` : text;
  return `• ${said}\n  — ${citation({ ...q, url: library.document(q.source)?.meta.url })}`;
}

/** [from, to) ranges of entries per page: at most QUOTE.perPage entries and QUOTE.pageBudget characters. */
function paginate(sizes: readonly number[]): [number, number][] {
  const pages: [number, number][] = [];
  let from = 0;
  let used = 0;
  sizes.forEach((size, i) => {
    if (i > from && (i - from >= QUOTE.perPage || used + size > QUOTE.pageBudget)) {
      pages.push([from, i]);
      from = i;
      used = 0;
    }
    used += size;
  });
  pages.push([from, sizes.length]);
  return pages.slice(0, QUOTE.maxPages);
}

function button(press: ButtonPress, ctx: CommandContext): Reply {
  // A bad, stale or forged id (the hash covers every part and the footer) parses to null.
  const pressed = quoteButton.parse(press.args, press.state);
  const state = decodeState(press.state);
  if (pressed === null || state?.Speaker === undefined || state.Speaker.length > TEXT_MAX.speaker) {
    throw new CitebotError('BUTTON_EXPIRED', 'These quotes can no longer be paged. Run /quote again.', {
      args: press.args,
    });
  }
  const { asker, page } = pressed;
  if (ctx.user.id !== asker) {
    throw new CitebotError(
      'NOT_ALLOWED',
      'Only the person who asked can page through these quotes. Use /quote to look someone up yourself.',
    );
  }
  return { ...quotesReply(ctx.library, speakerQuery(state.Speaker), page, asker), update: true };
}

/** Speakers whose name or an alias contains what was typed (prefix first), most quoted first. */
export function speakerChoices(speakers: readonly Speaker[], typed: string): Choice[] {
  const query = typed.trim().toLowerCase();
  const scored: { speaker: Speaker; rank: number }[] = [];
  for (const speaker of speakers) {
    const names = [speaker.name, ...speaker.aliases].map((n) => n.toLowerCase());
    const rank =
      query === ''
        ? 1
        : names.some((n) => n.startsWith(query) || n.split(/\s+/).some((w) => w.startsWith(query)))
          ? 0
          : names.some((n) => n.includes(query))
            ? 1
            : -1;
    if (rank >= 0) scored.push({ speaker, rank });
  }
  const weight = (s: Speaker): number => s.quotes + s.reported;
  return scored
    .sort(
      (a, b) =>
        a.rank - b.rank || weight(b.speaker) - weight(a.speaker) || a.speaker.name.localeCompare(b.speaker.name),
    )
    .slice(0, 25)
    .map(({ speaker: s }) => ({
      name: `${s.name} (${plural(s.quotes, 'quote')}, ${s.reported} reported)`,
      value: s.name,
    }));
}

function autocomplete(focused: FocusedOption, _options: Options, ctx: CommandContext): Choice[] {
  if (focused.name !== 'speaker') return [];
  return speakerChoices(ctx.library.quotes.speakers(), cutSpeaker(focused.value));
}

export const quote: CommandModule<typeof data> = {
  data,
  cooldownSeconds: (config) => config.quoteCooldownSeconds,
  isPublic: (args) => args.public === true,
  execute,
  autocomplete,
  button,
};
export default quote;
