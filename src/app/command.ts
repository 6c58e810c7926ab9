/**
 * What a command module is: its definition (plain JSON in Discord's application-command shape,
 * sent as is by `npm run deploy`) and its handlers, which take parsed options and a small context
 * and return a reply description. No discord.js here: the same modules drive the console.
 */
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { BotConfig } from '../config/config.ts';
import type { Library } from '../library.ts';
import type { Choice, Reply } from '../replies/types.ts';
import type { Logger } from './log.ts';
import type { ReloadService } from './reloadService.ts';
import type { ServerArticles } from './serverArticles.ts';
import type { Feeds } from '../feeds/service.ts';

/** Discord's constants, from discord-api-types (types and enums only: no discord.js here). */
export {
  ApplicationCommandOptionType as OptionType,
  ChannelType,
  InteractionContextType as Context,
  PermissionFlagsBits as Permission,
} from 'discord-api-types/v10';

/**
 * The longest string option values the bot reads, in one place. Discord lets a string option carry
 * up to 6,000 characters; the commands declare these as `max_length` (Discord's client refuses
 * longer text), and the router checks them again on whatever arrives (the console, a command
 * registered before the limit, a hand-made interaction) before any handler or cooldown runs:
 * a longer command option gets a short reply saying how long it may be, nothing else is done; an
 * autocomplete value is cut silently (the person is still typing, a choice list has no room for a
 * message).
 */
export const TEXT_MAX = {
  /** /ask question: a question, not a document (search and the "not found" echo grow with it). */
  question: 200,
  /** /quote speaker: a name (the lookup compares its words with every speaker's names). */
  speaker: 100,
  /** /ask source: an article id or title; Discord caps choice values at 100. */
  source: 100,
  /** A string option that declares no max_length. */
  other: 100,
} as const;

/** Discord's own ceiling for a string option value. */
export const DISCORD_STRING_MAX = 6000;

/** The most characters the bot reads of a string option: its `max_length`, else TEXT_MAX.other. */
export function stringMax(option: OptionData | undefined): number {
  return Math.min(option?.max_length ?? TEXT_MAX.other, DISCORD_STRING_MAX);
}

/** `text` cut to at most `max` UTF-16 units, never between the two halves of a surrogate pair. */
export function cutValue(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = max > 0 && /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return text.slice(0, end);
}

export interface OptionData {
  readonly type: ApplicationCommandOptionType;
  readonly name: string;
  readonly description: string;
  readonly required?: boolean;
  readonly autocomplete?: boolean;
  readonly min_length?: number;
  readonly max_length?: number;
  /** A channel option: the kinds of channel that may be picked. */
  readonly channel_types?: readonly number[];
  /** A subcommand's own options. */
  readonly options?: readonly OptionData[];
}

export interface CommandData {
  readonly name: string;
  readonly description: string;
  readonly options?: readonly OptionData[];
  /** Bit set as a decimal string, e.g. Manage Server: "32". */
  readonly default_member_permissions?: string | null;
  readonly contexts?: readonly number[];
}

/**
 * An attachment option's value: the file Discord holds for the interaction (its CDN `url`, the
 * declared `size` in bytes). The console gives a local file instead (`path`); Discord never does.
 */
export interface AttachmentValue {
  readonly kind: 'attachment';
  readonly name: string;
  readonly size: number;
  readonly contentType: string | null;
  readonly url: string;
  readonly path?: string;
}

export type OptionValue = string | number | boolean | AttachmentValue;
export type Options = Readonly<Record<string, OptionValue | undefined>>;

export function isAttachment(value: OptionValue | undefined): value is AttachmentValue {
  return typeof value === 'object' && value.kind === 'attachment';
}

/** The value an option of a type carries. */
type ValueOf<T> = T extends
  | ApplicationCommandOptionType.String
  | ApplicationCommandOptionType.Channel
  | ApplicationCommandOptionType.User
  | ApplicationCommandOptionType.Role
  | ApplicationCommandOptionType.Mentionable
  ? string
  : T extends ApplicationCommandOptionType.Boolean
    ? boolean
    : T extends ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number
      ? number
      : T extends ApplicationCommandOptionType.Attachment
        ? AttachmentValue
        : OptionValue;

/**
 * A handler's arguments, typed from its command's definition (yuudachi's and discord-utils-bot's
 * ArgumentsOf): `{ question: string; source?: string; public?: boolean }` for /ask. Required
 * options are present (the router checked), optional ones may be undefined.
 */
