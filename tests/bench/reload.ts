/**
 * The reload bench: how long the bot's event loop stalls while it reloads a large corpus, and how
 * fast /ask is acknowledged meanwhile. These used to be assertions in the test suite
 * (tests/indexing/stall.test.ts, tests/bot/reload-load.test.ts), where other test files running in
 * parallel made them flaky; the tests now check the behaviour (worker thread, slices, answers
 * from the running corpus until the swap) and the numbers are measured here.
 *
 *   npm run bench -- --reload                     this section only, 3 rounds (each in its own process)
 *   npm run bench -- --reload --rounds 1          one round
 *   npx tsx tests/bench/reload.ts [--corpus DIR]  one round in this process, a summary on stdout
 *
 * One round: the bot as `npm start` wires it (router, reload service, discord.js client) against
 * the local Discord stand-in (tests/discord/standin.ts), in this one process, so the stand-in,
 * discord.js and the main thread's share of the build all run on the loop being measured. It
 * starts on the shipped article (seeds/), then a moderator runs /reload pointed at the news
 * corpus (2,200 Reuters-21578 stories, about 5 MB, one file each with its headline on the first
 * line: tests/eval/news-corpus.ts, written into bench-data/ on first use), and while it runs
 * `/ask who met the delegation` is sent every ASK_EVERY_MS, one at a time.
 *
 * Measured: the longest event-loop delay (perf_hooks' monitorEventLoopDelay, 10 ms resolution,
 * and the longest gap between two ticks of a 5 ms timer: the longest the bot could not run
 * anything), the time from sending each /ask to the bot's acknowledgement (its interaction
 * callback: Discord drops an interaction not acknowledged within 3 s) and whether each answer
 * came from the running corpus.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PermissionFlagsBits } from 'discord.js';
import { buildNewsCorpus } from '../eval/news-corpus.ts';
import { opt } from '../discord/standin.ts';
import { startHarness } from '../bot/harness.ts';
import { median, percentile } from './stats.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEEDS = join(ROOT, 'seeds');
const QUESTION = 'who met the delegation';
/** From the shipped article: in the answer while it is the running corpus. */
const OLD_ANSWER = 'Under Secretary Hooker had **met** with the Pakistani **delegation**';
const ASK_EVERY_MS = 50;
const PROBE_MS = 5;

/** Bars (reported, not enforced): a stall a person would not notice, and an acknowledgement far inside Discord's 3 s. */
export const STALL_BAR_MS = 100;
export const ACK_BAR_MS = 1000;

export interface ReloadResult {
  readonly corpus: string;
  readonly documents: number;
  readonly sentences: number;
  readonly quotes: number;
  readonly megabytes: number;
  readonly reloadMs: number;
  /** How long /reload itself took to be acknowledged (deferred). */
  readonly reloadAckMs: number;
  /** Longest event-loop delay (monitorEventLoopDelay max) and its 99th percentile. */
  readonly maxDelayMs: number;
  readonly p99DelayMs: number;
  /** Longest gap between two ticks of a PROBE_MS timer. */
  readonly maxTimerGapMs: number;
  readonly asks: number;
  /** Answers during the reload that came from the running corpus (should be all of them). */
  readonly fromRunningCorpus: number;
  readonly maxAckMs: number;
  readonly medianAckMs: number;
  readonly p90AckMs: number;
}

export function defaultReloadCorpus(): string {
  return buildNewsCorpus();
}

export async function measureReload(corpusDir: string): Promise<ReloadResult> {
  const h = await startHarness({ corpusDir: SEEDS, reloadDir: corpusDir });
  try {
    // Warm the paths an /ask takes (wink, WordNet, discord.js) so the first one is not charged with them.
    await h.standin.command('ask', [opt.string('question', QUESTION)]).final();

    const histogram = monitorEventLoopDelay({ resolution: 10 });
    let last = performance.now();
    let maxGap = 0;
    const probe = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, PROBE_MS);
    histogram.enable();

    const started = performance.now();
    const reload = h.standin.command('reload', [], { permissions: PermissionFlagsBits.ManageGuild });
    await reload.nextResponse();
    const reloadAckMs = performance.now() - started;
    while (!h.reload.reloading && performance.now() - started < 10_000) await new Promise((r) => setTimeout(r, 1));

    const acks: number[] = [];
    let fromRunningCorpus = 0;
    while (h.reload.reloading) {
      const sent = performance.now();
      const handle = h.standin.command('ask', [opt.string('question', QUESTION)]);
      const response = await handle.nextResponse(30_000);
      const ackMs = performance.now() - sent;
      if (!h.reload.reloading) break; // answered after the swap: not a question asked during the reload
      acks.push(ackMs);
      if (String(response.data?.embeds?.[0]?.description ?? '').includes(OLD_ANSWER)) fromRunningCorpus += 1;
      await new Promise((r) => setTimeout(r, ASK_EVERY_MS));
    }
    await reload.final(600_000);
    const reloadMs = performance.now() - started;
    await new Promise((r) => setTimeout(r, 30)); // let the probes see the last turn
    histogram.disable();
    clearInterval(probe);

    const library = h.reload.current;
    const sorted = [...acks].sort((a, b) => a - b);
    return {
      corpus: corpusDir,
      documents: library.stats.documents,
      sentences: library.stats.sentences,
      quotes: library.quotes.quoteCount,
      megabytes: +(library.stats.bytes / 1024 / 1024).toFixed(2),
      reloadMs: Math.round(reloadMs),
      reloadAckMs: +reloadAckMs.toFixed(1),
      maxDelayMs: +(histogram.max / 1e6).toFixed(1),
      p99DelayMs: +(histogram.percentile(99) / 1e6).toFixed(1),
      maxTimerGapMs: +maxGap.toFixed(1),
      asks: acks.length,
      fromRunningCorpus,
      maxAckMs: +(sorted.at(-1) ?? Number.NaN).toFixed(1),
      medianAckMs: +median(sorted).toFixed(1),
      p90AckMs: +percentile(sorted, 0.9).toFixed(1),
    };
  } finally {
    await h.stop();
  }
}

