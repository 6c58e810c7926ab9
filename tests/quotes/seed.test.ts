/**
 * The seed article, exactly: every direct quote with its complete text and speaker, the reported
 * statements, the name clusters. Paragraph 1 is the first line after the front matter.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type Library } from '../../src/library.ts';
import type { Quote } from '../../src/quotes/quoteIndex.ts';

const SOURCE = 'us-state-department-kashmir-mediation';
const TITLE = 'US hopes Trump can help resolve Kashmir dispute, State Department says';

let library: Library;
let all: readonly Quote[];
beforeAll(async () => {
  library = await loadLibrary(join(import.meta.dirname, '../../seeds'));
  all = library.quotes.all().filter((q) => q.source === SOURCE);
});

const direct = (): Quote[] => all.filter((q) => q.kind === 'direct');
const reported = (): Quote[] => all.filter((q) => q.kind === 'reported');

describe('direct quotes in the seed article', () => {
  it('finds the four quotes, complete, attributed, cited, in order', () => {
    expect(
      direct().map((q) => ({ speaker: q.speaker, text: q.text, paragraph: q.paragraph, sentence: q.sentence })),
    ).toEqual([
      {
        speaker: 'Tammy Bruce',
        text: 'She reiterated US support for the ongoing ceasefire between Pakistan and India',
        paragraph: 3,
        sentence: 2,
      },
      {
        speaker: 'Donald Trump',
        text: 'I will work with you, both to see if, after a ‘thousand years,’ a solution can be arrived at concerning Kashmir.',
        paragraph: 8,
        sentence: 1,
      },
      {
        speaker: 'Tammy Bruce',
        text: 'He has a history of bringing people to the table who otherwise wouldn’t talk. It’s not surprising that he’d want to be involved in resolving something as protracted as Kashmir',
        paragraph: 11,
        sentence: 1,
      },
      {
        speaker: 'Tammy Bruce',
        text:
          'I can’t speak to specific plans, but we know the President’s nature — he takes initiative where others hesitate. ' +
          'This could be a pivotal moment. Let’s thank not only God but also Secretary Rubio, President Trump, and the Vice President. ' +
          'Every day brings new opportunities, and perhaps this conflict, too, can move toward resolution before his term ends.',
        paragraph: 14,
        sentence: 1,
      },
    ]);
    expect(library.quotes.quoteCount).toBe(4);
    expect(library.stats.quotes).toBe(4);
  });

  it('cites the document and gives offsets of the quote, marks included', () => {
    const doc = library.document(SOURCE)!;
    for (const q of direct()) {
      expect(q.title).toBe(TITLE);
      expect(q.source).toBe(SOURCE);
      const span = doc.text.slice(q.start, q.end);
      expect(span.startsWith('“')).toBe(true);
      expect(span.endsWith('”')).toBe(true);
      expect(span).toContain(q.text.slice(0, 40));
    }
  });

  it('keeps the nested ‘thousand years’ inside Trump’s quote, not as a quote of its own', () => {
    expect(direct().filter((q) => q.text.includes('thousand years'))).toHaveLength(1);
    expect(direct().some((q) => q.text === 'thousand years' || q.text === 'thousand years,')).toBe(false);
  });

  it('never gives a quote to a name inside it (Hooker, Rubio, Trump inside Bruce’s words)', () => {
    const speakers = new Set(direct().map((q) => q.speaker));
    expect(speakers).toEqual(new Set(['Tammy Bruce', 'Donald Trump']));
    const she = direct().find((q) => q.text.startsWith('She reiterated'))!;
    expect(she.speaker).toBe('Tammy Bruce');
  });
});

describe('reported statements in the seed article', () => {
  it('finds what Bruce confirmed, noted, added, declined and emphasized, marked as reported', () => {
    expect(
      reported().map((q) => ({ speaker: q.speaker, paragraph: q.paragraph, sentence: q.sentence, text: q.text })),
    ).toEqual([
      {
        speaker: 'Tammy Bruce',
        paragraph: 3,
        sentence: 1,
        text: 'Responding to the inquiry, State Department spokesperson Tammy Bruce confirmed that Under Secretary Hooker had met with the Pakistani delegation during their visit to Washington.',
      },
      {
        speaker: 'Tammy Bruce',
        paragraph: 3,
        sentence: 2,
        text: 'adding that the discussions also covered key aspects of the bilateral relationship, including counterterrorism cooperation.',
      },
      {
        speaker: 'Tammy Bruce',
        paragraph: 5,
        sentence: 1,
        text: 'Bruce noted that Deputy Secretary Landau met separately with the Indian delegation and reaffirmed US support for India’s counterterrorism efforts and the strategic partnership between the two countries.',
      },
      {
        speaker: 'Tammy Bruce',
        paragraph: 10,
        sentence: 1,
        text: 'When asked whether President Trump might pursue concrete steps — such as convening both prime ministers or backing a UN Security Council initiative — Bruce declined to comment on his future plans.',
      },
      {
        speaker: 'Tammy Bruce',
        paragraph: 10,
        sentence: 2,
        text: 'However, she emphasized the President’s proactive role in conflict resolution.',
      },
    ]);
  });

  it('never mixes reported statements into the direct quotes', () => {
    for (const q of reported()) expect(direct().some((d) => d.start === q.start)).toBe(false);
    expect(direct().every((q) => q.kind === 'direct')).toBe(true);
  });
});

describe('speakers of the seed article', () => {
  it('clusters the name variants: one Bruce, one Trump, with titles kept as description', () => {
    const speakers = library.quotes.speakers();
    expect(speakers.map((s) => [s.name, s.description, s.quotes, s.reported])).toEqual([
      ['Tammy Bruce', 'State Department spokesperson', 3, 5],
      ['Donald Trump', 'President', 1, 0],
    ]);
    const [bruce, trump] = speakers;
    expect(bruce!.aliases).toEqual(
      expect.arrayContaining(['Tammy Bruce', 'Bruce', 'State Department spokesperson Tammy Bruce']),
    );
    expect(trump!.aliases).toEqual(
      expect.arrayContaining(['Donald Trump', 'Trump', 'President Donald Trump', 'President Trump']),
    );
  });

  it('lists nobody who only appears inside quotes or is never quoted (Hooker, Landau, Rubio, Bilawal)', () => {
    const names = library.quotes
      .speakers()
      .map((s) => s.name)
      .join(' ');
    for (const name of [
      'Hooker',
      'Landau',
      'Rubio',
      'Bilawal',
      'Pakistan',
      'State Department',
      'Truth Social',
      'New York',
    ]) {
      expect(names).not.toContain(name);
    }
  });
});
