/**
 * Servers' own articles at scale: with the news corpus shared, one article added to each of N
 * servers. Prints the time an add takes, the memory each server keeps (the shared index must not
 * be copied), and a question's median time in a server's view against the shared library alone.
 *
 *   node --expose-gc --import tsx tests/bench/servers.ts [--servers 300] [--corpus bench-data/news/corpus]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { memoryLogger } from '../../src/app/log.ts';
import { ServerArticles } from '../../src/app/serverArticles.ts';
import { loadLibrary } from '../../src/library.ts';

const { values } = parseArgs({
  options: {
    servers: { type: 'string', default: '300' },
    corpus: { type: 'string', default: 'bench-data/news/corpus' },
  },
});
const servers = Number(values.servers);
const gc = (): void => {
  for (let i = 0; i < 3; i += 1) (globalThis as { gc?: () => void }).gc?.();
};
if ((globalThis as { gc?: unknown }).gc === undefined)
  process.stderr.write('run with --expose-gc for the memory figure\n');

const shared = await loadLibrary(values.corpus!);
const data = mkdtempSync(join(tmpdir(), 'citebot-servers-'));
const articles = new ServerArticles({
  dataDir: data,
  shared: () => shared,
  buildOptions: {},
  limits: { maxFileBytes: 5 * 1024 * 1024, allowPrivateUrls: false },
  log: memoryLogger(),
});
const text = readFileSync(new URL('../../seeds/us-state-department-kashmir-mediation.txt', import.meta.url), 'utf8');
const serverId = (i: number): string => String(300000000000000000n + BigInt(i));
// One add first, so what the first build allocates once is not counted per server.
await articles.add(serverId(servers), { slug: 'warm-up', extension: '.txt', text: `${text}\nWarm-up.\n` });
gc();
const before = process.memoryUsage();
const started = performance.now();
for (let i = 0; i < servers; i += 1) {
  await articles.add(serverId(i), { slug: 'article', extension: '.txt', text: `${text}\nServer ${i}.\n` });
  articles.viewFor(serverId(i)).search('who met the delegation');
}
const addMs = (performance.now() - started) / servers;
gc();
const after = process.memoryUsage();
const kept = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / servers;

const QUESTIONS = ['how much did oil prices rise', 'who met the delegation', 'why did the company cut jobs'];
const median = (run: () => void): number => {
  const times: number[] = [];
  for (let i = 0; i < 60; i += 1) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[times.length >> 1]!;
};
const view = articles.viewFor(serverId(0));
const viewMs = median(() => {
  for (const q of QUESTIONS) view.search(q);
});
const sharedMs = median(() => {
  for (const q of QUESTIONS) shared.search(q);
});
process.stdout.write(
  `shared corpus: ${shared.stats.documents} articles, ${shared.stats.sentences} sentences; ${servers} servers with one article each\n` +
    `add: ${addMs.toFixed(1)} ms an article; kept per server: ${(kept / 1024).toFixed(0)} KB\n` +
    `three questions, median: ${viewMs.toFixed(2)} ms in a server's view, ${sharedMs.toFixed(2)} ms on the shared library (${(viewMs / sharedMs).toFixed(2)}x)\n`,
);
rmSync(data, { recursive: true, force: true });
