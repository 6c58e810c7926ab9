/**
 * Servers' own articles: what moderators add with /article, kept per server under
 * `DATA_DIR/guilds/<server id>/added/` and searched only in that server, together with the shared
 * corpus. Each server's articles are a small library of their own, built from its folder; a
 * server's view (withAddedArticles) shares the shared library's index instead of copying it, so
 * memory grows with a server's own articles only. Adding or removing rebuilds that small library
 * alone; the shared corpus is never rebuilt for it. No discord.js here: the console is a server too.
 *
 * Replicas sharing DATA_DIR: every add or remove replaces the server's generation marker
 * (`guilds/<id>/generation`, src/replicas/generationMarker.ts) after the folder changed, and every
 * request for a server first reads that marker (catchUp): when it moved, the server's articles are
 * read again from its folder. So a change on one replica is answered by every replica from its next
 * request for that server. Files are written under a temporary name and linked into place only if
 * the name is free, so two replicas adding at once never take one file name.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCorpus } from '../corpus/load.ts';
import type { Corpus, CorpusDocument } from '../corpus/types.ts';
import { CitebotError, isCitebotError } from '../errors.ts';
import { buildLibrary, withAddedArticles, type BuildOptions, type Library } from '../library.ts';
import { linkIfFree, temporaryPath } from '../replicas/atomicFile.ts';
import { readMarker, tokenOf, writeMarker } from '../replicas/generationMarker.ts';
import { escapeMarkdown } from '../replies/markdown.ts';
import type { Logger } from './log.ts';

/** Added articles sit in this folder of their server's directory, so their ids read `added/<slug>`. */
export const ADDED_FOLDER = 'added';

/** A server's generation marker, in its folder beside ADDED_FOLDER. */
export const GENERATION_FILE = 'generation';

/** Server ids are snowflakes; the console is the server `console`. Nothing else names a folder. */
const SERVER_ID = /^(\d{17,20}|console)$/;

export interface NewArticle {
  /** The file's name without extension: a slug of the title (made unique here). */
  readonly slug: string;
  /** `.md` (front matter, from a page or Markdown) or `.txt`. */
  readonly extension: '.md' | '.txt';
  /** The file's whole text, as stored. */
  readonly text: string;
  /** The page the article came from, to refuse adding it twice. */
  readonly url?: string;
}

export interface AddedArticle {
  readonly document: CorpusDocument;
  readonly sentences: number;
  /** Direct quotes found in it. */
  readonly quotes: number;
}

/** One article of addMany: added, or refused with why. */
export type BatchResult =
  | { readonly ok: true; readonly document: CorpusDocument }
  | { readonly ok: false; readonly error: CitebotError };

export interface ServerArticlesOptions {
  readonly dataDir: string;
  /** The shared library requests use now (the reload service's current one). */
  readonly shared: () => Library;
  /** How the shared library was built: a server's articles are analysed the same way. */
  readonly buildOptions: BuildOptions;
  /** What /article add may fetch. */
  readonly limits: ArticleLimits;
  readonly log: Logger;
}

export interface ArticleLimits {
  /** Largest page or file taken, in bytes (MAX_FILE_MB). */
  readonly maxFileBytes: number;
  /** Fetch links to loopback and private addresses too (ALLOW_PRIVATE_URLS). */
  readonly allowPrivateUrls: boolean;
}

interface Shelf {
  readonly library: Library;
  /** The view last made with it, and the shared library it was made with. */
  view: { readonly shared: Library; readonly library: Library } | null;
}

export class ServerArticles {
  private readonly shelves = new Map<string, Shelf>();
  /** One change at a time per server: two adds must not race for the same folder. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** The token of each server's marker as read before its folder was last read (absent: none read, as null). */
  private readonly seen = new Map<string, string | null>();

  constructor(private readonly options: ServerArticlesOptions) {}

  get limits(): ArticleLimits {
    return this.options.limits;
  }

