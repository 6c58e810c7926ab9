import { readFileSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { CitebotError } from '../errors.ts';
import { slicer } from '../slices.ts';
import { parseFrontMatter, webAddress } from './frontMatter.ts';
import { splitParagraphs } from './paragraphs.ts';
import { markdownHeading, plainTextHeadline, titleFromFileName } from './title.ts';
import type {
  Corpus,
  CorpusDocument,
  CorpusNotice,
  DocumentMeta,
  Paragraph,
  SkippedFile,
  TitleSource,
} from './types.ts';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const EXTENSIONS = new Set(['.txt', '.md']);

export interface LoadOptions {
  readonly maxFileBytes?: number;
  /** Called with the files read so far and the files found: once before the first read, after every file. */
  readonly onRead?: (files: number, filesTotal: number) => void;
}

/**
 * Reads every .txt and .md file under `dir`. Bad files are skipped with a reason; a missing
 * or empty directory, or two files with one id, fail the whole load so that a half-read
 * corpus never replaces a good one.
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const root = resolve(dir);
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const info = await stat(root).catch(() => null);
  if (!info) throw new CitebotError('CORPUS_MISSING', `The corpus directory ${root} does not exist.`, { dir: root });
  if (!info.isDirectory())
    throw new CitebotError('CORPUS_NOT_A_DIRECTORY', `The corpus path ${root} is not a directory.`, { dir: root });

  const notices: CorpusNotice[] = [];
  const { files, skipped } = await listCorpusFiles(root);
  const documents: CorpusDocument[] = [];
  const byId = new Map<string, string>();
  for (const file of files) {
    const id = file.slice(0, -extname(file).length);
    const previous = byId.get(id);
    if (previous !== undefined) {
      throw new CitebotError(
        'CORPUS_DUPLICATE_ID',
        `${previous} and ${file} both have the id "${id}"; rename one of them.`,
        { id, files: [previous, file] },
      );
    }
    byId.set(id, file);
  }
  // Small synchronous reads in slices: thousands of promise-based reads cost four thread-pool
  // round trips each, while the slices keep a running bot responsive.
  const pause = slicer(READ_SLICE_MS);
  let read = 0;
  options.onRead?.(0, byId.size);
  for (const [id, file] of byId) {
    const result = readDocument(root, file, id, maxFileBytes);
    if ('reason' in result) skipped.push(result);
    else {
      documents.push(result.document);
      if (result.notice) notices.push({ file, message: result.notice });
    }
    read += 1;
    options.onRead?.(read, byId.size);
    await pause();
  }
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  if (documents.length === 0) {
    const why =
      skipped.length > 0
        ? ` (${skipped.length} file(s) skipped: ${skipped.map((s) => `${s.file}: ${s.message}`).join('; ')})`
        : '';
    throw new CitebotError('CORPUS_EMPTY', `No readable .txt or .md article in ${root}${why}.`, { dir: root, skipped });
  }
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { dir: root, documents, skipped, notices };
}

const READ_SLICE_MS = 10;

/**
 * The .txt and .md files a load of the directory `root` (absolute) reads, relative to it with
 * forward slashes, sorted, and what could not be listed: what an index snapshot's key covers.
 */
export async function listCorpusFiles(root: string): Promise<{ files: string[]; skipped: SkippedFile[] }> {
  const skipped: SkippedFile[] = [];
  // Every path is under root: cutting the prefix costs nothing, path.relative resolves both paths each time.
  const prefix = root.endsWith(sep) ? root : root + sep;
  const found: string[] = [];
  await listFiles(root, root, skipped, found);
  const files = found
    .map((path) => {
      const file = path.startsWith(prefix) ? path.slice(prefix.length) : relative(root, path);
      return sep === '/' ? file : file.split(sep).join('/');
    })
    .sort();
  return { files, skipped };
}

/**
 * Adds to `found` the .txt and .md files under `dir`, following links (each real folder once, so a
 * link loop ends). A folder or link that cannot be read is reported in `skipped`, not thrown. One
 * array for the whole walk: spreading a folder's list into its parent's overflowed the stack at
 * about 120,000 files in one folder.
 */
async function listFiles(
  root: string,
  dir: string,
  skipped: SkippedFile[],
  found: string[],
  seen = new Set<string>(),
): Promise<void> {
  const unreadable = (path: string, error: unknown): void => {
    skipped.push(unreadableFile(relative(root, path).split(sep).join('/') || '.', error));
  };
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    unreadable(dir, error);
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    // dir is a path join() made, entry.name a plain name: nothing to normalise (join would, at a cost per file).
    const path = dir.endsWith(sep) ? dir + entry.name : dir + sep + entry.name;
    let directory = entry.isDirectory();
    let file = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        directory = target.isDirectory();
        file = target.isFile();
      } catch (error) {
        if (EXTENSIONS.has(extname(entry.name).toLowerCase())) unreadable(path, error);
        continue;
      }
    }
    if (directory) await listFiles(root, path, skipped, found, seen);
    else if (file && EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
}

