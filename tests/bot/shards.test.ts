/**
 * `npm start` with SHARDS=auto against a stand-in whose GET /gateway/bot recommends 2 shards: the
 * manager starts two shard processes (discord.js's ShardingManager), each identifies as its shard
 * and answers its own server; a /reload on shard 0 swaps shard 1 too; /healthz and /metrics speak
 * for both; SIGTERM stops them all.
 */
import { writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DiscordStandIn, opt } from '../discord/standin.ts';
import { refusedPort } from '../helpers/ports.ts';
import { finish, jsonLines, type LogLine, run, running, startBot } from '../helpers/processes.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';
import { answerOf } from './harness.ts';

const HARBOUR = `Harbour dredging begins in Port Vale

Dredging of the harbour at Port Vale began on Monday, the port authority said.
The work will deepen the main channel to 14 metres so that larger container ships can dock.
`;

const VOLCANO = `Volcano erupts near Ruapehu village

A volcano near the village of Ruapehu erupted on Tuesday morning, sending ash two kilometres into the sky.
About 300 residents were evacuated to the town of Taupo, according to civil defence spokesman John Hartley.
`;

/** The complete lines of a log still being written. */
const onlyJson = (stderr: string): string => stderr.slice(0, stderr.lastIndexOf('\n') + 1);

describe('npm start with SHARDS=auto', () => {
  it('runs the shards Discord recommends, answers on each, reloads all from one, reports health and metrics, and stops all on SIGTERM', async () => {
    const standin = new DiscordStandIn({ timeoutMs: 30_000, shards: 2 });
    await standin.start();
    const corpus = await tempCorpus({ 'harbour.txt': HARBOUR });
    const port = await refusedPort();
    const { child, live, done } = startBot(standin, {
      CORPUS_DIR: corpus.dir,
      SHARDS: 'auto',
      METRICS_PORT: String(port),
    });
    const get = async (path: string): Promise<{ status: number; text: string }> => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      return { status: response.status, text: await response.text() };
    };
    try {
      // Both shards identified (the manager waits 5.5 s between two, as Discord asks).
      await expect
        .poll(() => [...standin.identifiedShards].sort(), { timeout: 60_000, interval: 100 })
        .toEqual([
          [0, 2],
          [1, 2],
        ]);
      expect(standin.shardOf(standin.guildId, 2)).toBe(0);
      expect(standin.shardOf(standin.otherGuildId, 2)).toBe(1);
      await expect.poll(async () => (await get('/healthz')).status, { timeout: 30_000, interval: 200 }).toBe(200);

      const question = [opt.string('question', 'how deep will the channel be')];
      for (const guildId of [standin.guildId, standin.otherGuildId]) {
        const res = await standin.command('ask', question, { guildId }).final();
        expect(res.data.embeds![0]!.description, guildId).toContain('14 metres');
      }

      // A new article, a /reload on shard 0: shard 1 answers from it too.
      await writeFile(join(corpus.dir, 'volcano.txt'), VOLCANO);
      const reload = await answerOf(
        standin.command('reload', [], { guildId: standin.guildId, permissions: PermissionFlagsBits.ManageGuild }),
      );
      expect(reload.data.embeds![0]!.description).toContain('**Shards:** 2 of 2 swapped to the new articles.');
      const evacuated = await standin
        .command('ask', [opt.string('question', 'how many residents were evacuated')], {
          guildId: standin.otherGuildId,
        })
        .final();
      expect(evacuated.data.embeds![0]!.description).toContain('Volcano erupts near Ruapehu village');

      // Three answered /ask in all, counted over both shards.
      const metrics = await get('/metrics');
      expect(metrics.status).toBe(200);
      expect(metrics.text).toContain('citebot_questions_total{command="ask",outcome="answered"} 3');
      expect(metrics.text).toContain('citebot_corpus_documents 2');

      // A shard that dies is started again by the manager, and answers again.
      const running = (): LogLine[] =>
        jsonLines(onlyJson(live.stderr)).filter((l) => l.msg === 'shard process running');
      const first = running().find((l) => l.shard === 1)!;
      process.kill(first.pid, 'SIGKILL');
      await expect
        .poll(() => running().filter((l) => l.shard === 1).length, { timeout: 60_000, interval: 100 })
        .toBe(2);
      await expect.poll(() => standin.identifiedShards.length, { timeout: 60_000, interval: 100 }).toBe(3);
      const again = await standin
        .command('ask', [opt.string('question', 'how many residents were evacuated')], {
          guildId: standin.otherGuildId,
        })
        .final();
      expect(again.data.embeds![0]!.description).toContain('Volcano erupts near Ruapehu village');
    } finally {
      child.kill('SIGTERM');
      const { code, stderr } = await done;
      await standin.stop();
      await corpus.cleanup();
      const logs = jsonLines(
        stderr
          .split('\n')
          .filter((l) => !l.startsWith('info:'))
          .join('\n'),
      );
      expect(logs.filter((l) => l.msg === 'shard started').map((l) => l.shard)).toEqual([0, 1]);
      expect(logs.filter((l) => l.msg === 'shard died; restarting it').map((l) => l.shard)).toEqual([1]);
      expect(logs.filter((l) => l.level === 'error')).toEqual([]);
      expect(code).toBe(0);
    }
  }, 120_000);
});

