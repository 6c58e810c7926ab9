/** Reply descriptions as discord.js payloads: embeds, button rows, ephemeral flag, and never a mention. */
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageMentionOptions,
} from 'discord.js';
import type { ButtonStyle as Style, Reply } from '../replies/types.ts';

/** On every message: corpus text may contain "@everyone" or `<@id>`, and must never ping anyone. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [] };

const STYLES: Record<Style, APIButtonComponentWithCustomId['style']> = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
};

export function toEmbeds(reply: Reply): APIEmbed[] {
  return (reply.embeds ?? []).map((e) => ({
    ...(e.title === undefined ? {} : { title: e.title }),
    ...(e.url === undefined ? {} : { url: e.url }),
    ...(e.description === undefined ? {} : { description: e.description }),
    ...(e.fields === undefined
      ? {}
      : { fields: e.fields.map((f) => ({ name: f.name, value: f.value, inline: f.inline ?? false })) }),
    ...(e.footer === undefined ? {} : { footer: { text: e.footer } }),
    ...(e.color === undefined ? {} : { color: e.color }),
  }));
}

export function toComponents(reply: Reply): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  return (reply.buttons ?? []).map((row) => ({
    type: ComponentType.ActionRow,
    components: row.map(
      (b): APIButtonComponentWithCustomId => ({
        type: ComponentType.Button,
        custom_id: b.id,
        label: b.label,
        style: STYLES[b.style ?? 'secondary'],
        ...(b.disabled ? { disabled: true } : {}),
      }),
    ),
  }));
}

/** A new message (reply or followup). */
export function replyPayload(reply: Reply): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  return {
    ...(reply.content === undefined ? {} : { content: reply.content }),
    embeds: toEmbeds(reply),
    components: toComponents(reply),
    allowedMentions: NO_MENTIONS,
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** Replacing a message (edit of a deferred reply, or update of the message a button sits on): every part is set. */
export function editPayload(reply: Reply): InteractionEditReplyOptions & InteractionUpdateOptions {
  return {
    content: reply.content ?? '',
    embeds: toEmbeds(reply),
    components: toComponents(reply),
    allowedMentions: NO_MENTIONS,
  };
}
