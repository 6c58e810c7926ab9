/**
 * The Discord layer: a discord.js client whose interactions go through the router. It turns an
 * interaction into a Request (options, invoker, the state on a button's message), acknowledges in
 * time (defers commands marked slow), renders the Reply, and if anything fails on the way logs it
 * with context and apologises, whether or not the interaction was already deferred.
 *
 * It also explains the ways talking to Discord fails as expected (`diagnose`: a rejected token, an
 * unreachable or silent network, a session Discord ended for good), each with its likely fix, for
 * `npm start` and `npm run deploy`; logging in is bounded by CONNECT_TIMEOUT_MS.
 */
import { once } from 'node:events';
import {
  ApplicationCommandOptionType,
  Client,
  DiscordAPIError,
  DiscordjsErrorCodes,
  Events,
  GatewayCloseCodes,
  GatewayIntentBits,
  HTTPError,
  MessageFlags,
  PermissionFlagsBits,
  Status,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
} from 'discord.js';
import type { DiscordConfig } from '../config/config.ts';
import type { Invoker, Options, OptionValue } from '../app/command.ts';
import type { Logger } from '../app/log.ts';
import { editPayload, NO_MENTIONS, replyPayload } from './render.ts';
import { APOLOGY, type Request, type Router } from '../app/router.ts';

export interface DiscordBotOptions {
  readonly discord: DiscordConfig;
  readonly router: Router;
  readonly log: Logger;
}

type Handled = ChatInputCommandInteraction | ButtonInteraction;

/** An interaction being answered: what was asked, and whether its deferred reply still waits for an answer. */
interface Answering {
  readonly interaction: Handled;
  readonly request: Exclude<Request, { kind: 'autocomplete' }>;
  /** Deferred ("thinking…") and not answered yet. */
  waiting: boolean;
  /** Answered, or given up on at shutdown: no more edits. */
  settled: boolean;
  /**
   * Edits of the deferred reply in order (the deferral itself first, then interim progress), so
   * none lands before the reply exists or after the answer.
   */
  edits: Promise<void>;
}

/** How long stop() waits for the shutdown notices to reach Discord. */
export const SHUTDOWN_NOTICE_MS = 3000;

export class DiscordBot {
  readonly client: Client;
  /**
   * Settles when Discord ends the session for good: a gateway close discord.js does not reconnect
   * after (4004 the token is invalid, 4010-4014: shards, API version, intents). The bot is then
   * offline; `npm start` logs why and exits non-zero.
   */
  readonly closed: Promise<GatewayClosedError>;
  private readonly router: Router;
  private readonly log: Logger;
  private readonly token: string;
  private readonly apiBase: string | null;
  /** Interactions being answered; stop() waits a little for them. */
  private readonly pending = new Set<Promise<void>>();
  /** Commands and buttons being answered, for the shutdown notice. */
  private readonly answering = new Set<Answering>();
  private fatalClose: GatewayClosedError | null = null;
  private stopping = false;

  constructor(options: DiscordBotOptions) {
    this.router = options.router;
    this.log = options.log;
    this.token = options.discord.token;
    this.apiBase = options.discord.apiBase;
    let onClosed: (error: GatewayClosedError) => void = () => undefined;
    this.closed = new Promise((resolve) => {
      onClosed = resolve;
    });
    this.client = new Client({
      intents: [GatewayIntentBits.Guilds],
      // Every REST call, and the gateway address (GET /gateway/bot), go through this base.
      rest: restOptions(options.discord.apiBase),
      allowedMentions: NO_MENTIONS,
    });
    this.client.on(Events.ClientReady, (client) => {
      this.log.info('connected to Discord', {
        user: client.user.tag,
        id: client.user.id,
        guilds: client.guilds.cache.size,
      });
    });
    this.client.on(Events.Error, (error) => this.log.error('discord.js client error', { error }));
    this.client.on(Events.Warn, (message) => this.log.warn('discord.js warning', { message }));
    // discord.js emits this only when it will not reconnect (it resumes or reconnects otherwise).
    this.client.on(Events.ShardDisconnect, (event) => {
      this.fatalClose ??= new GatewayClosedError(event.code);
      onClosed(this.fatalClose);
    });
    this.client.on(Events.ShardReconnecting, (shard) => {
      if (!this.stopping) this.log.info('gateway reconnecting', { shard }); // destroy() closes with 1000, which discord.js reports so
    });
    this.client.on(Events.InteractionCreate, (interaction) => {
      const run = this.onInteraction(interaction)
        .catch((error: unknown) => this.log.error('interaction handler crashed', { error, ...describe(interaction) }))
        .finally(() => this.pending.delete(run));
      this.pending.add(run);
    });
  }

