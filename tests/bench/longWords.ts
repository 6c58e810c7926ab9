/**
 * Long words: a body that is one unbroken word (a base64 blob, pasted data), added with
 * `/article add file:` and read from CORPUS_DIR by `/reload`, while `/ask` is sent every 50 ms.
 * Before the analyzer's bounds (src/nlp/analyzer.ts: MAX_RUN, MAX_STEM) a 64 KB word froze the
 * whole bot for 18 s (wink's tokenizer and the Porter 2 stemmer both cost the square of a word's
 * length) and every restart after it for 22 s; 2 MB would have taken hours.
 *
 *   npx tsx tests/bench/longWords.ts            64 KB and 2 MB, one round each, a markdown table on stdout
 *   npx tsx tests/bench/longWords.ts --sizes 65536
 *
 * One row per size and path: the bot (router, discord.js client, servers' articles) against the
 * Discord stand-in in this one process (tests/bot/harness.ts), starting on the shipped article.
 * `add`: a moderator adds a `.txt` file of the headline `Blob dump` and one word of the size;
 * `reload`: the same file is put in CORPUS_DIR and `/reload` runs. Measured: how long the add or
 * reload took, the slowest and median `/ask` acknowledgement meanwhile and in the second after it,
 * the longest event-loop delay, and for `add` the time to start the bot again on that DATA_DIR
 * (a restart loads every server's added articles) against a start with an empty DATA_DIR.
 * Bar: every /ask acknowledged within 1 s; the restart within 2× the empty one.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { PermissionFlagsBits } from 'discord.js';
import { loadLibrary } from '../../src/library.ts';
import { opt, type InteractionHandle } from '../discord/standin.ts';
import { startHarness, type Harness } from '../bot/harness.ts';
import { median } from './stats.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEEDS = join(ROOT, 'seeds');
const QUESTION = 'who met the delegation';
const ASK_EVERY_MS = 50;
const ACK_BAR_MS = 1000;
const MAX_FILE_BYTES = 5 * 1024 * 1024;

interface Row {
  readonly path: 'add' | 'reload';
  readonly bytes: number;
  readonly ms: number;
  readonly sentences: number;
  readonly asks: number;
  readonly maxAckMs: number;
  readonly medianAckMs: number;
  readonly maxDelayMs: number;
  readonly restartMs?: number;
  readonly emptyRestartMs?: number;
}

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A text file: a headline and a body of one word of `bytes` characters. */
function blobFile(bytes: number): string {
  return `Blob dump\n${'QUJD'.repeat(Math.ceil(bytes / 4)).slice(0, bytes)}\n`;
}

/** Sends /ask every ASK_EVERY_MS, one at a time, until `done()` and one second more; the acknowledgement times. */
async function askWhile(h: Harness, done: () => boolean): Promise<number[]> {
  const acks: number[] = [];
  let doneAt: number | null = null;
  for (;;) {
    if (doneAt === null && done()) doneAt = performance.now();
    if (doneAt !== null && performance.now() - doneAt > 1000) return acks;
    const sent = performance.now();
    await h.standin.command('ask', [opt.string('question', QUESTION)]).nextResponse(60_000);
    acks.push(performance.now() - sent);
    await pause(ASK_EVERY_MS);
  }
}