describe('npm start with SHARDS=2 when a shard cannot log in', () => {
  it('stops every shard and exits 1, after the shard said why', async () => {
    const standin = new DiscordStandIn({ timeoutMs: 30_000, shards: 2 });
    await standin.start();
    // Discord ends every session: the token was reset (4004).
    standin.rejectIdentify = 4004;
    const corpus = await tempCorpus({ 'harbour.txt': HARBOUR });
    try {
      const { code, stderr } = await startBot(standin, { CORPUS_DIR: corpus.dir, SHARDS: '2' }).done;
      expect(code).toBe(1);
      const errors = jsonLines(stderr)
        .filter((l) => l.level === 'error')
        .map((l) => l.msg);
      expect(errors[0]).toMatch(/^could not connect to Discord: the token is invalid/);
      expect(errors.at(-1)).toBe('could not start the shards: a shard stopped before it was ready (see its log above)');
    } finally {
      await standin.stop();
      await corpus.cleanup();
    }
  }, 60_000);
});

describe('npm start with SHARDS=2 when a shard or the manager fails', () => {
  /** Both shards logged in; their process ids and the manager's, from the log. */
  async function startTwoShards(vars: Record<string, string> = {}) {
    const standin = new DiscordStandIn({ timeoutMs: 30_000, shards: 2 });
    await standin.start();
    const corpus = await tempCorpus({ 'harbour.txt': HARBOUR });
    const port = await refusedPort();
    const bot = startBot(standin, { CORPUS_DIR: corpus.dir, SHARDS: '2', METRICS_PORT: String(port), ...vars });
    const logged = (msg: string): LogLine[] => jsonLines(onlyJson(bot.live.stderr)).filter((l) => l.msg === msg);
    await expect.poll(() => standin.identifiedShards.length, { timeout: 60_000, interval: 100 }).toBe(2);
    await expect.poll(() => logged('shard process running').length, { timeout: 30_000 }).toBe(2);
    const shardPid = (shard: number): number => logged('shard process running').find((l) => l.shard === shard)!.pid;
    const get = async (path: string): Promise<string> => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      return `${response.status} ${await response.text()}`;
    };
    await expect.poll(() => get('/healthz'), { timeout: 30_000, interval: 200 }).toBe('200 ok\n');
    return {
      standin,
      corpus,
      ...bot,
      logged,
      get,
      managerPid: logged('starting shards')[0]!.pid as number,
      pids: [shardPid(0), shardPid(1)] as const,
    };
  }

  it('answers /healthz, /metrics and /reload without waiting for a stuck shard, and names it', async () => {
    const sharded = await startTwoShards({ SHARD_TIMEOUT_SECONDS: '3' });
    const [, stuck] = sharded.pids;
    try {
      process.kill(stuck, 'SIGSTOP');
      // The manager names the shard that did not answer its health question (within 1.5 s).
      expect(await sharded.get('/healthz')).toBe('503 shard 1 did not answer within 1.5 s\n');
      const metrics = await sharded.get('/metrics');
      expect(metrics).toMatch(/^200 /);
      expect(metrics).toContain('citebot_shard_answered{shard="0"} 1');
      expect(metrics).toContain('citebot_shard_answered{shard="1"} 0');
      expect(metrics).toContain('citebot_corpus_documents 1');

      // A /reload on shard 0 swaps there and says shard 1 did not answer within SHARD_TIMEOUT_SECONDS.
      await writeFile(join(sharded.corpus.dir, 'volcano.txt'), VOLCANO);
      const reload = await answerOf(
        sharded.standin.command('reload', [], {
          guildId: sharded.standin.guildId,
          permissions: PermissionFlagsBits.ManageGuild,
        }),
      );
      const report: string = reload.data.embeds![0]!.description;
      expect(report).toContain('**Shards:** 1 of 2 swapped to the new articles.');
      expect(report).toContain('• shard 1 did not answer within 3 s (it may still swap when it does).');

      // Going again, the shard answers again.
      process.kill(stuck, 'SIGCONT');
      await expect.poll(() => sharded.get('/healthz'), { timeout: 30_000, interval: 200 }).toBe('200 ok\n');
      expect(await sharded.get('/metrics')).toContain('citebot_shard_answered{shard="1"} 1');
    } finally {
      if (running(stuck)) process.kill(stuck, 'SIGCONT');
      sharded.child.kill('SIGTERM');
      const { code } = await sharded.done;
      await sharded.standin.stop();
      await sharded.corpus.cleanup();
      expect(code).toBe(0);
    }
  }, 120_000);

  it('stops every shard when the manager is killed, so that none is left answering', async () => {
    const sharded = await startTwoShards();
    try {
      process.kill(sharded.managerPid, 'SIGKILL');
      for (const pid of sharded.pids)
        await expect.poll(() => running(pid), { timeout: 30_000, interval: 100 }).toBe(false);
      const gone = sharded.logged('the shard manager is gone; stopping this shard');
      expect(gone.map((l) => l.shard).sort()).toEqual([0, 1]);
    } finally {
      for (const pid of [sharded.managerPid, ...sharded.pids]) if (running(pid)) process.kill(pid, 'SIGKILL');
      sharded.child.kill('SIGTERM');
      await sharded.done;
      await sharded.standin.stop();
      await sharded.corpus.cleanup();
    }
  }, 120_000);
});

