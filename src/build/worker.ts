// Worker thread entry: builds one shard and hands it back, moving its typed arrays.
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../nlp/analyzer.ts';
import { buildShard, transferables, type ShardRequest } from './shard.ts';

const { documents, morphology, quotes } = workerData as ShardRequest;
const result = await buildShard(documents, createAnalyzer(morphology), quotes);
parentPort!.postMessage(result, transferables(result.index));
