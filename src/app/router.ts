/**
 * The one interaction router. Discord (src/discord/bot.ts) and the console (src/console/) turn
 * what they receive into a Request and render the Reply that comes back; everything between is
 * here: finding the command, required options, option lengths (TEXT_MAX in ./command.ts: longer
 * command options are refused, autocomplete values cut, before any handler runs), cooldowns,
 * running the handler with a context, turning expected failures (CitebotError) into short
 * ephemeral messages and anything else into a logged error and a generic apology, and fitting
 * every reply to Discord's limits.
 */
import type { BotConfig } from '../config/config.ts';
import { CitebotError, isCitebotError } from '../errors.ts';
import { fitChoices, fitReply, LIMITS } from '../replies/limits.ts';
import type { Choice, Reply } from '../replies/types.ts';
import {
  cutValue,
  isAttachment,
  OptionType,
  stringMax,
  subcommandsOf,
  type CommandData,
  type OptionData,
  type CommandContext,
  type CommandModule,
  type FeedbackSink,
  type FocusedOption,
  type Invoker,
  type OptionValue,
  type Options,
} from './command.ts';
import { Cooldowns } from './cooldown.ts';
import type { Logger } from './log.ts';
import type { ReloadService } from './reloadService.ts';
import type { ServerArticles } from './serverArticles.ts';
import type { Feeds } from '../feeds/service.ts';

export type Request =
  | {
      readonly kind: 'command';
      readonly name: string;
      /** `/article add` -> 'add'; absent for a command without subcommands. */
      readonly subcommand?: string;
      readonly options: Options;
      readonly user: Invoker;
    }
  | {
      readonly kind: 'autocomplete';
      readonly name: string;
      readonly focused: FocusedOption;
      readonly subcommand?: string;
      readonly options: Options;
      readonly user: Invoker;
    }
  | { readonly kind: 'button'; readonly customId: string; readonly state: string | null; readonly user: Invoker };

/** The reply to a command the bot could not finish because it is shutting down. */
export const RESTARTING = 'The bot is restarting; please ask again in a minute.';

/** How long a front end's stop() waits for the shutdown notices (`interrupted` replies) to reach Discord. */
export const SHUTDOWN_NOTICE_MS = 3000;

/**
 * The least time between two interim messages of one command (`ctx.progress`), the first counted
 * from when the command started: a command that finishes sooner shows none. One place for Discord
 * (edits of the deferred reply) and the console (lines).
 */
export const PROGRESS_EDIT_MS = 2000;

/** Where a front end shows a command's interim text. */
export interface HandleHooks {
  readonly progress?: (text: string) => void;
}

export const APOLOGY =
  'Sorry, something went wrong on my side while answering that. It has been logged; please try again in a moment.';

/** How a command or button ended, for metrics: `declined` is an expected failure or a "not found" answer. */
export interface Outcome {
  readonly command: string;
  readonly kind: 'command' | 'button';
  readonly outcome: 'answered' | 'declined' | 'error';
  readonly seconds: number;
}

export interface RouterOptions {
  readonly commands: readonly CommandModule[];
  readonly reload: ReloadService;
  readonly config: BotConfig;
  readonly log: Logger;
  /** Milliseconds since the epoch. */
  readonly clock?: () => number;
  /** Per-user cooldowns (the console, with one operator, turns them off). Default true. */
  readonly cooldowns?: boolean;
  readonly feedback?: FeedbackSink | null;
  /** Servers' own articles: a request from a server searches its view (ServerArticles.viewFor). */
  readonly articles?: ServerArticles | null;
  /** Feeds servers follow (/feed). */
  readonly feeds?: Feeds | null;
  /** Told how every command and button ended (metrics); must not throw. */
  readonly observe?: (outcome: Outcome) => void;
  /**
   * Awaited before a command or button runs (autocomplete starts it without waiting): takes in what
   * other replicas changed that the request's server sees (src/replicas/). Must not throw.
   */
  readonly catchUp?: (guildId: string | null) => Promise<void>;
}

export class Router {
  readonly commands: ReadonlyMap<string, CommandModule>;
  private readonly reload: ReloadService;
  private readonly config: BotConfig;
  private readonly log: Logger;
  private readonly clock: () => number;
  private readonly cooldowns: Cooldowns | null;
  private readonly feedback: FeedbackSink | null;
  private readonly articles: ServerArticles | null;
  private readonly feeds: Feeds | null;
  private readonly observe: (outcome: Outcome) => void;
  private readonly catchUp: ((guildId: string | null) => Promise<void>) | null;