async function measure(path: Row['path'], bytes: number): Promise<Row> {
  const corpus = await mkdtemp(join(tmpdir(), 'citebot-long-corpus-'));
  const dataDir = await mkdtemp(join(tmpdir(), 'citebot-long-data-'));
  const build = { maxFileBytes: MAX_FILE_BYTES };
  const initial = await loadLibrary(SEEDS, build);
  await writeFile(join(corpus, 'kashmir.txt'), initial.corpus.documents[0]!.text);
  let h = await startHarness({ corpusDir: corpus, initial, dataDir, build });
  try {
    await h.standin.command('ask', [opt.string('question', QUESTION)]).final(); // warm
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    const started = performance.now();
    let handle: InteractionHandle;
    if (path === 'add') {
      handle = h.standin.command(
        'article',
        [opt.subcommand('add', [opt.attachment('file', { filename: 'blob.txt', content: blobFile(bytes) })])],
        { permissions: PermissionFlagsBits.ManageGuild },
      );
    } else {
      await writeFile(join(corpus, 'blob.txt'), blobFile(bytes));
      handle = h.standin.command('reload', [], { permissions: PermissionFlagsBits.ManageGuild });
    }
    let finished = false;
    let ms = 0;
    const final = handle.final(600_000).then((r) => {
      ms = performance.now() - started;
      finished = true;
      return r;
    });
    const acks = await askWhile(h, () => finished);
    const reply = await final;
    histogram.disable();
    const text = JSON.stringify(reply.data);
    // The add says how many sentences it found (a reload reports the corpus's totals instead).
    const sentences = path === 'add' ? Number(/(\d+) sentences?/.exec(text)?.[1] ?? Number.NaN) : Number.NaN;
    const sorted = [...acks].sort((a, b) => a - b);
    const row: Row = {
      path,
      bytes,
      ms,
      sentences,
      asks: acks.length,
      maxAckMs: sorted.at(-1) ?? Number.NaN,
      medianAckMs: median(sorted),
      maxDelayMs: histogram.max / 1e6,
    };
    if (path !== 'add') return row;
    // A restart loads every server's added articles before it answers: timed against a restart on
    // an empty DATA_DIR, that one first (the first start in a process also pays for warming up).
    const standin = h.standin;
    await h.stop(true);
    const empty = await mkdtemp(join(tmpdir(), 'citebot-long-empty-'));
    let t = performance.now();
    h = await startHarness({ corpusDir: corpus, dataDir: empty, build, standin });
    const emptyRestartMs = performance.now() - t;
    await h.stop(true);
    await rm(empty, { recursive: true, force: true });
    t = performance.now();
    h = await startHarness({ corpusDir: corpus, dataDir, build, standin });
    const restartMs = performance.now() - t;
    return { ...row, restartMs, emptyRestartMs };
  } finally {
    await h.stop();
    await rm(corpus, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

const fmt = (n: number | undefined, digits = 0): string =>
  n === undefined || Number.isNaN(n) ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: digits });

export function longWordsReport(rows: readonly Row[]): string {
  const lines = [
    '## One long word',
    '',
    `A \`.txt\` file of a headline and one word (base64), added with \`/article add file:\` or read by \`/reload\` from CORPUS_DIR, while \`/ask ${QUESTION}\` is sent every ${ASK_EVERY_MS} ms (and for a second after).`,
    '',
    '| path | word | add/reload ms | sentences | /ask sent | slowest ack ms | median ack ms | longest event-loop delay ms | restart ms (empty DATA_DIR) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.path} | ${fmt(r.bytes / 1024)} KB | ${fmt(r.ms)} | ${fmt(r.sentences)} | ${r.asks} | ${fmt(r.maxAckMs, 1)} | ${fmt(r.medianAckMs, 1)} | ${fmt(r.maxDelayMs, 1)} | ` +
        `${r.restartMs === undefined ? '—' : `${fmt(r.restartMs)} (${fmt(r.emptyRestartMs)})`} |`,
    );
  }
  const slowest = Math.max(...rows.map((r) => r.maxAckMs));
  const restarts = rows.filter((r) => r.restartMs !== undefined);
  const restartOk = restarts.every((r) => r.restartMs! <= 2 * r.emptyRestartMs!);
  lines.push(
    '',
    `**Slowest /ask acknowledgement: ${fmt(slowest, 1)} ms** (bar < ${ACK_BAR_MS} ms: ${slowest < ACK_BAR_MS ? 'PASS' : 'FAIL'}); ` +
      `restart with the word stored within 2× an empty start: ${restartOk ? 'PASS' : 'FAIL'}.`,
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--sizes');
  const sizes = i >= 0 ? argv[i + 1]!.split(',').map(Number) : [64 * 1024, 2 * 1024 * 1024];
  const rows: Row[] = [];
  for (const bytes of sizes) {
    for (const path of ['add', 'reload'] as const) {
      process.stderr.write(`${path} ${bytes} …\n`);
      rows.push(await measure(path, bytes));
    }
  }
  process.stdout.write(`${longWordsReport(rows)}\n`);
  process.exit(0);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