  /**
   * Loads the servers' articles found under DATA_DIR (at start): every server's, or with `serves`
   * those of the servers this process serves (a shard). A folder that fails to load is logged and skipped.
   */
  async start(serves: (guildId: string) => boolean = () => true): Promise<void> {
    const root = join(this.options.dataDir, 'guilds');
    const ids = await readdir(root).catch(() => [] as string[]);
    for (const id of ids.filter((name) => SERVER_ID.test(name) && (name === 'console' || serves(name)))) {
      try {
        await this.rebuild(id);
      } catch (error) {
        this.options.log.error('could not load a server’s articles', { guild: id, error });
      }
    }
    const articles = [...this.shelves.values()].reduce((n, s) => n + s.library.stats.documents, 0);
    if (articles > 0) this.options.log.info('servers’ articles loaded', { servers: this.shelves.size, articles });
  }

  /** What a request from this server searches: the shared library, with the server's articles if it has any. */
  viewFor(guildId: string | null): Library {
    const shared = this.options.shared();
    const shelf = guildId === null ? undefined : this.shelves.get(guildId);
    if (shelf === undefined) return shared;
    if (shelf.view?.shared !== shared) shelf.view = { shared, library: withAddedArticles(shared, shelf.library) };
    return shelf.view.library;
  }

  /** The server's own articles, in id order (empty when it has none). */
  articles(guildId: string | null): readonly CorpusDocument[] {
    return guildId === null ? [] : (this.shelves.get(guildId)?.library.corpus.documents ?? []);
  }

  /**
   * Stores an article for the server and makes it answerable. Refuses, storing nothing, an article
   * the server can already search (same page, or the same text) and a text with nothing to index.
   */
  add(guildId: string, article: NewArticle): Promise<AddedArticle> {
    return this.serialised(guildId, async () => {
      const dir = this.folder(guildId);
      this.refuseDuplicate(guildId, article);
      const { id, file } = await this.store(dir, this.viewFor(guildId), article);
      const library = await this.changedOrUndone(guildId, [file]);
      const document = library.document(id);
      const part = library.parts[0]!;
      if (document === undefined) {
        // The loader skipped it (nothing but blank lines, say): it is not kept.
        const skipped = library.corpus.skipped.find((s) => s.file.startsWith(`${id}.`));
        await rm(file, { force: true });
        await this.changed(guildId);
        throw new CitebotError(
          'ARTICLE_EMPTY',
          `That file has no article text I can use${skipped ? ` (${skipped.message})` : ''}. Nothing was added.`,
          { guild: guildId },
        );
      }
      const d = part.documentIndex.get(id)!;
      return {
        document,
        sentences: part.index.docFirst[d + 1]! - part.index.docFirst[d]!,
        quotes: library.quotes.all().filter((q) => q.source === id && q.kind === 'direct').length,
      };
    });
  }

  /**
   * Stores several articles at once (a feed's new items) with one rebuild: each is added or refused
   * as `add` would (the same page or text already here, in the server or earlier in the batch;
   * nothing to index), in order. Never throws for one article: its refusal is in its result.
   */
  async addMany(guildId: string, articles: readonly NewArticle[]): Promise<BatchResult[]> {
    // What other replicas added meanwhile counts as "already here".
    await this.catchUp(guildId);
    return this.serialised(guildId, async () => {
      const dir = this.folder(guildId);
      const view = this.viewFor(guildId);
      const results: BatchResult[] = [];
      const written: { index: number; id: string; file: string }[] = [];
      const urls = new Set<string>();
      const fingerprints = new Set<string>();
      for (const [index, article] of articles.entries()) {
        const url = article.url === undefined ? null : normalisedUrl(article.url);
        const fingerprint = fingerprintOf(article.text);
        try {
          this.refuseDuplicate(guildId, article);
          if ((url !== null && urls.has(url)) || fingerprints.has(fingerprint))
            throw new CitebotError('ARTICLE_DUPLICATE', 'That article came twice in one batch.', { guild: guildId });
        } catch (error) {
          if (!isCitebotError(error)) throw error;
          results.push({ ok: false, error });
          continue;
        }
        if (url !== null) urls.add(url);
        fingerprints.add(fingerprint);
        written.push({ index, ...(await this.store(dir, view, article)) });
        results.push({ ok: false, error: new CitebotError('ARTICLE_EMPTY', 'not read yet') });
      }
      if (written.length === 0) return results;
      const library = await this.changedOrUndone(
        guildId,
        written.map((w) => w.file),
      );
      let skipped = false;
      for (const w of written) {
        const document = library.document(w.id);
        if (document === undefined) {
          skipped = true;
          await rm(w.file, { force: true });
          results[w.index] = {
            ok: false,
            error: new CitebotError('ARTICLE_EMPTY', 'That article has no text I can use.', { guild: guildId }),
          };
        } else {
          results[w.index] = { ok: true, document };
        }
      }
      if (skipped) await this.changed(guildId);
      return results;
    });
  }

