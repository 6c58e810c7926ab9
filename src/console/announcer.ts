/** Feed announcements in the console: printed as the Discord embed would read, whatever the channel. */
import { announcementReply } from '../feeds/announce.ts';
import type { Announcer } from '../feeds/service.ts';
import { renderText } from './render.ts';

export function consoleAnnouncer(output: NodeJS.WritableStream, ansi = false): Announcer {
  return {
    async post(_channelId, announcements) {
      output.write(`${renderText(announcementReply(announcements), { ansi })}\n`);
      return { ok: true };
    },
  };
}
