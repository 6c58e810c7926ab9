/**
 * The bot's life on Discord outside interactions: logging in, the ways that fails as expected
 * (each explained by `diagnose` with its cause and fix), the session Discord ends for good, and the
 * deadline on connecting. The real discord.js client talks to the local stand-in, or to 127.0.0.1
 * ports that refuse connections or accept them and never answer; nothing leaves this machine.
 */
import { once } from 'node:events';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordAPIError, HTTPError } from 'discord.js';
import { COMMANDS } from '../../src/app/commands/all.ts';
import {
  CONNECT_TIMEOUT_MS,
  ConnectTimeoutError,
  diagnose,
  FATAL_CLOSES,
  GatewayClosedError,
  type DiagnoseContext,
  type Diagnosis,
} from '../../src/discord/connection.ts';
import { DiscordBot } from '../../src/discord/bot.ts';
import { createLogger, expected, memoryLogger, type LogRecord } from '../../src/app/log.ts';
import { RELOAD_SLICE_MS, ReloadService } from '../../src/app/reloadService.ts';
import { Router } from '../../src/app/router.ts';
import { registerCommands } from '../../src/deploy.ts';
import { loadLibrary } from '../../src/library.ts';
import { useLibrary } from '../helpers/tempCorpus.ts';
import { DiscordStandIn } from '../discord/standin.ts';
import { TEST_BOT_CONFIG } from './harness.ts';
import { refusedPort } from '../helpers/ports.ts';

const library = useLibrary({ 'a.txt': 'The minister met the delegation on Monday.' });

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function newBot(apiBase: string) {
  const log = memoryLogger();
  const reload = new ReloadService({
    initial: library(),
    load: () => loadLibrary(library().corpus.dir, { sliceMs: RELOAD_SLICE_MS }),
    log,
  });
  const router = new Router({ commands: COMMANDS, reload, config: TEST_BOT_CONFIG, log });
  const bot = new DiscordBot({
    discord: { token: 'test-token', applicationId: '200000000000000001', guildId: null, apiBase },
    router,
    log,
  });
  cleanups.push(() => bot.client.destroy());
  return { bot, log };
}

async function startStandIn(): Promise<DiscordStandIn> {
  const standin = new DiscordStandIn({ timeoutMs: 10_000 });
  await standin.start();
  cleanups.push(() => standin.stop());
  return standin;
}

/** A 127.0.0.1 port that accepts connections and never answers: a network that drops packets, locally. */
async function silentPort(): Promise<number> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return (server.address() as { port: number }).port;
}

/** A WebSocket server on 127.0.0.1 that accepts connections and never says HELLO: a gateway that does not answer. */
async function helloLessGateway(): Promise<number> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(wss, 'listening');
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close(() => resolve());
      }),
  );
  return (wss.address() as AddressInfo).port;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

// The operator's to fix: `npm start` exits 78 on it, so a supervisor does not restart it in a loop.
const TOKEN_REJECTED: Diagnosis = {
  cause: 'Discord rejected DISCORD_TOKEN (401 Unauthorized)',
  fix: 'Reset the token in the developer portal (your application > Bot > Reset Token) and set DISCORD_TOKEN to the new one.',
  configuration: true,
};

const msgs = (records: readonly LogRecord[]): string[] => records.map((r) => r.msg);

