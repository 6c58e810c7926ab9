/**
 * Building shards in worker threads: the main thread stays free to answer while a reload
 * runs, and with more real cores than one, a large corpus builds in about 1/N of the time.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CorpusDocument } from '../corpus/types.ts';
import type { ShardOptions, ShardProgress, ShardRequest, ShardResult } from './shard.ts';

/** Below this much text, starting a thread (which loads wink's model) costs more than it saves. */
export const PARALLEL_MIN_BYTES = 1024 * 1024;

/**
 * Threads for a build that must not hold up the main thread: one per core but the main
 * thread's. On this project's 2-vCPU machines (measured again 2026-12-07: a busy thread 1.47 s
 * alone, two at once 2.1-3.2 s; docs/performance.md) that is a single worker, which keeps the bot
 * responsive without slowing the build.
 */
export function backgroundWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** Splits documents into `n` consecutive runs of about equal size. */
export function splitByBytes(documents: readonly CorpusDocument[], n: number): CorpusDocument[][] {
  const total = documents.reduce((sum, d) => sum + d.text.length, 0);
  const shards: CorpusDocument[][] = [];
  let current: CorpusDocument[] = [];
  let size = 0;
  for (const document of documents) {
    current.push(document);
    size += document.text.length;
    if (size >= (total * (shards.length + 1)) / n && shards.length < n - 1) {
      shards.push(current);
      current = [];
    }
  }
  if (current.length > 0) shards.push(current);
  return shards;
}

/**
 * Runs every shard in its own worker; if one fails, the others are stopped and the build fails.
 * `progress`: the workers' counts added up (documents analysed, sentences), each worker reporting
 * at most every `intervalMs`.
 */
export function buildShardsInWorkers(
  documents: readonly CorpusDocument[],
  options: ShardOptions,
  workers: number,
  progress?: { readonly onProgress: (documents: number, sentences: number) => void; readonly intervalMs: number },
): Promise<ShardResult[]> {
  const shards = splitByBytes(documents, workers);
  const counts = shards.map(() => ({ documents: 0, sentences: 0 }));
  const running: Worker[] = [];
  return new Promise((resolve, reject) => {
    const results: ShardResult[] = new Array<ShardResult>(shards.length);
    let done = 0;
    let failed = false;
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      for (const worker of running) void worker.terminate();
      reject(error);
    };
    shards.forEach((shard, k) => {
      const request: ShardRequest = {
        ...options,
        documents: shard,
        ...(progress ? { progressMs: progress.intervalMs } : {}),
      };
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: request });
      running.push(worker);
      let answered = false;
      worker.on('message', (message: ShardResult | ShardProgress) => {
        if ('progress' in message) {
          counts[k] = message.progress;
          progress?.onProgress(
            counts.reduce((n, c) => n + c.documents, 0),
            counts.reduce((n, c) => n + c.sentences, 0),
          );
          return;
        }
        const result = message;
        if (answered) return;
        answered = true;
        results[k] = result;
        done += 1;
        if (done === shards.length && !failed) resolve(results);
      });
      worker.once('error', fail);
      worker.once('exit', (code) => {
        if (!answered)
          fail(new Error(`index worker ${k + 1} of ${shards.length} exited (code ${code}) without a result`));
      });
    });
  });
}
