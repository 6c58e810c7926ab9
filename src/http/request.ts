/**
 * An interaction as Discord POSTs it (discord-api-types' APIInteraction, raw JSON) turned into the
 * router's Request, exactly as the gateway adapter (src/discord/bot.ts) turns a discord.js
 * Interaction into one: the same options (subcommand options flattened, attachments as Discord
 * describes them), the same invoker (Manage Server from the member's permissions in the channel),
 * a button's state from the footer of the message it sits on.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
  PermissionFlagsBits,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIInteractionDataResolved,
} from 'discord-api-types/v10';
import type { Invoker, Options, OptionValue } from '../app/command.ts';
import type { Request } from '../app/router.ts';

type AnyOption = APIApplicationCommandInteractionDataOption<InteractionType>;

/**
 * The Request of a slash command, an autocomplete or a button press; null for what the bot does
 * not handle (context-menu commands, select menus, modals), as the gateway adapter ignores them.
 */
export function requestOf(interaction: APIInteraction): Request | null {
  const user = invokerOf(interaction);
  if (
    interaction.type === InteractionType.ApplicationCommand &&
    interaction.data.type === ApplicationCommandType.ChatInput
  ) {
    const data = interaction.data;
    return {
      kind: 'command',
      name: data.name,
      ...subcommandOf(data.options ?? []),
      options: optionsOf(data.options ?? [], data.resolved),
      user,
    };
  }
  if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
    const data = interaction.data;
    const focused = focusedOf(data.options ?? []);
    if (focused === null) return null;
    return {
      kind: 'autocomplete',
      name: data.name,
      focused,
      ...subcommandOf(data.options ?? []),
      options: optionsOf(data.options ?? [], undefined),
      user,
    };
  }
  if (
    interaction.type === InteractionType.MessageComponent &&
    interaction.data.component_type === ComponentType.Button
  ) {
    const state = interaction.message?.embeds?.at(-1)?.footer?.text ?? null;
    return { kind: 'button', customId: interaction.data.custom_id, state, user };
  }
  return null;
}

/** The subcommand invoked (`/article add` -> 'add'), as a request field. */
function subcommandOf(options: readonly AnyOption[]): { subcommand?: string } {
  const sub = options.find((o) => o.type === ApplicationCommandOptionType.Subcommand);
  return sub === undefined ? {} : { subcommand: sub.name };
}

/** Option values by name (subcommand options flattened; an attachment as Discord describes it). */
function optionsOf(options: readonly AnyOption[], resolved: APIInteractionDataResolved | undefined): Options {
  const out: Record<string, OptionValue> = {};
  const visit = (list: readonly AnyOption[]): void => {
    for (const option of list) {
      if ('options' in option) {
        visit(option.options ?? []);
      } else if (option.type === ApplicationCommandOptionType.Attachment) {
        const file = resolved?.attachments?.[option.value];
        if (file !== undefined)
          out[option.name] = {
            kind: 'attachment',
            name: file.filename,
            size: file.size,
            contentType: file.content_type ?? null,
            url: file.url,
          };
      } else if ('value' in option) {
        const value: unknown = option.value;
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
          out[option.name] = value;
      }
    }
  };
  visit(options);
  return out;
}

/** The option being typed in an autocomplete, its value as text. */
function focusedOf(options: readonly AnyOption[]): { name: string; value: string } | null {
  for (const option of options) {
    if ('options' in option) {
      const inner = focusedOf(option.options ?? []);
      if (inner !== null) return inner;
    } else if ('focused' in option && option.focused === true) {
      return { name: option.name, value: String(option.value) };
    }
  }
  return null;
}

/**
 * Who invoked: in a server the member (its permissions in the channel, as Discord computed them,
 * and its roles), in a DM the user. `canManageGuild` as discord.js's `memberPermissions` reads it.
 */
function invokerOf(interaction: APIInteraction): Invoker {
  // Read defensively: a signed body is Discord's, but a field missing must not crash the request.
  const member = interaction.member;
  const id = member?.user?.id ?? interaction.user?.id ?? '';
  const guildId = interaction.guild_id ?? null;
  return {
    id,
    inGuild: guildId !== null && member !== undefined,
    guildId,
    canManageGuild: member !== undefined && hasPermission(member.permissions, PermissionFlagsBits.ManageGuild),
    roleIds: Array.isArray(member?.roles) ? [...member.roles] : [],
  };
}

/** As discord.js's `memberPermissions.has(permission)`: Administrator holds every permission. */
function hasPermission(bits: string | undefined, permission: bigint): boolean {
  let held: bigint;
  try {
    held = BigInt(bits ?? 0);
  } catch {
    return false; // not a number: no permission rather than a crash
  }
  const admin = PermissionFlagsBits.Administrator;
  return (held & admin) === admin || (held & permission) === permission;
}