  /** Removes several of the server's articles (those of a feed) with one rebuild; ids it does not have are passed over. */
  async removeMany(guildId: string, ids: readonly string[]): Promise<CorpusDocument[]> {
    await this.catchUp(guildId);
    return this.serialised(guildId, async () => {
      const wanted = new Set(ids);
      const removed = this.articles(guildId).filter((d) => wanted.has(d.id));
      if (removed.length === 0) return [];
      for (const document of removed) await rm(join(this.folder(guildId), document.file), { force: true });
      await this.changed(guildId);
      return removed;
    });
  }

  /** Removes one of the server's articles (by id); the next search no longer finds it. */
  remove(guildId: string, id: string): Promise<CorpusDocument> {
    return this.serialised(guildId, async () => {
      const document = this.articles(guildId).find((d) => d.id === id);
      if (document === undefined) {
        throw new CitebotError('ARTICLE_UNKNOWN', `This server has no added article with the id "${id}".`, {
          guild: guildId,
          id,
        });
      }
      await rm(join(this.folder(guildId), document.file), { force: true });
      await this.changed(guildId);
      return document;
    });
  }

  private folder(guildId: string): string {
    if (!SERVER_ID.test(guildId)) throw new Error(`not a server id: ${guildId}`);
    return join(this.options.dataDir, 'guilds', guildId);
  }

  /**
   * Writes the article into the server's folder `dir` under the first free name (`<slug>`,
   * `<slug>-2`, …): free in the server's view, and free on disk, since another replica may just have
   * taken it. The text goes under a temporary name first and is linked into place only if the name is free.
   */
  private async store(dir: string, view: Library, article: NewArticle): Promise<{ id: string; file: string }> {
    const added = join(dir, ADDED_FOLDER);
    await mkdir(added, { recursive: true });
    const temporary = temporaryPath(join(added, `${article.slug}${article.extension}`));
    await writeFile(temporary, article.text, 'utf8');
    try {
      for (let n = 2, slug = article.slug; ; slug = `${article.slug}-${n}`, n += 1) {
        const file = join(added, `${slug}${article.extension}`);
        if (view.document(`${ADDED_FOLDER}/${slug}`) === undefined && (await linkIfFree(temporary, file))) {
          return { id: `${ADDED_FOLDER}/${slug}`, file };
        }
      }
    } finally {
      await unlink(temporary).catch(() => undefined);
    }
  }

  /** `changed` after files were added; when the rebuild fails, the files are taken out again and the error goes on. */
  private async changedOrUndone(guildId: string, files: readonly string[]): Promise<Library> {
    try {
      return await this.changed(guildId);
    } catch (error) {
      for (const file of files) await rm(file, { force: true });
      await this.changed(guildId).catch(() => undefined);
      throw error;
    }
  }

  private refuseDuplicate(guildId: string, article: NewArticle): void {
    const url = article.url === undefined ? null : normalisedUrl(article.url);
    const fingerprint = fingerprintOf(article.text);
    for (const part of this.viewFor(guildId).parts) {
      const index = duplicateIndex(part.corpus);
      const same =
        (url === null ? undefined : index.byUrl.get(url)) ??
        index.byOpening.get(openingOf(article.text))?.find((d) => fingerprintOf(d.text) === fingerprint);
      if (same !== undefined) {
        throw new CitebotError(
          'ARTICLE_DUPLICATE',
          `That article is already here: “${escapeMarkdown(same.title)}” (${same.id}). Nothing was added.`,
          { guild: guildId, id: same.id },
        );
      }
    }
  }

