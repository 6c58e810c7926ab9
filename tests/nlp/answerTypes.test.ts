import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/nlp/analyzer.ts';

const typed = (text: string): string[] =>
  createAnalyzer()
    .analyze(text)
    .flatMap((s) => s.tokens)
    .filter((t) => t.entity !== null)
    .map((t) => `${t.value}/${t.entity}`);

describe('answer-type lexicon', () => {
  it('tags dates: month names with their day, weekdays, lone years', () => {
    expect(typed('From May 31 to June 6, and on Monday in 1987.')).toEqual([
      'May/DATE',
      '31/DATE',
      'June/DATE',
      '6/DATE',
      'Monday/DATE',
      '1987/DATE',
    ]);
  });

  it('reads d.dd as a decimal unless it reads as a time (at 10.30, 10.30 GMT): Reuters prices are full of them', () => {
    expect(typed('Loan rates of 5.17 dlrs for wheat and 3.77 for corn; rates rose 2.75 pct.')).toEqual([
      '5.17/MONEY',
      'dlrs/MONEY',
      '3.77/CARDINAL',
      '2.75/PERCENT',
      'pct./PERCENT',
    ]);
    expect(typed('Talks start at 10.30 and end at 14:45; the vote is at 9.15 GMT.')).toEqual([
      '10.30/TIME',
      '14:45/TIME',
      '9.15/TIME',
    ]);
  });

  it('reads wire copy’s fractions, ranges, seasons and periods: 1-1/2 pct, 3/4, April 14-15, 1986/87, mid-1988, the first quarter', () => {
    expect(typed('Inflation was 1-1/2 pct; shares rose 3/4 to 52-1/2.')).toEqual([
      '1-1/2/PERCENT',
      'pct/PERCENT',
      '3/4/CARDINAL',
      '52-1/2/CARDINAL',
    ]);
    expect(typed('Talks on April 14-15 about the 1986/87 season, done by mid-1988, as in the 1950s.')).toEqual([
      'April/DATE',
      '14-15/DATE',
      '1986/87/DATE',
      'mid-1988/DATE',
      '1950s/DATE',
    ]);
    // A quarter of a year is a time; a quarter of the shares is a number.
    expect(typed('Profit fell in the first quarter; a quarter of the shares were sold.')).toEqual([
      'first/DATE',
      'quarter/DATE',
      'quarter/CARDINAL',
    ]);
  });

  it('does not take the modal "may" for a month', () => {
    expect(typed('May I ask? It may rain.')).toEqual([]);
  });

  it('tags amounts in the currencies news reports: crowns, guilders, lire', () => {
    expect(typed('Contracts worth 1.5 billion crowns and 200 mln guilders.')).toEqual([
      '1.5/MONEY',
      'billion/MONEY',
      'crowns/MONEY',
      '200/MONEY',
      'mln/MONEY',
      'guilders/MONEY',
    ]);
  });

  it('reads a hyphenated count of time as a duration: a two-day visit, a 10-year plan', () => {
    expect(typed('A two-day visit and a 10-year plan.')).toEqual([
      'two/DURATION',
      'day/DURATION',
      '10/DURATION',
      'year/DURATION',
    ]);
  });

  it('tags relative dates without a number: next week, last year', () => {
    expect(typed('Talks resume next week, as they did last year.')).toEqual([
      'next/DATE',
      'week/DATE',
      'last/DATE',
      'year/DATE',
    ]);
  });

  it('tags counts, money, percentages and durations by the word that follows', () => {
    expect(typed('A nine-member group, over a dozen MPs, $5 million, 20% more, 40 mln dlrs, for three weeks.')).toEqual(
      [
        'nine/CARDINAL',
        'dozen/CARDINAL',
        '$/MONEY',
        '5/MONEY',
        'million/MONEY',
        '20/PERCENT',
        '%/PERCENT',
        '40/MONEY',
        'mln/MONEY',
        'dlrs/MONEY',
        'three/DURATION',
        'weeks/DURATION',
      ],
    );
  });

  it('makes number words searchable although wink lists them as stop words', () => {
    expect(createAnalyzer().terms('nine members for three weeks')).toEqual(['nine', 'member', 'three', 'week']);
  });
});
