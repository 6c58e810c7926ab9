/**
 * The entry points as a user runs them: `npm run deploy` and `npm start` (src/deploy.ts and
 * src/main.ts under tsx) pointed at the local Discord stand-in through DISCORD_API_BASE, and the
 * console mode (no DISCORD_TOKEN) driven through its stdin.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { COMMANDS } from '../../src/app/commands/all.ts';
import { CONNECT_HINT } from '../../src/console/console.ts';
import { DiscordStandIn, opt } from '../discord/standin.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';
import { answerOf, sentMessages } from './harness.ts';
import { refusedPort } from '../helpers/ports.ts';
import { finish, jsonLines, run, startBot } from '../helpers/processes.ts';
import { SEED } from '../helpers/fixtures.ts';

/** A stand-in answering `method` routes matching `pattern` with one Discord error. */
async function refusingStandIn(
  method: string,
  pattern: RegExp,
  status: number,
  code: number,
  message: string,
): Promise<DiscordStandIn> {
  const standin = new DiscordStandIn({ timeoutMs: 20_000 });
  await standin.start();
  standin.route(method, pattern, () => ({ status, body: { code, message } }));
  return standin;
}

describe('npm run deploy', () => {
  let standin: DiscordStandIn;
  beforeAll(async () => {
    standin = new DiscordStandIn();
    await standin.start();
  });
  afterAll(async () => {
    await standin.stop();
  });

  it('registers every command to the development server with one bulk overwrite', async () => {
    const { code, stdout, stderr } = await finish(
      run('src/deploy.ts', {
        DISCORD_TOKEN: 'deploy-token',
        DISCORD_APPLICATION_ID: standin.appId,
        DISCORD_GUILD_ID: standin.guildId,
        DISCORD_API_BASE: standin.apiBase,
      }),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const puts = standin.calls.filter((c) => c.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({
      path: `/applications/${standin.appId}/guilds/${standin.guildId}/commands`,
      auth: 'Bot deploy-token',
      status: 200,
    });
    expect(puts[0]!.body).toEqual(JSON.parse(JSON.stringify(COMMANDS.map((c) => c.data))));
    const reload = puts[0]!.body.find((c: { name: string }) => c.name === 'reload');
    expect(reload).toMatchObject({
      default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
      contexts: [0],
    });
    const ask = puts[0]!.body.find((c: { name: string }) => c.name === 'ask');
    expect(ask.options.find((o: { name: string }) => o.name === 'source')).toMatchObject({
      type: 3,
      autocomplete: true,
    });
    expect(standin.guildCommands.get(standin.guildId)!.map((c) => c.name)).toEqual([
      'ask',
      'quote',
      'sources',
      'article',
      'feed',
      'reload',
      'help',
    ]);
    expect(stdout).toMatch(
      new RegExp(
        `^Registered 7 commands in server ${standin.guildId} \\(DISCORD_GUILD_ID\\):\\n  /ask  Ask a question`,
      ),
    );
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const { code, stdout } = await finish(
      run('src/deploy.ts', {
        DISCORD_TOKEN: 'deploy-token',
        DISCORD_APPLICATION_ID: standin.appId,
        DISCORD_API_BASE: standin.apiBase,
      }),
    );
    expect(code).toBe(0);
    expect(standin.calls.filter((c) => c.method === 'PUT').at(-1)!.path).toBe(
      `/applications/${standin.appId}/commands`,
    );
    expect(standin.globalCommands).toHaveLength(7);
    expect(stdout).toMatch(/^Registered 7 commands globally/);
  });

  it('clears a scope with --clear', async () => {
    const { code, stdout } = await finish(
      run(
        'src/deploy.ts',
        {
          DISCORD_TOKEN: 'deploy-token',
          DISCORD_APPLICATION_ID: standin.appId,
          DISCORD_GUILD_ID: standin.guildId,
          DISCORD_API_BASE: `${standin.apiBase}/v10`,
        },
        ['--clear'],
      ),
    );
    expect(code).toBe(0);
    expect(standin.calls.at(-1)).toMatchObject({
      method: 'PUT',
      path: `/applications/${standin.appId}/guilds/${standin.guildId}/commands`,
      body: [],
    });
    expect(standin.guildCommands.get(standin.guildId)).toEqual([]);
    expect(stdout).toBe(`Registered 0 commands in server ${standin.guildId} (DISCORD_GUILD_ID).\n`);
  });

  it('names the invalid variable: an id that is set must be a snowflake', async () => {
    const { code, stderr } = await finish(
      run('src/deploy.ts', { DISCORD_TOKEN: 'x', DISCORD_APPLICATION_ID: 'not-an-id' }),
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      'deploy failed: Invalid configuration:\n' +
        '  DISCORD_APPLICATION_ID: must be a snowflake id (a 17-20 digit number), the Application ID on the developer portal\'s General Information page (got "not-an-id")\n' +
        'See .env.example for every variable.\n',
    );
  });
});

describe('npm run deploy, failing: one line with the cause and the fix, not the raw error', () => {
  const ids = { DISCORD_TOKEN: 'deploy-token', DISCORD_APPLICATION_ID: '200000000000000001' };

  it('puts a refused connection on DISCORD_API_BASE (was: "connect ECONNREFUSED 127.0.0.1:<port>")', async () => {
    const port = await refusedPort();
    const { code, stdout, stderr } = await finish(
      run('src/deploy.ts', { ...ids, DISCORD_API_BASE: `http://127.0.0.1:${port}/api` }),
    );
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `deploy failed: cannot reach 127.0.0.1:${port} (connection refused: ECONNREFUSED). ` +
        `Check DISCORD_API_BASE (http://127.0.0.1:${port}/api): is the address right and is the proxy there running? Unset it to talk to Discord directly.\n`,
    );
    expect(code).toBe(1);
  });

  it('puts a 401 on the token (was: "401: Unauthorized")', async () => {
    const standin = await refusingStandIn('PUT', /commands$/, 401, 0, '401: Unauthorized');
    const { code, stderr } = await finish(run('src/deploy.ts', { ...ids, DISCORD_API_BASE: standin.apiBase }));
    await standin.stop();
    expect(stderr).toBe(
      'deploy failed: Discord rejected DISCORD_TOKEN (401 Unauthorized). ' +
        'Reset the token in the developer portal (your application > Bot > Reset Token) and set DISCORD_TOKEN to the new one.\n',
    );
    expect(code).toBe(1);
  });

  it('puts Missing Access in a server on the invite (applications.commands) or the server id (was: "Missing Access")', async () => {
    const standin = await refusingStandIn('PUT', /commands$/, 403, 50001, 'Missing Access');
    const { code, stderr } = await finish(
      run('src/deploy.ts', { ...ids, DISCORD_GUILD_ID: standin.guildId, DISCORD_API_BASE: standin.apiBase }),
    );
    await standin.stop();
    expect(stderr).toBe(
      `deploy failed: the bot cannot register commands in server ${standin.guildId} (403 Missing Access). ` +
        'Invite the bot to that server with the bot and applications.commands scopes (the invite link in the README), ' +
        'and check DISCORD_GUILD_ID: right-click the server, Copy Server ID.\n',
    );
    expect(code).toBe(1);
  });

  it('puts a refusal of global registration on the application id', async () => {
    const standin = await refusingStandIn(
      'PUT',
      /commands$/,
      403,
      20012,
      'You are not authorized to perform this action on this application',
    );
    const { code, stderr } = await finish(run('src/deploy.ts', { ...ids, DISCORD_API_BASE: standin.apiBase }));
    await standin.stop();
    expect(stderr).toBe(
      'deploy failed: DISCORD_APPLICATION_ID 200000000000000001 is not the application of DISCORD_TOKEN ' +
        '(403 You are not authorized to perform this action on this application). ' +
        'Copy the Application ID from the General Information page of the same application as the token, in the developer portal.\n',
    );
    expect(code).toBe(1);
  });
});

/** `npm start` with a token, logged in to a fresh stand-in over the seed article: resolves once connected. */
async function startedBot() {
  const standin = new DiscordStandIn({ timeoutMs: 20_000 });
  await standin.start();
  const corpus = await tempCorpus({ 'kashmir.txt': SEED });
  const { child, live, done } = startBot(standin, { CORPUS_DIR: corpus.dir });
  try {
    await expect
      .poll(() => live.stderr.includes('"msg":"connected to Discord"'), { timeout: 20_000, interval: 50 })
      .toBe(true);
  } catch (error) {
    child.kill('SIGKILL');
    await standin.stop();
    await corpus.cleanup();
    throw error;
  }
  return { standin, corpus, child, done };
}

describe('npm start with a token', () => {
  it('logs in through DISCORD_API_BASE, answers, declines, reloads, and shuts down on SIGTERM', async () => {
    const { standin, corpus, child, done } = await startedBot();
    try {
      expect(standin.calls[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', auth: 'Bot start-token' });

      const ask = await standin.command('ask', [opt.string('question', 'who met the delegation')]).final();
      expect(ask.data.embeds![0]!.description).toContain('**met** with the Pakistani **delegation**');
      const quote = await standin.command('quote', [opt.string('speaker', 'Bruce')]).final();
      expect(quote.data.embeds![0]!.title).toMatch(/^Tammy Bruce/);
      const declined = await standin.command('quote', [opt.string('speaker', 'Zelensky')]).final();
      expect(declined.data.content).toMatch(/^I don't know anyone called “Zelensky”/);
      const reload = await answerOf(standin.command('reload', [], { permissions: PermissionFlagsBits.ManageGuild }));
      expect(reload.data.embeds![0]!.title).toBe('Reloaded the articles');
      expect(reload.message!.flags & MessageFlags.Ephemeral).toBeTruthy();
      for (const { body } of sentMessages(standin.calls)) expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(standin.calls.every((c) => c.auth === undefined || c.auth === 'Bot start-token')).toBe(true);
    } finally {
      child.kill('SIGTERM');
      const { code, stderr } = await done;
      await standin.stop();
      await corpus.cleanup();
      const logs = jsonLines(stderr);
      expect(logs.map((l) => l.msg)).toEqual(
        expect.arrayContaining([
          'corpus loaded',
          'connected to Discord',
          'answered',
          'declined',
          'reload finished',
          'shutting down',
        ]),
      );
      // Said before logging in, so a start that hangs or fails shows how far it got.
      expect(logs.slice(0, 4).map((l) => l.msg)).toEqual([
        expect.stringMatching(/^loading 1 file from .+…$/),
        'corpus loaded',
        'connecting to Discord…',
        'connected to Discord',
      ]);
      expect(logs[2]).toMatchObject({ level: 'info', api: standin.apiBase });
      // Closing the connection on the way out is no "gateway reconnecting".
      expect(logs.at(-1)!.msg).toBe('shutting down');
      expect(logs.filter((l) => l.level === 'error')).toEqual([]);
      expect(code).toBe(0);
    }
  });

  it('exits non-zero with one error naming the cause and the fix when Discord ends the session (gateway close 4004: the token was reset)', async () => {
    // Before: one warning "gateway disconnected" and exit status 0, as if the bot had been stopped.
    const { standin, corpus, child, done } = await startedBot();
    try {
      standin.closeGateway(4004, 'Authentication failed.');
      const { code, stderr } = await done;
      const logs = jsonLines(stderr);
      expect(logs.map((l) => l.msg)).toEqual([
        expect.stringMatching(/^loading 1 file from .+…$/),
        'corpus loaded',
        'connecting to Discord…',
        'connected to Discord',
        'disconnected from Discord: the token is invalid (gateway close 4004, authentication failed): it was reset or revoked',
      ]);
      expect(logs[4]).toEqual({
        time: logs[4]!.time,
        level: 'error',
        msg: logs[4]!.msg,
        fix: 'Reset the token in the developer portal (your application > Bot > Reset Token) and set DISCORD_TOKEN to the new one.',
        error: {
          name: 'GatewayClosedError',
          message: 'the gateway closed the connection with 4004 (AuthenticationFailed)',
          code: 4004,
        },
      });
      // 78 (EX_CONFIG): only a new token fixes it, so the service manager must not restart it in a loop.
      expect(code).toBe(78);
    } finally {
      child.kill('SIGKILL');
      await standin.stop();
      await corpus.cleanup();
    }
  });

  it('explains a token rejected at login (401) in one line without a stack trace', async () => {
    const standin = await refusingStandIn('GET', /^\/gateway\/bot$/, 401, 0, '401: Unauthorized');
    const corpus = await tempCorpus({ 'kashmir.txt': SEED });
    const { code, stderr } = await startBot(standin, { DISCORD_TOKEN: 'bad-token', CORPUS_DIR: corpus.dir }).done;
    await standin.stop();
    await corpus.cleanup();
    const logs = jsonLines(stderr);
    expect(logs.map((l) => l.msg)).toEqual([
      expect.stringMatching(/^loading 1 file from .+…$/),
      'corpus loaded',
      'connecting to Discord…',
      'could not connect to Discord: Discord rejected DISCORD_TOKEN (401 Unauthorized)',
    ]);
    expect(logs[3]).toEqual({
      time: logs[3]!.time,
      level: 'error',
      msg: logs[3]!.msg,
      fix: 'Reset the token in the developer portal (your application > Bot > Reset Token) and set DISCORD_TOKEN to the new one.',
      error: { name: 'DiscordjsError [TokenInvalid]', message: 'An invalid token was provided.', code: 'TokenInvalid' },
    });
    expect(code).toBe(78);
  });

  it('puts an unreachable DISCORD_API_BASE on the network and DISCORD_API_BASE, not on the token', async () => {
    const port = await refusedPort();
    const corpus = await tempCorpus({ 'kashmir.txt': SEED });
    const { code, stderr } = await finish(
      run('src/main.ts', {
        DISCORD_TOKEN: 'start-token',
        DISCORD_APPLICATION_ID: '200000000000000001',
        DISCORD_API_BASE: `http://127.0.0.1:${port}/api`,
        CORPUS_DIR: corpus.dir,
      }),
    );
    await corpus.cleanup();
    const logs = jsonLines(stderr);
    expect(logs.map((l) => l.msg)).toEqual([
      expect.stringMatching(/^loading 1 file from .+…$/),
      'corpus loaded',
      'connecting to Discord…',
      `could not connect to Discord: cannot reach 127.0.0.1:${port} (connection refused: ECONNREFUSED)`,
    ]);
    expect(logs[3]).toMatchObject({
      level: 'error',
      fix: `Check DISCORD_API_BASE (http://127.0.0.1:${port}/api): is the address right and is the proxy there running? Unset it to talk to Discord directly.`,
      error: { name: 'Error', message: `connect ECONNREFUSED 127.0.0.1:${port}`, code: 'ECONNREFUSED' },
    });
    expect(logs[3]!.error.stack).toBeUndefined();
    expect(code).toBe(1);
  });

  it('keeps the stack of an expected failure at LOG_LEVEL=debug', async () => {
    const port = await refusedPort();
    const corpus = await tempCorpus({ 'kashmir.txt': SEED });
    const { code, stderr } = await finish(
      run('src/main.ts', {
        DISCORD_TOKEN: 'start-token',
        DISCORD_APPLICATION_ID: '200000000000000001',
        DISCORD_API_BASE: `http://127.0.0.1:${port}/api`,
        CORPUS_DIR: corpus.dir,
        LOG_LEVEL: 'debug',
      }),
    );
    await corpus.cleanup();
    const failure = jsonLines(stderr).find((l) => l.level === 'error')!;
    expect(failure.msg).toBe(
      `could not connect to Discord: cannot reach 127.0.0.1:${port} (connection refused: ECONNREFUSED)`,
    );
    expect(failure.error.stack).toMatch(/^Error: connect ECONNREFUSED 127\.0\.0\.1:\d+\n {4}at /);
    expect(code).toBe(1);
  });

  it('names an invalid variable and exits', async () => {
    const { code, stderr } = await finish(
      run('src/main.ts', {
        DISCORD_TOKEN: 't',
        DISCORD_APPLICATION_ID: '200000000000000001',
        ASK_COOLDOWN_SECONDS: 'soon',
      }),
    );
    // 78, EX_CONFIG: the service manager must not restart it in a loop (deploy/citebot.service).
    expect(code).toBe(78);
    expect(stderr).toMatch(/ASK_COOLDOWN_SECONDS: must be a number from 0 to 3600 \(got "soon"\)/);
  });
});

describe('npm start without a token: the console', () => {
  it('reads the directory given with --corpus instead of CORPUS_DIR, as ask does, and refuses unknown options', async () => {
    const corpus = await tempCorpus({ 'kashmir.txt': SEED });
    const child = run('src/main.ts', { CORPUS_DIR: join(corpus.dir, 'missing') }, ['--corpus', corpus.dir]);
    const done = finish(child);
    child.stdin.end('/exit\n');
    const { code, stdout } = await done;
    const bad = await finish(run('src/main.ts', {}, ['--corpse', 'x']));
    await corpus.cleanup();
    expect(code).toBe(0);
    expect(stdout.split('\n')[1]).toBe(`1 article(s), 26 sentences from ${corpus.dir}.`);
    expect([bad.code, bad.stderr]).toEqual([
      1,
      "Unknown option '--corpse'\nusage: npm start -- [options]\n(--help lists every option)\n",
    ]);
  });

  it('says "loading N files from DIR…" on stderr before it loads, and no progress line when stderr is not a terminal', async () => {
    const corpus = await tempCorpus({
      'kashmir.txt': SEED,
      'notes/pipeline.md': '---\ntitle: Pipeline\n---\nThe board approved the pipeline.\n',
    });
    const child = run('src/main.ts', { CORPUS_DIR: corpus.dir });
    const done = finish(child);
    child.stdin.end('/exit\n');
    const { code, stderr } = await done;
    await corpus.cleanup();
    expect(code).toBe(0);
    expect(stderr).toBe(`loading 2 files from ${corpus.dir}…\n`);
  });

  it('takes slash commands on stdin and prints the same replies as text', async () => {
    const corpus = await tempCorpus({ 'kashmir.txt': SEED });
    const child = run('src/main.ts', { CORPUS_DIR: corpus.dir });
    const done = finish(child);
    child.stdin.end(
      `${[
        '/ask who met the delegation',
        '/press 1',
        '/quote Bruce',
        '/sources',
        '/reload',
        '/ask what is the price of bananas on mars',
        '/quote Zelensky',
        '/nope',
        '/exit',
        '/help',
      ].join('\n')}\n`,
    );
    const { code, stdout } = await done;
    await corpus.cleanup();
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(CONNECT_HINT);
    expect(stdout).toContain('== From the articles ==');
    expect(stdout).toContain(
      // Piped, so plain text: no literal ** around the matched words.
      'Responding to the inquiry, State Department spokesperson Tammy Bruce confirmed that Under Secretary Hooker had met with the Pakistani delegation',
    );
    expect(stdout).toContain(
      '— US hopes Trump can help resolve Kashmir dispute, State Department says (kashmir) · paragraph 3, sentence 1',
    );
    expect(stdout).toContain('Buttons: [1] Context 1  [2] Context 2  [3] Context 3  [4] More results ▶');
    // /press 1 went through the same button handler: the excerpt with the sentence after it.
    expect(stdout).toMatch(/during their visit to Washington\. “She reiterated US support/);
    expect(stdout).toContain('[1] Hide context 1');
    expect(stdout).toMatch(/== Tammy Bruce \(page 1 of \d+\) ==/);
    expect(stdout).toContain('Direct quotes');
    expect(stdout).not.toContain('**');
    expect(stdout).toContain('== Sources ==');
    expect(stdout).toContain('== Reloaded the articles ==');
    expect(stdout).toContain('Not found in the articles');
    expect(stdout).toContain("I don't know anyone called “Zelensky”");
    expect(stdout).toContain('There is no /nope command.');
    expect(stdout).not.toContain('== citebot =='); // /help came after /exit
  });
});
