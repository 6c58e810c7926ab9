/** The command modules and the router without Discord: definitions, permissions, state, errors. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { COMMANDS } from '../../commands/index.ts';
import { decodeState, encodeState } from '../../commands/shared.ts';
import { Context, OptionType, Permission, type Invoker } from '../../src/bot/command.ts';
import { memoryLogger } from '../../src/bot/log.ts';
import { ReloadService } from '../../src/bot/reload.ts';
import { Router } from '../../src/bot/router.ts';
import { parseLine } from '../../src/console/parse.ts';
import { restOptions } from '../../src/bot/discord.ts';
import { parseConfig } from '../../src/config/config.ts';
import { CitebotError } from '../../src/errors.ts';
import { loadLibrary, type Library } from '../../src/library.ts';
import { LIMITS } from '../../src/replies/limits.ts';
import { TEST_BOT_CONFIG } from './harness.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const member = (over: Partial<Invoker> = {}): Invoker => ({ id: '400000000000000002', inGuild: true, canManageGuild: false, roleIds: [], ...over });

let seeds: Library;
beforeAll(async () => {
  seeds = await loadLibrary(join(ROOT, 'seeds'));
});

function router(options: { load?: () => Promise<Library>; adminRoleIds?: string[] } = {}) {
  const log = memoryLogger();
  const reload = new ReloadService({ initial: seeds, load: options.load ?? (async () => seeds), log });
  return { router: new Router({ commands: COMMANDS, reload, config: { ...TEST_BOT_CONFIG, adminRoleIds: options.adminRoleIds ?? [] }, log }), reload, log };
}

describe('command definitions', () => {
  it('use Discord\'s numbers', () => {
    expect(OptionType.String).toBe(ApplicationCommandOptionType.String);
    expect(OptionType.Integer).toBe(ApplicationCommandOptionType.Integer);
    expect(OptionType.Boolean).toBe(ApplicationCommandOptionType.Boolean);
    expect(Permission.ManageGuild).toBe(PermissionFlagsBits.ManageGuild);
    expect(Context.Guild).toBe(InteractionContextType.Guild);
    expect(Context.BotDM).toBe(InteractionContextType.BotDM);
  });

  it('fit Discord\'s rules for names, descriptions and options', () => {
    expect(COMMANDS.map((c) => c.data.name)).toEqual(['ask', 'quote', 'sources', 'reload', 'help']);
    for (const { data } of COMMANDS) {
      expect(data.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(data.description.length).toBeLessThanOrEqual(100);
      const options = data.options ?? [];
      expect(options.length).toBeLessThanOrEqual(25);
      // Required options come first.
      const firstOptional = options.findIndex((o) => !o.required);
      if (firstOptional >= 0) expect(options.slice(firstOptional).some((o) => o.required)).toBe(false);
      for (const o of options) {
        expect(o.name).toMatch(/^[-_a-z0-9]{1,32}$/);
        expect(o.description.length).toBeLessThanOrEqual(100);
      }
    }
    const reload = COMMANDS.find((c) => c.data.name === 'reload')!;
    expect(reload.data).toMatchObject({ default_member_permissions: '32', contexts: [0] });
  });

  it('keep discord.js out of the handlers, the router, the console and the replies', () => {
    const dirs = ['commands', 'src/console', 'src/replies'];
    const files = [...dirs.flatMap((d) => readdirSync(join(ROOT, d)).map((f) => join(d, f))), 'src/bot/router.ts', 'src/bot/command.ts', 'src/bot/reload.ts'];
    for (const file of files) expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(/from 'discord\.js'/);
  });
});

describe('the router', () => {
  it('lets a member with an admin role reload, and refuses others and DMs', async () => {
    const { router: r } = router({ adminRoleIds: ['500000000000000001'] });
    const byRole = await r.handle({ kind: 'command', name: 'reload', options: {}, user: member({ roleIds: ['500000000000000001'] }) });
    expect(byRole.embeds?.[0]?.title).toBe('Reloaded the articles');
    const refused = await r.handle({ kind: 'command', name: 'reload', options: {}, user: member({ roleIds: ['500000000000000002'] }) });
    expect(refused).toMatchObject({ ephemeral: true, content: expect.stringMatching(/Only moderators/) });
    const dm = await r.handle({ kind: 'command', name: 'reload', options: {}, user: member({ inGuild: false }) });
    expect(dm.content).toMatch(/Only moderators/);
  });

  it('answers unknown commands and missing options with short ephemeral messages', async () => {
    const { router: r, log } = router();
    expect(await r.handle({ kind: 'command', name: 'nope', options: {}, user: member() })).toEqual({ content: 'There is no /nope command. Try /help.', ephemeral: true });
    expect(await r.handle({ kind: 'command', name: 'ask', options: { question: '  ' }, user: member() }))
      .toMatchObject({ ephemeral: true, content: expect.stringMatching(/^\/ask needs question/) });
    expect(log.records.filter((x) => x.level === 'error')).toEqual([]);
  });

  it('keeps custom ids within 100 characters on every page', async () => {
    const { router: r } = router();
    const user = member({ id: '12345678901234567890' });
    const reply = await r.handle({ kind: 'command', name: 'ask', options: { question: 'Pakistan India US delegation Washington State Department Trump Kashmir' }, user });
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
    const broken = { ...seeds, quotes: { ...seeds.quotes, speakers: () => { throw new Error('index broken'); } } } as Library;
    const r = new Router({ commands: COMMANDS, reload: Object.assign(reload, { library: broken }), config: TEST_BOT_CONFIG, log });
    expect(r.autocomplete({ kind: 'autocomplete', name: 'quote', focused: { name: 'speaker', value: 'b' }, options: {}, user: member() })).toEqual([]);
    expect(log.records.at(-1)).toMatchObject({ level: 'error', msg: 'autocomplete failed', command: 'quote' });
  });
});

describe('the reload service', () => {
  it('shares one build between concurrent reloads and swaps one reference', async () => {
    let builds = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const next = await loadLibrary(join(ROOT, 'seeds'));
    const { reload } = router({ load: async () => { builds += 1; await gate; return next; } });
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
    const { reload, log } = router({ load: async () => { throw new CitebotError('CORPUS_MISSING', 'The corpus directory /gone does not exist.'); } });
    const outcome = await reload.reload();
    expect(outcome.ok).toBe(false);
    expect(reload.current).toBe(seeds);
    expect(log.records.at(-1)).toMatchObject({ level: 'warn', code: 'CORPUS_MISSING' });
    const { reload: crashing, log: log2 } = router({ load: async () => { throw new TypeError('bug'); } });
    expect((await crashing.reload()).ok).toBe(false);
    expect(log2.records.at(-1)).toMatchObject({ level: 'error', msg: 'reload crashed, keeping the running corpus', error: { name: 'TypeError', message: 'bug' } });
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
    expect(parseLine('/ask who met the delegation', r.commands)).toEqual({ name: 'ask', options: { question: 'who met the delegation' } });
    expect(parseLine('who met the delegation', r.commands)).toEqual({ name: 'ask', options: { question: 'who met the delegation' } });
    expect(parseLine('/ask question: ceasefire source: kashmir public:yes', r.commands))
      .toEqual({ name: 'ask', options: { question: 'ceasefire', source: 'kashmir', public: true } });
    expect(parseLine('/ask ceasefire source:kashmir', r.commands)).toEqual({ name: 'ask', options: { question: 'ceasefire', source: 'kashmir' } });
    expect(parseLine('/quote Bruce', r.commands)).toEqual({ name: 'quote', options: { speaker: 'Bruce' } });
    expect(parseLine('/SOURCES', r.commands)).toEqual({ name: 'sources', options: {} });
    expect(() => parseLine('/ask x public:maybe', r.commands)).toThrow(/must be true or false/);
    expect(() => parseLine('/sources everything', r.commands)).toThrow(/takes no text/);
  });
});

describe('configuration', () => {
  it('.env.example lists, with a comment, every variable the configuration reads, and parses', () => {
    const source = readFileSync(join(ROOT, 'src/config/config.ts'), 'utf8');
    const read = new Set([...source.matchAll(/read(?:<[^>]+>)?\('([A-Z0-9_]+)'/g), ...source.matchAll(/env\.([A-Z0-9_]+)/g)].map((m) => m[1]!));
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
