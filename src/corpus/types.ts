export interface DocumentMeta {
  readonly url?: string;
  readonly date?: string;
  readonly author?: string;
}

/** A line of the body: offsets into the document's text, `number` counts from 1. */
export interface Paragraph {
  readonly number: number;
  readonly start: number;
  readonly end: number;
}

export interface CorpusDocument {
  /** Path relative to the corpus directory, without extension, with forward slashes: `bbc/business/001`. */
  readonly id: string;
  /** Path relative to the corpus directory, as found on disk. */
  readonly file: string;
  readonly title: string;
  /** Where the title comes from; a title made from the file name says nothing about the article. */
  readonly titleFrom: TitleSource;
  readonly meta: DocumentMeta;
  /** The file's text, decoded as UTF-8; every offset in the corpus is a string index into it. */
  readonly text: string;
  readonly bytes: number;
  readonly paragraphs: readonly Paragraph[];
}

/** `headline`: the first line of a plain-text file that reads as one (not a paragraph of the body). */
export type TitleSource = 'front-matter' | 'heading' | 'headline' | 'file-name';

export type SkipReason = 'empty' | 'too-large' | 'binary' | 'not-utf8' | 'unreadable';

export interface SkippedFile {
  readonly file: string;
  readonly reason: SkipReason;
  readonly message: string;
}

/** Something worth telling about a file that was read (`decoded as Windows-1252`). */
export interface CorpusNotice {
  readonly file: string;
  readonly message: string;
}

export interface Corpus {
  readonly dir: string;
  /** Files read with a caveat, by file name. */
  readonly notices: readonly CorpusNotice[];
  /** Sorted by id, so nothing downstream depends on the order the file system lists files in. */
  readonly documents: readonly CorpusDocument[];
  readonly skipped: readonly SkippedFile[];
}
