/**
 * New feed articles as a message: one short embed each (title, link, first sentence, the feed in
 * the footer), at most ANNOUNCE_BATCH to a message, fitted to Discord's limits. Both front ends
 * post this (src/discord/announcer.ts, the console); the text is escaped, and the message never
 * pings anyone (its sender sends it with no mentions allowed).
 */
import { fitReply } from '../replies/limits.ts';
import { escapeMarkdown } from '../replies/markdown.ts';
import { COLORS, type Reply } from '../replies/types.ts';
import type { Announcement } from './service.ts';

export function announcementReply(announcements: readonly Announcement[]): Reply {
  return fitReply({
    embeds: announcements.map((a) => ({
      title: a.title,
      ...(a.url === undefined ? {} : { url: a.url }),
      description: escapeMarkdown(a.description),
      footer: `New in ${a.feed}`,
      color: COLORS.info,
    })),
    ephemeral: false,
  });
}
