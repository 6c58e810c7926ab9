/**
 * The console as an operator meets it: the words people type at any prompt (help, exit, quit,
 * clear) do what they say instead of being searched, an unknown `source:` lists the closest
 * article ids (a terminal has no autocomplete to pick from), and the banner's examples come from
 * the corpus that is loaded, not from the shipped article.
 */
import { TEST_BOT_CONFIG } from '../bot/harness.ts';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/app/commands/all.ts';
import { memoryLogger } from '../../src/app/log.ts';
import { ReloadService } from '../../src/app/reloadService.ts';
import { Router } from '../../src/app/router.ts';
import { bannerText, CLEAR_SCREEN, CONNECT_HINT, runConsole } from '../../src/console/console.ts';
import {
  closestSources,
  commandHint,
  CONSOLE_HELP,
  exampleCommands,
  substringDistance,
  titleQuestion,
} from '../../src/console/hints.ts';
import { consoleWord, parseLine } from '../../src/console/parse.ts';
import type { Library } from '../../src/library.ts';
import { useLibrary } from '../helpers/tempCorpus.ts';

const article = (title: string, ...paragraphs: string[]): string =>
  `---\ntitle: ${title}\n---\n${paragraphs.join('\n')}\n`;

// A corpus with nothing of the shipped Kashmir article: no delegation, no Bruce.
const library = useLibrary({
  'markets/gold-prices.txt': article(
    'Gold prices climb as investors seek safety, traders say',
    'Gold prices climbed 2 percent on Tuesday as investors sought safety from volatile stock markets.',
    '“We expect demand to stay strong this year,” analyst Mei Tanaka said.',
  ),
  'markets/oil-output.txt': article(
    'Oil output falls in March',
    'Oil output in the region fell by 4 percent in March after two refineries closed for repairs.',
  ),
  'politics/harbour-vote.txt': article(
    'Council approves harbour expansion',
    'The city council approved the harbour expansion on Monday after a long debate.',
    '“This is a good day for the port,” Mayor Luis Romero said.',
    '“The work starts in the spring,” Romero said.',
  ),
});

function consoleRouter(lib: Library): Router {
  const log = memoryLogger();
  const reload = new ReloadService({ initial: lib, load: async () => lib, log });
  return new Router({
    commands: COMMANDS,
    reload,
    config: { ...TEST_BOT_CONFIG, logLevel: 'warn' },
    log,
    cooldowns: false,
  });
}

/** Runs the console over `lines` (no ANSI) and returns what it printed. */
async function session(
  lines: readonly string[],
  options: { terminal?: boolean; banner?: string } = {},
): Promise<string> {
  const input = new PassThrough();
  let out = '';
  const output = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk);
      done();
    },
  });
  if (options.terminal) Object.assign(output, { isTTY: true });
  const lib = library();
  const run = runConsole({
    router: consoleRouter(lib),
    input,
    output,
    ansi: false,
    ...(options.banner === undefined ? {} : { banner: options.banner }),
    library: () => lib,
  });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await run;
  return out;
}

/** The output after the connect hint and the banner's two lines. */
const afterBanner = (out: string): string => out.split('\n').slice(2).join('\n');

