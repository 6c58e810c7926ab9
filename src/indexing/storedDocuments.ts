/**
 * The documents of a corpus loaded from a snapshot. Their texts stay in the snapshot file: a text is
 * read (one positioned read, through the operating system's page cache) when something asks for it,
 * checked against its CRC-32 and decoded. A million sentences of news are about 150 MB of text that
 * a process no longer holds; what a question needs (a few sentences' articles) is read in
 * microseconds, and the last texts read are kept for the next question's neighbours.
 *
 * Their paragraphs stay in the snapshot's table (typed arrays) until a document's are asked for:
 * few are (/sources, a feed's announcement), and 800,000 paragraph objects are 25 MB and time to make.
 *
 * The file stays open for as long as the corpus is reachable (closed when the collector finds it
 * unreachable): a snapshot written again meanwhile is a new file renamed over the old one, so this
 * descriptor keeps reading the file the corpus came from.
 */
import { readFullySync } from './positionedReads.ts';
import type { FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { CorpusDocument, DocumentMeta, Paragraph, TitleSource } from '../corpus/types.ts';

/** How each text is stored: Latin-1 when every character fits (a byte each), else UTF-8, else UTF-16LE. */
export const TEXT_ENCODINGS = ['latin1', 'utf8', 'utf16le'] as const;

/** Texts kept after reading: a question's hits and their neighbours come from a few articles. */
const RECENT_TEXTS = 64;

/** Closes a snapshot's file once nothing reaches its texts. */
const closer = new FinalizationRegistry<FileHandle>((handle) => {
  handle.close().catch(() => undefined);
});

/** The texts region of an open snapshot: where each document's text is, how it is encoded, its CRC-32. */
export class SnapshotTexts {
  readonly #fd: number;
  readonly #offsets: Float64Array;
  readonly #recent = new Map<number, string>();
  #scratch = Buffer.allocUnsafe(64 * 1024);

  /**
   * `start`: where the texts region begins in the file; `bytes`, `encodings`, `checksums`: per
   * document, its text's length in bytes, encoding (an index of TEXT_ENCODINGS) and CRC-32.
   */
  constructor(
    handle: FileHandle,
    start: number,
    private readonly bytes: Int32Array,
    private readonly encodings: Uint8Array,
    private readonly checksums: Uint32Array,
  ) {
    if (bytes.length !== encodings.length || bytes.length !== checksums.length) throw new Error('bad text table');
    this.#fd = handle.fd;
    this.#offsets = new Float64Array(bytes.length);
    let at = start;
    for (let d = 0; d < bytes.length; d += 1) {
      if (bytes[d]! < 0 || TEXT_ENCODINGS[encodings[d]!] === undefined) throw new Error('bad text table');
      this.#offsets[d] = at;
      at += bytes[d]!;
    }
    closer.register(this, handle);
  }

  /** The bytes of all the texts. */
  get total(): number {
    const last = this.bytes.length - 1;
    return last < 0 ? 0 : this.#offsets[last]! + this.bytes[last]! - this.#offsets[0]!;
  }

  /** Document d's text's length in bytes, encoding and CRC-32: equal for equal texts. */
  signature(d: number): string {
    return `${this.bytes[d]}:${this.encodings[d]}:${this.checksums[d]}`;
  }

  /** Document d's text. Throws when the file no longer holds it as written (changed on disk since). */
  text(d: number): string {
    const known = this.#recent.get(d);
    if (known !== undefined) {
      // Most recent last: the oldest is the first a full cache drops.
      this.#recent.delete(d);
      this.#recent.set(d, known);
      return known;
    }
    const length = this.bytes[d]!;
    if (length > this.#scratch.length) this.#scratch = Buffer.allocUnsafe(length);
    const bytes = this.#scratch.subarray(0, length);
    if (readFullySync(this.#fd, bytes, this.#offsets[d]!) < length || checksum(bytes, 0) !== this.checksums[d])
      throw new Error(`the index snapshot's text of document ${d} does not match its checksum (changed on disk?)`);
    const text = bytes.toString(TEXT_ENCODINGS[this.encodings[d]!], 0, length);
    this.#recent.set(d, text);
    if (this.#recent.size > RECENT_TEXTS) this.#recent.delete(this.#recent.keys().next().value!);
    return text;
  }
}

/** A document's fields other than its text and paragraphs, as a snapshot stores them. */
export interface StoredFields {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly titleFrom: TitleSource;
  readonly meta: DocumentMeta;
  readonly bytes: number;
}

/** The paragraphs of every document: (number, start, end) of each, document after document. */
export class StoredParagraphs {
  readonly #first: Int32Array;
  /** `counts`: paragraphs per document; `fields`: number, start and end of each paragraph. */
  constructor(
    readonly counts: Int32Array,
    private readonly fields: Int32Array,
  ) {
    this.#first = new Int32Array(counts.length + 1);
    for (let d = 0; d < counts.length; d += 1) {
      if (counts[d]! < 0) throw new Error('bad paragraph table');
      this.#first[d + 1] = this.#first[d]! + counts[d]!;
    }
    if (this.#first[counts.length]! * 3 !== fields.length) throw new Error('paragraphs do not match the documents');
  }

  of(d: number): Paragraph[] {
    const paragraphs: Paragraph[] = new Array(this.counts[d]!);
    let at = this.#first[d]! * 3;
    for (let k = 0; k < paragraphs.length; k += 1, at += 3)
      paragraphs[k] = { number: this.fields[at]!, start: this.fields[at + 1]!, end: this.fields[at + 2]! };
    return paragraphs;
  }
}

/**
 * A corpus document whose `text` is read from the snapshot on each use and whose paragraphs are
 * made on first use. Both are own, enumerable properties (getters shared by every document, so they
 * share V8's hidden class): the document reads, spreads and compares as one built from the files
 * does; where it is stored is private.
 */
class StoredDocument {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly titleFrom: TitleSource;
  readonly meta: DocumentMeta;
  declare readonly text: string;
  readonly bytes: number;
  declare readonly paragraphs: readonly Paragraph[];
  readonly #texts: SnapshotTexts;
  readonly #table: StoredParagraphs;
  readonly #d: number;
  #paragraphs: readonly Paragraph[] | null = null;

  static readonly #text: PropertyDescriptor = {
    get(this: StoredDocument): string {
      return this.#texts.text(this.#d);
    },
    enumerable: true,
  };
  static readonly #paragraphsOf: PropertyDescriptor = {
    get(this: StoredDocument): readonly Paragraph[] {
      this.#paragraphs ??= this.#table.of(this.#d);
      return this.#paragraphs;
    },
    enumerable: true,
  };

  constructor(fields: StoredFields, texts: SnapshotTexts, paragraphs: StoredParagraphs, d: number) {
    this.id = fields.id;
    this.file = fields.file;
    this.title = fields.title;
    this.titleFrom = fields.titleFrom;
    this.meta = fields.meta;
    Object.defineProperty(this, 'text', StoredDocument.#text);
    this.bytes = fields.bytes;
    Object.defineProperty(this, 'paragraphs', StoredDocument.#paragraphsOf);
    this.#texts = texts;
    this.#table = paragraphs;
    this.#d = d;
  }

  /** Without making the paragraphs. */
  get paragraphCount(): number {
    return this.#table.counts[this.#d]!;
  }

  /** The text's stored length, encoding and checksum, without reading it. */
  get textSignature(): string {
    return this.#texts.signature(this.#d);
  }
}

/** Document d of a snapshot: its text read from `texts` on each use, its paragraphs made from `paragraphs` on first. */
export function storedDocument(
  fields: StoredFields,
  texts: SnapshotTexts,
  paragraphs: StoredParagraphs,
  d: number,
): CorpusDocument {
  return new StoredDocument(fields, texts, paragraphs, d);
}

/**
 * Whether two documents have the same text. Two stored documents are compared by their texts'
 * lengths, encodings and CRC-32s, without reading them (a /reload of an unchanged corpus loads the
 * same snapshot again: 138,410 texts at a million sentences); two texts that differ in length,
 * encoding or checksum differ, and the same three for different texts is a 1-in-4-billion chance.
 */
export function sameText(a: CorpusDocument, b: CorpusDocument): boolean {
  if (a instanceof StoredDocument && b instanceof StoredDocument) return a.textSignature === b.textSignature;
  return a.text === b.text;
}

/** A document's paragraph count; a stored document's without making its paragraphs. */
export function paragraphCount(document: CorpusDocument): number {
  return document instanceof StoredDocument ? document.paragraphCount : document.paragraphs.length;
}

/**
 * zlib's CRC-32 of `bytes` continuing from `crc`, unsigned. An empty view is skipped: on a view of an
 * empty ArrayBuffer node:zlib's crc32 returns 0 (zlib's "initial value" for a null buffer), not `crc`.
 */
export function checksum(bytes: Uint8Array, crc: number): number {
  return bytes.length === 0 ? crc : crc32(bytes, crc) >>> 0;
}
