/**
 * Button ids, one typed encoder and parser per command (sapphire's parse-then-run): a handler gets
 * the button's data or null, so a bad, stale or forged id is one parse failure, handled once.
 * Ids are signed with the message's footer (signedId), so a changed part is refused too.
 */
import { ASK, QUOTE } from '../../replies/budgets.ts';
import { parseIndex, signedId, verifyId } from './shared.ts';

/**
 * `/ask`: a page of results, an excerpt with its context (page and excerpt on that page), or a
 * 👍/👎 on a page: `answer` is a digest of the hits the page showed (see `answerDigest`), so a vote
 * pressed after the articles changed is refused rather than recorded against other hits.
 */
export type AskButton =
  | { readonly action: 'page'; readonly asker: string; readonly page: number }
  | { readonly action: 'ctx'; readonly asker: string; readonly page: number; readonly index: number }
  | { readonly action: 'vote'; readonly vote: 'up' | 'down'; readonly page: number; readonly answer: string };

/** Eight hex digits: the digest of an answer's hits in a vote button's id. */
const DIGEST = /^[0-9a-f]{8}$/;

/** `/quote`: a page of a speaker's quotes. */
export interface QuoteButton {
  readonly action: 'page';
  readonly asker: string;
  readonly page: number;
}

/**
 * Ids: `ask:page:<asker>:<page>:<hash>`, `ask:ctx:<asker>:<page>:<excerpt>:<hash>`,
 * `ask:vote:<up|down>:<page>:<answer digest>:<hash>` (hash: see signedId).
 */
export const askButton = {
  id(button: AskButton, footer: string): string {
    const parts =
      button.action === 'page'
        ? ['page', button.asker, button.page]
        : button.action === 'ctx'
          ? ['ctx', button.asker, button.page, button.index]
          : ['vote', button.vote, button.page, button.answer];
    return signedId('ask', parts, footer);
  },
  parse(args: readonly string[], footer: string | null): AskButton | null {
    const parts = verifyId('ask', args, footer);
    if (parts === null) return null;
    if (parts[0] === 'vote') {
      const [, vote, pageRaw, answer] = parts;
      const page = parseIndex(pageRaw, ASK.maxPages - 1);
      const valid = parts.length === 4 && page !== null && answer !== undefined && DIGEST.test(answer);
      return valid && (vote === 'up' || vote === 'down') ? { action: 'vote', vote, page, answer } : null;
    }
    const [action, asker, pageRaw, indexRaw] = parts;
    const page = parseIndex(pageRaw, ASK.maxPages - 1);
    if (asker === undefined || page === null) return null;
    if (action === 'page' && parts.length === 3) return { action, asker, page };
    const index = parseIndex(indexRaw, ASK.pageSize - 1);
    return action === 'ctx' && parts.length === 4 && index !== null ? { action, asker, page, index } : null;
  },
};

export const quoteButton = {
  id(button: QuoteButton, footer: string): string {
    return signedId('quote', [button.action, button.asker, button.page], footer);
  },
  parse(args: readonly string[], footer: string | null): QuoteButton | null {
    const parts = verifyId('quote', args, footer);
    if (parts === null) return null;
    const [action, asker, pageRaw] = parts;
    const page = parseIndex(pageRaw, QUOTE.maxPages - 1);
    return action === 'page' && asker !== undefined && page !== null && parts.length === 3
      ? { action, asker, page }
      : null;
  },
};
