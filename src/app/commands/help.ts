/** /help: what the bot does, in a few lines. */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { COLORS, type Reply } from '../../replies/types.ts';
import { Context, type CommandData, type CommandModule } from '../command.ts';

export const data = {
  name: 'help',
  description: 'What this bot does and how to ask it',
  contexts: [Context.Guild, Context.BotDM],
} as const satisfies CommandData & RESTPostAPIChatInputApplicationCommandsJSONBody;

export const HELP_TEXT = [
  'I answer questions about a set of news articles with excerpts you can check: each comes with the article, paragraph and sentence it is from.',
  '• `/ask question:` the best excerpts, matched words in bold; **Context** shows the sentences around one, **More results** pages. Add `source:` to search one article, `public:` to show everyone.',
  '• `/quote speaker:` what a person said: direct quotes, then reported statements.',
  '• `/sources` the articles I know; `find:` narrows the list to titles and ids holding a word.',
  '• `/article add url:` or `file:` (moderators) adds a page or a file that only this server searches; `/article remove` takes it out again.',
  '• `/feed add url:` (moderators) follows an RSS, Atom or JSON feed: its new items become this server’s articles, announced in `channel:` if given; `/feed list` shows each feed’s state, `/feed remove` stops one.',
  '• `/reload` (moderators) re-reads the shared articles from disk.',
  'When the articles do not answer a question, I say so rather than guess. `/help` shows this again.',
].join('\n');

export const help: CommandModule<typeof data> = {
  data,
  execute: (): Reply => ({
    embeds: [{ title: 'citebot', description: HELP_TEXT, color: COLORS.info }],
    ephemeral: true,
  }),
};
export default help;
