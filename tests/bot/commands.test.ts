/** The command modules and the router without Discord: definitions, permissions, state, errors. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { COMMANDS } from '../../src/app/commands/all.ts';
import type { data as articleData } from '../../src/app/commands/article.ts';
import type { data as askData } from '../../src/app/commands/ask.ts';
import { type data as quoteData, quote, speakerQuery } from '../../src/app/commands/quote.ts';
import { decodeState, encodeState, signedId, verifyId } from '../../src/app/commands/shared.ts';
import {
  OptionType,
  TEXT_MAX,
  type ArgumentsOf,
  type AttachmentValue,
  type OptionData,
  type CommandModule,
  type FocusedOption,
  type Invoker,
  type Options,
} from '../../src/app/command.ts';
import { memoryLogger } from '../../src/app/log.ts';
import { ReloadService } from '../../src/app/reloadService.ts';
import { Router } from '../../src/app/router.ts';
import { parseLine } from '../../src/console/parse.ts';
import { restOptions } from '../../src/discord/connection.ts';
import { parseConfig } from '../../src/config/config.ts';
import { CitebotError } from '../../src/errors.ts';
import { loadLibrary, type Library } from '../../src/library.ts';
import { LIMITS } from '../../src/replies/limits.ts';
import { commandContext, TEST_BOT_CONFIG } from './harness.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const member = (over: Partial<Invoker> = {}): Invoker => ({
  id: '400000000000000002',
  inGuild: true,
  guildId: '300000000000000001',
  canManageGuild: false,
  roleIds: [],
  ...over,
});

let seeds: Library;
beforeAll(async () => {
  seeds = await loadLibrary(join(ROOT, 'seeds'));
});

function router(
  options: {
    load?: () => Promise<Library>;
    adminRoleIds?: string[];
    initial?: Library;
    commands?: readonly CommandModule[];
  } = {},
) {
  const log = memoryLogger();
  const reload = new ReloadService({
    initial: options.initial ?? seeds,
    load: options.load ?? (async () => seeds),
    log,
  });
  return {
    router: new Router({
      commands: options.commands ?? COMMANDS,
      reload,
      config: { ...TEST_BOT_CONFIG, adminRoleIds: options.adminRoleIds ?? [] },
      log,
    }),
    reload,
    log,
  };
}

/** The seed library with the quote lookup and the search recording what they were asked. */
function spied(): { library: Library; lookups: string[]; searches: string[] } {
  const lookups: string[] = [];
  const searches: string[] = [];
  // The library with search and quote lookup spied on; everything else as it is.
  const library: Library = Object.assign(Object.create(seeds) as Library, {
    search: (question: string, options?: Parameters<Library['search']>[1]) => {
      searches.push(question);
      return seeds.search(question, options);
    },
    quotes: {
      ...seeds.quotes,
      lookup: (query: string) => {
        lookups.push(query);
        return seeds.quotes.lookup(query);
      },
    },
  });
  return { library, lookups, searches };
}

