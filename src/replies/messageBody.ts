/**
 * Reply descriptions as Discord's message JSON (discord-api-types, no discord.js): embeds, button
 * rows, the ephemeral flag and never a mention. The gateway adapter hands the embeds and rows to
 * discord.js (src/discord/render.ts); HTTP interactions send these bodies as they are, in the
 * response to Discord's POST and to the interaction's webhook (src/http/).
 */
import {
  type APIActionRowComponent,
  type APIAllowedMentions,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from 'discord-api-types/v10';
import type { Reply, ButtonStyle as Style } from './types.ts';

/** On every message: corpus text may contain "@everyone" or `<@id>`, and must never ping anyone. */
export const NO_MENTIONS = { parse: [] } as const satisfies APIAllowedMentions;

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

/** A message body as Discord's API takes it (snake_case), for a new message or an edit. */
export interface MessageBody {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowed_mentions: APIAllowedMentions;
  flags?: MessageFlags.Ephemeral;
}

/** A new message (a reply or a followup). */
export function newMessageBody(reply: Reply): MessageBody {
  return {
    ...(reply.content === undefined ? {} : { content: reply.content }),
    embeds: toEmbeds(reply),
    components: toComponents(reply),
    allowed_mentions: NO_MENTIONS,
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** Replacing a message (a deferred reply's edit, or the message a button sits on): every part is set. */
export function editMessageBody(reply: Reply): MessageBody {
  return {
    content: reply.content ?? '',
    embeds: toEmbeds(reply),
    components: toComponents(reply),
    allowed_mentions: NO_MENTIONS,
  };
}

/** Interim text on a deferred reply ("Reloading… 1,200 of 2,200 articles read"): text only. */
export function progressBody(text: string): MessageBody {
  return { content: text, embeds: [], components: [], allowed_mentions: NO_MENTIONS };
}