  /**
   * Logs in and resolves once the client is ready. Rejects (and destroys the client) when logging
   * in fails, when Discord ends the session meanwhile (GatewayClosedError), or when login has not
   * finished after `timeoutMs` (ConnectTimeoutError): `diagnose` explains each.
   */
  async start(timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
    this.log.info('connecting to Discord…', { api: this.apiBase ?? DISCORD_API });
    const ready = once(this.client, Events.ClientReady);
    ready.catch(() => undefined); // it may reject after start() has given up
    const closed = this.closed.then((error): never => {
      throw error;
    });
    try {
      await withDeadline(
        () => Promise.race([this.client.login(this.token), closed]),
        timeoutMs,
        // Past GET /gateway/bot, the client knows the gateway's address: that is what did not answer.
        () =>
          new ConnectTimeoutError(
            timeoutMs,
            this.client.ws.gateway === null ? apiHost(this.apiBase) : hostOf(this.client.ws.gateway),
          ),
      );
      // discord.js itself bounds the wait for the servers after READY (waitGuildTimeout).
      await Promise.race([ready, closed]);
    } catch (error) {
      // Stop any reconnecting. Not awaited: closing a connection that does not answer takes 30 s.
      void this.client.destroy().catch(() => undefined);
      // A close during IDENTIFY also fails login, with a bare "Authentication failed": the close says why.
      throw this.fatalClose ?? error;
    }
  }

  /**
   * Lets answers in flight finish (up to `graceMs`), edits every deferred reply still unanswered
   * to say the bot is restarting (the command's `interrupted` reply: /reload says the running
   * corpus was kept), then closes the gateway connection.
   */
  /** Connected to the gateway and ready to answer (for /healthz). */
  get connected(): boolean {
    return this.client.isReady() && this.client.ws.status === Status.Ready && !this.stopping;
  }