describe('command definitions', () => {
  it("type each handler's arguments from its definition (required options present, optional ones optional)", () => {
    expectTypeOf<ArgumentsOf<typeof askData>>().toEqualTypeOf<
      { readonly question: string } & { readonly source?: string; readonly public?: boolean }
    >();
    // With subcommands: one shape per subcommand, told apart by `subcommand`.
    type Article = ArgumentsOf<typeof articleData>;
    expectTypeOf<Article['subcommand']>().toEqualTypeOf<'add' | 'remove'>();
    expectTypeOf<Extract<Article, { subcommand: 'add' }>['url']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Extract<Article, { subcommand: 'add' }>['file']>().toEqualTypeOf<AttachmentValue | undefined>();
    expectTypeOf<Extract<Article, { subcommand: 'remove' }>['article']>().toEqualTypeOf<string>();
    expectTypeOf<ArgumentsOf<typeof quoteData>>().toEqualTypeOf<
      { readonly speaker: string } & { readonly public?: boolean }
    >();
  });

  it('cap every string option at the lengths in TEXT_MAX', () => {
    const strings = COMMANDS.flatMap((c) =>
      (c.data.options ?? [])
        .filter((o) => o.type === OptionType.String)
        .map((o) => [`${c.data.name} ${o.name}`, o.max_length]),
    );
    expect(strings).toEqual([
      ['ask question', TEXT_MAX.question],
      ['ask source', TEXT_MAX.source],
      ['quote speaker', TEXT_MAX.speaker],
      ['sources find', TEXT_MAX.other],
    ]);
    expect(TEXT_MAX).toEqual({ question: 200, speaker: 100, source: 100, other: 100 });
  });

  // /help is where people learn what the bot does: a command it does not name is a command nobody finds.
  it('are each named in /help', async () => {
    const { HELP_TEXT } = await import('../../src/app/commands/help.ts');
    for (const c of COMMANDS) expect(HELP_TEXT, c.data.name).toContain(`\`/${c.data.name}`);
  });

  it("fit Discord's rules for names, descriptions and options", () => {
    expect(COMMANDS.map((c) => c.data.name)).toEqual(['ask', 'quote', 'sources', 'article', 'feed', 'reload', 'help']);
    const checkOptions = (options: readonly OptionData[]): void => {
      expect(options.length).toBeLessThanOrEqual(25);
      // Required options come first.
      const firstOptional = options.findIndex((o) => !o.required);
      if (firstOptional >= 0) expect(options.slice(firstOptional).some((o) => o.required)).toBe(false);
      for (const o of options) {
        expect(o.name).toMatch(/^[-_a-z0-9]{1,32}$/);
        expect(o.description.length).toBeLessThanOrEqual(100);
        checkOptions(o.options ?? []);
      }
    };
    for (const { data } of COMMANDS) {
      expect(data.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(data.description.length).toBeLessThanOrEqual(100);
      checkOptions(data.options ?? []);
    }
    // Moderators' commands: Manage Server by default, servers only.
    for (const name of ['reload', 'article']) {
      expect(COMMANDS.find((c) => c.data.name === name)!.data).toMatchObject({
        default_member_permissions: '32',
        contexts: [0],
      });
    }
  });

  it('keep discord.js out of the handlers, the router, the console and the replies', () => {
    // Only src/discord/ may: everything in src/app/ is shared with the console.
    const dirs = ['src/app', 'src/app/commands', 'src/console', 'src/replies'];
    const files = dirs.flatMap((d) =>
      readdirSync(join(ROOT, d))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(d, f)),
    );
    for (const file of files) expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(/from 'discord\.js'/);
  });
});

