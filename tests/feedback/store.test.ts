import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackVote } from '../../src/app/command.ts';
import { memoryLogger } from '../../src/app/log.ts';
import { FeedbackStore, readFeedback } from '../../src/feedback/store.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citebot-feedback-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const AT = Date.UTC(2025, 0, 2, 3, 4, 5, 6);
const vote = (over: Partial<FeedbackVote> = {}): FeedbackVote => ({
  question: 'who met the delegation',
  hits: ['kashmir ¶3 s1', 'kashmir ¶4 s2'],
  vote: 'down',
  userId: '400000000000000002',
  at: AT,
  ...over,
});

describe('FeedbackStore', () => {
  it('appends one JSON line a vote, in a data directory it creates, without user ids unless asked', async () => {
    const data = join(dir, 'data', 'nested');
    const votes: string[] = [];
    const store = await FeedbackStore.open({ dataDir: data, keepUserIds: false, onVote: (v) => votes.push(v) });
    expect(store.record(vote())).toBe('recorded');
    expect(store.record(vote({ vote: 'up', userId: '400000000000000003', at: AT + 1000 }))).toBe('recorded');
    await store.flush();
    expect(await readFile(join(data, 'feedback.jsonl'), 'utf8')).toBe(
      '{"at":"2025-01-02T03:04:05.006Z","vote":"down","question":"who met the delegation","hits":["kashmir ¶3 s1","kashmir ¶4 s2"]}\n' +
        '{"at":"2025-01-02T03:04:06.006Z","vote":"up","question":"who met the delegation","hits":["kashmir ¶3 s1","kashmir ¶4 s2"]}\n',
    );
    expect(votes).toEqual(['down', 'up']);
  });

  it('keeps the user id when asked', async () => {
    const store = await FeedbackStore.open({ dataDir: dir, keepUserIds: true });
    store.record(vote({ vote: 'up' }));
    await store.flush();
    expect(await readFile(store.path, 'utf8')).toBe(
      '{"at":"2025-01-02T03:04:05.006Z","vote":"up","question":"who met the delegation","hits":["kashmir ¶3 s1","kashmir ¶4 s2"],"user":"400000000000000002"}\n',
    );
  });

  it('takes one vote per person per answer (question and hits), up or down', async () => {
    const votes: string[] = [];
    const store = await FeedbackStore.open({ dataDir: dir, keepUserIds: false, onVote: (v) => votes.push(v) });
    expect(store.record(vote())).toBe('recorded');
    expect(store.record(vote({ vote: 'up', at: AT + 5 }))).toBe('duplicate');
    // Another person, another page (other hits), another question: other votes.
    expect(store.record(vote({ userId: '400000000000000009' }))).toBe('recorded');
    expect(store.record(vote({ hits: ['kashmir ¶5 s1'] }))).toBe('recorded');
    expect(store.record(vote({ question: 'who met the delegation?' }))).toBe('recorded');
    await store.flush();
    expect((await readFeedback(store.path)).records).toHaveLength(4);
    expect(votes).toEqual(['down', 'down', 'down', 'down']);
  });

  it('remembers the votes in the file across a restart when it keeps user ids (it cannot without them)', async () => {
    const first = await FeedbackStore.open({ dataDir: dir, keepUserIds: true });
    first.record(vote());
    await first.flush();
    const again = await FeedbackStore.open({ dataDir: dir, keepUserIds: true });
    expect(again.record(vote({ vote: 'up' }))).toBe('duplicate');
    expect(again.record(vote({ userId: '400000000000000009' }))).toBe('recorded');
    const anonymous = await FeedbackStore.open({ dataDir: dir, keepUserIds: false });
    expect(anonymous.record(vote())).toBe('recorded');
  });

  it('answers at once and writes in order, however many votes come while a write is on its way', async () => {
    const store = await FeedbackStore.open({ dataDir: dir, keepUserIds: false });
    for (let i = 0; i < 50; i += 1) expect(store.record(vote({ userId: String(i), at: AT + i }))).toBe('recorded');
    await store.flush();
    const { records } = await readFeedback(store.path);
    expect(records.map((r) => r.at)).toEqual(Array.from({ length: 50 }, (_, i) => new Date(AT + i).toISOString()));
    expect(records.every((r) => r.user === undefined)).toBe(true);
  });

  it('logs a failed write and goes on', async () => {
    const log = memoryLogger();
    // A file where the data directory should be.
    const blocked = join(dir, 'blocked');
    await writeFile(blocked, 'x');
    const store = await FeedbackStore.open({ dataDir: blocked, keepUserIds: false, log });
    expect(store.record(vote())).toBe('recorded');
    await store.flush();
    expect(log.records.filter((r) => r.level === 'error').map((r) => r.msg)).toEqual(['could not write feedback']);
  });
});

describe('readFeedback', () => {
  it('keeps a person’s first vote on an answer when two writers (replicas) recorded it twice', async () => {
    const path = join(dir, 'feedback.jsonl');
    const line = (at: string, vote: string, user: string | null, hits = '["a ¶1 s1"]') =>
      `{"at":"${at}","vote":"${vote}","question":"q1","hits":${hits}${user === null ? '' : `,"user":"${user}"`}}`;
    await writeFile(
      path,
      `${[
        line('2025-01-02T03:04:05.000Z', 'down', '4'),
        line('2025-01-02T03:04:06.000Z', 'up', '4'), // the same person, the same answer: a repeat
        line('2025-01-02T03:04:07.000Z', 'up', '5'), // another person
        line('2025-01-02T03:04:08.000Z', 'up', '4', '["a ¶2 s1"]'), // another answer
        line('2025-01-02T03:04:09.000Z', 'up', null), // no user id: nothing to tell apart
        line('2025-01-02T03:04:10.000Z', 'up', null),
      ].join('\n')}\n`,
    );
    const { records, skipped, repeats } = await readFeedback(path);
    expect(records.map((r) => [r.at.slice(17, 19), r.vote, r.user ?? null])).toEqual([
      ['05', 'down', '4'],
      ['07', 'up', '5'],
      ['08', 'up', '4'],
      ['09', 'up', null],
      ['10', 'up', null],
    ]);
    expect([skipped, repeats]).toEqual([0, 1]);
  });

  it('reads the votes and skips lines that are not one', async () => {
    const path = join(dir, 'feedback.jsonl');
    await writeFile(
      path,
      [
        '{"at":"2025-01-02T03:04:05.006Z","vote":"down","question":"q1","hits":["a ¶1 s1"]}',
        'not json',
        '{"at":"2025-01-02T03:04:05.006Z","vote":"sideways","question":"q2","hits":[]}',
        '{"at":"2025-01-02T03:04:05.006Z","vote":"up","question":"q3","hits":[1]}',
        '',
        '{"at":"2025-01-02T03:04:05.006Z","vote":"up","question":"q4","hits":[],"user":"4"}',
        '[]',
        // Every line ends with its newline; one without is a write under way (tests/feedback/replicas.test.ts).
        '',
      ].join('\n'),
    );
    expect(await readFeedback(path)).toEqual({
      records: [
        { at: '2025-01-02T03:04:05.006Z', vote: 'down', question: 'q1', hits: ['a ¶1 s1'] },
        { at: '2025-01-02T03:04:05.006Z', vote: 'up', question: 'q4', hits: [], user: '4' },
      ],
      skipped: 4,
      repeats: 0,
    });
  });
});
