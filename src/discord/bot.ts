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
  Events,
  GatewayIntentBits,
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
import { APOLOGY, type Request, type Router, SHUTDOWN_NOTICE_MS } from '../app/router.ts';
import { within } from '../within.ts';
import {
  apiHost,
  CONNECT_TIMEOUT_MS,
  ConnectTimeoutError,
  DISCORD_API,
  GatewayClosedError,
  hostOf,
  restOptions,
  withDeadline,
} from './connection.ts';

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
  /** Since when each shard of this client has been without its gateway connection, after it was first ready. */
  private readonly down = new Map<number, number>();
  private wasReady = false;

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
    // While it cannot reach the gateway, discord.js retries about every half second: one line per outage.
    this.client.on(Events.ShardReconnecting, (shard) => {
      if (this.stopping || this.down.has(shard)) return; // destroy() closes with 1000, which discord.js reports so
      this.down.set(shard, Date.now());
      this.log.info('gateway reconnecting', { shard });
    });
    const back = (shard: number, how: string): void => {
      this.wasReady = true;
      const since = this.down.get(shard);
      if (since === undefined) return;
      this.down.delete(shard);
      this.log.info('gateway connection back', { shard, how, downMs: Date.now() - since });
    };
    this.client.on(Events.ShardResume, (shard) => back(shard, 'resumed'));
    this.client.on(Events.ShardReady, (shard) => back(shard, 'new session'));
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
  /**
   * For /healthz: ok while every shard of this client is connected to the gateway and ready, read
   * live from each shard's status (the client's own status turns ready once and stays so through a
   * reconnection); else why not, such as "reconnecting to the Discord gateway (for 8 s)".
   */
  health(): { readonly ok: boolean; readonly reason?: string } {
    if (this.stopping) return { ok: false, reason: 'shutting down' };
    const shards = [...this.client.ws.shards.values()];
    if (shards.length === 0) return { ok: false, reason: 'not connected to the Discord gateway yet' };
    const reasons = shards.flatMap((shard) => {
      if (shard.status === Status.Ready) return [];
      const reason = gatewayState(shard.status, this.wasReady, this.down.get(shard.id));
      // A client of several shards names each; a ShardingManager's shard has one, named by the manager.
      return [shards.length > 1 ? `shard ${shard.id}: ${reason}` : reason];
    });
    return reasons.length === 0 ? { ok: true } : { ok: false, reason: reasons.join('; ') };
  }

  async stop(graceMs = 2000): Promise<void> {
    this.stopping = true;
    if (this.pending.size > 0) await within(Promise.allSettled([...this.pending]), graceMs);
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
    await within(Promise.allSettled(notices), SHUTDOWN_NOTICE_MS);
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

/** A shard's gateway status in words, for /healthz. */
function gatewayState(status: Status, wasReady: boolean, downSince: number | undefined): string {
  if (status === Status.Disconnected) return 'disconnected from the Discord gateway for good';
  if (status === Status.Idle) return 'not connected to the Discord gateway';
  if (!wasReady) return 'connecting to the Discord gateway';
  const since = downSince === undefined ? '' : ` (for ${Math.round((Date.now() - downSince) / 1000)} s)`;
  return `reconnecting to the Discord gateway${since}`;
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
