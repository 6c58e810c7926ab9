// Worker thread entry: builds one shard and hands it back, moving its typed arrays. With
// `progressMs`, posts `{ progress: { documents, sentences } }` at most that often on the way.
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../nlp/analyzer.ts';
import { buildShard, transferables, type ShardProgress, type ShardRequest } from './shard.ts';

const { documents, morphology, quotes, progressMs } = workerData as ShardRequest;
let last = Number.NEGATIVE_INFINITY;
const onDocument =
  progressMs === undefined
    ? undefined
    : (done: number, sentences: number): void => {
        const now = performance.now();
        if (now - last < progressMs && done < documents.length) return;
        last = now;
        parentPort!.postMessage({ progress: { documents: done, sentences } } satisfies ShardProgress);
      };
const result = await buildShard(
  documents,
  createAnalyzer(morphology),
  quotes,
  Number.POSITIVE_INFINITY,
  onDocument ? { onDocument } : {},
);
parentPort!.postMessage(result, transferables(result.index));