  async stop(graceMs = 2000): Promise<void> {
    this.stopping = true;
    if (this.pending.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.pending]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(timer);
    }
    await this.noticeUnanswered();
    await this.client.destroy();
  }

  /** Edits each deferred reply still waiting with the shutdown notice (bounded by SHUTDOWN_NOTICE_MS). */
  private async noticeUnanswered(): Promise<void> {
    const waiting = [...this.answering].filter((a) => a.waiting && !a.settled);
    if (waiting.length === 0) return;
    const notices = waiting.map(async (a) => {
      a.settled = true;
      await a.edits;
      const reply = this.router.interrupted(a.request);
      this.log.info('shutting down before answering', { ...describe(a.interaction), notice: reply.content });
      try {
        await a.interaction.editReply(editPayload(reply));
      } catch (error) {
        this.log.warn('could not tell of the shutdown', { error, ...describe(a.interaction) });
      }
    });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(notices),
      new Promise((resolve) => {
        timer = setTimeout(resolve, SHUTDOWN_NOTICE_MS);
      }),
    ]);
    clearTimeout(timer);
  }

  /** Interim text for a deferred reply, queued behind earlier edits; dropped once answered. */
  private progress(a: Answering, text: string): void {
    if (!a.waiting || a.settled) return;
    a.edits = a.edits.then(async () => {
      if (a.settled) return;
      try {
        await a.interaction.editReply({ content: text, embeds: [], components: [], allowedMentions: NO_MENTIONS });
      } catch (error) {
        this.log.warn('could not show progress', { error, ...describe(a.interaction) });
      }
    });
  }

  private async onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return this.autocomplete(interaction);
    let request: Exclude<Request, { kind: 'autocomplete' }>;
    if (interaction.isChatInputCommand()) {
      request = {
        kind: 'command',
        name: interaction.commandName,
        ...subcommandOf(interaction.options.data),
        options: optionsOf(interaction.options.data),
        user: invoker(interaction),
      };
    } else if (interaction.isButton()) {
      const state = interaction.message.embeds.at(-1)?.footer?.text ?? null;
      request = { kind: 'button', customId: interaction.customId, state, user: invoker(interaction) };
    } else {
      return;
    }
    const answering: Answering = { interaction, request, waiting: false, settled: false, edits: Promise.resolve() };
    this.answering.add(answering);
    try {
      const plan = this.router.plan(request);
      if (plan.defer && interaction.isChatInputCommand()) {
        // Waiting from the moment the deferral is sent: a shutdown that comes while Discord's answer
        // is on its way still edits the reply, after the deferral (queued first in `edits`).
        const deferral = interaction.deferReply(plan.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
        answering.waiting = true;
        // A failed deferral is handled below, where it is awaited; the queue itself never fails.
        answering.edits = deferral.then(
          () => undefined,
          () => undefined,
        );
        await deferral;
      }
      const reply = await this.router.handle(request, { progress: (text) => this.progress(answering, text) });
      // Told of the shutdown already: the process is exiting, the notice stands.
      if (answering.settled) return;
      answering.settled = true;
      await answering.edits;
      if (interaction.isButton() && reply.update) {
        await interaction.update(editPayload(reply));
      } else if (interaction.deferred) {
        if (reply.ephemeral && !plan.ephemeral) {
          // A public "thinking..." cannot turn private: remove it and answer privately.
          await interaction.deleteReply();
          await interaction.followUp(replyPayload(reply));
        } else {
          await interaction.editReply(editPayload(reply));
        }
      } else {
        await interaction.reply(replyPayload(reply));
      }
    } catch (error) {
      this.log.error('could not answer an interaction', { error, ...describe(interaction) });
      await this.apologize(interaction);
    } finally {
      this.answering.delete(answering);
    }
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const choices = this.router.autocomplete({
      kind: 'autocomplete',
      name: interaction.commandName,
      focused: { name: focused.name, value: String(focused.value) },
      ...subcommandOf(interaction.options.data),
      options: optionsOf(interaction.options.data),
      user: invoker(interaction),
    });
    try {
      await interaction.respond(choices);
    } catch (error) {
      this.log.warn('could not answer autocomplete', { error, ...describe(interaction) });
    }
  }

  private async apologize(interaction: Handled): Promise<void> {
    try {
      if (interaction.deferred && !interaction.replied) {
        await interaction.editReply({ content: APOLOGY, embeds: [], components: [], allowedMentions: NO_MENTIONS });
      } else if (interaction.replied || interaction.deferred) {
        await interaction.followUp({ content: APOLOGY, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      } else {
        await interaction.reply({ content: APOLOGY, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      }
    } catch (error) {
      this.log.error('could not apologize either', { error, ...describe(interaction) });
    }
  }
}

/**
 * How long logging in (`npm start`) or registering the commands (`npm run deploy`) may take,
 * retries included, before giving up and saying so; the one place to change it.
 */
export const CONNECT_TIMEOUT_MS = 15_000;

/** Discord's API, when DISCORD_API_BASE is not set. */
export const DISCORD_API = 'https://discord.com/api';

/** Logging in, or a deploy request, did not finish in time. */
export class ConnectTimeoutError extends Error {
  override readonly name = 'ConnectTimeoutError';
  /** `host`: what did not answer (the REST API's host, or the gateway's once its address is known). */
  constructor(
    readonly ms: number,
    readonly host: string,
  ) {
    super(`no answer from ${host} within ${seconds(ms)}`);
  }
}

/** Discord closed the gateway connection with a code discord.js does not reconnect after. */
export class GatewayClosedError extends Error {
  override readonly name = 'GatewayClosedError';
  constructor(readonly code: number) {
    super(
      `the gateway closed the connection with ${code}${GatewayCloseCodes[code] === undefined ? '' : ` (${GatewayCloseCodes[code]})`}`,
    );
  }
}

/**
 * Runs `work` with a deadline: past `ms` its signal aborts and the result rejects with
 * `timeout()` at once, whatever `work` is still doing (its later failure is ignored).
 */
export async function withDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  ms: number,
  timeout: () => Error,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const running = work(controller.signal);
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(timeout());
      controller.abort();
    }, ms);
  });
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
    running.catch(() => undefined);
  }
}

