/**
 * Building shards in worker threads: wink's reading is the bulk of a build and is single
 * threaded, so a large corpus builds in about 1/N of the time on N cores, and the main
 * thread stays free to answer while a reload runs.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CorpusDocument } from '../corpus/types.ts';
import type { Morphology } from '../nlp/analyzer.ts';
import type { ShardRequest, ShardResult } from './shard.ts';

/** Below this much text, starting threads (each loads wink's model) costs more than it saves. */
export const PARALLEL_MIN_BYTES = 1_000_000;

export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
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

export function buildShardsInWorkers(documents: readonly CorpusDocument[], morphology: Morphology, workers: number): Promise<ShardResult[]> {
  return Promise.all(splitByBytes(documents, workers).map((shard) => runShard({ documents: shard, morphology })));
}