describe('the router', () => {
  it("lets anyone Discord delivered /reload to in a server reload: the server's own command permissions decide", async () => {
    const { router: r } = router();
    // No Manage Server: a server admin granted the command to this member's role in Integrations.
    const granted = await r.handle({
      kind: 'command',
      name: 'reload',
      options: {},
      user: member({ canManageGuild: false, roleIds: ['500000000000000009'] }),
    });
    expect(granted.embeds?.[0]?.title).toBe('Reloaded the articles');
    const dm = await r.handle({
      kind: 'command',
      name: 'reload',
      options: {},
      user: member({ inGuild: false, guildId: null, canManageGuild: false }),
    });
    expect(dm.content).toMatch(/Only moderators/);
  });

  it('with ADMIN_ROLE_IDS set, lets only members with one of those roles reload (an extra restriction), and refuses DMs', async () => {
    const { router: r } = router({ adminRoleIds: ['500000000000000001'] });
    const byRole = await r.handle({
      kind: 'command',
      name: 'reload',
      options: {},
      user: member({ roleIds: ['500000000000000001'] }),
    });
    expect(byRole.embeds?.[0]?.title).toBe('Reloaded the articles');
    const refused = await r.handle({
      kind: 'command',
      name: 'reload',
      options: {},
      user: member({ roleIds: ['500000000000000002'] }),
    });
    expect(refused).toMatchObject({ ephemeral: true, content: expect.stringMatching(/Only moderators/) });
    const dm = await r.handle({
      kind: 'command',
      name: 'reload',
      options: {},
      user: member({ inGuild: false, guildId: null }),
    });
    expect(dm.content).toMatch(/Only moderators/);
  });

  it('answers unknown commands and missing options with short ephemeral messages', async () => {
    const { router: r, log } = router();
    expect(await r.handle({ kind: 'command', name: 'nope', options: {}, user: member() })).toEqual({
      content: 'There is no /nope command. Try /help.',
      ephemeral: true,
    });
    expect(await r.handle({ kind: 'command', name: 'ask', options: { question: '  ' }, user: member() })).toMatchObject(
      { ephemeral: true, content: expect.stringMatching(/^\/ask needs question/) },
    );
    expect(log.records.filter((x) => x.level === 'error')).toEqual([]);
  });

  it('keeps custom ids within 100 characters on every page', async () => {
    const { router: r } = router();
    const user = member({ id: '12345678901234567890' });
    const reply = await r.handle({
      kind: 'command',
      name: 'ask',
      options: { question: 'Pakistan India US delegation Washington State Department Trump Kashmir' },
      user,
    });
    let state = reply.embeds!.at(-1)!.footer!;
    let page = reply;
    for (let i = 0; i < 6; i += 1) {
      for (const b of page.buttons!.flat()) expect(b.id.length).toBeLessThanOrEqual(LIMITS.customId);
      const more = page.buttons!.flat().find((b) => b.label.startsWith('More'));
      if (!more) break;
      page = await r.handle({ kind: 'button', customId: more.id, state, user });
      expect(page.update).toBe(true);
      state = page.embeds!.at(-1)!.footer!;
    }
  });

  it('answers autocomplete with an empty list when the handler fails, and logs it', () => {
    const log = memoryLogger();
    const reload = new ReloadService({ initial: seeds, load: async () => seeds, log });
    const broken = {
      ...seeds,
      quotes: {
        ...seeds.quotes,
        speakers: () => {
          throw new Error('index broken');
        },
      },
    } as Library;
    const r = new Router({
      commands: COMMANDS,
      reload: Object.assign(reload, { library: broken }),
      config: TEST_BOT_CONFIG,
      log,
    });
    expect(
      r.autocomplete({
        kind: 'autocomplete',
        name: 'quote',
        focused: { name: 'speaker', value: 'b' },
        options: {},
        user: member(),
      }),
    ).toEqual([]);
    expect(log.records.at(-1)).toMatchObject({ level: 'error', msg: 'autocomplete failed', command: 'quote' });
  });
});

describe('option types', () => {
  // One check against each command's definition, in the router, before any handler runs.
  it('refuses a value of another type than the option declares, before the handler does any work', async () => {
    const { library, lookups, searches } = spied();
    const { router: r, log } = router({ initial: library });
    const handle = (name: string, options: Options, subcommand?: string) =>
      r.handle({
        kind: 'command',
        name,
        options,
        user: member({ canManageGuild: true }),
        ...(subcommand ? { subcommand } : {}),
      });
    expect(await handle('ask', { question: 42 })).toEqual({
      content: '/ask question: must be text, not a number.',
      ephemeral: true,
    });
    expect(await handle('ask', { question: 'who met', public: 'yes' })).toEqual({
      content: '/ask public: must be true or false, not text.',
      ephemeral: true,
    });
    expect(await handle('quote', { speaker: true })).toEqual({
      content: '/quote speaker: must be text, not a boolean.',
      ephemeral: true,
    });
    expect(await handle('article', { file: 'https://example.com/a.txt' }, 'add')).toEqual({
      content: '/article file: must be a file, not text.',
      ephemeral: true,
    });
    expect(lookups).toEqual([]);
    expect(searches).toEqual([]);
    expect(log.records.filter((record) => record.level === 'error')).toEqual([]);
    // Autocomplete leaves a mistyped option out rather than failing.
    expect(
      r.autocomplete({
        kind: 'autocomplete',
        name: 'ask',
        focused: { name: 'source', value: 'kashmir' },
        options: { question: 7, source: 'kashmir' },
        user: member(),
      }),
    ).toHaveLength(1);
  });
});

