// Worker thread: reads one page or file into an article (./offThread.ts) and posts it back.
import { parentPort, workerData } from 'node:worker_threads';
import { isCitebotError } from '../errors.ts';
import { type ArticleSource, readSource, type WorkerAnswer } from './offThread.ts';

const received = workerData as ArticleSource;
// Buffers arrive as plain Uint8Arrays.
const source: ArticleSource =
  received.kind === 'page'
    ? { kind: 'page', page: { ...received.page, body: Buffer.from(received.page.body) } }
    : { kind: 'file', name: received.name, bytes: Buffer.from(received.bytes) };
let answer: WorkerAnswer;
try {
  answer = { ok: true, article: readSource(source) };
} catch (error) {
  if (!isCitebotError(error)) throw error;
  answer = { ok: false, code: error.code, message: error.message, details: error.details };
}
parentPort!.postMessage(answer);