  constructor(options: RouterOptions) {
    this.catchUp = options.catchUp ?? null;
    this.feedback = options.feedback ?? null;
    this.articles = options.articles ?? null;
    this.feeds = options.feeds ?? null;
    this.observe = options.observe ?? (() => undefined);
    this.commands = new Map(options.commands.map((c) => [c.data.name, c]));
    this.reload = options.reload;
    this.config = options.config;
    this.log = options.log;
    this.clock = options.clock ?? Date.now;
    this.cooldowns = options.cooldowns === false ? null : new Cooldowns();
  }

  /** How the Discord layer should acknowledge a command before running it. */
  plan(request: Request): { readonly defer: boolean; readonly ephemeral: boolean } {
    if (request.kind !== 'command') return { defer: false, ephemeral: true };
    const command = this.commands.get(request.name);
    if (command === undefined) return { defer: false, ephemeral: true };
    const { options } = checkedOptions(declaredOptions(command.data, request.subcommand) ?? [], request.options);
    return { defer: command.defer === true, ephemeral: !(command.isPublic?.(options) ?? false) };
  }

  /**
   * The metrics label of a request: a command's name, a button's command, or `other` for a name no
   * command has (forged interactions must not add a label each: a label is a series per bucket).
   */
  private label(request: Exclude<Request, { kind: 'autocomplete' }>): string {
    if (request.kind === 'command') return this.commands.has(request.name) ? request.name : OTHER_LABEL;
    const name = request.customId.split(':', 1)[0]!;
    return this.commands.get(name)?.button === undefined ? OTHER_LABEL : name;
  }

  /** Runs a command or a button. Never throws: failures become replies. */
  async handle(request: Exclude<Request, { kind: 'autocomplete' }>, hooks: HandleHooks = {}): Promise<Reply> {
    const started = performance.now();
    const progress = this.throttled(hooks.progress);
    const where =
      request.kind === 'command'
        ? { command: request.name, options: forLog(request.options) }
        : { button: cutValue(request.customId, LOG_VALUE_MAX) };
    const ended = (outcome: Outcome['outcome']): void => {
      const seconds = (performance.now() - started) / 1000;
      try {
        this.observe({ command: this.label(request), kind: request.kind, outcome, seconds });
      } catch (error) {
        this.log.warn('outcome observer failed', { error });
      }
    };
    try {
      // Only when there is something to catch up with: without it the handler starts synchronously.
      if (this.catchUp !== null) await this.catchUp(request.user.guildId);
      const reply = fitReply(
        request.kind === 'command' ? await this.runCommand(request, progress) : await this.runButton(request, progress),
      );
      this.log.info('answered', { ...where, user: request.user.id, ms: Math.round(performance.now() - started) });
      ended(reply.declined === true ? 'declined' : 'answered');
      return reply;
    } catch (error) {
      if (isCitebotError(error)) {
        this.log.info('declined', { ...where, user: request.user.id, code: error.code, reason: error.message });
        ended('declined');
        return fitReply({ content: error.message, ephemeral: true });
      }
      this.log.error('command failed', { ...where, user: request.user.id, error });
      ended('error');
      return { content: APOLOGY, ephemeral: true };
    }
  }

  /** Answers an autocomplete request: at most 25 choices; on any failure an empty list (logged). */
  autocomplete(request: Extract<Request, { kind: 'autocomplete' }>): Choice[] {
    // Answered at once from what is held; the next request sees what changed elsewhere.
    void this.catchUp?.(request.user.guildId);
    try {
      const command = this.commands.get(request.name);
      if (!command?.autocomplete) return [];
      // Cut silently, before the handler: matching costs grow with what was typed.
      const declared = declaredOptions(command.data, request.subcommand) ?? [];
      const focused = {
        name: request.focused.name,
        value: cutValue(request.focused.value, stringMax(declared.find((o) => o.name === request.focused.name))),
      };
      const options: Record<string, OptionValue> = {};
      for (const [name, value] of Object.entries(checkedOptions(declared, request.options).options)) {
        options[name] =
          typeof value === 'string' ? cutValue(value, stringMax(declared.find((o) => o.name === name))) : value;
      }
      return fitChoices(command.autocomplete(focused, options, this.context(request.user)));
    } catch (error) {
      this.log.error('autocomplete failed', {
        command: request.name,
        focused: { name: request.focused.name, value: cutValue(request.focused.value, LOG_VALUE_MAX) },
        user: request.user.id,
        error,
      });
      return [];
    }
  }