describe('long option values', () => {
  // Discord lets a string option carry 6,000 characters; /quote with a 6,000-character speaker
  // blocked the bot for seconds in the lookup's typo matching. The router refuses before any work.
  it('refuses an over-long command option with a short reply, before the handler does any work', async () => {
    const { library, lookups, searches } = spied();
    const { router: r, log } = router({ initial: library });
    expect(
      await r.handle({ kind: 'command', name: 'quote', options: { speaker: 'Bruse '.repeat(1000) }, user: member() }),
    ).toEqual({ content: '/quote speaker: please keep it to 100 characters (this one has 6000).', ephemeral: true });
    expect(
      await r.handle({
        kind: 'command',
        name: 'ask',
        options: { question: 'who met the delegation '.repeat(9) },
        user: member(),
      }),
    ).toEqual({ content: '/ask question: please keep it to 200 characters (this one has 207).', ephemeral: true });
    expect(
      await r.handle({
        kind: 'command',
        name: 'ask',
        options: { question: 'who met', source: 'x'.repeat(6000) },
        user: member(),
      }),
    ).toEqual({ content: '/ask source: please keep it to 100 characters (this one has 6000).', ephemeral: true });
    expect(lookups).toEqual([]);
    expect(searches).toEqual([]);
    // The log line keeps 300 characters of a value, not all 6,000.
    const declined = log.records.find((x) => x.msg === 'declined' && x.command === 'quote')!;
    expect(JSON.stringify(declined).length).toBeLessThan(1000);
  });

  it('passes values at the limit through untouched', async () => {
    const { library, lookups, searches } = spied();
    const { router: r } = router({ initial: library });
    const question = `who met the delegation${' '.repeat(178)}`;
    expect(question).toHaveLength(TEXT_MAX.question);
    await r.handle({ kind: 'command', name: 'ask', options: { question }, user: member() });
    expect(searches).toEqual(['who met the delegation']);
    await r.handle({ kind: 'command', name: 'quote', options: { speaker: `Bruce${' '.repeat(95)}` }, user: member() });
    expect(lookups).toEqual(['Bruce']);
  });

  it('gives the quote lookup at most 6 words of at most 40 characters, whatever the handler gets', () => {
    const { library, lookups } = spied();
    const ctx = commandContext(library, member());
    expect(quote.execute({ speaker: 'Bruse '.repeat(1000) }, ctx)).toMatchObject({
      embeds: [{ title: 'Tammy Bruce (page 1 of 2)', footer: 'Speaker: Bruse Bruse Bruse Bruse Bruse Bruse' }],
    });
    expect(() => quote.execute({ speaker: 'Tammyyyyyyyy'.repeat(500) }, ctx)).toThrow(CitebotError);
    expect(lookups).toEqual(['Bruse Bruse Bruse Bruse Bruse Bruse', 'Tammyyyyyyyy'.repeat(4).slice(0, 40)]);
    expect(speakerQuery('  Tammy   Bruce ')).toBe('Tammy Bruce');
    expect(speakerQuery('Bruce, Tammy')).toBe('Bruce, Tammy');
    expect(speakerQuery('a,b;c:d e f g h')).toBe('a b c d e f');
  });

  it('cuts autocomplete values silently, drops undeclared options, and runs no handler for an over-long one', async () => {
    const seen: { focused: FocusedOption; options: Options }[] = [];
    let executed = 0;
    const echo: CommandModule = {
      data: {
        name: 'echo',
        description: 'test',
        options: [
          { type: OptionType.String, name: 'text', description: 'capped', max_length: 50 },
          { type: OptionType.String, name: 'free', description: 'no max_length' },
          { type: OptionType.Boolean, name: 'flag', description: 'a flag' },
        ],
      },
      execute: () => {
        executed += 1;
        return { content: 'ran' };
      },
      autocomplete: (focused, options) => {
        seen.push({ focused, options });
        return [];
      },
    };
    const { router: r } = router({ commands: [echo] });
    r.autocomplete({
      kind: 'autocomplete',
      name: 'echo',
      focused: { name: 'text', value: 'y'.repeat(6000) },
      options: { text: 'y'.repeat(6000), free: 'z'.repeat(6000), flag: true, stray: 'w'.repeat(6000) },
      user: member(),
    });
    r.autocomplete({
      kind: 'autocomplete',
      name: 'echo',
      focused: { name: 'free', value: `${'a'.repeat(99)}😀` },
      options: {},
      user: member(),
    });
    expect(seen).toEqual([
      {
        focused: { name: 'text', value: 'y'.repeat(50) },
        options: { text: 'y'.repeat(50), free: 'z'.repeat(TEXT_MAX.other), flag: true },
      },
      { focused: { name: 'free', value: 'a'.repeat(99) }, options: {} }, // never half an emoji
    ]);
    expect(
      (await r.handle({ kind: 'command', name: 'echo', options: { free: 'z'.repeat(101) }, user: member() })).content,
    ).toBe('/echo free: please keep it to 100 characters (this one has 101).');
    expect(executed).toBe(0);
    expect(
      (
        await r.handle({
          kind: 'command',
          name: 'echo',
          options: { text: 'fine', stray: 'w'.repeat(6000) },
          user: member(),
        })
      ).content,
    ).toBe('ran');
  });

  it('refuses button presses with an id or a footer longer than the bot ever writes, before the handler', async () => {
    let pressed = 0;
    const paged: CommandModule = {
      data: { name: 'paged', description: 'test' },
      execute: () => ({ content: 'x' }),
      button: () => {
        pressed += 1;
        return { content: 'pressed' };
      },
    };
    const { router: r } = router({ commands: [paged] });
    const expired = { content: 'This button no longer does anything. Run the command again.', ephemeral: true };
    expect(
      await r.handle({ kind: 'button', customId: `paged:${'1'.repeat(100)}`, state: null, user: member() }),
    ).toEqual(expired);
    expect(
      await r.handle({
        kind: 'button',
        customId: 'paged:1',
        state: 'Question: '.padEnd(LIMITS.footer + 1, 'q'),
        user: member(),
      }),
    ).toEqual(expired);
    expect(pressed).toBe(0);
    expect(await r.handle({ kind: 'button', customId: 'paged:1', state: 'Question: q', user: member() })).toEqual({
      content: 'pressed',
    });
  });
});