/** An expected failure, in words: what went wrong and what to do about it. */
export interface Diagnosis {
  readonly cause: string;
  readonly fix: string;
}

export interface DiagnoseContext {
  /** DISCORD_API_BASE, or null for Discord itself. */
  readonly apiBase: string | null;
  /** What the failed request was for (deploy's ids), to name the right variable. */
  readonly applicationId?: string;
  readonly guildId?: string | null;
}

const CLOSE_DOCS =
  'https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes';

/** The gateway close codes discord.js does not reconnect after, each with its cause and fix. */
export const FATAL_CLOSES: ReadonlyMap<number, Diagnosis> = new Map([
  [
    GatewayCloseCodes.AuthenticationFailed,
    {
      cause: 'the token is invalid (gateway close 4004, authentication failed): it was reset or revoked',
      fix: 'Reset the token in the developer portal (your application > Bot > Reset Token) and set DISCORD_TOKEN to the new one.',
    },
  ],
  [
    GatewayCloseCodes.InvalidShard,
    {
      cause: 'the shard configuration is invalid (gateway close 4010, invalid shard)',
      fix: 'The bot runs as one shard: check the shards and shardCount options of the Client in src/discord/bot.ts.',
    },
  ],
  [
    GatewayCloseCodes.ShardingRequired,
    {
      cause:
        'Discord requires sharding (gateway close 4011, sharding required): the bot is in too many servers for one connection',
      fix: "Run the bot sharded (discord.js's ShardingManager, or shards: 'auto' in the Client options in src/discord/bot.ts).",
    },
  ],
  [
    GatewayCloseCodes.InvalidAPIVersion,
    {
      cause: 'the gateway API version is invalid or no longer supported (gateway close 4012, invalid API version)',
      fix: 'Update discord.js (npm install discord.js@14), which picks the API version.',
    },
  ],
  [
    GatewayCloseCodes.InvalidIntents,
    {
      cause: 'the gateway intents sent are invalid (gateway close 4013, invalid intents)',
      fix: 'The bot needs only the Guilds intent: check the intents of the Client in src/discord/bot.ts.',
    },
  ],
  [
    GatewayCloseCodes.DisallowedIntents,
    {
      cause:
        'a privileged intent is requested that is not enabled in the developer portal (gateway close 4014, disallowed intents)',
      fix: 'The bot needs no privileged intent: remove it from the intents in src/discord/bot.ts, or enable it in the developer portal (your application > Bot > Privileged Gateway Intents).',
    },
  ],
]);

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const NETWORK_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ECONNABORTED: 'connection aborted',
  EPIPE: 'connection closed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  EHOSTDOWN: 'host down',
  ENETUNREACH: 'network unreachable',
  ENETDOWN: 'network down',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
  UND_ERR_HEADERS_TIMEOUT: 'no answer',
  UND_ERR_BODY_TIMEOUT: 'no answer',
};
const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * Explains an error from logging in or from a REST call (deploy) when it is one of the expected
 * failures: network and DNS, a silent network, a rejected token, ids Discord does not accept, a
 * session Discord ended, Discord being down. Null for anything else (a bug: log it with its stack).
 */
