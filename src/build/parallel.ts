/**
 * Building shards in worker threads: the main thread stays free to answer while a reload
 * runs, and with more real cores than one, a large corpus builds in about 1/N of the time.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CorpusDocument } from '../corpus/types.ts';
import type { ShardOptions, ShardRequest, ShardResult } from './shard.ts';

/** Below this much text, starting a thread (which loads wink's model) costs more than it saves. */
export const PARALLEL_MIN_BYTES = 1_000_000;

/**
 * Threads for a build that must not hold up the main thread: one per core but the main
 * thread's. On this project's 2-vCPU machines (measured: two busy threads run no faster than
 * one) that is a single worker, which keeps the bot responsive without slowing the build.
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

function runShard(request: ShardRequest): Promise<ShardResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: request });
    worker.once('message', (result: ShardResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`index worker exited with code ${code}`));
    });
  });
}

export function buildShardsInWorkers(documents: readonly CorpusDocument[], options: ShardOptions, workers: number): Promise<ShardResult[]> {
  return Promise.all(splitByBytes(documents, workers).map((shard) => runShard({ ...options, documents: shard })));
}
