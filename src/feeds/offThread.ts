/**
 * A large feed parsed off the bot's thread, as a large page is read (src/articles/offThread.ts):
 * XML parsing is synchronous, so a feed of megabytes would hold up answers while it is read.
 */
import { OFF_THREAD_MIN_BYTES } from '../articles/offThread.ts';
import type { FetchedPage } from '../articles/safeFetch.ts';
import { runInWorker } from '../workers/oneJob.ts';
import type { ParsedFeed } from './parse.ts';

/** The feed in a fetched page, parsed here or in a worker thread by its size. */
export function parsedFeed(page: FetchedPage, minBytes = OFF_THREAD_MIN_BYTES): Promise<ParsedFeed> {
  // Imported when first needed: feedsmith (and the HTML reading) cost a start that polls no feed ~0.5 s.
  if (page.body.length < minBytes)
    return import('./parse.ts').then(({ parseFeedBody }) => parseFeedBody(page.body, page.contentType, page.finalUrl));
  return runInWorker<ParsedFeed>(
    new URL('./offThread-worker.ts', import.meta.url),
    { body: page.body, contentType: page.contentType, url: page.finalUrl },
    'feed',
  );
}
