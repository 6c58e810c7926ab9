/**
 * The console: the bot without Discord. Reads slash commands from a stream (the terminal), sends
 * them through the same router and command handlers as Discord, and prints the same replies as
 * text. Buttons of the last reply can be pressed with `/press N`, through the same handlers too.
 */
import { createInterface } from 'node:readline';
import { resolveSource } from '../app/commands/shared.ts';
import { isCitebotError } from '../errors.ts';
import type { Invoker, OptionValue } from '../app/command.ts';
import type { Library } from '../library.ts';
import type { Router } from '../app/router.ts';
import { escapeMarkdown } from '../replies/markdown.ts';
import type { Reply, ReplyButton } from '../replies/types.ts';
import { closestSources, commandHint, CONSOLE_HELP } from './hints.ts';
import { consoleWord, parseLine } from './parse.ts';
import { renderText, type TextStyle } from './render.ts';

export const CONNECT_HINT =
  'citebot console (no DISCORD_TOKEN set). To run on Discord: put DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env ' +
  '(see .env.example and the README), then `npm run deploy` and `npm start`.';

/** The person at the terminal runs the bot: they may reload. */
/** The console's one person: a moderator of a server of its own (its added articles are the console's). */
export const OPERATOR: Invoker = {
  id: 'console',
  inGuild: false,
  guildId: 'console',
  canManageGuild: true,
  roleIds: [],
};

export interface ConsoleOptions {
  readonly router: Router;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** ANSI styling (default: when the output is a terminal). */
  readonly ansi?: boolean;
  /** What is loaded, printed after the connect hint; example commands drawn from the library follow. */
  readonly banner?: string;
  /** The library commands answer from now: for the banner's examples and the closest article ids after an unknown `source:`. */
  readonly library: () => Library;
}

/** Clears a terminal and its scrollback, and puts the cursor at the top left. */
export const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';

/** The banner, followed by example commands drawn from the loaded library. */
export function bannerText(banner: string | undefined, library: Library | null): string {
  return [(banner ?? '').trim(), commandHint(library)].filter((line) => line !== '').join('\n');
}

/**
 * After an unknown `source:`, the bot's message asks to pick one "from the suggestions", which a
 * terminal has none of: the closest article ids are added to it.
 */
export function withClosestSources(
  reply: Reply,
  options: Readonly<Record<string, OptionValue>>,
  library: Library | null,
): Reply {
  const given = options.source;
  if (library === null || typeof given !== 'string' || reply.content === undefined || (reply.embeds?.length ?? 0) > 0)
    return reply;
  try {
    resolveSource(library, given);
    return reply; // the article exists: the message is about something else
  } catch (error) {
    if (!isCitebotError(error) || error.code !== 'SOURCE_UNKNOWN') return reply;
  }
  const closest = closestSources(library, given);
  if (closest.length === 0) return reply;
  const list = closest.map((d) => `• \`${d.id.replace(/`/g, "'")}\` — ${escapeMarkdown(d.title)}`).join('\n');
  return { ...reply, content: `${reply.content}\nClosest articles (use the id after source:):\n${list}` };
}

/** What Ctrl-C during a command says before leaving: the command is answered first. */
export function finishingText(command: string): string {
  return command === 'reload'
    ? 'Finishing the reload before exiting (the new corpus is swapped in, or the running one kept)…'
    : `Finishing /${command} before exiting…`;
}

/** Runs until the input ends or `/exit` (`exit`, `quit`, `/quit`). */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { router, input, output } = options;
  const style: TextStyle = { ansi: options.ansi ?? Boolean((output as NodeJS.WriteStream).isTTY) };
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  const terminal = Boolean((output as NodeJS.WriteStream).isTTY);
  const library = (): Library | null => options.library();
  const write = (text: string): void => void output.write(text);
  write(`${CONNECT_HINT}\n`);
  write(`${bannerText(options.banner, library())}\n`);

  const lines = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  /** The command being answered, for Ctrl-C to say what it waits for. */
  let busy: string | null = null;
  if (interactive) {
    // On a terminal readline takes Ctrl-C itself: leave like /exit, once the command running is answered.
    lines.on('SIGINT', () => {
      if (busy !== null) write(`\n${finishingText(busy)}\n`);
      lines.close();
    });
    lines.setPrompt('> ');
    lines.prompt();
  }
  let last: { buttons: ReplyButton[]; state: string | null } = { buttons: [], state: null };
  // A slow command's interim text (/reload's progress), one line each, as often as the router lets it.
  const hooks = { progress: (text: string): void => write(`${text}\n`) };

  for await (const raw of lines) {
    const line = raw.trim();
    const word = consoleWord(line);
    if (word === 'exit') break;
    if (word === 'clear') {
      // On a terminal: a clean screen. Elsewhere (a pipe, a file): nothing to clear, nothing printed.
      if (terminal) write(CLEAR_SCREEN);
    } else if (line !== '') {
      let reply: Reply;
      const press = /^\/press\s+(\d+)$/.exec(line);
      if (press) {
        const button = last.buttons[Number(press[1]) - 1];
        reply =
          button === undefined
            ? {
                content:
                  last.buttons.length === 0
                    ? 'There is no button to press.'
                    : `Press a number from 1 to ${last.buttons.length}.`,
              }
            : await router.handle({ kind: 'button', customId: button.id, state: last.state, user: OPERATOR }, hooks);
      } else {
        try {
          const { name, subcommand, options: parsed } = parseLine(line, router.commands);
          busy = name;
          reply = withClosestSources(
            await router.handle(
              {
                kind: 'command',
                name,
                ...(subcommand === undefined ? {} : { subcommand }),
                options: parsed,
                user: OPERATOR,
              },
              hooks,
            ),
            parsed,
            library(),
          );
        } catch (error) {
          if (!isCitebotError(error)) throw error;
          reply = { content: error.message };
        } finally {
          busy = null;
        }
      }
      const buttons = (reply.buttons ?? []).flat();
      if (buttons.length > 0 || (reply.embeds?.length ?? 0) > 0) {
        last = { buttons, state: reply.embeds?.at(-1)?.footer ?? null };
      }
      write(`${renderText(reply, style, buttons.length > 0)}\n`);
      if (word === 'help') write(`${CONSOLE_HELP}\n\n`);
    }
    if (interactive) lines.prompt();
  }
  lines.close();
}
