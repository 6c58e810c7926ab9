/**
 * Pages and files to articles off the bot's thread: Readability parses a page synchronously (about
 * 100 ms a megabyte here), so a large page or file is read in a worker thread (src/workers/oneJob.ts)
 * while the bot goes on answering; a small one is read in place, where starting a thread would cost
 * more. The same functions run either way (./attachment.ts), so the results are the same.
 */
import { runInWorker } from '../workers/oneJob.ts';
import type { ArticleSource } from './attachment.ts';
import type { StoredArticle } from './store.ts';

export type { ArticleSource } from './attachment.ts';

/** From this many bytes, a page or file is read in a worker thread. */
export const OFF_THREAD_MIN_BYTES = 256 * 1024;

/** The article in `source`, read here or in a worker thread by its size. */
export function storedArticle(source: ArticleSource, minBytes = OFF_THREAD_MIN_BYTES): Promise<StoredArticle> {
  const size = source.kind === 'page' ? source.page.body.length : source.bytes.length;
  // Imported when first needed: Readability and linkedom cost a start that adds no article ~0.3 s.
  if (size < minBytes) return import('./attachment.ts').then(({ readSource }) => readSource(source));
  return runInWorker<StoredArticle>(new URL('./offThread-worker.ts', import.meta.url), source, 'article');
}
