/**
 * The quote index as the commands see it (`library.quotes`, built in src/quotes/). Until that
 * lands in `Library`, the commands read it through `quotesOf`, which is null when absent.
 */
import type { Library } from '../library.ts';

export interface Speaker {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string | null;
  readonly quotes: number;
  readonly reported: number;
}

export interface Quote {
  readonly speaker: string | null;
  readonly kind: 'direct' | 'reported';
  readonly text: string;
  readonly source: string;
  readonly title: string;
  readonly paragraph: number;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
}

export interface QuoteLookup {
  readonly query: string;
  readonly speakers: readonly Speaker[];
  readonly quotes: readonly Quote[];
}

export interface QuoteIndexView {
  speakers(): readonly Speaker[];
  /** Throws CitebotError('SPEAKER_UNKNOWN', ..., { suggestions }) for a name it does not know. */
  lookup(query: string): QuoteLookup;
  readonly quoteCount: number;
}

export function quotesOf(library: Library): QuoteIndexView | null {
  return (library as Library & { readonly quotes?: QuoteIndexView }).quotes ?? null;
}
