// Worker thread: parses one feed (./offThread.ts) and posts the items back.
import { parentPort, workerData } from 'node:worker_threads';
import { isCitebotError } from '../errors.ts';
import type { FeedWorkerAnswer } from './offThread.ts';
import { parseFeedBody } from './parse.ts';

const received = workerData as { body: Uint8Array; contentType: string; url: string };
let answer: FeedWorkerAnswer;
try {
  answer = { ok: true, feed: parseFeedBody(Buffer.from(received.body), received.contentType, received.url) };
} catch (error) {
  if (!isCitebotError(error)) throw error;
  answer = { ok: false, code: error.code, message: error.message, details: error.details };
}
parentPort!.postMessage(answer);
