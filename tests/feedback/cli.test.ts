import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/processes.ts';

function feedback(args: string[], vars: Record<string, string> = {}) {
  return runScript('src/cli/feedback.ts', args, { vars });
}

const line = (vote: 'up' | 'down', question: string, hits: string[] = ['kashmir ¶3 s1']): string =>
  JSON.stringify({ at: '2025-01-02T03:04:05.006Z', vote, question, hits });

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citebot-feedback-cli-'));
  file = join(dir, 'feedback.jsonl');
  await writeFile(
    file,
    [
      line('down', 'who met the delegation'),
      line('up', 'what did Trump post'),
      line('down', 'how big was the "delegation"?'),
      line('down', 'Who met  the delegation', ['kashmir ¶4 s1']),
      'garbage',
      line('down', 'how big was the "delegation"?', ['kashmir ¶9 s1']),
      line('down', 'who met the delegation', ['kashmir ¶5 s1']),
      line('up', 'who met the delegation'),
      line('down', 'when is the vote'),
      '',
    ].join('\n'),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run feedback', () => {
  it('--disliked prints the disliked questions once each, most disliked first, as QA-file lines', async () => {
    const { stdout, stderr, code } = await feedback(['--disliked', '--file', file]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '{"question": "who met the delegation", "answers": []}',
        '{"question": "how big was the \\"delegation\\"?", "answers": []}',
        '{"question": "when is the vote", "answers": []}',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe(`warning: skipped 1 malformed line(s) in ${file}\n`);
    // Each line is what `npm run eval` reads.
    for (const l of stdout.trim().split('\n'))
      expect(JSON.parse(l)).toEqual({ question: expect.any(String), answers: [] });
  });

  it('prints a summary without the flag', async () => {
    const { stdout, code } = await feedback(['--file', file]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        `8 votes in ${file}: 2 up, 6 down`,
        '',
        'Most disliked (down, up, question):',
        '    3    1  who met the delegation',
        '    2    0  how big was the "delegation"?',
        '    1    0  when is the vote',
        '',
        'npm run feedback -- --disliked prints them as QA-file lines for npm run eval.',
        '',
      ].join('\n'),
    );
  });

  it('reads DATA_DIR/feedback.jsonl by default, and says so clearly when there is none (exit 1)', async () => {
    const found = await feedback(['--disliked'], { DATA_DIR: dir });
    expect(found.code).toBe(0);
    expect(found.stdout.split('\n')[0]).toBe('{"question": "who met the delegation", "answers": []}');
    const missing = await feedback([], { DATA_DIR: join(dir, 'nothing-here') });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^error: there is no feedback file at .*nothing-here\/feedback\.jsonl/);
  });
});
