/** Reply descriptions as discord.js payloads: embeds, button rows, ephemeral flag, and never a mention. */
import {
  MessageFlags,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageMentionOptions,
} from 'discord.js';
import { NO_MENTIONS as NONE, toComponents, toEmbeds } from '../replies/messageBody.ts';
import type { Reply } from '../replies/types.ts';

/** On every message: corpus text may contain "@everyone" or `<@id>`, and must never ping anyone. */
export const NO_MENTIONS: MessageMentionOptions = NONE;

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
