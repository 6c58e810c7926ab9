/** The command line contract: `npm run -s quote -- --json [--corpus DIR] SPEAKER` prints one JSON object. */
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/processes.ts';

function quote(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runScript('src/cli/quote.ts', args);
}

describe('quote command line', () => {
  it('prints every quote and statement with --json --all, each with its offsets in the file', async () => {
    const { code, stdout } = await quote('--json', '--all', '--source', 'us-state-department-kashmir-mediation');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { quotes: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['quotes']);
    // The seed article: 4 direct quotes and 5 reported statements, in corpus order.
    expect(json.quotes.map((q) => q.kind)).toEqual([
      'reported',
      'direct',
      'reported',
      'reported',
      'direct',
      'reported',
      'reported',
      'direct',
      'direct',
    ]);
    expect(Object.keys(json.quotes[0]!)).toEqual([
      'speaker',
      'role',
      'kind',
      'text',
      'source',
      'title',
      'paragraph',
      'sentence',
      'start',
      'end',
    ]);
  });

  it('refuses --all without --json, and an unknown --source, with a usage message and status 1', async () => {
    expect(await quote('--all')).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringContaining('--all is for --json output') as unknown,
    });
    expect(await quote('--json', '--all', '--source', 'nope')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no article with the id "nope"') as unknown,
    });
  });

  it('prints the JSON contract for a speaker', async () => {
    const { code, stdout } = await quote('--json', 'Bruce');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['query', 'speakers', 'quotes', 'also']);
    expect(json.query).toBe('Bruce');
    expect(json.speakers).toEqual([
      {
        name: 'Tammy Bruce',
        kind: 'person',
        aliases: expect.arrayContaining(['Tammy Bruce', 'Bruce']) as unknown,
        description: 'State Department spokesperson',
      },
    ]);
    const quotes = json.quotes as Record<string, unknown>[];
    expect(quotes).toHaveLength(8);
    for (const q of quotes) {
      expect(Object.keys(q)).toEqual(['speaker', 'role', 'kind', 'text', 'source', 'title', 'paragraph', 'sentence']);
      expect(q.speaker).toBe('Tammy Bruce');
      expect(q.source).toBe('us-state-department-kashmir-mediation');
      expect(typeof q.paragraph).toBe('number');
      expect(typeof q.sentence).toBe('number');
    }
    expect(quotes.map((q) => q.kind)).toEqual([
      'direct',
      'direct',
      'direct',
      'reported',
      'reported',
      'reported',
      'reported',
      'reported',
    ]);
  }, 60_000);

  // Allison Hooker is in the seed article but never quoted: the answer says so, and points to ask.
  it('reads --corpus and answers a name mentioned but never quoted with empty lists and status 1', async () => {
    const { code, stdout, stderr } = await quote('--json', '--corpus', 'seeds', 'Hooker');
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(json).toEqual({
      query: 'Hooker',
      speakers: [],
      quotes: [],
      suggestions: [],
      mentioned: { name: 'Allison Hooker', articles: 1 },
    });
    expect(stderr).toContain('Allison Hooker is mentioned in 1 article but never quoted');
  }, 60_000);

  it('prints quotes with citation lines for a person, and a speaker list', async () => {
    const text = await quote('Trump');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Donald Trump, President');
    expect(text.stdout).toContain(
      '— US hopes Trump can help resolve Kashmir dispute, State Department says (us-state-department-kashmir-mediation) · paragraph 8, sentence 1',
    );
    const list = await quote('--list');
    expect(list.stdout).toContain('Tammy Bruce (State Department spokesperson): 3 quotes, 5 reported statements');
  }, 60_000);

  it('fails clearly on a missing corpus or a missing name', async () => {
    const missing = await quote('--corpus', '/nonexistent/corpus', 'Bruce');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
    const none = await quote();
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('usage');
  }, 60_000);
});
