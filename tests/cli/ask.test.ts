import { describe, expect, it } from 'vitest';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { run, runScript } from '../helpers/processes.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

function ask(args: string[], input?: string): Promise<{ stdout: string; stderr: string; code: number }> {
  return runScript('src/cli/ask.ts', args, { vars: { CORPUS_DIR: '' }, ...(input === undefined ? {} : { input }) });
}

const SEED = 'us-state-department-kashmir-mediation';

describe('ask --json (a stable contract)', () => {
  it('prints one object with hits best first, each with source, title, paragraph, sentence, text, score', async () => {
    const { stdout, code } = await ask(['--json', '--limit', '2', 'who met the delegation']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { question: string; hits: Record<string, unknown>[] };
    expect(result.question).toBe('who met the delegation');
    expect(result.hits).toHaveLength(2);
    expect(result.hits[0]).toMatchObject({
      source: SEED,
      paragraph: 3,
      sentence: 1,
      title: 'US hopes Trump can help resolve Kashmir dispute, State Department says',
    });
    expect(result.hits[0]!.text).toMatch(/^Responding to the inquiry/);
    expect(typeof result.hits[0]!.score).toBe('number');
    expect(result.hits[0]!.score as number).toBeGreaterThanOrEqual(result.hits[1]!.score as number);
  });

  it('says how sure it is: confidence high, or low with a reason and the closest passages, or declined with a reason and no hits', async () => {
    const input = [
      JSON.stringify({ question: 'who met the delegation' }),
      JSON.stringify({ question: 'how much will the Riverside pipeline cost' }),
      JSON.stringify({ question: 'who won the world cup' }),
    ].join('\n');
    const { stdout, code } = await ask(['--json', '--limit', '1'], `${input}\n`);
    expect(code).toBe(0);
    const [sure, unsure, declined] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown> & { hits: unknown[] });
    expect(sure).toMatchObject({ abstained: false, confidence: 'high' });
    expect(sure).not.toHaveProperty('reason');
    expect(unsure).toMatchObject({ abstained: false, confidence: 'low', reason: 'answer-type-missing' });
    expect(unsure!.hits).toHaveLength(1);
    expect(declined).toMatchObject({ abstained: true, reason: 'nothing-to-search', hits: [] });
    expect(declined).not.toHaveProperty('confidence');
  });

  it('prints no loading progress when stderr is not a terminal: stderr stays empty, stdout is only the JSON', async () => {
    const { stdout, stderr, code } = await ask(['--json', '--limit', '1', 'who met the delegation']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(() => JSON.parse(stdout)).not.toThrow();
  });

  it('reads JSON lines on stdin and answers one line per question, in order', async () => {
    const input = [
      JSON.stringify({ question: 'what did Trump post' }),
      JSON.stringify({ question: 'who won the world cup' }),
      JSON.stringify({ question: 'Bruce', source: 'no-such-article' }),
      JSON.stringify({ question: 'who met the delegation', source: SEED }),
    ].join('\n');
    const { stdout, code } = await ask(['--json'], `${input}\n`);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { question: string; hits: unknown[]; error?: string });
    expect(lines.map((l) => l.question)).toEqual([
      'what did Trump post',
      'who won the world cup',
      'Bruce',
      'who met the delegation',
    ]);
    expect(lines[0]!.hits.length).toBeGreaterThan(0);
    expect(lines[1]!.hits).toEqual([]); // declined: off topic
    expect(lines[2]!.error).toContain('no-such-article');
    expect(lines[3]!.hits.length).toBeGreaterThan(0);
  });

  it('answers each stdin line while stdin stays open: a program can ask, read the answer, then ask again', async () => {
    // Answers are written in batches (one write for the lines of one read of stdin): a batch must
    // still go out when no more questions are waiting, not only when stdin ends.
    const child = run('src/cli/ask.ts', { CORPUS_DIR: '' }, ['--json']);
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    child.stdin.write(`${JSON.stringify({ question: 'who met the delegation' })}\n`);
    const first = JSON.parse((await lines.next()).value as string) as { question: string; hits: unknown[] };
    child.stdin.write(`${JSON.stringify({ question: 'what did Trump post' })}\n`);
    const second = JSON.parse((await lines.next()).value as string) as { question: string; hits: unknown[] };
    child.stdin.end();
    const [code] = (await once(child, 'exit')) as [number | null];
    expect([first.question, second.question]).toEqual(['who met the delegation', 'what did Trump post']);
    expect(first.hits.length).toBeGreaterThan(0);
    expect(second.hits.length).toBeGreaterThan(0);
    expect(code).toBe(0);
  });

  it('answers a bad stdin line with an error line and goes on', async () => {
    const input = [
      'null',
      '[1]',
      'not json',
      '{}',
      JSON.stringify({ question: '  ' }),
      JSON.stringify({ question: 'what did Trump post' }),
    ].join('\n');
    const { stdout, code } = await ask(['--json'], `${input}\n`);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { code?: string; hits: unknown[] });
    expect(lines.map((l) => l.code ?? 'answered')).toEqual([
      'USAGE',
      'USAGE',
      'USAGE',
      'QUESTION_EMPTY',
      'QUESTION_EMPTY',
      'answered',
    ]);
    expect(lines[5]!.hits.length).toBeGreaterThan(0);
  });

  it('turns a bad option into a usage message, not a stack trace', async () => {
    const { stderr, code } = await ask(['--bogus', 'x']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: Unknown option '--bogus'/);
    expect(stderr).toContain('usage: npm run ask');
  });

  it('with --no-abstain and --source ranks every sentence of the document', async () => {
    const { stdout } = await ask([
      '--json',
      '--no-abstain',
      '--limit',
      '100',
      '--source',
      SEED,
      'who won the world cup',
    ]);
    const result = JSON.parse(stdout) as { hits: unknown[] };
    expect(result.hits).toHaveLength(26);
  });

  it('prints excerpts with citations for a person, and says so when it cannot answer', async () => {
    const answered = await ask(['who met the delegation']);
    expect(answered.stdout).toContain(
      '— US hopes Trump can help resolve Kashmir dispute, State Department says (us-state-department-kashmir-mediation) · paragraph 3, sentence 1',
    );
    const declined = await ask(['who won the world cup']);
    expect(declined.stdout.trim()).toBe(
      "I couldn't find that in the articles: none of the question’s words are in any article. Try other words, or pick one article with --source ID.",
    );
    const unsure = await ask(['how much will the Riverside pipeline cost']);
    expect(unsure.stdout).toMatch(/^I'm not sure the articles say this; closest passages:\nWhy: .+\n\n1\. /);
  });

  it('cites the other articles that say the same sentence: alsoIn in JSON, a count for a person', async () => {
    const corpus = await tempCorpus({
      'wire/rates.txt': 'Bank raises rates\n\nThe central bank raised its main rate to 4 percent on Tuesday.',
      'daily/rates.txt': 'Rates up again\n\nThe Central Bank raised its main rate to 4 percent on Tuesday!',
    });
    const json = await ask(['--json', '--no-cache', '--corpus', corpus.dir, 'what did the central bank raise']);
    const text = await ask(['--no-cache', '--corpus', corpus.dir, 'what did the central bank raise']);
    await corpus.cleanup();
    const result = JSON.parse(json.stdout) as { hits: Record<string, unknown>[] };
    // One hit, cited from the better-scoring article (its headline holds "bank" and "raise"), and
    // the copy (case and punctuation apart) with its own place and offsets.
    expect(result.hits).toHaveLength(1);
    expect(result.hits[0]).toMatchObject({ source: 'wire/rates', paragraph: 1, sentence: 1 });
    expect(result.hits[0]!.alsoIn).toEqual([
      { source: 'daily/rates', title: 'Rates up again', paragraph: 1, sentence: 1, start: 16, end: 78 },
    ]);
    expect(text.stdout).toContain(
      '— Bank raises rates (wire/rates) · paragraph 1, sentence 1 · also in 1 other article',
    );
  });

  it('reads an empty --corpus as none given: the configured corpus, as quote always did (it used to read the working directory)', async () => {
    const { stdout, code } = await ask(['--json', '--limit', '1', '--corpus', '', 'who met the delegation']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { hits: { source: string }[] }).hits.map((h) => h.source)).toEqual([SEED]);
  });

  it('names the missing corpus directory and exits 1', async () => {
    const { stderr, code } = await ask(['--corpus', '/nonexistent/corpus', 'anything']);
    expect(code).toBe(1);
    expect(stderr).toContain('/nonexistent/corpus');
  });
});