  /**
   * What to answer a command the bot will not finish (it is shutting down): the command's own
   * `interrupted` reply, else RESTARTING. Never throws.
   */
  interrupted(request: Exclude<Request, { kind: 'autocomplete' }>): Reply {
    try {
      const command = request.kind === 'command' ? this.commands.get(request.name) : undefined;
      const reply = command?.interrupted?.(this.context(request.user));
      if (reply) return fitReply(reply);
    } catch (error) {
      this.log.error('interrupted reply failed', { error });
    }
    return { content: RESTARTING, ephemeral: true };
  }

  /** `sink`, called at most every PROGRESS_EDIT_MS and not before PROGRESS_EDIT_MS have passed; failures are logged. */
  private throttled(sink: ((text: string) => void) | undefined): (text: string) => void {
    if (sink === undefined) return () => undefined;
    let last = this.clock();
    return (text) => {
      const now = this.clock();
      if (now - last < PROGRESS_EDIT_MS) return;
      last = now;
      try {
        sink(text);
      } catch (error) {
        this.log.warn('could not show progress', { error });
      }
    };
  }

  private context(user: Invoker, progress: (text: string) => void = () => undefined): CommandContext {
    return {
      library: this.articles?.viewFor(user.guildId) ?? this.reload.current,
      user,
      reload: this.reload,
      config: this.config,
      now: this.clock(),
      log: this.log,
      feedback: this.feedback,
      articles: this.articles,
      feeds: this.feeds,
      progress,
    };
  }

  private async runCommand(
    request: Extract<Request, { kind: 'command' }>,
    progress: (text: string) => void,
  ): Promise<Reply> {
    const command = this.commands.get(request.name);
    if (!command)
      throw new CitebotError('COMMAND_UNKNOWN', `There is no /${request.name} command. Try /help.`, {
        name: request.name,
      });
    const declared = declaredOptions(command.data, request.subcommand);
    if (declared === null) {
      const names = subcommandsOf(command.data).map((s) => `/${command.data.name} ${s.name}`);
      throw new CitebotError('USAGE', `Use one of ${names.join(', ')}.`, { subcommand: request.subcommand });
    }
    // The handler sees the declared options only, each of its declared type, each string within
    // its length (TEXT_MAX).
    const checked = checkedOptions(declared, request.options);
    if (checked.mistyped !== null) {
      const { option, value } = checked.mistyped;
      throw new CitebotError(
        'USAGE',
        `/${command.data.name} ${option.name}: must be ${TYPE_NAMES[option.type] ?? 'something else'}, not ${valueName(value)}.`,
        { option: option.name, type: option.type, given: typeof value },
      );
    }
    const options: Record<string, OptionValue> =
      request.subcommand === undefined ? {} : { subcommand: request.subcommand };
    for (const option of declared) {
      const value = checked.options[option.name];
      if (option.required && (value === undefined || (typeof value === 'string' && value.trim() === ''))) {
        throw new CitebotError('USAGE', `/${command.data.name} needs ${option.name}: ${option.description}`, {
          option: option.name,
        });
      }
      const max = stringMax(option);
      if (typeof value === 'string' && value.length > max) {
        throw new CitebotError(
          'USAGE',
          `/${command.data.name} ${option.name}: please keep it to ${max} characters (this one has ${value.length}).`,
          { option: option.name, length: value.length, max },
        );
      }
      if (value !== undefined) options[option.name] = value;
    }
    const seconds = command.cooldownSeconds?.(this.config) ?? 0;
    if (this.cooldowns !== null && seconds > 0) {
      const now = this.clock();
      const wait = this.cooldowns.take(`${command.data.name}:${request.user.id}`, now, seconds * 1000);
      if (wait > 0) {
        throw new CitebotError(
          'COOLDOWN',
          `Slow down a little: you can use /${command.data.name} again in ${Math.ceil(wait / 1000)} s.`,
          { waitMs: wait },
        );
      }
    }
    return command.execute(options, this.context(request.user, progress));
  }

