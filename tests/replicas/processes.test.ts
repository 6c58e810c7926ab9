/**
 * Two replicas as processes: two `npm start` consoles (no token: the console is the server
 * `console`), each with its own memory, sharing the corpus folder, INDEX_CACHE_DIR and DATA_DIR.
 * An article added through one is cited by the other's next answer; removed through the other, by
 * neither; a file added to the corpus and /reload through one, and the other cites it next.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FERRY, SEED, SOLAR, SOLAR_ID } from '../helpers/fixtures.ts';
import { finish, run, type Output } from '../helpers/processes.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/** A console process answering one line at a time. */
class Replica {
  private readonly live: Output = { stdout: '', stderr: '' };
  readonly done: ReturnType<typeof finish>;
  private asked = 0;

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    this.done = finish(child, this.live);
  }

  /**
   * Sends a command and resolves with what the console printed for it. A piped console prints no
   * prompt: a command no one has (answered once the one before is) marks the end.
   */
  async send(line: string): Promise<string> {
    this.asked += 1;
    const end = `There is no /end${this.asked} command.`;
    const from = this.live.stdout.length;
    this.child.stdin.write(`${line}\n/end${this.asked}\n`);
    while (!this.live.stdout.includes(end, from)) {
      if (this.child.exitCode !== null) throw new Error(`the console exited: ${this.live.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.live.stdout.slice(from, this.live.stdout.indexOf(end, from));
  }

  async stop(): Promise<void> {
    this.child.stdin.end('/exit\n');
    await this.done;
  }
}

describe('two console processes sharing the corpus folder, INDEX_CACHE_DIR and DATA_DIR', () => {
  let corpus: Awaited<ReturnType<typeof tempCorpus>>;
  let uploads: Awaited<ReturnType<typeof tempCorpus>>;
  let shared: string;
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    corpus = await tempCorpus({ 'kashmir.txt': SEED });
    uploads = await tempCorpus({ 'solar.txt': SOLAR });
    shared = await mkdtemp(join(tmpdir(), 'citebot-replica-processes-'));
    const vars = { CORPUS_DIR: corpus.dir, INDEX_CACHE_DIR: join(shared, 'cache'), DATA_DIR: join(shared, 'data') };
    a = new Replica(run('src/main.ts', vars));
    b = new Replica(run('src/main.ts', vars));
  });
  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
    await Promise.all([corpus.cleanup(), uploads.cleanup(), rm(shared, { recursive: true, force: true })]);
  });

  it('cites an article added through one in the other’s next answer, and neither once removed through the other', async () => {
    const question = '/ask how many panels will the solar farm have';
    expect(await b.send(question)).not.toContain(SOLAR_ID);
    expect(await a.send(`/article add file:${join(uploads.dir, 'solar.txt')}`)).toContain(
      `Added to this server’s articles as ${SOLAR_ID}`,
    );
    expect(await b.send(question)).toContain(`Glenmoor votes for a solar farm (${SOLAR_ID}) · paragraph 2, sentence 1`);

    expect(await b.send(`/article remove article:${SOLAR_ID}`)).toContain(
      `Removed “Glenmoor votes for a solar farm” (${SOLAR_ID}): it is no longer searched in this server.`,
    );
    expect(await a.send(question)).not.toContain(SOLAR_ID);
    expect(await b.send(question)).not.toContain(SOLAR_ID);
  });

  it('cites a file added to the corpus and reloaded through one in the other’s next answer', async () => {
    const question = '/ask when did the ferry to Inchkeel resume';
    expect(await b.send(question)).not.toContain('(ferry)');
    await writeFile(join(corpus.dir, 'ferry.txt'), FERRY);
    expect(await a.send('/reload')).toContain('== Reloaded the articles ==');
    expect(await b.send(question)).toContain('Ferry service to Inchkeel resumes (ferry) · paragraph 1, sentence 1');
  });
});
