// Worker thread entry: builds one shard and hands it back, moving its typed arrays.
import { parentPort, workerData } from 'node:worker_threads';
import { buildShard, transferables, type ShardRequest } from './shard.ts';

const result = buildShard(workerData as ShardRequest);
parentPort!.postMessage(result, transferables(result.index));