export type ArgumentsOf<D extends CommandData | OptionData> = string extends OptionOf<D>['name']
  ? Options
  : [SubcommandOf<D>] extends [never]
    ? ValuesOf<OptionOf<D>>
    : SubcommandArguments<SubcommandOf<D>>;

/** With subcommands: one shape per subcommand, told apart by `subcommand` (`/article add` -> 'add'). */
type SubcommandArguments<S extends OptionData> = S extends OptionData
  ? { readonly subcommand: S['name'] } & ValuesOf<OptionOf<S>>
  : never;

type ValuesOf<O extends OptionData> = {
  readonly [P in O as P extends { readonly required: true } ? P['name'] : never]: ValueOf<P['type']>;
} & {
  readonly [P in O as P extends { readonly required: true } ? never : P['name']]?: ValueOf<P['type']>;
};

type OptionOf<D extends CommandData | OptionData> = D extends {
  readonly options: readonly (infer O extends OptionData)[];
}
  ? O
  : never;

type SubcommandOf<D extends CommandData> = Extract<
  OptionOf<D>,
  { readonly type: ApplicationCommandOptionType.Subcommand }
>;

/** The subcommands a command declares (empty for a command without). */
export function subcommandsOf(data: CommandData): readonly OptionData[] {
  return (data.options ?? []).filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
}

/** Who invoked, as far as commands care. */
export interface Invoker {
  readonly id: string;
  /** In a server (false in DMs). */
  readonly inGuild: boolean;
  /** The server it came from (the console is a server of its own); null in DMs. */
  readonly guildId: string | null;
  /** Has Manage Server in the channel (or is the console's operator). */
  readonly canManageGuild: boolean;
  readonly roleIds: readonly string[];
}

/** An /ask answer's 👍 or 👎, as the feedback store takes it (src/feedback/). */
export interface FeedbackVote {
  readonly question: string;
  /** Citations of the hits the answer showed, in order (`article ¶2 s1`). */
  readonly hits: readonly string[];
  readonly vote: 'up' | 'down';
  readonly userId: string;
  /** Milliseconds since the epoch. */
  readonly at: number;
}

export interface FeedbackSink {
  /** 'duplicate' when this person already voted on this answer (one vote per person per answer). */
  record(vote: FeedbackVote): 'recorded' | 'duplicate';
}

export interface CommandContext {
  /** The library when the request arrived: it keeps answering from it even if a reload swaps another in. */
  readonly library: Library;
  readonly user: Invoker;
  readonly reload: ReloadService;
  readonly config: BotConfig;
  /** Milliseconds since the epoch (the clock is injected for tests). */
  readonly now: number;
  readonly log: Logger;
  /** Servers' own articles (/article); null where there are none to keep (tests, the CLI). */
  readonly articles: ServerArticles | null;
  /** Feeds servers follow (/feed); null where there are none (tests, the CLI). */
  readonly feeds: Feeds | null;
  /** Where /ask's feedback buttons record votes; null when feedback is not kept (tests, the CLI). */
  readonly feedback: FeedbackSink | null;
  /**
   * Interim text while a slow command runs ("Reloading… 1,200 of 2,200 articles read"): on Discord
   * an edit of the deferred reply, in the console a line. Rate-limited by the router
   * (PROGRESS_EDIT_MS); a no-op where there is nowhere to show it.
   */
  progress(text: string): void;
}

export interface ButtonPress {
  /** The custom id split on ':' without the command name: `ask:ctx:1:0` -> ['ctx', '1', '0']. */
  readonly args: readonly string[];
  /** Footer text of the last embed of the message the button sits on: state kept by the command. */
  readonly state: string | null;
}

export interface FocusedOption {
  readonly name: string;
  readonly value: string;
}

export interface CommandModule<D extends CommandData = CommandData> {
  readonly data: D;
  /** Acknowledge before running (work that may take longer than Discord's 3 seconds). */
  readonly defer?: boolean;
  /** Seconds between two uses by one person (0 or absent: no cooldown). */
  cooldownSeconds?(config: BotConfig): number;
  /** Whether the reply is visible to everyone (needed before running, to defer the right way). Default: ephemeral. */
  isPublic?(args: ArgumentsOf<D>): boolean;
  execute(args: ArgumentsOf<D>, ctx: CommandContext): Reply | Promise<Reply>;
  autocomplete?(focused: FocusedOption, options: Options, ctx: CommandContext): readonly Choice[];
  button?(press: ButtonPress, ctx: CommandContext): Reply | Promise<Reply>;
  /** The reply when the bot shuts down before the command answered (default: ask again in a minute). */
  interrupted?(ctx: CommandContext): Reply;
}
