/** Engine adapters by name, loaded on demand so that one broken adapter does not stop the others. */
import type { Engine } from './types.ts';

export const ENGINES: Record<string, () => Promise<{ createEngine(): Engine }>> = {
  'wink-read': () => import('./wink-read.ts'),
  citebot: () => import('./citebot.ts'),
  'citebot+quotes': () => import('./citebot-quotes.ts'),
  minisearch: () => import('./minisearch.ts'),
  'wink-bm25': () => import('./wink-bm25.ts'),
};

/** The baseline's name: it builds (reads) but answers no queries. */
export const BASELINE = 'wink-read';