describe('npm start with METRICS_PORT, one process', () => {
  it('counts answered questions in /metrics and is healthy once connected', async () => {
    const standin = new DiscordStandIn({ timeoutMs: 20_000 });
    await standin.start();
    const corpus = await tempCorpus({ 'harbour.txt': HARBOUR });
    const port = await refusedPort();
    const { child, live, done } = startBot(standin, {
      CORPUS_DIR: corpus.dir,
      METRICS_PORT: String(port),
    });
    try {
      await expect.poll(() => live.stderr.includes('"msg":"connected to Discord"'), { timeout: 30_000 }).toBe(true);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect([health.status, await health.text()]).toEqual([200, 'ok\n']);
      for (const question of ['how deep will the channel be', 'when did dredging begin', 'who said so']) {
        await standin.command('ask', [opt.string('question', question)]).final();
      }
      await standin.command('ask', [opt.string('question', 'what did the giraffe eat')]).final();
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(text).toContain('citebot_questions_total{command="ask",outcome="answered"} 3');
      expect(text).toContain('citebot_questions_total{command="ask",outcome="declined"} 1');
      expect(text).toMatch(/citebot_answer_seconds_count\{command="ask"\} 4/);
      expect(text).toContain('citebot_corpus_sentences 2');
      expect(text).toContain('process_resident_memory_bytes');
    } finally {
      child.kill('SIGTERM');
      const { code } = await done;
      await standin.stop();
      await corpus.cleanup();
      expect(code).toBe(0);
    }
  }, 60_000);

  it('is unhealthy, saying why, while the gateway cannot be reached, and healthy again once the session resumes', async () => {
    const standin = new DiscordStandIn({ timeoutMs: 20_000 });
    await standin.start();
    const corpus = await tempCorpus({ 'harbour.txt': HARBOUR });
    const port = await refusedPort();
    const { child, live, done } = startBot(standin, { CORPUS_DIR: corpus.dir, METRICS_PORT: String(port) });
    const health = async (): Promise<string> => {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      return `${response.status} ${await response.text()}`;
    };
    const logged = (msg: string): LogLine[] => jsonLines(onlyJson(live.stderr)).filter((l) => l.msg === msg);
    try {
      await expect.poll(() => logged('connected to Discord').length, { timeout: 30_000 }).toBe(1);
      expect(await health()).toBe('200 ok\n');

      // A network outage: the connection is cut and every new one refused.
      standin.cutGateway();
      await expect.poll(health, { timeout: 30_000, interval: 100 }).toMatch(/^503 reconnecting to the Discord gateway/);
      await expect.poll(() => logged('gateway reconnecting').length, { timeout: 30_000 }).toBe(1);

      standin.restoreGateway();
      await expect.poll(health, { timeout: 30_000, interval: 100 }).toBe('200 ok\n');
      expect(logged('gateway connection back')).toMatchObject([{ how: 'resumed' }]);
      // One line for the outage, however many times discord.js tried meanwhile; the same session, resumed.
      expect(logged('gateway reconnecting')).toHaveLength(1);
      expect(standin.identifiedShards).toHaveLength(1);
      const answer = await standin.command('ask', [opt.string('question', 'how deep will the channel be')]).final();
      expect(answer.data.embeds![0]!.description).toContain('14 metres');
    } finally {
      child.kill('SIGTERM');
      const { code } = await done;
      await standin.stop();
      await corpus.cleanup();
      expect(code).toBe(0);
    }
  }, 90_000);

  it('stops with one line naming METRICS_PORT when the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', () => resolve()));
    const port = (taken.address() as AddressInfo).port;
    const corpus = await tempCorpus({ 'harbour.txt': HARBOUR });
    try {
      const { code, stderr } = await finish(
        run('src/main.ts', {
          DISCORD_TOKEN: 'metrics-token',
          DISCORD_APPLICATION_ID: '200000000000000001',
          DISCORD_API_BASE: `http://127.0.0.1:${await refusedPort()}/api`,
          CORPUS_DIR: corpus.dir,
          METRICS_PORT: String(port),
        }),
      );
      expect(code).toBe(1);
      const errors = jsonLines(stderr).filter((l) => l.level === 'error');
      expect(errors.map((l) => l.msg)).toEqual([
        `could not serve /healthz and /metrics on 127.0.0.1:${port} (METRICS_PORT, METRICS_HOST)`,
      ]);
      expect(errors[0]!.error).toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      taken.close();
      await corpus.cleanup();
    }
  }, 60_000);
});