describe('paging buttons', () => {
  const ASKER = member({ id: '400000000000000011' });
  const OTHER = member({ id: '400000000000000022' });
  const swapAsker = (id: string): string => id.replace(ASKER.id, OTHER.id);
  const QUESTION = 'Pakistan India US delegation Washington State Department Trump Kashmir';

  it('signs every part of a custom id and the footer', () => {
    const id = signedId('ask', ['page', ASKER.id, 1], 'Question: q');
    const [, ...args] = id.split(':');
    expect(verifyId('ask', args, 'Question: q')).toEqual(['page', ASKER.id, '1']);
    expect(verifyId('ask', args, 'Question: other')).toBeNull();
    expect(verifyId('quote', args, 'Question: q')).toBeNull();
    expect(verifyId('ask', swapAsker(args.join(':')).split(':'), 'Question: q')).toBeNull();
    expect(verifyId('ask', ['page', ASKER.id, '2', args.at(-1)!], 'Question: q')).toBeNull();
    expect(verifyId('ask', args, null)).toBeNull();
    expect(() => signedId('ask', ['page', 'a:b'], 'x')).toThrow(/without ':'/);
  });

  // The hash used to cover the footer only: with the asker swapped, someone else could page, or
  // open a context in place on, another person's answer.
  it('refuses an /ask button whose asker was swapped, with the expired-button message', async () => {
    const { router: r } = router();
    const reply = await r.handle({ kind: 'command', name: 'ask', options: { question: QUESTION }, user: ASKER });
    const state = reply.embeds!.at(-1)!.footer!;
    const buttons = reply.buttons!.flat();
    const more = buttons.find((b) => b.label.startsWith('More'))!;
    const ctx = buttons.find((b) => b.label === 'Context 1')!;
    expect(more.id).toMatch(new RegExp(`^ask:page:${ASKER.id}:1:[0-9a-f]{8}$`));
    const expired = { content: 'This answer can no longer be paged. Ask again with /ask.', ephemeral: true };
    expect(await r.handle({ kind: 'button', customId: swapAsker(more.id), state, user: OTHER })).toEqual(expired);
    expect(await r.handle({ kind: 'button', customId: swapAsker(ctx.id), state, user: OTHER })).toEqual(expired);
    expect(await r.handle({ kind: 'button', customId: more.id.replace(':1:', ':2:'), state, user: ASKER })).toEqual(
      expired,
    );
    // The real buttons: the asker pages; someone else may not, but may read a context of their own.
    expect(await r.handle({ kind: 'button', customId: more.id, state, user: ASKER })).toMatchObject({
      update: true,
      embeds: [{ title: 'From the articles (results 4–6)' }],
    });
    expect((await r.handle({ kind: 'button', customId: more.id, state, user: OTHER })).content).toMatch(
      /^Only the person who asked/,
    );
    expect(await r.handle({ kind: 'button', customId: ctx.id, state, user: OTHER })).toMatchObject({
      ephemeral: true,
      embeds: [{ title: 'Excerpt 1 in context' }],
    });
  });

  it('refuses a /quote button whose asker was swapped, with the expired-button message', async () => {
    const { router: r } = router();
    const reply = await r.handle({ kind: 'command', name: 'quote', options: { speaker: 'Bruce' }, user: ASKER });
    const state = reply.embeds!.at(-1)!.footer!;
    const next = reply.buttons!.flat().find((b) => b.label.startsWith('Next'))!;
    expect(next.id).toMatch(new RegExp(`^quote:page:${ASKER.id}:1:[0-9a-f]{8}$`));
    expect(await r.handle({ kind: 'button', customId: swapAsker(next.id), state, user: OTHER })).toEqual({
      content: 'These quotes can no longer be paged. Run /quote again.',
      ephemeral: true,
    });
    expect(await r.handle({ kind: 'button', customId: next.id, state: 'Speaker: Trump', user: ASKER })).toEqual({
      content: 'These quotes can no longer be paged. Run /quote again.',
      ephemeral: true,
    });
    expect(await r.handle({ kind: 'button', customId: next.id, state, user: ASKER })).toMatchObject({
      update: true,
      embeds: [{ title: 'Tammy Bruce (page 2 of 2)' }],
    });
  });
});