  private async runButton(
    request: Extract<Request, { kind: 'button' }>,
    progress: (text: string) => void,
  ): Promise<Reply> {
    // No custom id or footer the bot writes is longer (src/replies/limits.ts): anything longer is not ours.
    const tooLong = request.customId.length > LIMITS.customId || (request.state?.length ?? 0) > LIMITS.footer;
    const [name, ...args] = tooLong ? [] : request.customId.split(':');
    const command = this.commands.get(name ?? '');
    if (!command?.button) {
      throw new CitebotError('BUTTON_EXPIRED', 'This button no longer does anything. Run the command again.', {
        customId: cutValue(request.customId, LOG_VALUE_MAX),
      });
    }
    return command.button({ args, state: request.state }, this.context(request.user, progress));
  }
}

/**
 * The options a command (or its subcommand) declares; null when the command has subcommands and
 * `subcommand` names none of them.
 */
function declaredOptions(data: CommandData, subcommand: string | undefined): readonly OptionData[] | null {
  const subcommands = subcommandsOf(data);
  if (subcommands.length === 0) return data.options ?? [];
  const chosen = subcommands.find((s) => s.name === subcommand);
  return chosen === undefined ? null : (chosen.options ?? []);
}

/** The metrics label of every command name and button id that no command answers. */
export const OTHER_LABEL = 'other';

/** What each option type carries, in the reply to a value of another type. */
const TYPE_NAMES: Partial<Record<OptionType, string>> = {
  [OptionType.String]: 'text',
  [OptionType.Integer]: 'a whole number',
  [OptionType.Number]: 'a number',
  [OptionType.Boolean]: 'true or false',
  [OptionType.Attachment]: 'a file',
  [OptionType.User]: 'a user',
  [OptionType.Channel]: 'a channel',
  [OptionType.Role]: 'a role',
  [OptionType.Mentionable]: 'a user or a role',
};

/** Whether `value` is what an option of its declared type carries (Discord sends ids as strings). */
function hasDeclaredType(option: OptionData, value: OptionValue): boolean {
  switch (option.type) {
    case OptionType.Integer:
      return typeof value === 'number' && Number.isSafeInteger(value);
    case OptionType.Number:
      return typeof value === 'number' && Number.isFinite(value);
    case OptionType.Boolean:
      return typeof value === 'boolean';
    case OptionType.Attachment:
      return isAttachment(value);
    default:
      // String, and the ids of users, channels, roles and mentionables.
      return typeof value === 'string';
  }
}

function valueName(value: OptionValue): string {
  return isAttachment(value) ? 'a file' : typeof value === 'string' ? 'text' : `a ${typeof value}`;
}

/**
 * The one check of option types, against the command's definition, before any handler runs: the
 * declared options whose value has the declared type, and the first that does not (a forged
 * interaction: `/ask question:42` sent as an integer), null when all do. Undeclared options are left out.
 */
export function checkedOptions(
  declared: readonly OptionData[],
  given: Options,
): { options: Record<string, OptionValue>; mistyped: { option: OptionData; value: OptionValue } | null } {
  const options: Record<string, OptionValue> = {};
  let mistyped: { option: OptionData; value: OptionValue } | null = null;
  for (const option of declared) {
    const value = given[option.name];
    if (value === undefined) continue;
    if (hasDeclaredType(option, value)) options[option.name] = value;
    else mistyped ??= { option, value };
  }
  return { options, mistyped };
}

/** Characters of an option value kept in a log line. */
const LOG_VALUE_MAX = 300;

/** Options for a log line: long strings cut, with their length. */
function forLog(options: Options): Record<string, OptionValue | undefined> {
  const out: Record<string, OptionValue | undefined> = {};
  for (const [name, value] of Object.entries(options)) {
    out[name] = isAttachment(value)
      ? `${cutValue(value.name, LOG_VALUE_MAX)} (${value.size} bytes)`
      : typeof value === 'string' && value.length > LOG_VALUE_MAX
        ? `${cutValue(value, LOG_VALUE_MAX)}… (${value.length} characters)`
        : value;
  }
  return out;
}