const fmt = (n: number, digits = 0): string =>
  Number.isNaN(n) ? '—' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The markdown section of the bench report: one row per round, then the worst over rounds against the bars. */
export function reloadReport(results: readonly ReloadResult[], failures: readonly string[] = []): string {
  const lines: string[] = ['## Reloading a large corpus while answering', ''];
  const first = results[0];
  if (first !== undefined) {
    lines.push(
      `From the shipped article to ${first.corpus.replace(`${ROOT}/`, '')}: ${fmt(first.documents)} articles, ${fmt(first.sentences)} sentences, ` +
        `${fmt(first.quotes)} quotes, ${first.megabytes} MB. The bot, the Discord stand-in and the probes share one process; ` +
        `\`/ask ${QUESTION}\` is sent every ${ASK_EVERY_MS} ms while the reload runs, one at a time. Each round in its own process.`,
      '',
      '| round | reload s | /reload ack ms | longest event-loop delay ms | p99 delay ms | longest 5 ms-timer gap ms | /ask during reload | from the running corpus | slowest /ask ack ms | median ack ms | p90 ack ms |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    results.forEach(
      (r, i) =>
        void lines.push(
          `| ${i + 1} | ${fmt(r.reloadMs / 1000, 1)} | ${fmt(r.reloadAckMs, 1)} | ${fmt(r.maxDelayMs, 1)} | ${fmt(r.p99DelayMs, 1)} | ${fmt(r.maxTimerGapMs, 1)} | ` +
            `${r.asks} | ${r.fromRunningCorpus}/${r.asks} | ${fmt(r.maxAckMs, 1)} | ${fmt(r.medianAckMs, 1)} | ${fmt(r.p90AckMs, 1)} |`,
        ),
    );
    const stalls = results.map((r) => Math.max(r.maxDelayMs, r.maxTimerGapMs)).sort((a, b) => a - b);
    const slowest = results.map((r) => r.maxAckMs).sort((a, b) => a - b);
    const stall = median(stalls);
    const ack = median(slowest);
    const stale = results.reduce((n, r) => n + r.asks - r.fromRunningCorpus, 0);
    const range = (sorted: readonly number[]): string =>
      sorted.length > 1 ? `rounds ${fmt(sorted[0]!, 1)}–${fmt(sorted.at(-1)!, 1)}; ` : '';
    lines.push(
      '',
      `**Longest event-loop stall: ${fmt(stall, 1)} ms** (${range(stalls)}bar ≤ ${STALL_BAR_MS} ms: ${stall <= STALL_BAR_MS ? 'PASS' : 'FAIL'}); ` +
        `**slowest /ask acknowledgement: ${fmt(ack, 1)} ms** (${range(slowest)}bar ≤ ${ACK_BAR_MS} ms: ${ack <= ACK_BAR_MS ? 'PASS' : 'FAIL'}); ` +
        `medians over rounds, the stall being the longer of the delay and the timer gap. Answers during the reload not from the running corpus: ${stale}.`,
    );
  }
  for (const failure of failures) lines.push('', `A round failed: ${failure}`);
  return lines.join('\n');
}

function parseCorpusArg(argv: readonly string[]): string | undefined {
  const eq = argv.find((a) => a.startsWith('--corpus='));
  if (eq) return resolve(eq.slice('--corpus='.length));
  const i = argv.indexOf('--corpus');
  return i >= 0 && argv[i + 1] !== undefined ? resolve(argv[i + 1]!) : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const corpus = parseCorpusArg(argv) ?? defaultReloadCorpus();
  const result = await measureReload(corpus);
  if (json) process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
  else process.stdout.write(`${reloadReport([result])}\n`);
  // discord.js and the stand-in may leave handles behind: this process is done.
  process.exit(0);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
