/**
 * Pages and files to articles off the bot's thread: Readability parses a page synchronously (about
 * 100 ms a megabyte here), so a large page or file is read in a worker thread while the bot goes on
 * answering; a small one is read in place, where starting a thread would cost more. The same
 * functions run either way (./attachment.ts), so the results are the same.
 */
import { Worker } from 'node:worker_threads';
import { CitebotError, type ErrorCode } from '../errors.ts';
import { articleFromFile, articleFromPage } from './attachment.ts';
import type { FetchedPage } from './safeFetch.ts';
import type { StoredArticle } from './store.ts';

/** From this many bytes, a page or file is read in a worker thread. */
export const OFF_THREAD_MIN_BYTES = 256 * 1024;

export type ArticleSource =
  | { readonly kind: 'page'; readonly page: FetchedPage }
  | { readonly kind: 'file'; readonly name: string; readonly bytes: Buffer };

/** What the worker posts back: the article, or the expected failure as data (errors lose their class in a message). */
export type WorkerAnswer =
  | { readonly ok: true; readonly article: StoredArticle }
  | {
      readonly ok: false;
      readonly code: ErrorCode;
      readonly message: string;
      readonly details: Readonly<Record<string, unknown>>;
    };

/** The article in `source`, read here or in a worker thread by its size. */
export function storedArticle(source: ArticleSource, minBytes = OFF_THREAD_MIN_BYTES): Promise<StoredArticle> {
  const size = source.kind === 'page' ? source.page.body.length : source.bytes.length;
  if (size < minBytes) return Promise.resolve().then(() => readSource(source));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./offThread-entry.mjs', import.meta.url), { workerData: source });
    worker.once('message', (answer: WorkerAnswer) => {
      if (answer.ok) resolve(answer.article);
      else reject(new CitebotError(answer.code, answer.message, { ...answer.details }));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the article worker exited with code ${code}`));
    });
  });
}

/** The same reading, in whichever thread runs it. */
export function readSource(source: ArticleSource): StoredArticle {
  return source.kind === 'page' ? articleFromPage(source.page) : articleFromFile(source.name, source.bytes);
}