describe('the reload service', () => {
  it('shares one build between concurrent reloads and swaps one reference', async () => {
    let builds = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const next = await loadLibrary(join(ROOT, 'seeds'));
    const { reload } = router({
      load: async () => {
        builds += 1;
        await gate;
        return next;
      },
    });
    const inFlight = reload.current;
    const a = reload.reload();
    const b = reload.reload();
    expect(reload.reloading).toBe(true);
    expect(reload.current).toBe(inFlight); // requests arriving now still get the running library
    release();
    const [ra, rb] = await Promise.all([a, b]);
    expect(builds).toBe(1);
    expect([ra.joined, rb.joined]).toEqual([false, true]);
    expect(reload.current).toBe(next);
    expect(reload.reloading).toBe(false);
  });

  it('keeps the running library when the build fails, and logs why', async () => {
    const { reload, log } = router({
      load: async () => {
        throw new CitebotError('CORPUS_MISSING', 'The corpus directory /gone does not exist.');
      },
    });
    const outcome = await reload.reload();
    expect(outcome.ok).toBe(false);
    expect(reload.current).toBe(seeds);
    expect(log.records.at(-1)).toMatchObject({ level: 'warn', code: 'CORPUS_MISSING' });
    const { reload: crashing, log: log2 } = router({
      load: async () => {
        throw new TypeError('bug');
      },
    });
    expect((await crashing.reload()).ok).toBe(false);
    expect(log2.records.at(-1)).toMatchObject({
      level: 'error',
      msg: 'reload crashed, keeping the running corpus',
      error: { name: 'TypeError', message: 'bug' },
    });
  });
});

