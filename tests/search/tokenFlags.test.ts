import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/nlp/analyzer.ts';
import { FLAG_AGE, tokenFlags } from '../../src/search/tokenFlags.ts';

const analyzer = createAnalyzer();
/** The numbers of a text that read as ages (FLAG_AGE). */
const ages = (text: string): string[] => {
  const [sentence] = analyzer.analyze(text);
  const a = sentence!.arrays;
  return a.values.filter((_, i) => (tokenFlags(a, i) & FLAG_AGE) !== 0);
};

describe('ages among numbers', () => {
  it('reads the ways news writes an age', () => {
    expect(ages('The 27-year-old Escalante was shot.')).toEqual(['27']);
    expect(ages('Gupta, 39, has reportedly accepted the job.')).toEqual(['39']);
    expect(ages('Jones, aged 64, said the plan was flawed.')).toEqual(['64']);
    expect(ages('She walked away from her career at the age of 35.')).toEqual(['35']);
    expect(ages('Williams died on Thursday at 91.')).toEqual(['91']);
    expect(ages('He was 75.')).toEqual(['75']);
    expect(ages('She is 93 now and still asks about her house.')).toEqual(['93']);
    expect(ages('The boy, 12 years old, was unhurt.')).toEqual(['12']);
  });

  it('leaves other numbers alone: counts, years, times, numbers too large to be ages', () => {
    expect(ages('Talks between the two countries ended after 12 rounds.')).toEqual([]);
    expect(ages('He joined the force in 2005, at 10 in the morning.')).toEqual([]);
    expect(ages('The rate was 150.')).toEqual([]);
    expect(ages('Shares rose 5 to 39, dealers said.')).toEqual([]);
  });
});
