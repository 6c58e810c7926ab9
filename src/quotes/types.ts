/** What the quote index gives out: quotes with their citation, and speakers. */

export type QuoteKind = 'direct' | 'reported';

export interface Quote {
  /** The speaker's canonical name, or null when nobody can be named with confidence. */
  readonly speaker: string | null;
  readonly kind: QuoteKind;
  /** Direct: the words inside the marks (paragraphs joined by a line break). Reported: the sentence. */
  readonly text: string;
  /** Document id. */
  readonly source: string;
  /** Document title. */
  readonly title: string;
  /** Paragraph number (from 1) and sentence number in it (from 1) where the quote starts. */
  readonly paragraph: number;
  readonly sentence: number;
  /** Offsets into the document's text: from the opening mark to just after the closing mark (direct), or the sentence (reported). */
  readonly start: number;
  readonly end: number;
  /** The role the article gives the speaker at this quote (`Home Secretary`, `spokesman`), or null. */
  readonly role: string | null;
}

export interface Speaker {
  /** The longest full name seen, without titles (`Tammy Bruce`). */
  readonly name: string;
  /** Every form seen: names (`Tammy Bruce`, `Bruce`) and whole mentions with titles (`State Department spokesperson Tammy Bruce`). */
  readonly aliases: readonly string[];
  /** A person or an organisation (`FA`, `Home Office`: quoted through a statement or a spokesperson). */
  readonly kind: 'person' | 'organisation';
  /** The role given most often at the speaker's quotes, the latest on a tie (else the most frequent role seen), or null. */
  readonly description: string | null;
  /** Direct quotes attributed. */
  readonly quotes: number;
  /** Reported statements attributed. */
  readonly reported: number;
}

export interface QuoteLookup {
  readonly query: string;
  /** The speakers the query names best, best first (several when it names several equally well). */
  readonly speakers: readonly Speaker[];
  /** Grouped by speaker in the order of `speakers`: each one's direct quotes, then reported statements, in corpus order. */
  readonly quotes: readonly Quote[];
  /** Speakers the query also matches, less well (a first name or a typo where a full name matched): best first. */
  readonly others: readonly Speaker[];
  /** When nobody matches (`speakers` empty): the closest speakers' names, closest first. */
  readonly suggestions: readonly string[];
  /** How well the query names `speakers` (higher is better; 0 when nobody): to merge lookups over several corpora. */
  readonly strength: number;
  /** When nobody quoted matches: a name the articles mention that the query names, and in how many articles. */
  readonly mentioned?: { readonly name: string; readonly articles: number } | null;
}

export interface QuoteIndex {
  /** Direct quotes, attributed or not. */
  readonly quoteCount: number;
  /** Speakers with at least one quote or statement: by number of direct quotes, then reported, then name. */
  speakers(): readonly Speaker[];
  /** The quotes of the speakers a query names; nobody named is an answer too (no speakers, `suggestions`). */
  lookup(query: string): QuoteLookup;
  /** Every quote (direct, attributed or not, and reported), in corpus order. */
  all(): readonly Quote[];
}
