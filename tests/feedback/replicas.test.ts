/**
 * Feedback from several writers at once (replicas sharing DATA_DIR): two processes append 20 votes
 * each to one feedback file, vote by vote, at the same time; every vote is there once and whole.
 * And a line cut short (a crash mid-write) neither counts as a vote nor takes the next one with it.
 */
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedbackStore, feedbackPath, readFeedback } from '../../src/feedback/store.ts';
import { finish, run } from '../helpers/processes.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citebot-feedback-replicas-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('feedback from several writers', () => {
  it('records 40 votes from two writer processes at once, each once', async () => {
    const writers = ['1', '2'].map((group) => {
      const child = run('tests/helpers/feedbackWriter.ts', {}, [dir, group, '20']);
      return { child, done: finish(child) };
    });
    // Both ready before either writes: their appends overlap.
    await Promise.all(writers.map(({ child }) => once(child.stdout, 'data')));
    for (const { child } of writers) child.stdin.write('go\n');
    const results = await Promise.all(writers.map((w) => w.done));
    expect(results.map((r) => [r.code, r.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);

    const { records, skipped, repeats } = await readFeedback(feedbackPath(dir));
    expect([skipped, repeats]).toEqual([0, 0]);
    const questions = records.map((r) => r.question).sort();
    const expected = ['1', '2'].flatMap((g) => Array.from({ length: 20 }, (_, n) => `question ${g}-${n}`)).sort();
    expect(questions).toEqual(expected);
    // Each writer's votes in its own order.
    for (const group of ['1', '2'])
      expect(records.filter((r) => r.question.startsWith(`question ${group}-`)).map((r) => r.question)).toEqual(
        Array.from({ length: 20 }, (_, n) => `question ${group}-${n}`),
      );
  });

  it('leaves out a line cut short, and writes the next vote on a line of its own', async () => {
    const path = feedbackPath(dir);
    const whole =
      '{"at":"2026-01-01T00:00:00.000Z","vote":"up","question":"who met the delegation","hits":["kashmir ¶3 s1"]}\n';
    await writeFile(path, `${whole}{"at":"2026-01-01T00:00:01.000Z","vote":"do`);
    // Read while the write is still under way: one vote, nothing malformed.
    expect(await readFeedback(path)).toEqual({ records: [JSON.parse(whole)], skipped: 0, repeats: 0 });

    const store = await FeedbackStore.open({ dataDir: dir, keepUserIds: false });
    store.record({
      question: 'what was agreed',
      hits: ['kashmir ¶4 s1'],
      vote: 'down',
      userId: '400000000000000002',
      at: Date.UTC(2026, 0, 2),
    });
    await store.flush();
    expect(await readFile(path, 'utf8')).toBe(
      `${whole}{"at":"2026-01-01T00:00:01.000Z","vote":"do\n` +
        '{"at":"2026-01-02T00:00:00.000Z","vote":"down","question":"what was agreed","hits":["kashmir ¶4 s1"]}\n',
    );
    // The cut line is malformed on its own; both whole votes are read.
    const read = await readFeedback(path);
    expect(read.records.map((r) => r.question)).toEqual(['who met the delegation', 'what was agreed']);
    expect(read.skipped).toBe(1);
  });
});
