/**
 * The Discord layer: a discord.js client whose interactions go through the router. It turns an
 * interaction into a Request (options, invoker, the state on a button's message), acknowledges in
 * time (defers commands marked slow), renders the Reply, and if anything fails on the way logs it
 * with context and apologises, whether or not the interaction was already deferred.
 */
import { once } from 'node:events';
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
} from 'discord.js';
import type { DiscordConfig } from '../config/config.ts';
import type { Invoker, Options } from './command.ts';
import type { Logger } from './log.ts';
import { editPayload, NO_MENTIONS, replyPayload } from './render.ts';
import { APOLOGY, type Request, type Router } from './router.ts';

export interface DiscordBotOptions {
  readonly discord: DiscordConfig;
  readonly router: Router;
  readonly log: Logger;
}

type Handled = ChatInputCommandInteraction | ButtonInteraction;

export class DiscordBot {
  readonly client: Client;
  private readonly router: Router;
  private readonly log: Logger;
  private readonly token: string;
  /** Interactions being answered; stop() waits a little for them. */
  private readonly pending = new Set<Promise<void>>();

  constructor(options: DiscordBotOptions) {
    this.router = options.router;
    this.log = options.log;
    this.token = options.discord.token;
    this.client = new Client({
      intents: [GatewayIntentBits.Guilds],
      // Every REST call, and the gateway address (GET /gateway/bot), go through this base.
      rest: restOptions(options.discord.apiBase),
      allowedMentions: NO_MENTIONS,
    });
    this.client.on(Events.ClientReady, (client) => {
      this.log.info('connected to Discord', { user: client.user.tag, id: client.user.id, guilds: client.guilds.cache.size });
    });
    this.client.on(Events.Error, (error) => this.log.error('discord.js client error', { error }));
    this.client.on(Events.Warn, (message) => this.log.warn('discord.js warning', { message }));
    this.client.on(Events.ShardDisconnect, (event, shard) => this.log.warn('gateway disconnected', { shard, code: event.code }));
    this.client.on(Events.ShardReconnecting, (shard) => this.log.info('gateway reconnecting', { shard }));
    this.client.on(Events.InteractionCreate, (interaction) => {
      const run = this.onInteraction(interaction)
        .catch((error: unknown) => this.log.error('interaction handler crashed', { error, ...describe(interaction) }))
        .finally(() => this.pending.delete(run));
      this.pending.add(run);
    });
  }

  /** Logs in and resolves once the client is ready. */
  async start(): Promise<void> {
    const ready = once(this.client, Events.ClientReady);
    await this.client.login(this.token);
    await ready;
  }

  /** Lets answers in flight finish (up to `graceMs`), then closes the gateway connection. */
  async stop(graceMs = 2000): Promise<void> {
    if (this.pending.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.pending]),
        new Promise((resolve) => { timer = setTimeout(resolve, graceMs); }),
      ]);
      clearTimeout(timer);
    }
    await this.client.destroy();
  }

  private async onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return this.autocomplete(interaction);
    let request: Exclude<Request, { kind: 'autocomplete' }>;
    if (interaction.isChatInputCommand()) {
      request = { kind: 'command', name: interaction.commandName, options: optionsOf(interaction.options.data), user: invoker(interaction) };
    } else if (interaction.isButton()) {
      const state = interaction.message.embeds.at(-1)?.footer?.text ?? null;
      request = { kind: 'button', customId: interaction.customId, state, user: invoker(interaction) };
    } else {
      return;
    }
    try {
      const plan = this.router.plan(request);
      if (plan.defer && interaction.isChatInputCommand()) {
        await interaction.deferReply(plan.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
      }
      const reply = await this.router.handle(request);
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
    }
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const choices = this.router.autocomplete({
      kind: 'autocomplete',
      name: interaction.commandName,
      focused: { name: focused.name, value: String(focused.value) },
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
 * discord.js REST options for DISCORD_API_BASE (null: Discord itself). discord.js appends the API
 * version, so a base given with one (`https://proxy.example/api/v10`) loses it here.
 */
export function restOptions(apiBase: string | null): { api?: string } {
  return apiBase === null ? {} : { api: apiBase.replace(/\/+$/, '').replace(/\/v\d+$/, '') };
}

/** Option values by name (subcommand options flattened). */
export function optionsOf(data: readonly CommandInteractionOption[]): Options {
  const options: Record<string, string | number | boolean> = {};
  const visit = (list: readonly CommandInteractionOption[]): void => {
    for (const option of list) {
      if (option.options) visit(option.options);
      else if (typeof option.value === 'string' || typeof option.value === 'number' || typeof option.value === 'boolean') options[option.name] = option.value;
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