  /**
   * Before a request from a server: when another replica changed its articles since this one last
   * read them (its marker moved), reads them again. Costs one small read when nothing changed.
   * Never throws: a folder that cannot be read is logged and the articles held are kept.
   */
  async catchUp(guildId: string | null): Promise<void> {
    if (guildId === null || !SERVER_ID.test(guildId)) return;
    const marker = this.markerPath(guildId);
    if (tokenOf(await readMarker(marker)) === (this.seen.get(guildId) ?? null)) return;
    await this.serialised(guildId, async () => {
      // Again in the queue: a change of this replica's own may have caught up meanwhile.
      const token = tokenOf(await readMarker(marker));
      if (token === (this.seen.get(guildId) ?? null)) return;
      const before = this.articles(guildId).length;
      // A folder that fails to load is not tried again at every request: at its next change.
      const library = await this.rebuild(guildId).catch((error: unknown) => {
        this.seen.set(guildId, token);
        throw error;
      });
      const after = library === this.options.shared() ? 0 : library.stats.documents;
      this.options.log.info('server’s articles changed on another replica, read again', {
        guild: guildId,
        before,
        after,
      });
    }).catch((error: unknown) => {
      this.options.log.error('could not read a server’s articles again', { guild: guildId, error });
    });
  }

  private markerPath(guildId: string): string {
    return join(this.folder(guildId), GENERATION_FILE);
  }

  /** After this replica changed the server's folder: tells the other replicas (the marker), then reads it again. */
  private async changed(guildId: string): Promise<Library> {
    await writeMarker(this.markerPath(guildId), { guild: guildId });
    return this.rebuild(guildId);
  }

  /** Reads and indexes the server's folder again; the server's view follows at its next request. */
  private async rebuild(guildId: string): Promise<Library> {
    const dir = this.folder(guildId);
    // The marker before the folder: a change made after this read leaves a token not seen yet.
    const token = tokenOf(await readMarker(this.markerPath(guildId)));
    const library = await this.build(guildId, dir);
    this.seen.set(guildId, token);
    return library;
  }

  private async build(guildId: string, dir: string): Promise<Library> {
    const present = await readdir(join(dir, ADDED_FOLDER)).catch(() => [] as string[]);
    if (present.filter((name) => /\.(md|txt)$/.test(name)).length === 0) {
      this.shelves.delete(guildId);
      return this.options.shared();
    }
    const corpus = await loadCorpus(dir, this.options.buildOptions);
    const library = await buildLibrary(corpus, { ...this.options.buildOptions, workers: 0 });
    this.shelves.set(guildId, { library, view: null });
    return library;
  }

  private serialised<T>(guildId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(guildId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.queues.set(guildId, settled);
    void settled.then(() => {
      if (this.queues.get(guildId) === settled) this.queues.delete(guildId);
    });
    return next;
  }
}

/** The same page whatever its fragment, trailing slash or letter case of the host. */
function normalisedUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    // Trailing slashes cut by hand: /\/+$/ costs the square of a long run of slashes inside the url.
    const href = parsed.href;
    let end = href.length;
    while (end > 0 && href[end - 1] === '/') end -= 1;
    return href.slice(0, end);
  } catch {
    return null;
  }
}

const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/;
const normalised = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
const bodyOf = (text: string): string => text.replace(FRONT_MATTER, '');

/** The same text whatever its spacing, case and front matter. */
function fingerprintOf(text: string): string {
  return createHash('sha256')
    .update(normalised(bodyOf(text)))
    .digest('hex');
}

/** The first 200 characters of the same normalised text: cheap, so only articles that open alike are hashed whole. */
function openingOf(text: string): string {
  const match = FRONT_MATTER.exec(text);
  const start = match === null ? 0 : match[0].length;
  return normalised(text.slice(start, start + 600)).slice(0, 200);
}

interface DuplicateIndex {
  readonly byUrl: ReadonlyMap<string, CorpusDocument>;
  readonly byOpening: ReadonlyMap<string, readonly CorpusDocument[]>;
}

/** Each corpus's pages and openings, computed once per corpus (a reload makes a new one). */
const duplicateIndexes = new WeakMap<Corpus, DuplicateIndex>();
function duplicateIndex(corpus: Corpus): DuplicateIndex {
  let index = duplicateIndexes.get(corpus);
  if (index === undefined) {
    const byUrl = new Map<string, CorpusDocument>();
    const byOpening = new Map<string, CorpusDocument[]>();
    for (const document of corpus.documents) {
      const url = document.meta.url === undefined ? null : normalisedUrl(document.meta.url);
      if (url !== null && !byUrl.has(url)) byUrl.set(url, document);
      const opening = openingOf(document.text);
      byOpening.set(opening, [...(byOpening.get(opening) ?? []), document]);
    }
    index = { byUrl, byOpening };
    duplicateIndexes.set(corpus, index);
  }
  return index;
}
