import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/nlp/analyzer.ts';
import { FLAG_AGE, FLAG_LENGTH, FLAG_NUMERIC, FLAG_SCORE, FLAG_WHEN, tokenFlags } from '../../src/search/tokenFlags.ts';

const analyzer = createAnalyzer();
/** The tokens of a text that read as ages (FLAG_AGE): the numbers, and the `years` of an age. */
const ages = (text: string): string[] => {
  const [sentence] = analyzer.analyze(text);
  const a = sentence!.arrays;
  return a.values.filter((_, i) => (tokenFlags(a, i) & FLAG_AGE) !== 0);
};

describe('ages among numbers', () => {
  it('reads the ways news writes an age', () => {
    // The `year`/`years` of an age is part of it: no duration for "how many years" (below).
    expect(ages('The 27-year-old Escalante was shot.')).toEqual(['27', 'year']);
    expect(ages('Gupta, 39, has reportedly accepted the job.')).toEqual(['39']);
    expect(ages('Jones, aged 64, said the plan was flawed.')).toEqual(['64']);
    expect(ages('She walked away from her career at the age of 35.')).toEqual(['35']);
    expect(ages('Williams died on Thursday at 91.')).toEqual(['91']);
    expect(ages('He was 75.')).toEqual(['75']);
    expect(ages('She is 93 now and still asks about her house.')).toEqual(['93']);
    expect(ages('The boy, 12 years old, was unhurt.')).toEqual(['12', 'years']);
    // ECB+ 36_2ecbplus: the age's `years` is no duration; the sentence's other `years` is one.
    expect(
      ages("He testified during the penalty phase of his uncle's trial that Jeffs raped him when he was 5 years old."),
    ).toEqual(['5', 'years']);
    expect(ages('Jeffs will have to spend at least 45 years in prison before being eligible for release.')).toEqual([]);
  });

  it('leaves other numbers alone: counts, years, times, numbers too large to be ages', () => {
    expect(ages('Talks between the two countries ended after 12 rounds.')).toEqual([]);
    expect(ages('He joined the force in 2005, at 10 in the morning.')).toEqual([]);
    expect(ages('The rate was 150.')).toEqual([]);
    expect(ages('Shares rose 5 to 39, dealers said.')).toEqual([]);
  });
});

/** The tokens of a text that carry `flag`. */
const flagged = (text: string, flag: number): string[] => {
  const [sentence] = analyzer.analyze(text);
  const a = sentence!.arrays;
  return a.values.filter((_, i) => (tokenFlags(a, i) & flag) !== 0);
};

describe('lengths and scores among numbers', () => {
  it('reads a number with a length unit as a length (the number)', () => {
    expect(flagged('The route runs 14.5km through the city.', FLAG_LENGTH)).toEqual(['14.5']);
    expect(flagged('A 10-mile trail and a 300m tower.', FLAG_LENGTH)).toEqual(['10', '300']);
    expect(flagged('The bridge is two miles long.', FLAG_LENGTH)).toEqual(['two']);
  });

  it('leaves durations, counts and money alone as lengths', () => {
    expect(flagged('The tram will run for the next 50 years.', FLAG_LENGTH)).toEqual([]);
    expect(flagged('It sold 12 trams for $4 million.', FLAG_LENGTH)).toEqual([]);
  });

  it('reads two small numbers joined by a dash as a score', () => {
    expect(flagged('Ashby won 6-4 3-6 7-6 6-3.', FLAG_SCORE)).toEqual(['6-4', '3-6', '7-6', '6-3']);
    expect(flagged('Chelsea won 31 \u2013 24 at home.', FLAG_SCORE)).toEqual(['31', '24']);
  });

  it('leaves ranges of a unit and single numbers alone as scores', () => {
    expect(flagged('It took 2-3 days and 10-12 km.', FLAG_SCORE)).toEqual([]);
    expect(flagged('Chelsea won by 3 goals in 2019.', FLAG_SCORE)).toEqual([]);
  });
});

describe('`one of` among numbers', () => {
  it('reads `one of` as one among others, no count (uk8: "how much did the turner fetch")', () => {
    // The arts minister's praise held a number beside `Turner` and outranked the sale's £4.2m.
    expect(
      flagged(
        'Arts minister Estelle Morris said the painting was "one of the finest things Turner ever did".',
        FLAG_NUMERIC,
      ),
    ).toEqual([]);
    expect(flagged('One of the three men was released.', FLAG_NUMERIC)).toEqual(['three']);
  });

  it('keeps `one` that counts', () => {
    expect(flagged('One regional casino is a sensible, cautious start.', FLAG_NUMERIC)).toEqual(['One']);
    expect(flagged('The government cut the number from eight to one.', FLAG_NUMERIC)).toEqual(['eight', 'one']);
  });
});

describe('a stretch of time told as a point in time (FLAG_WHEN)', () => {
  it('reads one opened by `in`, `within` or `since`, or closed by `ago` or `later`', () => {
    // ECB+ 9_10ecb's answer to "when do the new endangered species rules kick in".
    expect(flagged('The new rules will take effect in about 30 days.', FLAG_WHEN)).toEqual(['30', 'days']);
    // wink tags the year of `since 1977` a duration; `since` makes it a point.
    expect(flagged('It was the highest such figure recorded since 1977.', FLAG_WHEN)).toEqual(['1977']);
    expect(flagged('He left three years ago.', FLAG_WHEN)).toEqual(['three', 'years']);
    expect(flagged('Two days later he resigned.', FLAG_WHEN)).toEqual(['Two', 'days']);
  });

  it('leaves a stretch that says how long alone', () => {
    expect(flagged('Harwood said the last few weeks had been difficult.', FLAG_WHEN)).toEqual([]);
    expect(flagged('He was there for a thousand years.', FLAG_WHEN)).toEqual([]);
  });
});