function unreadableFile(file: string, error: unknown): SkippedFile {
  return {
    file,
    reason: 'unreadable',
    message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// Windows-1252's 0x80-0x9F (Node's TextDecoder reads them as Latin-1's control codes); the rest is Latin-1.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
export function decodeWindows1252(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    out += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
  }
  return out;
}

/**
 * Old news archives are often 8-bit text (Windows-1252, of which Latin-1 is nearly all): read them
 * so, with a notice, when the bytes are not UTF-8 but look like text (hardly any control characters).
 */
function eightBitText(bytes: Buffer): boolean {
  let control = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control += 1;
  return control <= bytes.length / 100;
}

function readDocument(
  root: string,
  file: string,
  id: string,
  maxFileBytes: number,
): { document: CorpusDocument; notice?: string } | SkippedFile {
  const path = join(root, file);
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > maxFileBytes) {
      return {
        file,
        reason: 'too-large',
        message: `larger than the limit (${formatBytes(size)} > ${formatBytes(maxFileBytes)})`,
      };
    }
    bytes = readFileSync(path);
  } catch (error) {
    return unreadableFile(file, error);
  }
  if (bytes.includes(0)) return { file, reason: 'binary', message: 'looks binary (contains NUL bytes)' };
  let text: string;
  let notice: string | undefined;
  try {
    text = utf8.decode(bytes);
  } catch {
    if (!eightBitText(bytes))
      return { file, reason: 'not-utf8', message: 'is not valid UTF-8 and does not look like 8-bit text' };
    text = decodeWindows1252(bytes);
    notice = 'is not valid UTF-8: read as Windows-1252 (Latin-1); save it as UTF-8 to be sure of its characters';
  }

  const layout = articleLayout(text, file);
  if (layout === null) return { file, reason: 'empty', message: 'has no text' };
  const { title, titleFrom, meta, paragraphs } = layout;
  const document: CorpusDocument = { id, file, title, titleFrom, meta, text, bytes: bytes.length, paragraphs };
  return notice === undefined ? { document } : { document, notice };
}

/** What the loader reads from a file's text: its title and where that came from, its metadata, its paragraphs. */
export interface ArticleLayout {
  readonly title: string;
  readonly titleFrom: TitleSource;
  readonly meta: DocumentMeta;
  readonly paragraphs: readonly Paragraph[];
}

/**
 * How the loader reads `text` from a file called `file` (Markdown for a `.md`): front matter, then a
 * heading or headline for the title, else the file's name; null when no paragraph is left. What
 * /article add stores is checked with this too, so it is read the same way later.
 */
export function articleLayout(
  text: string,
  file: string,
  markdown = extname(file).toLowerCase() === '.md',
): ArticleLayout | null {
  const front = parseFrontMatter(text);
  const heading = front.fields.title
    ? null
    : markdown
      ? markdownHeading(text, front.bodyStart)
      : plainTextHeadline(text, front.bodyStart);
  const paragraphs = splitParagraphs(text, heading ? heading.end : front.bodyStart, markdown);
  if (paragraphs.length === 0) return null;
  const meta: { -readonly [K in keyof DocumentMeta]: DocumentMeta[K] } = {};
  const url = webAddress(front.fields.url);
  if (url !== undefined) meta.url = url;
  if (front.fields.date) meta.date = front.fields.date;
  if (front.fields.author) meta.author = front.fields.author;
  const title = front.fields.title || heading?.title || titleFromFileName(file);
  const titleFrom: TitleSource = front.fields.title
    ? 'front-matter'
    : heading
      ? markdown
        ? 'heading'
        : 'headline'
      : 'file-name';
  return { title, titleFrom, meta, paragraphs };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