export function diagnose(error: unknown, context: DiagnoseContext): Diagnosis | null {
  const api = context.apiBase ?? DISCORD_API;
  const host = hostOf(api);
  const viaBase =
    context.apiBase === null
      ? null
      : `Check DISCORD_API_BASE (${context.apiBase}): is the address right and is the proxy there running? Unset it to talk to Discord directly.`;
  if (error instanceof GatewayClosedError) {
    return (
      FATAL_CLOSES.get(error.code) ?? {
        cause: `Discord closed the gateway connection with ${error.code} and discord.js will not reconnect`,
        fix: `Look the code up in Discord's list (${CLOSE_DOCS}).`,
      }
    );
  }
  if (error instanceof ConnectTimeoutError) {
    return {
      cause: `no answer from ${error.host} within ${seconds(error.ms)}`,
      fix: viaBase ?? `Check the network connection: a firewall or proxy may be dropping connections to ${error.host}.`,
    };
  }
  if (isTokenRejected(error)) {
    return {
      cause: 'Discord rejected DISCORD_TOKEN (401 Unauthorized)',
      fix: 'Reset the token in the developer portal (your application > Bot > Reset Token) and set DISCORD_TOKEN to the new one.',
    };
  }
  const code = networkCode(error);
  if (code !== null && DNS_CODES.has(code)) {
    return {
      cause: `cannot look up ${hostnameOf(error) ?? host} (DNS lookup failed: ${code})`,
      fix:
        context.apiBase === null
          ? `Check the network connection and DNS: this machine cannot resolve ${host}.`
          : `Check the host name in DISCORD_API_BASE (${context.apiBase}) and the network's DNS.`,
    };
  }
  if (code !== null && code in NETWORK_CODES) {
    return {
      cause: `cannot reach ${host} (${NETWORK_CODES[code]}: ${code})`,
      fix: viaBase ?? 'Check the network connection, and any firewall or proxy between this machine and Discord.',
    };
  }
  if (code !== null && TLS_CODES.has(code)) {
    return {
      cause: `the TLS certificate of ${host} is not trusted (${code})`,
      fix: 'A proxy on this network may intercept HTTPS: give Node its certificate authority with NODE_EXTRA_CA_CERTS=<file.pem>.',
    };
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return {
      cause: `no answer from ${host} (the request timed out)`,
      fix: viaBase ?? 'Check the network connection, and any firewall or proxy between this machine and Discord.',
    };
  }
  if (error instanceof DiscordAPIError) return apiDiagnosis(error, context, api);
  if (error instanceof HTTPError && error.status >= 500) {
    return {
      cause: `${host} answered ${error.status} ${error.message}`,
      fix:
        context.apiBase === null
          ? 'Discord is having trouble: try again in a few minutes (https://discordstatus.com).'
          : `The proxy at DISCORD_API_BASE (${context.apiBase}) or Discord is failing: try again in a few minutes.`,
    };
  }
  return null;
}

