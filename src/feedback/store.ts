/**
 * 👍/👎 on /ask answers, kept as JSON lines in `<DATA_DIR>/feedback.jsonl`, one a vote:
 *
 *   {"at":"2025-01-01T12:00:00.000Z","vote":"down","question":"who met the delegation","hits":["kashmir ¶3 s1"]}
 *
 * with `"user":"<id>"` at the end only when FEEDBACK_USER_IDS is true. `npm run feedback` reads it.
 *
 * One vote per person per answer (the question and the hits it showed): the store remembers a
 * salted hash of answer and voter, in memory, with a random salt made at start, so no user id is
 * kept anywhere unless asked. The limit of that choice: without user ids in the file, a vote cast
 * before a restart cannot be told from a new one after it, so someone could vote twice on one
 * answer across a restart. With FEEDBACK_USER_IDS the file says who voted and the store recovers
 * its memory from it at start. (A per-install salt on disk with a hashed `voter` column would
 * dedupe across restarts too, but anyone with the disk, and so the salt, could test candidate user
 * ids against it: pseudonymous, not anonymous. Not keeping it is the cleaner promise.)
 *
 * Writes never block: `record()` answers at once and the line is appended asynchronously, in order,
 * lines that arrive meanwhile written together by the next append (`flush()` waits for them).
 *
 * Several writers (replicas sharing DATA_DIR, shards): each append is one write() of whole lines on
 * a descriptor opened with O_APPEND, which a local file system puts at the end whole, never inside
 * another writer's line (over NFS, O_APPEND from several machines is not atomic: docs/operations.md).
 * A line cut short (a crash mid-write) is left out by the reader, and the next append starts on a
 * new line, so no whole vote is lost with it. One vote per person per answer holds within a process;
 * across processes, with user ids, the reader keeps each person's first vote on an answer.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FeedbackSink, FeedbackVote } from '../app/command.ts';
import type { Logger } from '../app/log.ts';

export type Vote = FeedbackVote['vote'];

/** A line of the feedback file. */
export interface FeedbackRecord {
  /** ISO 8601 time of the vote. */
  readonly at: string;
  readonly vote: Vote;
  readonly question: string;
  /** Citations of the hits the answer showed, in order. */
  readonly hits: readonly string[];
  /** The voter's Discord id, only with FEEDBACK_USER_IDS. */
  readonly user?: string;
}

export const FEEDBACK_FILE = 'feedback.jsonl';

/** Where the votes of a DATA_DIR are kept. */
export function feedbackPath(dataDir: string): string {
  return join(dataDir, FEEDBACK_FILE);
}

/** Largest single append: within one write() everywhere (node splits larger writes), lines beyond go in the next. */
export const APPEND_MAX_BYTES = 64 * 1024;

/** How many answer-and-voter keys the store remembers; the oldest are forgotten beyond that. */
export const REMEMBERED_VOTES = 200_000;

export interface FeedbackStoreOptions {
  /** DATA_DIR: the file is `<dataDir>/feedback.jsonl` (the directory is created when needed). */
  readonly dataDir: string;
  /** FEEDBACK_USER_IDS: write the voter's id with each vote. */
  readonly keepUserIds: boolean;
  /** Told of each vote recorded (metrics), not of duplicates. Must not throw. */
  readonly onVote?: (vote: Vote) => void;
  /** Where failed writes are reported. */
  readonly log?: Logger;
}

export class FeedbackStore implements FeedbackSink {
  readonly path: string;
  private readonly keepUserIds: boolean;
  private readonly onVote: (vote: Vote) => void;
  private readonly log: Logger | undefined;
  private readonly salt = randomBytes(16);
  /** Hashes of answer and voter, oldest first (a Set keeps insertion order). */
  private readonly seen = new Set<string>();
  private pending: string[] = [];
  private writing: Promise<void> | null = null;
  private dirReady = false;

  private constructor(options: FeedbackStoreOptions) {
    this.path = feedbackPath(options.dataDir);
    this.keepUserIds = options.keepUserIds;
    this.onVote = options.onVote ?? (() => undefined);
    this.log = options.log;
  }