describe('logging in', () => {
  it('says "connecting to Discord…" (and where) before it logs in, then "connected to Discord"', async () => {
    const standin = await startStandIn();
    const { bot, log } = newBot(standin.apiBase);
    await bot.start();
    expect(msgs(log.records)).toEqual(['connecting to Discord…', 'connected to Discord']);
    expect(log.records[0]).toMatchObject({ level: 'info', api: standin.apiBase });
  });

  it('gives up after the deadline when the API accepts the connection and never answers', async () => {
    // The bot would otherwise wait through 4 attempts of 15 s each (discord.js's REST timeout and retries).
    const port = await silentPort();
    const { bot } = newBot(`http://127.0.0.1:${port}/api`);
    const error = await failure(bot.start(300));
    expect(error).toBeInstanceOf(ConnectTimeoutError);
    expect(diagnose(error, { apiBase: `http://127.0.0.1:${port}/api` })).toEqual({
      cause: `no answer from 127.0.0.1:${port} within 0.3 s`,
      fix: `Check DISCORD_API_BASE (http://127.0.0.1:${port}/api): is the address right and is the proxy there running? Unset it to talk to Discord directly.`,
    });
  });

  it('names the gateway, not the API, when the API answered and the gateway does not', async () => {
    const standin = await startStandIn();
    const port = await helloLessGateway();
    standin.route('GET', /^\/gateway\/bot$/, () => ({
      status: 200,
      body: {
        url: `ws://127.0.0.1:${port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      },
    }));
    const { bot } = newBot(standin.apiBase);
    const error = await failure(bot.start(2000));
    expect(error).toMatchObject({ name: 'ConnectTimeoutError', host: `127.0.0.1:${port}` });
    expect(diagnose(error, { apiBase: null })).toEqual({
      cause: `no answer from 127.0.0.1:${port} within 2 s`,
      fix: `Check the network connection: a firewall or proxy may be dropping connections to 127.0.0.1:${port}.`,
    });
  });

  it("fails with discord.js's TokenInvalid when Discord answers 401 to GET /gateway/bot, which diagnose puts on the token", async () => {
    const standin = await startStandIn();
    standin.route('GET', /^\/gateway\/bot$/, () => ({ status: 401, body: { message: '401: Unauthorized', code: 0 } }));
    const { bot } = newBot(standin.apiBase);
    const error = await failure(bot.start());
    expect(error).toMatchObject({ code: 'TokenInvalid', message: 'An invalid token was provided.' });
    expect(diagnose(error, { apiBase: standin.apiBase })).toEqual(TOKEN_REJECTED);
  });

  it('fails with the close code when Discord answers IDENTIFY by closing with 4004, not a bare "Authentication failed"', async () => {
    const standin = await startStandIn();
    standin.rejectIdentify = 4004;
    const { bot } = newBot(standin.apiBase);
    const error = await failure(bot.start());
    expect(error).toBeInstanceOf(GatewayClosedError);
    expect(error).toMatchObject({
      code: 4004,
      message: 'the gateway closed the connection with 4004 (AuthenticationFailed)',
    });
  });
});

describe('a session Discord ends for good', () => {
  it.each([4004, 4014])(
    'resolves `closed` with the close code (%i) and does not log a bare "gateway disconnected"',
    async (code) => {
      const standin = await startStandIn();
      const { bot, log } = newBot(standin.apiBase);
      await bot.start();
      standin.closeGateway(code);
      const closed = await bot.closed;
      expect(closed).toMatchObject({ name: 'GatewayClosedError', code });
      expect(msgs(log.records)).toEqual(['connecting to Discord…', 'connected to Discord']);
    },
  );

  it('keeps reconnecting by itself after a resumable close (4000), so `closed` stays pending', async () => {
    const standin = await startStandIn();
    const { bot, log } = newBot(standin.apiBase);
    await bot.start();
    let settled = false;
    void bot.closed.then(() => {
      settled = true;
    });
    // 4000 is not fatal: discord.js resumes the session. Wait for the RESUME to reach the stand-in.
    const resumes = (): number => standin.gatewayReceived.filter((p) => p.op === 6).length;
    standin.closeGateway(4000, 'unknown error', { resumable: true });
    await expect.poll(resumes, { timeout: 10_000, interval: 20 }).toBe(1);
    expect(settled).toBe(false);
    expect(log.records.filter((r) => r.level === 'error')).toEqual([]);
  });
});

describe('diagnose: the cause and the fix of each expected failure', () => {
  const direct: DiagnoseContext = { apiBase: null };
  const proxy: DiagnoseContext = { apiBase: 'http://127.0.0.1:9/api' };
  const deployGlobal: DiagnoseContext = { apiBase: null, applicationId: '200000000000000001', guildId: null };
  const deployGuild: DiagnoseContext = {
    apiBase: null,
    applicationId: '200000000000000001',
    guildId: '300000000000000001',
  };
  const system = (message: string, code: string, extra: Record<string, unknown> = {}): Error =>
    Object.assign(new Error(message), { code, ...extra });
  const api = (status: number, code: number, message: string): DiscordAPIError =>
    new DiscordAPIError({ code, message }, code, status, 'PUT', 'https://discord.com/api/v10/applications/1/commands', {
      body: [],
    });

  it('explains every gateway close code discord.js does not reconnect after, by its discord-api-types name', () => {
    expect([...FATAL_CLOSES.keys()]).toEqual([4004, 4010, 4011, 4012, 4013, 4014]);
    const cause = (code: number): string => diagnose(new GatewayClosedError(code), direct)!.cause;
    expect(cause(4004)).toBe(
      'the token is invalid (gateway close 4004, authentication failed): it was reset or revoked',
    );
    expect(cause(4010)).toBe('the shard configuration is invalid (gateway close 4010, invalid shard)');
    expect(cause(4011)).toBe(
      'Discord requires sharding (gateway close 4011, sharding required): the bot is in too many servers for one connection',
    );
    expect(cause(4012)).toBe(
      'the gateway API version is invalid or no longer supported (gateway close 4012, invalid API version)',
    );
    expect(cause(4013)).toBe('the gateway intents sent are invalid (gateway close 4013, invalid intents)');
    expect(cause(4014)).toBe(
      'a privileged intent is requested that is not enabled in the developer portal (gateway close 4014, disallowed intents)',
    );
    expect(diagnose(new GatewayClosedError(4004), direct)!.fix).toBe(
      'Reset the token in the developer portal (your application > Bot > Reset Token) and set DISCORD_TOKEN to the new one.',
    );
    expect(diagnose(new GatewayClosedError(4004), direct)!.configuration).toBe(true);
    expect(diagnose(new GatewayClosedError(4011), direct)!.configuration).toBeUndefined();
    // The bot asks for no privileged intent, so 4014 means the code (or someone's edit) asked for one.
    expect(diagnose(new GatewayClosedError(4014), direct)!.fix).toBe(
      'The bot needs no privileged intent: remove it from the intents in ' +
        'src/discord/bot.ts, or enable it in the developer portal (your application > Bot > Privileged Gateway Intents).',
    );
  });

  it('blames the network or DNS, never the token, when the host cannot be looked up or reached', () => {
    const dns = system('getaddrinfo ENOTFOUND discord.com', 'ENOTFOUND', {
      hostname: 'discord.com',
      syscall: 'getaddrinfo',
    });
    expect(diagnose(dns, direct)).toEqual<Diagnosis>({
      cause: 'cannot look up discord.com (DNS lookup failed: ENOTFOUND)',
      fix: 'Check the network connection and DNS: this machine cannot resolve discord.com.',
    });
    expect(
      diagnose(system('getaddrinfo EAI_AGAIN proxy.internal', 'EAI_AGAIN', { hostname: 'proxy.internal' }), {
        apiBase: 'https://proxy.internal/api',
      }),
    ).toEqual({
      cause: 'cannot look up proxy.internal (DNS lookup failed: EAI_AGAIN)',
      fix: "Check the host name in DISCORD_API_BASE (https://proxy.internal/api) and the network's DNS.",
    });
    expect(diagnose(system('connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED'), proxy)).toEqual({
      cause: 'cannot reach 127.0.0.1:9 (connection refused: ECONNREFUSED)',
      fix: 'Check DISCORD_API_BASE (http://127.0.0.1:9/api): is the address right and is the proxy there running? Unset it to talk to Discord directly.',
    });
    // undici wraps the system error: "fetch failed", cause ENETUNREACH.
    expect(
      diagnose(new TypeError('fetch failed', { cause: system('connect ENETUNREACH', 'ENETUNREACH') }), direct),
    ).toEqual({
      cause: 'cannot reach discord.com (network unreachable: ENETUNREACH)',
      fix: 'Check the network connection, and any firewall or proxy between this machine and Discord.',
    });
    expect(diagnose(new ConnectTimeoutError(CONNECT_TIMEOUT_MS, 'discord.com'), direct)).toEqual({
      cause: 'no answer from discord.com within 15 s',
      fix: 'Check the network connection: a firewall or proxy may be dropping connections to discord.com.',
    });
  });

  it('blames the token for a 401 from REST (deploy; login is above)', () => {
    expect(diagnose(api(401, 0, '401: Unauthorized'), deployGlobal)).toEqual(TOKEN_REJECTED);
  });

  it('names the application id or the server id for what deploy is refused', () => {
    expect(diagnose(api(403, 50001, 'Missing Access'), deployGuild)).toEqual({
      cause: 'the bot cannot register commands in server 300000000000000001 (403 Missing Access)',
      fix:
        'Invite the bot to that server with the bot and applications.commands scopes (the invite link in the README), ' +
        'and check DISCORD_GUILD_ID: right-click the server, Copy Server ID.',
    });
    const wrongApp = (status: string): Diagnosis => ({
      cause: `DISCORD_APPLICATION_ID 200000000000000001 is not the application of DISCORD_TOKEN (${status})`,
      fix: 'Copy the Application ID from the General Information page of the same application as the token, in the developer portal.',
    });
    expect(
      diagnose(api(403, 20012, 'You are not authorized to perform this action on this application'), deployGlobal),
    ).toEqual(wrongApp('403 You are not authorized to perform this action on this application'));
    expect(diagnose(api(403, 50001, 'Missing Access'), deployGlobal)).toEqual(wrongApp('403 Missing Access'));
    expect(diagnose(api(404, 10002, 'Unknown Application'), deployGuild)).toEqual(wrongApp('404 Unknown Application'));
    expect(diagnose(api(404, 10004, 'Unknown Guild'), deployGuild)).toEqual({
      cause: 'Discord knows no server 300000000000000001 (404 Unknown Guild)',
      fix: 'Check DISCORD_GUILD_ID: enable Developer Mode (User Settings > Advanced), right-click the server, Copy Server ID.',
    });
  });

  it('says Discord is down for a 5xx after the retries, and leaves anything else to the stack trace (null)', () => {
    expect(
      diagnose(new HTTPError(503, 'Service Unavailable', 'GET', 'https://discord.com/api/v10/gateway/bot', {}), direct),
    ).toEqual({
      cause: 'discord.com answered 503 Service Unavailable',
      fix: 'Discord is having trouble: try again in a few minutes (https://discordstatus.com).',
    });
    // A definition Discord refuses (400) is a bug in the commands, not the user's configuration.
    expect(diagnose(api(400, 50035, 'Invalid Form Body'), deployGuild)).toBeNull();
    expect(diagnose(new TypeError("Cannot read properties of undefined (reading 'id')"), direct)).toBeNull();
  });
});

describe('registering the commands (deploy)', () => {
  it('gives up after the deadline when the API never answers', async () => {
    const port = await silentPort();
    const discord = {
      token: 't',
      applicationId: '200000000000000001',
      guildId: null,
      apiBase: `http://127.0.0.1:${port}/api`,
    };
    const error = await failure(registerCommands(discord, false, 300));
    expect(error).toMatchObject({
      name: 'ConnectTimeoutError',
      message: `no answer from 127.0.0.1:${port} within 0.3 s`,
    });
  });

  it('fails with the system error when the port refuses, which diagnose explains', async () => {
    const port = await refusedPort();
    const apiBase = `http://127.0.0.1:${port}/api`;
    const error = await failure(
      registerCommands({ token: 't', applicationId: '200000000000000001', guildId: null, apiBase }, false),
    );
    expect(diagnose(error, { apiBase })?.cause).toBe(
      `cannot reach 127.0.0.1:${port} (connection refused: ECONNREFUSED)`,
    );
  });
});

describe('logging expected errors', () => {
  const lines = (level: 'info' | 'debug', fields: Record<string, unknown>): Record<string, any> => {
    const out: string[] = [];
    createLogger(level, (line) => out.push(line)).error('could not connect', fields);
    return JSON.parse(out[0]!);
  };
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });

  it('logs an expected error by name, message and code, without its stack: the message says what to do', () => {
    expect(lines('info', { error: expected(refused) }).error).toEqual({
      name: 'Error',
      message: 'connect ECONNREFUSED 127.0.0.1:9',
      code: 'ECONNREFUSED',
    });
  });

  it('keeps the stack of an expected error at level debug, and of an unexpected one always', () => {
    expect(lines('debug', { error: expected(refused) }).error.stack).toBe(refused.stack);
    expect(lines('info', { error: refused }).error.stack).toBe(refused.stack);
  });

  it('writes an expected error in the text format without its stack', () => {
    const out: string[] = [];
    createLogger('info', (line) => out.push(line), 'text').error('could not connect', { error: expected(refused) });
    expect(out).toEqual(['error: could not connect error="connect ECONNREFUSED 127.0.0.1:9"\n']);
  });
});
