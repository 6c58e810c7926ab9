import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../src/eval/metrics.ts';

const root = new URL('../..', import.meta.url).pathname;
interface SetQuestion {
  readonly question: string;
  readonly answers: readonly string[];
  readonly article?: string;
  readonly kind?: string;
}
const read = (name: string): SetQuestion[] =>
  readFileSync(`${root}tests/qa/${name}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as SetQuestion);
/** An article of the uk sources: one of tests/quotes/news-dev/articles (in git; uk has 01-62, uk2 01-74, uk3 01-86, uk4 01-92, uk5 01-98, uk6 01-104, uk7 01-110, uk8 01-116, uk9 01-122, uk10 01-128, uk11 01-134, uk12 01-140, uk13 01-146), as uk-corpus.ts lays it out. */
const articleText = (article: string): string | null => {
  const file = `${root}tests/quotes/news-dev/articles/${article.replace(/^uk\//, '')}.txt`;
  return article.startsWith('uk/') && existsSync(file) ? readFileSync(file, 'utf8') : null;
};

/** The gold sentences of `questions` not found verbatim in their articles, as `question: sentence`. */
const notVerbatim = (questions: readonly SetQuestion[]): string[] =>
  questions.flatMap((q) => {
    const text = articleText(q.article ?? '');
    if (text === null) return [`${q.question}: no article ${q.article}`];
    const normal = normalizeForMatch(text);
    return q.answers.filter((a) => !normal.includes(normalizeForMatch(a))).map((a) => `${q.question}: ${a}`);
  });

describe('uk question sets (tests/eval/uk-corpus.ts)', () => {
  const dev = read('uk-dev.jsonl');
  const none = read('uk-dev-unanswerable.jsonl');

  it('has 50 answerable questions, at most two an article, and 10 near-miss and 10 off-topic ones', () => {
    // Spread over the articles like the held-out archive's questions: no article carries the set.
    expect(dev).toHaveLength(50);
    const perArticle = new Map<string, number>();
    for (const q of dev) perArticle.set(q.article!, (perArticle.get(q.article!) ?? 0) + 1);
    expect(Math.max(...perArticle.values())).toBeLessThanOrEqual(2);
    expect(none.every((q) => q.answers.length === 0)).toBe(true);
    expect(none.filter((q) => q.kind === 'off-topic')).toHaveLength(10);
    const nearMisses = none.filter((q) => q.kind === 'near-miss');
    expect(nearMisses).toHaveLength(10);
    // A near miss is on one article's topic: that article must exist.
    for (const q of nearMisses) expect(articleText(q.article!), q.question).not.toBeNull();
  });

  it('finds every gold sentence verbatim in its article (curly quotes read as straight ones)', () => {
    expect(notVerbatim(dev)).toEqual([]);
  });
});

/** The article's number: uk/63-post-office-closures is 63. */
const number = (article: string | undefined): number => Number.parseInt((article ?? '').replace(/^uk\//, ''), 10);

/**
 * A held-out set on `articles` British articles no answer question had touched when it was written
 * (12 for uk2 and uk3, 6 for uk4-uk13): `<name>-dev.jsonl` `each` questions on each of
 * `first`..`first + articles - 1` (two for uk2-uk4, three for uk5-uk13), and
 * `<name>-dev-unanswerable.jsonl` `unanswerable` near misses on those articles and as many off-topic
 * questions (half as many of each as the articles for uk2-uk4; four of each for uk5-uk13).
 */
function heldOutSet(name: string, first: number, articles = 12, each = 2, unanswerable = articles / 2): void {
  const last = first + articles - 1;
  describe(`${name} held-out question sets (tests/eval/uk-corpus.ts, articles ${first}-${last})`, () => {
    const dev = read(`${name}-dev.jsonl`);
    const none = read(`${name}-dev-unanswerable.jsonl`);

    it(`has ${each} answerable questions on each of articles ${first}-${last} and on no other, and ${unanswerable} near-miss and ${unanswerable} off-topic ones`, () => {
      // Held out: only the articles no answer question had touched when the set was written.
      expect(dev).toHaveLength(each * articles);
      const perArticle = new Map<number, number>();
      for (const q of dev) perArticle.set(number(q.article), (perArticle.get(number(q.article)) ?? 0) + 1);
      expect([...perArticle.keys()].sort((a, b) => a - b)).toEqual(
        Array.from({ length: articles }, (_, i) => first + i),
      );
      expect([...perArticle.values()].every((n) => n === each)).toBe(true);
      expect(dev.every((q) => q.answers.length > 0)).toBe(true);
      expect(none.every((q) => q.answers.length === 0)).toBe(true);
      expect(none.filter((q) => q.kind === 'off-topic')).toHaveLength(unanswerable);
      const nearMisses = none.filter((q) => q.kind === 'near-miss');
      expect(nearMisses).toHaveLength(unanswerable);
      // A near miss is on the topic of one of the held-out articles: that article must exist.
      for (const q of nearMisses) {
        expect(articleText(q.article!), q.question).not.toBeNull();
        expect(number(q.article), q.question).toBeGreaterThanOrEqual(first);
        expect(number(q.article), q.question).toBeLessThanOrEqual(last);
      }
    });

    it('finds every gold sentence verbatim in its article (curly quotes read as straight ones)', () => {
      expect(notVerbatim(dev)).toEqual([]);
    });
  });
}

heldOutSet('uk2', 63);
heldOutSet('uk3', 75);
// uk4: the six articles 87-92 (written for the quote work; articles after 92 are not in its corpus).
heldOutSet('uk4', 87, 6);
// uk5: the six articles 93-98, three questions each, written before any run and scored once at the
// end of the day (articles after 98 are not in its corpus).
heldOutSet('uk5', 93, 6, 3, 4);
// uk6: the six articles 99-104 (issue 18's twenty-second round), three questions each, written before
// any run and scored once at the end of the day (articles after 104 are not in its corpus).
heldOutSet('uk6', 99, 6, 3, 4);
// uk7: the six articles 105-110 (issue 18's twenty-third round), three questions each, written before
// any run and scored once at the end of the day (articles after 110 are not in its corpus).
heldOutSet('uk7', 105, 6, 3, 4);
// uk8: the six articles 111-116 (issue 18's twenty-fourth round), three questions each, written before
// any run and scored once at the end of the day (articles after 116 are not in its corpus).
heldOutSet('uk8', 111, 6, 3, 4);
// uk9: the six articles 117-122 (issue 18's twenty-fifth round), three questions each, written before
// any run and scored once at the end of the day (articles after 122 are not in its corpus).
heldOutSet('uk9', 117, 6, 3, 4);
// uk10 and uk11: the six articles 123-128 and the six 129-134 (issue 18's twenty-sixth and
// twenty-seventh rounds), three questions each, written before any run and scored once (articles
// after 128, and after 134, are not in their corpora).
heldOutSet('uk10', 123, 6, 3, 4);
heldOutSet('uk11', 129, 6, 3, 4);
// uk12 and uk13: the six articles 135-140 and the six 141-146 (issue 18's later rounds), three
// questions each, written before any run and scored once (articles after 140, and after 146, are not
// in their corpora).
heldOutSet('uk12', 135, 6, 3, 4);
heldOutSet('uk13', 141, 6, 3, 4);
