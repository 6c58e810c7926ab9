/**
 * HTTP interactions' feed announcer without a bot token (src/discord/announcer.ts posts with one):
 * here, apart from discord.js, so that HTTP mode without a token never loads it.
 */
import type { Announcer } from '../feeds/service.ts';

/** HTTP interactions without a bot token: nothing can be posted outside an interaction's reply. */
export const NO_TOKEN_ANNOUNCER: Announcer = {
  post: async () => ({
    ok: false,
    permanent: true,
    reason: 'announcing needs the bot token: set DISCORD_TOKEN beside INTERACTIONS_PORT',
  }),
};