describe('console words typed without a slash', () => {
  it("reads help, exit, quit and clear alone, in any case, as the console's commands; anything longer is a question", () => {
    expect(['help', ' HELP ', '/help', 'exit', 'Quit', '/quit', 'clear', '/CLEAR'].map(consoleWord)).toEqual([
      'help',
      'help',
      'help',
      'exit',
      'exit',
      'exit',
      'clear',
      'clear',
    ]);
    expect(['help me', 'who helped', 'exit polls', 'clear skies', ''].map(consoleWord)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    const commands = consoleRouter(library()).commands;
    expect(parseLine('help', commands)).toEqual({ name: 'help', options: {} });
    expect(parseLine('Help', commands)).toEqual({ name: 'help', options: {} });
    // A question that starts with the word is still a question.
    expect(parseLine('help for farmers', commands)).toEqual({ name: 'ask', options: { question: 'help for farmers' } });
  });

  it("answers `help` with the bot's /help and the console's own lines, exactly as `/help`, never with an excerpt", async () => {
    const bare = afterBanner(await session(['help']));
    const slashed = afterBanner(await session(['/help']));
    expect(bare).toBe(slashed);
    expect(bare.startsWith('== citebot ==\n\nI answer questions about a set of news articles')).toBe(true);
    expect(bare.endsWith(`${CONSOLE_HELP}\n\n`)).toBe(true);
    expect(bare).not.toContain('From the articles');
  });

  it('leaves at `exit` or `quit` as at `/exit`: nothing after it is answered', async () => {
    for (const word of ['exit', 'quit', 'EXIT', '/quit']) {
      const out = afterBanner(await session([word, '/help', 'gold prices']));
      expect(out, word).toBe('');
    }
  });

  it('clears a terminal at `clear`, and prints nothing for it when the output is not a terminal', async () => {
    expect(afterBanner(await session(['clear']))).toBe('');
    expect(afterBanner(await session(['clear'], { terminal: true }))).toBe(CLEAR_SCREEN);
    // It is not a question either way: no "Not found", no excerpt.
    expect(afterBanner(await session(['clear', 'exit', 'clear'], { terminal: true }))).toBe(CLEAR_SCREEN);
  });
});

describe('an unknown source: on the console', () => {
  it('adds the closest article ids to the bot\'s "pick one from the suggestions"', async () => {
    const out = afterBanner(await session(['/ask question:gold source:markets/gold-price']));
    expect(out).toBe(
      [
        'There is no article “markets/gold-price”. Pick one from the suggestions, or see /sources.',
        'Closest articles (use the id after source:):',
        '• markets/gold-prices — Gold prices climb as investors seek safety, traders say',
        '• markets/oil-output — Oil output falls in March',
        '• politics/harbour-vote — Council approves harbour expansion',
        '',
        '',
      ].join('\n'),
    );
  });

  it('ranks by the fewest edits to a part of the id or title, then prefixes, then edits to the whole id, then id order', () => {
    const first = (given: string): string | undefined => closestSources(library(), given, 1)[0]?.id;
    expect(first('harbour')).toBe('politics/harbour-vote'); // a part of the id
    expect(first('Council')).toBe('politics/harbour-vote'); // a part of the title, any case
    expect(first('oil-outptu')).toBe('markets/oil-output'); // one edit from a part of the id
    // Two prefixes before the rest, the one fewer edits from what was typed first (10 edits, not 11).
    expect(closestSources(library(), 'markets/').map((d) => d.id)).toEqual([
      'markets/oil-output',
      'markets/gold-prices',
      'politics/harbour-vote',
    ]);
    expect(closestSources(library(), 'nope')).toHaveLength(3); // always something to pick, at most CLOSEST_SOURCES
    expect(substringDistance('gold', 'markets/gold-prices')).toBe(0);
    expect(substringDistance('glod', 'markets/gold-prices')).toBe(2);
    expect(substringDistance('oil-outptu', 'markets/oil-output')).toBe(1);
  });

  it('adds nothing when the article exists (another failure) or the command has no source', async () => {
    const out = afterBanner(await session(['/ask question:x source:markets/oil-output', '/quote Nobody']));
    expect(out).not.toContain('Closest articles');
  });
});

describe('the banner', () => {
  it('takes its /ask and /quote examples from the loaded corpus', () => {
    expect(exampleCommands(library())).toEqual({
      question: 'Gold prices climb as investors seek safety',
      speaker: 'Luis Romero',
    });
    expect(commandHint(library())).toBe(
      'Type a command such as /ask Gold prices climb as investors seek safety, /quote Luis Romero, ' +
        '/sources, /article add, /article remove, /feed add, /feed list, /feed remove, /reload, /help; a line without a slash is a question. help, clear and exit work with or without the slash.',
    );
    // Without a library, placeholders rather than questions about an article that may not be loaded.
    expect(commandHint(null)).toMatch(/^Type a command such as \/ask <question>, \/quote <name>, /);
  });

  it("makes a question of a title's main clause", () => {
    expect(titleQuestion('US hopes Trump can help resolve Kashmir dispute, State Department says')).toBe(
      'US hopes Trump can help resolve Kashmir dispute',
    );
    expect(titleQuestion('U.S. OIL PRICES RISE - OPEC')).toBe('u.s. oil prices rise');
    expect(titleQuestion('Rpt - European Trade May Propose New ICO Formula')).toBe('Rpt');
    expect(titleQuestion('—')).toBeNull();
  });

  it("follows what is loaded with examples from the loaded corpus, not the shipped article's", async () => {
    const loaded = '3 article(s), 6 sentences from /corpus.';
    expect(bannerText(loaded, library())).toBe(`${loaded}\n${commandHint(library())}`);
    const out = await session([], { banner: loaded });
    expect(out).toBe(`${CONNECT_HINT}\n${loaded}\n${commandHint(library())}\n`);
    expect(out).not.toContain('who met the delegation');
    expect(out).not.toContain('/quote Bruce');
  });
});