function apiDiagnosis(error: DiscordAPIError, context: DiagnoseContext, api: string): Diagnosis | null {
  const status = `${error.status} ${error.message.replace(/^\d{3}: /, '')}`;
  const appId = context.applicationId ?? '';
  const wrongApp: Diagnosis = {
    cause: `DISCORD_APPLICATION_ID ${appId} is not the application of DISCORD_TOKEN (${status})`,
    fix: 'Copy the Application ID from the General Information page of the same application as the token, in the developer portal.',
  };
  const guild = context.guildId ?? null;
  if (error.code === 10004 && guild !== null) {
    return {
      cause: `Discord knows no server ${guild} (${status})`,
      fix: 'Check DISCORD_GUILD_ID: enable Developer Mode (User Settings > Advanced), right-click the server, Copy Server ID.',
    };
  }
  if (error.code === 50001 && guild !== null) {
    return {
      cause: `the bot cannot register commands in server ${guild} (${status})`,
      fix:
        'Invite the bot to that server with the bot and applications.commands scopes (the invite link in the README), ' +
        'and check DISCORD_GUILD_ID: right-click the server, Copy Server ID.',
    };
  }
  if (error.status === 403 || error.code === 10002) return context.applicationId === undefined ? null : wrongApp;
  if (error.status === 404) {
    if (context.apiBase !== null) {
      return {
        cause: `${api} answered ${status}: it does not look like Discord's API`,
        fix: `Check DISCORD_API_BASE (${context.apiBase}): it must be the base of Discord's API, such as ${DISCORD_API}.`,
      };
    }
    return context.applicationId === undefined ? null : wrongApp;
  }
  return null;
}

function isTokenRejected(error: unknown): boolean {
  if (error instanceof DiscordAPIError || error instanceof HTTPError) return error.status === 401;
  return error instanceof Error && (error as { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid;
}

/** The system error code of a network failure (on the error, its cause, or the first of an AggregateError). */
function networkCode(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    e = e instanceof AggregateError && e.errors.length > 0 ? e.errors[0] : e.cause;
  }
  return null;
}

function hostnameOf(error: unknown): string | null {
  const hostname = (error as { hostname?: unknown } | null)?.hostname;
  return typeof hostname === 'string' && hostname !== '' ? hostname : null;
}

/** The host REST calls go to: DISCORD_API_BASE's, or discord.com. */
export function apiHost(apiBase: string | null): string {
  return hostOf(apiBase ?? DISCORD_API);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/**
 * discord.js REST options for DISCORD_API_BASE (null: Discord itself). discord.js appends the API
 * version, so a base given with one (`https://proxy.example/api/v10`) loses it here.
 */
export function restOptions(apiBase: string | null): { api?: string } {
  return apiBase === null ? {} : { api: apiBase.replace(/\/+$/, '').replace(/\/v\d+$/, '') };
}

/** The subcommand invoked (`/article add` -> 'add'), as a request field. */
export function subcommandOf(data: readonly CommandInteractionOption[]): { subcommand?: string } {
  const sub = data.find((o) => o.type === ApplicationCommandOptionType.Subcommand);
  return sub === undefined ? {} : { subcommand: sub.name };
}

/** Option values by name (subcommand options flattened; an attachment as Discord describes it). */
export function optionsOf(data: readonly CommandInteractionOption[]): Options {
  const options: Record<string, OptionValue> = {};
  const visit = (list: readonly CommandInteractionOption[]): void => {
    for (const option of list) {
      if (option.options) visit(option.options);
      else if (option.attachment)
        options[option.name] = {
          kind: 'attachment',
          name: option.attachment.name,
          size: option.attachment.size,
          contentType: option.attachment.contentType,
          url: option.attachment.url,
        };
      else if (
        typeof option.value === 'string' ||
        typeof option.value === 'number' ||
        typeof option.value === 'boolean'
      )
        options[option.name] = option.value;
    }
  };
  visit(data);
  return options;
}

function invoker(interaction: Interaction): Invoker {
  const member = interaction.member;
  let roleIds: string[] = [];
  if (member !== null) roleIds = Array.isArray(member.roles) ? [...member.roles] : [...member.roles.cache.keys()];
  return {
    id: interaction.user.id,
    inGuild: interaction.inGuild(),
    guildId: interaction.guildId,
    canManageGuild: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    roleIds,
  };
}

function describe(interaction: Interaction): Record<string, unknown> {
  return {
    interaction: interaction.id,
    user: interaction.user.id,
    guild: interaction.guildId,
    channel: interaction.channelId,
    ...(interaction.isCommand() || interaction.isAutocomplete() ? { command: interaction.commandName } : {}),
    ...(interaction.isMessageComponent() ? { customId: interaction.customId } : {}),
  };
}
