/**
 * Feed announcements posted by the bot in a channel (src/feeds/service.ts's Announcer port): one
 * REST call per batch, never a mention. A channel the bot may not post in (a missing permission,
 * a deleted channel) is a permanent failure: the feed stops announcing and /feed list says why,
 * rather than trying again at every poll.
 */
import { Routes } from 'discord-api-types/v10';
import { DiscordAPIError, type REST, RESTJSONErrorCodes } from 'discord.js';
import type { Logger } from '../app/log.ts';
import { announcementReply } from '../feeds/announce.ts';
import type { Announcement, Announcer, PostOutcome } from '../feeds/service.ts';
import { NO_MENTIONS, toEmbeds } from '../replies/messageBody.ts';

/** Discord's answers that posting there will not work until someone changes something. */
const PERMANENT: ReadonlyMap<number, string> = new Map([
  [RESTJSONErrorCodes.MissingAccess, 'the bot cannot see that channel (Missing Access)'],
  [RESTJSONErrorCodes.MissingPermissions, 'the bot may not post there (it needs Send Messages and Embed Links)'],
  [RESTJSONErrorCodes.UnknownChannel, 'the channel no longer exists'],
  [RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel, 'that channel does not take messages'],
]);

/** Posts through `rest` (the gateway client's, or one with the bot token beside HTTP interactions). */
export function discordAnnouncer(rest: REST, log: Logger): Announcer {
  return {
    async post(channelId: string, announcements: readonly Announcement[]): Promise<PostOutcome> {
      try {
        await rest.post(Routes.channelMessages(channelId), {
          body: { embeds: toEmbeds(announcementReply(announcements)), allowed_mentions: NO_MENTIONS },
        });
        return { ok: true };
      } catch (error) {
        if (error instanceof DiscordAPIError) {
          const reason = PERMANENT.get(Number(error.code));
          if (reason !== undefined) return { ok: false, permanent: true, reason };
          if (error.status === 403 || error.status === 404)
            return {
              ok: false,
              permanent: true,
              reason: `Discord refused the post (${error.status}: ${error.message})`,
            };
        }
        log.warn('could not post feed announcements', { channel: channelId, error });
        return { ok: false, permanent: false, reason: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