describe('state on the message and console input', () => {
  it('round-trips footer state', () => {
    const text = encodeState({ Question: 'what: is it?', Article: undefined });
    expect(text).toBe('Question: what: is it?');
    expect(decodeState(text)).toEqual({ Question: 'what: is it?' });
    expect(decodeState('not state')).toBeNull();
  });

  it('parses slash commands the way Discord fills options', () => {
    const { router: r } = router();
    expect(parseLine('/ask who met the delegation', r.commands)).toEqual({
      name: 'ask',
      options: { question: 'who met the delegation' },
    });
    expect(parseLine('who met the delegation', r.commands)).toEqual({
      name: 'ask',
      options: { question: 'who met the delegation' },
    });
    expect(parseLine('/ask question: ceasefire source: kashmir public:yes', r.commands)).toEqual({
      name: 'ask',
      options: { question: 'ceasefire', source: 'kashmir', public: true },
    });
    expect(parseLine('/ask ceasefire source:kashmir', r.commands)).toEqual({
      name: 'ask',
      options: { question: 'ceasefire', source: 'kashmir' },
    });
    expect(parseLine('/quote Bruce', r.commands)).toEqual({ name: 'quote', options: { speaker: 'Bruce' } });
    expect(parseLine('/SOURCES', r.commands)).toEqual({ name: 'sources', options: {} });
    expect(() => parseLine('/ask x public:maybe', r.commands)).toThrow(/must be true or false/);
    // /sources' one option takes free text: the console's `/sources kashmir` filters the list.
    expect(parseLine('/sources kashmir', r.commands)).toEqual({ name: 'sources', options: { find: 'kashmir' } });
    expect(() => parseLine('/reload everything', r.commands)).toThrow(/takes no text/);
  });
});

