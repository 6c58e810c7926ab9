/**
 * A large feed parsed off the bot's thread, as a large page is read (src/articles/offThread.ts):
 * XML parsing is synchronous, so a feed of megabytes would hold up answers while it is read.
 */
import { Worker } from 'node:worker_threads';
import { OFF_THREAD_MIN_BYTES } from '../articles/offThread.ts';
import type { FetchedPage } from '../articles/safeFetch.ts';
import { CitebotError, type ErrorCode } from '../errors.ts';
import { type ParsedFeed, parseFeedBody } from './parse.ts';

export type FeedWorkerAnswer =
  | { readonly ok: true; readonly feed: ParsedFeed }
  | {
      readonly ok: false;
      readonly code: ErrorCode;
      readonly message: string;
      readonly details: Readonly<Record<string, unknown>>;
    };

/** The feed in a fetched page, parsed here or in a worker thread by its size. */
export function parsedFeed(page: FetchedPage, minBytes = OFF_THREAD_MIN_BYTES): Promise<ParsedFeed> {
  if (page.body.length < minBytes)
    return Promise.resolve().then(() => parseFeedBody(page.body, page.contentType, page.finalUrl));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./offThread-entry.mjs', import.meta.url), {
      workerData: { body: page.body, contentType: page.contentType, url: page.finalUrl },
    });
    worker.once('message', (answer: FeedWorkerAnswer) => {
      if (answer.ok) resolve(answer.feed);
      else reject(new CitebotError(answer.code, answer.message, { ...answer.details }));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the feed worker exited with code ${code}`));
    });
  });
}
