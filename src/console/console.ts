/**
 * The console: the bot without Discord. Reads slash commands from a stream (the terminal), sends
 * them through the same router and command handlers as Discord, and prints the same replies as
 * text. Buttons of the last reply can be pressed with `/press N`, through the same handlers too.
 */
import { createInterface } from 'node:readline';
import { isCitebotError } from '../errors.ts';
import type { Invoker } from '../bot/command.ts';
import type { Router } from '../bot/router.ts';
import type { Reply, ReplyButton } from '../replies/types.ts';
import { parseLine } from './parse.ts';
import { renderText, type TextStyle } from './render.ts';

export const CONNECT_HINT = 'citebot console (no DISCORD_TOKEN set). To run on Discord: put DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env '
  + '(see .env.example and the README), then `npm run deploy` and `npm start`.';

/** The person at the terminal runs the bot: they may reload. */
export const OPERATOR: Invoker = { id: 'console', inGuild: false, canManageGuild: true, roleIds: [] };

export interface ConsoleOptions {
  readonly router: Router;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** ANSI styling (default: when the output is a terminal). */
  readonly ansi?: boolean;
  /** A line printed after the connect hint (e.g. what is loaded). */
  readonly banner?: string;
}

/** Runs until the input ends or `/exit`. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { router, input, output } = options;
  const style: TextStyle = { ansi: options.ansi ?? Boolean((output as NodeJS.WriteStream).isTTY) };
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  const write = (text: string): void => void output.write(text);
  write(`${CONNECT_HINT}\n`);
  if (options.banner) write(`${options.banner}\n`);

  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Number.POSITIVE_INFINITY });
  if (interactive) {
    // On a terminal readline takes Ctrl-C itself: leave like /exit.
    lines.on('SIGINT', () => lines.close());
    lines.setPrompt('> ');
    lines.prompt();
  }
  let last: { buttons: ReplyButton[]; state: string | null } = { buttons: [], state: null };

  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '/exit' || line === '/quit') break;
    if (line !== '') {
      let reply: Reply;
      const press = /^\/press\s+(\d+)$/.exec(line);
      if (press) {
        const button = last.buttons[Number(press[1]) - 1];
        reply = button === undefined
          ? { content: last.buttons.length === 0 ? 'There is no button to press.' : `Press a number from 1 to ${last.buttons.length}.` }
          : await router.handle({ kind: 'button', customId: button.id, state: last.state, user: OPERATOR });
      } else {
        try {
          const { name, options: parsed } = parseLine(line, router.commands);
          reply = await router.handle({ kind: 'command', name, options: parsed, user: OPERATOR });
        } catch (error) {
          if (!isCitebotError(error)) throw error;
          reply = { content: error.message };
        }
      }
      const buttons = (reply.buttons ?? []).flat();
      if (buttons.length > 0 || (reply.embeds?.length ?? 0) > 0) {
        last = { buttons, state: reply.embeds?.at(-1)?.footer ?? null };
      }
      write(`${renderText(reply, style, buttons.length > 0)}\n`);
    }
    if (interactive) lines.prompt();
  }
  lines.close();
}
