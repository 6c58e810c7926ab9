/**
 * Presentation budgets: how much each reply shows and how it pages, in one place. Discord's own
 * limits are in limits.ts (every reply is fitted to them at the end); these keep the replies
 * readable well inside them.
 */

/** `/ask`: excerpts a page and pages at most, sentences a context button adds on each side. */
export const ASK = {
  pageSize: 3,
  maxPages: 5,
  contextSentences: 2,
  /** Room for one page's excerpts in the embed description (Discord allows 4096). */
  pageBudget: 3900,
  /** An excerpt shown beside an expanded one gets at most this much. */
  compactMax: 700,
  /** A compact excerpt is never cut shorter than this. */
  compactMin: 80,
  /** What an excerpt's block adds around its text (`**n.** `, line breaks, the dash). */
  blockFrame: 12,
  /** Room the context reply keeps for its citation and title. */
  contextReserve: 300,
} as const;

/** `/quote`: room for one page (Discord allows 4096), entries a page, characters a quote, pages at most. */
export const QUOTE = {
  pageBudget: 3600,
  perPage: 6,
  quoteMax: 700,
  maxPages: 100,
  /**
   * The lookup compares every word of the query with every name word of every speaker (typos,
   * suggestions): it gets at most this many words of at most this many characters, whatever comes
   * in (a name has a few short words; a query of more words could not match anyone anyway).
   */
  queryWords: 6,
  wordMax: 40,
} as const;

/** `/reload`: articles listed by name in each change list (added, removed, changed, skipped). */
export const RELOAD = { listMax: 8 } as const;

/** `/sources`: articles a page. */
export const SOURCES = { perPage: 15 } as const;
