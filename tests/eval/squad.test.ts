import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.ts';
import { loadLibrary } from '../../src/library.ts';
import { convertSquad, sample, sourceName } from './squad-convert.ts';

// A SQuAD 2.0 file in small: two paragraphs, an unanswerable question, and an answer after a
// character outside the BMP (SQuAD counts offsets in code points, JavaScript in UTF-16 units).
const FILE = {
  version: 'v2.0',
  data: [
    {
      title: 'Harbour_of_Testville',
      paragraphs: [
        {
          context: 'Testville is a port town in Norway. Its harbour was dredged in 1887 by the Crown.',
          qas: [
            {
              id: 'a',
              question: 'When was the harbour dredged? ',
              answers: [
                { text: '1887', answer_start: 63 },
                { text: 'in 1887', answer_start: 60 },
              ],
              is_impossible: false,
            },
            { id: 'b', question: 'Who dredged the river?', answers: [], is_impossible: true },
          ],
        },
        {
          context: 'The 𝄞 festival sings of Norway. Testville still trades fish with Norway.',
          qas: [
            {
              id: 'c',
              question: 'Which country does Testville trade fish with?',
              answers: [{ text: 'Norway', answer_start: 65 }],
              is_impossible: false,
            },
          ],
        },
      ],
    },
  ],
};

describe('SQuAD conversion', () => {
  const { articles, questions } = convertSquad(FILE);

  it('writes an article a file, its title in front matter and a paragraph a line', () => {
    expect(articles).toEqual([
      {
        source: 'Harbour_of_Testville',
        text:
          '---\ntitle: Harbour of Testville\n---\n' +
          'Testville is a port town in Norway. Its harbour was dredged in 1887 by the Crown.\n' +
          'The 𝄞 festival sings of Norway. Testville still trades fish with Norway.\n',
      },
    ]);
  });

  it('keeps the answerable questions, each answer span as offsets in its file', () => {
    expect(questions.map((q) => q.question)).toEqual([
      'When was the harbour dredged?',
      'Which country does Testville trade fish with?',
    ]);
    const text = articles[0]!.text;
    for (const q of questions) {
      expect(q.source).toBe('Harbour_of_Testville');
      expect(q.spans.map(([s, e]) => text.slice(s, e)).sort()).toEqual([...q.answers].sort());
    }
    // The second Norway of its paragraph, counted past the two-unit clef.
    expect(text.slice(0, questions[1]!.spans[0]![0])).toMatch(/fish with $/);
  });

  it('refuses an answer that is not at its offset', () => {
    const wrong = structuredClone(FILE);
    wrong.data[0]!.paragraphs[0]!.qas[0]!.answers[0]!.answer_start = 10;
    expect(() => convertSquad(wrong)).toThrow(/"1887" is not at offset 10/);
  });

  it('names files by title, with nothing a path could misread', () => {
    expect(sourceName('Victoria_(Australia)')).toBe('Victoria__Australia_');
    expect(sourceName('../etc')).toBe('__etc');
  });
});

describe('seeded sample', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);

  it('draws the same items for a seed, kept in their order', () => {
    const a = sample(items, 10, 17);
    expect(a).toEqual(sample(items, 10, 17));
    expect(a).toHaveLength(10);
    expect(a).toEqual([...a].sort((x, y) => x - y));
    expect(new Set(a).size).toBe(10);
    expect(sample(items, 10, 18)).not.toEqual(a);
  });

  it('keeps everything for 0 or more than there are', () => {
    expect(sample(items, 0, 17)).toEqual(items);
    expect(sample(items, 80, 17)).toEqual(items);
  });
});

describe('scoring by answer span', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('counts the sentence holding the span, not another that names the answer', async () => {
    const { articles, questions } = convertSquad(FILE);
    const dir = await mkdtemp(join(tmpdir(), 'citebot-squad-'));
    dirs.push(dir);
    for (const a of articles) await writeFile(join(dir, `${a.source}.txt`), a.text);
    const library = await loadLibrary(dir, { quotes: false });
    const q = questions[1]!;
    const hits = library.search(q.question, { source: q.source, limit: 10, abstain: false }).hits;
    const spanned = hits.findIndex((h) => h.text === 'Testville still trades fish with Norway.');
    const named = hits.findIndex((h) => h.text === 'The 𝄞 festival sings of Norway.');
    expect(spanned).toBeGreaterThanOrEqual(0);
    expect(named).toBeGreaterThanOrEqual(0);
    const bySpan = evaluate(library, [q], { limit: 10, abstain: false });
    expect(bySpan.outcomes[0]!.rank).toBe(spanned + 1);
    // The same question judged by its answer text alone finds "Norway" in both sentences.
    const { spans: _, ...byText } = q;
    expect(evaluate(library, [byText], { limit: 10, abstain: false }).outcomes[0]!.rank).toBe(
      Math.min(spanned, named) + 1,
    );
  });
});
