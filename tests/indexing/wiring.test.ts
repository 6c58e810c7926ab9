import { mkdtemp, readdir, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/app/log.ts';
import { corpusLoader } from '../../src/app/reloadService.ts';
import { parseConfig } from '../../src/config/config.ts';
import { snapshotFile } from '../../src/indexing/snapshot.ts';
import { runScript } from '../helpers/processes.ts';

const root = new URL('../..', import.meta.url).pathname;
const SEEDS = join(root, 'seeds');

let cacheDir = '';
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'citebot-cache-'));
});
afterEach(() => rm(cacheDir, { recursive: true, force: true }));

/** A command line run that must succeed: its output. */
async function cli(script: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  const { code, ...output } = await runScript(`src/cli/${script}.ts`, args, {
    vars: { CORPUS_DIR: SEEDS, INDEX_CACHE_DIR: cacheDir },
  });
  if (code !== 0) throw new Error(`${script} exited ${code}: ${output.stderr}`);
  return output;
}

describe('the command lines and the bot use the snapshot', () => {
  it('ask writes one, answers the same from it, and --no-cache neither reads nor writes it', async () => {
    const uncached = await cli('ask', ['--json', '--no-cache', 'who met the delegation']);
    expect(await readdir(cacheDir)).toEqual([]);
    const cold = await cli('ask', ['--json', 'who met the delegation']);
    expect(await readdir(cacheDir)).toEqual([snapshotFile(cacheDir, SEEDS).split('/').pop()]);
    const warm = await cli('ask', ['--json', 'who met the delegation']);
    expect(cold).toEqual(uncached);
    expect(warm).toEqual(uncached);
    expect(warm.stderr).toBe('');
  });

  it('quote rebuilds from a truncated snapshot with a warning on stderr, and answers the same', async () => {
    const fresh = await cli('quote', ['--json', '--no-cache', 'Bruce']);
    await cli('quote', ['--json', 'Bruce']);
    await truncate(snapshotFile(cacheDir, SEEDS), 100);
    const rebuilt = await cli('quote', ['--json', 'Bruce']);
    expect(rebuilt.stdout).toBe(fresh.stdout);
    expect(rebuilt.stderr).toMatch(
      /^warning: index snapshot .* not used, rebuilding: truncated \(100 of \d+ bytes\)\n$/,
    );
    const warm = await cli('quote', ['--json', 'Bruce']);
    expect(warm).toEqual(fresh);
  });

  it("the bot's loader writes and loads it, and tells its logger why one was not used", async () => {
    const config = parseConfig({ CORPUS_DIR: SEEDS, INDEX_CACHE_DIR: cacheDir });
    const lines: { level: string; msg: string }[] = [];
    const at =
      (level: string) =>
      (msg: string): void =>
        void lines.push({ level, msg });
    const log: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
    const load = corpusLoader(config.engine, Number.POSITIVE_INFINITY, { log });
    const cold = await load(() => undefined);
    const warm = await load(() => undefined);
    expect(lines.map((l) => l.level)).toEqual(['debug', 'debug']);
    expect(lines[0]!.msg).toMatch(/ written /);
    expect(lines[1]!.msg).toMatch(/ loaded /);
    expect(warm.search('who met the delegation')).toEqual(cold.search('who met the delegation'));
    expect(warm.quotes.lookup('Bruce')).toEqual(cold.quotes.lookup('Bruce'));

    await truncate(snapshotFile(cacheDir, SEEDS), 1000);
    lines.length = 0;
    await load(() => undefined);
    expect(lines.filter((l) => l.level !== 'debug')).toEqual([
      { level: 'warn', msg: expect.stringMatching(/not used, rebuilding: truncated/) },
    ]);

    lines.length = 0;
    await corpusLoader(config.engine, Number.POSITIVE_INFINITY, { log, cache: false })(() => undefined);
    expect(lines).toEqual([]);
  });
});