describe('configuration', () => {
  it('.env.example lists, with a comment, every variable the configuration reads, and parses', () => {
    const source = readFileSync(join(ROOT, 'src/config/config.ts'), 'utf8');
    const read = new Set(
      [...source.matchAll(/(?:read|flag)(?:<[^>]+>)?\('([A-Z0-9_]+)'/g), ...source.matchAll(/env\.([A-Z0-9_]+)/g)]
        .map((m) => m[1]!)
        // discord.js sets it in the processes of a sharded bot: nobody configures it.
        .filter((name) => name !== 'SHARDING_MANAGER'),
    );
    expect(read.size).toBeGreaterThanOrEqual(14);
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8').split('\n');
    const vars: Record<string, string> = {};
    example.forEach((line, i) => {
      const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
      if (!m) return;
      vars[m[1]!] = m[2]!;
      expect(example[i - 1], `comment above ${m[1]}`).toMatch(/^(#|[A-Z0-9_]+=)/);
    });
    for (const name of read) expect(Object.keys(vars), name).toContain(name);
    expect(() => parseConfig(vars)).not.toThrow();
  });

  it('gives discord.js the API base without a version', () => {
    expect(restOptions(null)).toEqual({});
    expect(restOptions('http://127.0.0.1:9/api')).toEqual({ api: 'http://127.0.0.1:9/api' });
    expect(restOptions('https://proxy.example/api/v10/')).toEqual({ api: 'https://proxy.example/api' });
  });
});

describe('/sources', () => {
  // An operator opens /sources to see what went wrong: skipped and caveat files lead the first page.
  it('lists the skipped files, then those read with a caveat (8-bit text read as Windows-1252), before the titles', async () => {
    const corpus = await tempCorpus({
      'new.txt': 'A plain article.',
      'old.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2e]),
      'empty.txt': '',
    });
    try {
      const { router: r } = router({ initial: await loadLibrary(corpus.dir, { quotes: true }) });
      const reply = await r.handle({ kind: 'command', name: 'sources', options: {}, user: member() });
      const description = reply.embeds![0]!.description!;
      expect(description).toContain('**Skipped:** `empty.txt` (has no text)');
      expect(description).toContain(
        '**Read with a caveat:** `old.txt` (is not valid UTF-8: read as Windows-1252 (Latin-1); save it as UTF-8 to be sure of its characters)',
      );
      expect(description.indexOf('**Skipped:**')).toBeLessThan(description.indexOf('**Read with a caveat:**'));
      expect(description.indexOf('**Read with a caveat:**')).toBeLessThan(description.indexOf('• **'));
    } finally {
      await corpus.cleanup();
    }
  });

  it('find: keeps the articles whose title or id holds every word, and pages keep the filter', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i += 1)
      files[`wire/${String(i).padStart(2, '0')}.txt`] = `Harbour report ${i}\n\nShips came in.`;
    files['lighthouse.txt'] = 'Lighthouse keeper retires\n\nThe keeper left after forty years.';
    const corpus = await tempCorpus(files);
    try {
      const { router: r } = router({ initial: await loadLibrary(corpus.dir, { quotes: true }) });
      const one = await r.handle({ kind: 'command', name: 'sources', options: { find: 'KEEPER' }, user: member() });
      const embed = one.embeds![0]!;
      expect(embed.description).toContain('1 article with “KEEPER” in the title or id.');
      expect(embed.description).toContain('• **Lighthouse keeper retires** · `lighthouse`');
      expect(embed.description).not.toContain('Harbour');
      expect(embed.footer).toBe('Find: KEEPER');

      // Every word must be there, in any order.
      const none = await r.handle({
        kind: 'command',
        name: 'sources',
        options: { find: 'keeper harbour' },
        user: member(),
      });
      expect(none.embeds![0]!.description).toContain('No article with “keeper harbour” in the title or id.');

      const many = await r.handle({ kind: 'command', name: 'sources', options: { find: 'harbour' }, user: member() });
      expect(many.embeds![0]!.description).toContain('30 articles with “harbour” in the title or id.');
      const next = many.buttons![0]!.find((b) => b.label === 'Next ▶')!;
      const page2 = await r.handle({
        kind: 'button',
        customId: next.id,
        state: many.embeds![0]!.footer ?? null,
        user: member(),
      });
      expect(page2.embeds![0]!.title).toBe('Sources (page 2 of 2)');
      expect(page2.embeds![0]!.description).toContain('• **Harbour report 29**');
      expect(page2.embeds![0]!.description).not.toContain('Lighthouse');
      expect(page2.embeds![0]!.footer).toBe('Find: harbour');
    } finally {
      await corpus.cleanup();
    }
  });
});

describe('button ids, one typed encoder and parser per command', () => {
  const footer = 'Question: who met the delegation';
  it('round-trip every kind of button, and parse anything changed or malformed to null', async () => {
    const { askButton, quoteButton } = await import('../../src/app/commands/buttons.ts');
    const asker = '400000000000000002';
    for (const b of [
      { action: 'page', asker, page: 0 },
      { action: 'page', asker, page: 4 },
      { action: 'ctx', asker, page: 1, index: 2 },
    ] as const) {
      const id = askButton.id(b, footer);
      expect(askButton.parse(id.split(':').slice(1), footer)).toEqual(b);
      // Another footer (question), or the id read by the other command: refused.
      expect(askButton.parse(id.split(':').slice(1), 'Question: something else')).toBeNull();
      expect(quoteButton.parse(id.split(':').slice(1), footer)).toBeNull();
    }
    const q = quoteButton.id({ action: 'page', asker, page: 3 }, 'Speaker: Bruce');
    expect(quoteButton.parse(q.split(':').slice(1), 'Speaker: Bruce')).toEqual({ action: 'page', asker, page: 3 });
    // A page beyond the last, an excerpt beyond the page, or no footer: null.
    expect(
      askButton.parse(askButton.id({ action: 'page', asker, page: 5 }, footer).split(':').slice(1), footer),
    ).toBeNull();
    expect(
      askButton.parse(askButton.id({ action: 'ctx', asker, page: 0, index: 3 }, footer).split(':').slice(1), footer),
    ).toBeNull();
    expect(
      askButton.parse(askButton.id({ action: 'page', asker, page: 0 }, footer).split(':').slice(1), null),
    ).toBeNull();
  });
});
