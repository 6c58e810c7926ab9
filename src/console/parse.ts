/**
 * Console input as router requests: `/ask who met the delegation`, `/ask question:who met source:abc
 * public:true`, `/quote Bruce`. Without `name:` options, the text after the command fills its first
 * required text option. A line without a leading slash is a question for /ask, except the console's
 * own words typed alone (`help`, `exit`, `quit`, `clear`): see consoleWord.
 */
import { CitebotError } from '../errors.ts';
import { type Stats, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  OptionType,
  subcommandsOf,
  type AttachmentValue,
  type CommandModule,
  type OptionData,
  type OptionValue,
} from '../app/command.ts';

export interface ParsedLine {
  readonly name: string;
  /** `/article add …` -> 'add'. */
  readonly subcommand?: string;
  readonly options: Record<string, OptionValue>;
}

/** What the console does itself, besides running commands. */
export type ConsoleAction = 'help' | 'exit' | 'clear';

/**
 * `help`, `exit`, `quit` and `clear` typed alone, with or without a slash and in any case, are the
 * console's commands, not questions: someone who types `help` at a prompt wants the help, not an
 * article excerpt about helping. `/help` runs the bot's /help; the others never reach the router.
 */
export function consoleWord(line: string): ConsoleAction | null {
  const word = line.trim().toLowerCase().replace(/^\//, '');
  if (word === 'help') return 'help';
  if (word === 'exit' || word === 'quit') return 'exit';
  if (word === 'clear') return 'clear';
  return null;
}

export function parseLine(line: string, commands: ReadonlyMap<string, CommandModule>): ParsedLine {
  const text = line.trim();
  const slashed = text.startsWith('/') ? text.slice(1) : consoleWord(text) === 'help' ? 'help' : `ask ${text}`;
  const space = slashed.search(/\s/);
  const name = (space < 0 ? slashed : slashed.slice(0, space)).toLowerCase();
  const rest = space < 0 ? '' : slashed.slice(space + 1).trim();
  const command = commands.get(name);
  if (!command) {
    throw new CitebotError(
      'COMMAND_UNKNOWN',
      `There is no /${name} command. Commands: ${[...commands.keys()].map((c) => `/${c}`).join(', ')}.`,
    );
  }
  const subcommands = subcommandsOf(command.data);
  if (subcommands.length > 0) {
    // `/article add url:…`: the first word names the subcommand, the rest are its options.
    const space = rest.search(/\s/);
    const word = (space < 0 ? rest : rest.slice(0, space)).toLowerCase();
    const sub = subcommands.find((s) => s.name === word);
    if (sub === undefined) {
      throw new CitebotError('USAGE', `Use one of ${subcommands.map((s) => `/${name} ${s.name}`).join(', ')}.`);
    }
    return {
      ...parseOptions(name, sub.options ?? [], space < 0 ? '' : rest.slice(space + 1).trim()),
      subcommand: sub.name,
    };
  }
  return parseOptions(name, command.data.options ?? [], rest);
}

function parseOptions(name: string, declared: readonly OptionData[], rest: string): ParsedLine {
  const options: Record<string, OptionValue> = {};
  if (rest === '') return { name, options };

  const names = declared.map((o) => o.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const marker = names.length === 0 ? null : new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'g');
  const found = marker === null ? [] : [...rest.matchAll(marker)];
  const free = (found.length === 0 ? rest : rest.slice(0, found[0]!.index)).trim();
  if (free !== '') {
    const target =
      declared.find((o) => o.required && o.type === OptionType.String) ??
      declared.find((o) => o.type === OptionType.String);
    if (target === undefined) throw new CitebotError('USAGE', `/${name} takes no text.`);
    options[target.name] = free;
  }
  found.forEach((match, i) => {
    const option = declared.find((o) => o.name === match[1])!;
    const start = match.index + match[0].length;
    const raw = rest.slice(start, found[i + 1]?.index ?? rest.length).trim();
    options[option.name] = convert(name, option.name, option.type, raw);
  });
  return { name, options };
}

function convert(command: string, option: string, type: number, raw: string): OptionValue {
  if (type === OptionType.Boolean) {
    if (/^(true|yes|1|on)$/i.test(raw)) return true;
    if (/^(false|no|0|off)$/i.test(raw)) return false;
    throw new CitebotError('USAGE', `/${command} ${option}: must be true or false (got "${raw}").`);
  }
  if (type === OptionType.Attachment) return localFile(command, option, raw);
  if (type === OptionType.Integer) {
    const n = Number(raw);
    if (!Number.isInteger(n))
      throw new CitebotError('USAGE', `/${command} ${option}: must be a whole number (got "${raw}").`);
    return n;
  }
  return raw;
}

/** `file:PATH` in the console: a local file stands for the attachment Discord would hold. */
function localFile(command: string, option: string, raw: string): AttachmentValue {
  const path = resolve(raw);
  let info: Stats | undefined;
  try {
    info = statSync(path);
  } catch {
    // Missing or unreadable: either way there is no file to add.
  }
  if (info === undefined || !info.isFile())
    throw new CitebotError('USAGE', `/${command} ${option}: there is no file ${path}.`);
  return {
    kind: 'attachment',
    name: basename(path),
    size: info.size,
    contentType: null,
    url: pathToFileURL(path).href,
    path,
  };
}
