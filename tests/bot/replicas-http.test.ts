/**
 * Two replicas end to end: two `npm start` processes in HTTP interactions mode behind a round-robin
 * proxy (tests/helpers/roundRobin.ts, as nginx would stand in front of them), sharing the corpus
 * folder, INDEX_CACHE_DIR and DATA_DIR, the stand-in signing interactions as Discord does. What one
 * replica changes, the other answers from its next request: a server's added and removed article,
 * a /reload of the corpus; and votes spread over both are each recorded once.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackPath, readFeedback } from '../../src/feedback/store.ts';
import { DiscordStandIn, opt, type OptionSpec } from '../discord/standin.ts';
import { FERRY, SEED, SOLAR, SOLAR_ID } from '../helpers/fixtures.ts';
import { jsonLines, startHttpBot, type finish, type Output } from '../helpers/processes.ts';
import { roundRobinProxy, type RoundRobinProxy } from '../helpers/roundRobin.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';
import { answerOf, buttonsOf } from './harness.ts';

const MODERATOR = { permissions: PermissionFlagsBits.ManageGuild };

type Bot = { child: ChildProcessWithoutNullStreams; live: Output; done: ReturnType<typeof finish>; url: string };

describe('two replicas in HTTP interactions mode behind a round-robin proxy', () => {
  let standin: DiscordStandIn;
  let corpus: Awaited<ReturnType<typeof tempCorpus>>;
  let shared: string;
  const bots: Bot[] = [];
  let proxy: RoundRobinProxy;

  beforeAll(async () => {
    standin = new DiscordStandIn({ timeoutMs: 20_000 });
    await standin.start();
    corpus = await tempCorpus({ 'kashmir.txt': SEED });
    shared = await mkdtemp(join(tmpdir(), 'citebot-replicas-http-'));
    const vars = {
      CORPUS_DIR: corpus.dir,
      INDEX_CACHE_DIR: join(shared, 'cache'),
      DATA_DIR: join(shared, 'data'),
      ASK_COOLDOWN_SECONDS: '0',
      FEEDBACK_USER_IDS: 'true',
      // The snapshot's lines (loaded, written) are debug lines.
      LOG_LEVEL: 'debug',
    };
    // One after the other: the second starts from the snapshot the first wrote.
    bots.push(await startHttpBot(standin, vars));
    bots.push(await startHttpBot(standin, vars));
    proxy = await roundRobinProxy(bots.map((b) => new URL(b.url).origin));
    standin.endpoint = `${proxy.url}/interactions`;
  }, 90_000);

  afterAll(async () => {
    await proxy?.close();
    for (const bot of bots) bot.child.kill('SIGTERM');
    const ended = await Promise.all(bots.map((b) => b.done));
    await standin?.stop();
    await corpus?.cleanup();
    await rm(shared, { recursive: true, force: true });
    expect(ended.map((e) => e.code)).toEqual([0, 0]);
    expect(ended.flatMap((e) => jsonLines(e.stderr).filter((l) => l.level === 'error'))).toEqual([]);
  });

  /** The final answer's text to a command sent to replica `replica` (the proxy's next turn). */
  async function through(replica: number, name: string, options: OptionSpec[], spec = {}) {
    proxy.next(replica);
    const { status, handle } = await standin.postCommand(name, options, spec);
    expect(status).toBe(200);
    expect(proxy.sentTo.at(-1)).toBe(replica);
    const answer = await answerOf(handle);
    return { answer, text: JSON.stringify(answer.data), message: handle.original };
  }
  const ask = (replica: number, question: string) => through(replica, 'ask', [opt.string('question', question)]);

  /** What replica `n` logged about index snapshots: `loaded` or `written`, in order. */
  const snapshots = (n: number) =>
    jsonLines(bots[n]!.live.stderr)
      .map((l) => /^index snapshot \S+ (loaded|written)/.exec(l.msg)?.[1])
      .filter((word) => word !== undefined);

  it('starts the second replica from the snapshot the first wrote', () => {
    expect(snapshots(0)).toEqual(['written']);
    expect(snapshots(1)).toEqual(['loaded']);
  });

  it('cites an article added through one replica in the other’s next answer, and no longer once removed through the other', async () => {
    const question = 'how many panels will the solar farm have';
    expect((await ask(1, question)).text).not.toContain(SOLAR_ID);
    const added = await through(
      0,
      'article',
      [opt.subcommand('add', [opt.attachment('file', { filename: 'solar.txt', content: SOLAR })])],
      MODERATOR,
    );
    expect(added.answer.data.embeds?.[0]?.description).toMatch(
      new RegExp(`^Added to this server’s articles as \`${SOLAR_ID}\`: `),
    );

    const cited = await ask(1, question);
    expect(cited.answer.data.embeds?.[0]?.description).toContain(`(\`${SOLAR_ID}\`) · paragraph 2, sentence 1`);

    const removed = await through(
      1,
      'article',
      [opt.subcommand('remove', [opt.string('article', SOLAR_ID)])],
      MODERATOR,
    );
    expect(removed.answer.data.content).toBe(
      `Removed “Glenmoor votes for a solar farm” (\`${SOLAR_ID}\`): it is no longer searched in this server.`,
    );
    expect((await ask(0, question)).text).not.toContain(SOLAR_ID);
    expect((await ask(1, question)).text).not.toContain(SOLAR_ID);
  });

  it('cites a file added to the corpus and reloaded through one replica in the other’s next answer', async () => {
    const question = 'when did the ferry to Inchkeel resume';
    expect((await ask(1, question)).text).not.toContain('(`ferry`)');
    await writeFile(join(corpus.dir, 'ferry.txt'), FERRY);
    const reloaded = await through(0, 'reload', [], MODERATOR);
    expect(reloaded.answer.data.embeds?.[0]?.title).toBe('Reloaded the articles');
    const cited = await ask(1, question);
    expect(cited.answer.data.embeds?.[0]?.description).toContain(
      'Ferry service to Inchkeel resumes (`ferry`) · paragraph 1, sentence 1',
    );
    // Built once, by the replica that reloaded; the other loaded the snapshot it wrote.
    expect(snapshots(0)).toEqual(['written', 'written']);
    expect(snapshots(1)).toEqual(['loaded', 'loaded']);
    const other = jsonLines(bots[1]!.live.stderr);
    expect(other.filter((l) => l.msg === 'swapped to the corpus another replica loaded')).toHaveLength(1);
  });

  it('records 40 votes spread over both replicas, each once', async () => {
    const { message } = await ask(0, 'who met the delegation');
    const up = buttonsOf(message).get('👍')!;
    const voters = Array.from({ length: 40 }, (_, n) => `4000000000000${String(n).padStart(5, '0')}`);
    // Round robin from replica 0: voter n lands on replica n % 2. Ten at a time, as clicks come.
    proxy.next(0);
    const before = proxy.sentTo.length;
    const replies: string[] = [];
    for (let at = 0; at < voters.length; at += 10) {
      const presses = await Promise.all(
        voters
          .slice(at, at + 10)
          .map((id) => standin.postButton(up, { message, user: { id, username: `voter${id}` } })),
      );
      for (const press of presses) replies.push(JSON.stringify((await press.handle.final()).data));
    }
    expect(replies.every((r) => r.includes('Thanks for the feedback.'))).toBe(true);
    expect(proxy.sentTo.slice(before).filter((r) => r === 0)).toHaveLength(20);

    // Appended after the reply: wait for the 40th line.
    const path = feedbackPath(join(shared, 'data'));
    const deadline = Date.now() + 20_000;
    let file = await readFeedback(path).catch(() => ({ records: [], skipped: 0, repeats: 0 }));
    while (file.records.length < 40 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      file = await readFeedback(path).catch(() => file);
    }
    expect([file.skipped, file.repeats]).toEqual([0, 0]);
    expect(file.records.map((r) => r.user).sort()).toEqual(voters);
    expect(file.records.every((r) => r.vote === 'up' && r.question === 'who met the delegation')).toBe(true);
  });
});
