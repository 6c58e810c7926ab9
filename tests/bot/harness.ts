/**
 * The bot wired as in src/main.ts (router, reload service, discord.js client) against the local
 * Discord stand-in, in this process, with a test logger and clock.
 */
import { PermissionFlagsBits } from 'discord.js';
import { COMMANDS } from '../../src/app/commands/all.ts';
import type { BotConfig } from '../../src/config/config.ts';
import { loadLibrary, type BuildOptions, type Library } from '../../src/library.ts';
import type { CommandContext, CommandModule, Invoker } from '../../src/app/command.ts';
import { DiscordBot } from '../../src/discord/bot.ts';
import { memoryLogger } from '../../src/app/log.ts';
import { RELOAD_SLICE_MS, ReloadService } from '../../src/app/reloadService.ts';
import { Router } from '../../src/app/router.ts';
import { ServerArticles } from '../../src/app/serverArticles.ts';
import { discordAnnouncer } from '../../src/discord/announcer.ts';
import { Feeds, type FeedSettings } from '../../src/feeds/service.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/corpus/load.ts';
import { RELOADING } from '../../src/app/commands/reload.ts';
import {
  DiscordStandIn,
  type InteractionHandle,
  type InteractionResponse,
  type RecordedCall,
} from '../discord/standin.ts';

/** A moderator's permissions: Manage Server, as Discord delivers /reload and /article to by default. */
export const MODERATOR =
  PermissionFlagsBits.ManageGuild |
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.UseApplicationCommands;

export const TEST_BOT_CONFIG: BotConfig = {
  askCooldownSeconds: 0,
  quoteCooldownSeconds: 0,
  adminRoleIds: [],
  logLevel: 'debug',
  dataDir: 'data',
  allowPrivateUrls: false,
  feedbackUserIds: false,
};

/** What a command handler gets when a spec calls it directly, without the router: no reload, feedback or articles. */
export function commandContext(library: Library, user: Invoker): CommandContext {
  return {
    library,
    user,
    reload: undefined as never,
    config: TEST_BOT_CONFIG,
    now: 0,
    log: memoryLogger(),
    feedback: null,
    articles: null,
    feeds: null,
    progress: () => undefined,
  };
}

export interface HarnessOptions {
  readonly corpusDir: string;
  /** The directory reloads read (default corpusDir). */
  readonly reloadDir?: string;
  readonly initial?: Library;
  readonly build?: BuildOptions;
  readonly config?: Partial<BotConfig>;
  readonly commands?: readonly CommandModule[];
  readonly clock?: () => number;
  /** Reuse a running stand-in (a restart of the bot). */
  readonly standin?: DiscordStandIn;
  /**
   * DATA_DIR: when given, servers' own articles are kept there (/article), loaded at start as
   * src/main.ts does, with `build`'s maxFileBytes and the config's allowPrivateUrls as limits.
   */
  readonly dataDir?: string;
  /**
   * With dataDir: servers follow feeds (/feed), polled in this process on a timer (settings over
   * FEED_POLL_MINUTES 0.05 and the config's allowPrivateUrls), announced through the bot's REST.
   */
  readonly feeds?: Partial<FeedSettings>;
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

export async function startHarness(options: HarnessOptions) {
  const standin = options.standin ?? new DiscordStandIn({ timeoutMs: 15_000 });
  if (!options.standin) await standin.start();
  const log = memoryLogger();
  const initial = options.initial ?? (await loadLibrary(options.corpusDir, options.build));
  const reload = new ReloadService({
    initial,
    load: (progress) =>
      loadLibrary(options.reloadDir ?? options.corpusDir, { ...options.build, sliceMs: RELOAD_SLICE_MS, progress }),
    log,
  });
  const config: BotConfig = {
    ...TEST_BOT_CONFIG,
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...options.config,
  };
  const articles =
    options.dataDir === undefined
      ? null
      : new ServerArticles({
          dataDir: options.dataDir,
          shared: () => reload.current,
          buildOptions: { ...options.build, sliceMs: RELOAD_SLICE_MS },
          limits: {
            maxFileBytes: options.build?.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
            allowPrivateUrls: config.allowPrivateUrls,
          },
          log,
        });
  await articles?.start();
  const feeds =
    articles === null || options.feeds === undefined
      ? null
      : new Feeds({
          dataDir: options.dataDir!,
          articles,
          settings: {
            pollMs: 3000,
            maxPerServer: 20,
            maxAgeMs: Number.POSITIVE_INFINITY,
            keepMs: 90 * 24 * 60 * 60 * 1000,
            maxBytes: options.build?.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
            allowPrivate: config.allowPrivateUrls,
            ...options.feeds,
          },
          log,
        });
  const router = new Router({
    commands: options.commands ?? COMMANDS,
    reload,
    config,
    log,
    articles,
    feeds,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const bot = new DiscordBot({
    discord: { token: 'test-token', applicationId: standin.appId, guildId: standin.guildId, apiBase: standin.apiBase },
    router,
    log,
  });
  await bot.start();
  if (feeds !== null) {
    feeds.announcer = discordAnnouncer(bot.client.rest, log);
    feeds.start();
  }
  return {
    standin,
    bot,
    reload,
    router,
    articles,
    feeds,
    log,
    /** Stops the bot; the stand-in too unless `keepStandIn`. */
    async stop(keepStandIn = false): Promise<void> {
      await feeds?.stop();
      await bot.stop();
      if (!keepStandIn) await standin.stop();
    },
  };
}

/** Message bodies the bot sent (interaction replies, updates, edits, followups), with their call. */
export function sentMessages(calls: readonly RecordedCall[]): { call: RecordedCall; body: Record<string, any> }[] {
  const out: { call: RecordedCall; body: Record<string, any> }[] = [];
  for (const call of calls) {
    if (call.method === 'POST' && /\/interactions\/\d+\/[^/]+\/callback$/.test(call.path)) {
      const type = call.body?.type;
      if (type === 4 || type === 7) out.push({ call, body: call.body.data ?? {} });
    } else if ((call.method === 'PATCH' || call.method === 'POST') && call.path.startsWith('/webhooks/')) {
      out.push({ call, body: call.body ?? {} });
    }
  }
  return out;
}

/** Sum of the embed text Discord counts toward the 6000 characters of a message. */
export function embedTotal(embeds: readonly Record<string, any>[] | undefined): number {
  return (embeds ?? []).reduce(
    (n, e) =>
      n +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text?.length ?? 0) +
      (e.author?.name?.length ?? 0) +
      (e.fields ?? []).reduce((m: number, f: any) => m + f.name.length + f.value.length, 0),
    0,
  );
}

/** Custom ids of the buttons on a message, by label. */
export function buttonsOf(message: Record<string, any> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of message?.components ?? [])
    for (const c of row.components ?? []) if (c.custom_id) out.set(c.label, c.custom_id);
  return out;
}

/** The bot's progress on a deferred reply ("Reloading… 1,200 of 2,200 articles read"): text only, never the answer. */
export const isProgress = (r: InteractionResponse): boolean =>
  r.kind === 'edit' && (r.data.embeds?.length ?? 0) === 0 && String(r.data.content ?? '').startsWith(`${RELOADING} `);

/**
 * The reply that settles an interaction, told from the bot's progress edits by what it says: a
 * command slow enough to show progress (a reload on a busy machine) is still waited for to the end.
 */
export function answerOf(handle: InteractionHandle, timeoutMs?: number): Promise<InteractionResponse> {
  return handle.final(timeoutMs, isProgress);
}