  /**
   * The store for `dataDir`. With `keepUserIds`, the votes already in the file (those written with
   * a user id) are remembered, so nobody votes twice on an answer across a restart; a missing file
   * is an empty one.
   */
  static async open(options: FeedbackStoreOptions): Promise<FeedbackStore> {
    const store = new FeedbackStore(options);
    if (options.keepUserIds) {
      try {
        const { records } = await readFeedback(store.path);
        for (const r of records) if (r.user !== undefined) store.remember(store.key(r.question, r.hits, r.user));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return store;
  }

  record(vote: FeedbackVote): 'recorded' | 'duplicate' {
    const key = this.key(vote.question, vote.hits, vote.userId);
    if (this.seen.has(key)) return 'duplicate';
    this.remember(key);
    const record: FeedbackRecord = {
      at: new Date(vote.at).toISOString(),
      vote: vote.vote,
      question: vote.question,
      hits: [...vote.hits],
      ...(this.keepUserIds ? { user: vote.userId } : {}),
    };
    this.pending.push(`${JSON.stringify(record)}\n`);
    this.writing ??= this.drain();
    try {
      this.onVote(vote.vote);
    } catch (error) {
      this.log?.warn('feedback observer failed', { error });
    }
    return 'recorded';
  }

  /** Resolves when every vote recorded so far is written (or its write failed and was logged). */
  async flush(): Promise<void> {
    while (this.writing !== null) await this.writing;
  }

  /** Appends what is pending, batch after batch, until nothing is. */
  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        let taken = 1;
        let bytes = Buffer.byteLength(this.pending[0]!);
        while (taken < this.pending.length && bytes + Buffer.byteLength(this.pending[taken]!) <= APPEND_MAX_BYTES) {
          bytes += Buffer.byteLength(this.pending[taken]!);
          taken += 1;
        }
        const batch = this.pending.slice(0, taken).join('');
        const votes = taken;
        this.pending = this.pending.slice(taken);
        try {
          if (!this.dirReady) {
            await mkdir(dirname(this.path), { recursive: true });
            this.dirReady = true;
          }
          await appendLines(this.path, Buffer.from(batch, 'utf8'));
        } catch (error) {
          this.log?.error('could not write feedback', { file: this.path, votes, error });
        }
      }
    } finally {
      this.writing = null;
    }
  }

  private remember(key: string): void {
    this.seen.add(key);
    if (this.seen.size > REMEMBERED_VOTES) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
  }

  /** Salted hash of the answer (question and hits) and the voter. */
  private key(question: string, hits: readonly string[], userId: string): string {
    return createHash('sha256')
      .update(this.salt)
      .update(JSON.stringify([question, hits, userId]))
      .digest('base64url')
      .slice(0, 22);
  }
}

/**
 * Appends whole lines with one write() on an O_APPEND descriptor. When the file does not end with a
 * newline (a write cut short by a crash), starts with one: the cut line stays malformed alone.
 */
async function appendLines(path: string, lines: Buffer): Promise<void> {
  const handle = await open(path, 'a+');
  try {
    const { size } = await handle.stat();
    let bytes = lines;
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) bytes = Buffer.concat([Buffer.from('\n'), lines]);
    }
    let written = (await handle.write(bytes, 0, bytes.length)).bytesWritten;
    // A short write (a full disk): the rest follows, no longer in one piece.
    while (written < bytes.length) written += (await handle.write(bytes, written, bytes.length - written)).bytesWritten;
  } finally {
    await handle.close();
  }
}

export interface FeedbackFile {
  readonly records: FeedbackRecord[];
  /** Lines that are not a vote (not JSON, or missing a field): left out. */
  readonly skipped: number;
  /**
   * Votes with a user id repeating an earlier vote of that person on that answer (same question and
   * hits), as two replicas can both record when one person's two clicks land on each: left out,
   * the first kept, as one store keeps the first.
   */
  readonly repeats: number;
}

/**
 * The votes in a feedback file, in file order. Throws (ENOENT) when there is no file. A last line
 * without its newline is a write still under way (or cut short): left out, not counted as skipped.
 */
export async function readFeedback(path: string): Promise<FeedbackFile> {
  const text = await readFile(path, 'utf8');
  const records: FeedbackRecord[] = [];
  let skipped = 0;
  let repeats = 0;
  const voted = new Set<string>();
  const lines = text.split('\n');
  lines.pop();
  for (const line of lines) {
    if (line.trim() === '') continue;
    const record = parseRecord(line);
    if (record === null) {
      skipped += 1;
      continue;
    }
    if (record.user !== undefined) {
      const key = JSON.stringify([record.user, record.question, record.hits]);
      if (voted.has(key)) {
        repeats += 1;
        continue;
      }
      voted.add(key);
    }
    records.push(record);
  }
  return { records, skipped, repeats };
}

function parseRecord(line: string): FeedbackRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { at, vote, question, hits, user } = value as Record<string, unknown>;
  if (typeof at !== 'string' || (vote !== 'up' && vote !== 'down') || typeof question !== 'string') return null;
  if (!Array.isArray(hits) || !hits.every((h) => typeof h === 'string')) return null;
  if (user !== undefined && typeof user !== 'string') return null;
  return { at, vote, question, hits, ...(user === undefined ? {} : { user }) };
}
