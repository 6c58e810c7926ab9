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
    expect(typed('The quake struck at 14:28:01.')).toEqual(['14:28:01/TIME']);
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
    // A quarter of a year is a time; a quarter of the shares is a share (a percentage in words).
    expect(typed('Profit fell in the first quarter; a quarter of the shares were sold.')).toEqual([
      'first/DATE',
      'quarter/DATE',
      'quarter/PERCENT',
    ]);
  });

  it('reads a year before 1500 as a date after a preposition of time or in a range of rising years, not a count before its noun', () => {
    // Wikipedia's history: a reign, a dynasty, a date; a count after "in" or "by" is followed by what it counts.
    expect(typed('The Song dynasty (960\u20131279) and the Hongwu Emperor (r. 1368\u20131398).')).toEqual([
      '960/DATE',
      '1279/DATE',
      '1368/DATE',
      '1398/DATE',
    ]);
    expect(typed('In 1413, and in 1066 William came; it ruled from 1368 to 1644.')).toEqual([
      '1413/DATE',
      '1066/DATE',
      '1368/DATE',
      '1644/DATE',
    ]);
    // A clause may go on after the year ("in 1371 to pay tribute", "a treaty in 821 that…"); a decade too.
    expect(typed('He went in 1371 to pay tribute, by a treaty in 821 that held into the 1430s.')).toEqual([
      '1371/DATE',
      '821/DATE',
      '1430s/DATE',
    ]);
    expect(typed('Seen in 800 cases, won by 300 votes, from 500 to 1,000 people.')).toEqual([
      '800/CARDINAL',
      '300/CARDINAL',
      '500/CARDINAL',
      '1,000/CARDINAL',
    ]);
  });

  it('reads a date after "since" and a one-word stretch ("weeklong") as durations, which "how long" asks for', () => {
    // "How long had Hutton been negotiating": since late December, up to now.
    expect(typed('In talks since late December, since 1990 and since the 1950s, on a weeklong visit.')).toEqual([
      'late/DURATION',
      'December/DURATION',
      '1990/DURATION',
      '1950s/DURATION',
      'weeklong/DURATION',
    ]);
    // "Since" that starts a clause has no date to read.
    expect(typed('It grew since he left.')).toEqual([]);
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

  it('reads shares written in words as percentages, which "what share" asks for', () => {
    expect(typed('Almost half of voters, a third of them, two-thirds, one in five and most of the rest.')).toEqual([
      'half/PERCENT',
      'third/PERCENT',
      'two/PERCENT',
      'thirds/PERCENT',
      'one/PERCENT',
      'in/PERCENT',
      'five/PERCENT',
      'most/PERCENT',
    ]);
    expect(typed('A majority backed it; the vast majority of 1 in 4 firms.')).toEqual([
      'majority/PERCENT',
      'majority/PERCENT',
      '1/PERCENT',
      'in/PERCENT',
      '4/PERCENT',
    ]);
  });

  it('keeps fractions that are no share as before: an ordinal, a count of years, a period of the year', () => {
    // "a third term" is the third one; "two and a half years" a duration; "the second half" a date.
    expect(typed('He won a third term after two and a half years, in the second half.')).toEqual([
      'third/ORDINAL',
      'two/CARDINAL',
      'half/DURATION',
      'years/DURATION',
      'second/DATE',
      'half/DATE',
    ]);
    // "most" not followed by "of", "majority" as a title, are no shares.
    expect(typed('The most popular Senate majority leader.')).toEqual([]);
  });

  it('reads money in any currency sign, a prefixed dollar and pence: priced at £35, US$35, 99p', () => {
    expect(typed('Priced at £35, €20, ¥500, US$35 and 99p.')).toEqual([
      '£/MONEY',
      '35/MONEY',
      '€/MONEY',
      '20/MONEY',
      '¥/MONEY',
      '500/MONEY',
      'US$/MONEY',
      '35/MONEY',
      '99/MONEY',
      'p./MONEY',
    ]);
  });

  it('reads durations without a number: a decade, an hour later, several hours, years ago', () => {
    expect(typed('For a decade, then an hour later, several hours, a couple of years and years ago.')).toEqual([
      'a/DURATION',
      'decade/DURATION',
      'an/DURATION',
      'hour/DURATION',
      'several/DURATION',
      'hours/DURATION',
      'couple/DURATION',
      'of/DURATION',
      'years/DURATION',
      'years/DURATION',
      'ago/DURATION',
    ]);
    // A rate is no stretch of time: "a day" here says how often.
    expect(typed('He was dead for 15 minutes; 500 barrels a day.')).toEqual([
      '15/DURATION',
      'minutes/DURATION',
      '500/CARDINAL',
    ]);
  });

  it('reads am and pm as a time after a number only: "PM" alone is the Prime Minister', () => {
    expect(typed('The PM spoke at 10 pm.')).toEqual(['10/TIME', 'pm/TIME']);
  });

  it('tags the words of a short quoted title, not quoted speech nor a scare quote', () => {
    expect(
      typed('She sang "Shape of You" and ‘Let It Be’; he said "We will fight on," and called it "piecemeal".'),
    ).toEqual(['Shape/TITLE', 'of/TITLE', 'You/TITLE', 'Let/TITLE', 'It/TITLE', 'Be/TITLE']);
  });

  it('leaves the stop words of a title stop words: the title is found, not searched word by word', () => {
    expect(createAnalyzer().terms('She sang ‘Let It Be’.')).toEqual(createAnalyzer().terms('She sang Let It Be.'));
  });
});
