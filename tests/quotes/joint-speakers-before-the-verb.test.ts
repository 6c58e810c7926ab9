import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, `no two people made one` (round qblind saw `Naylor and Beesley` and `Glenn and Warner`
// filed as one speaker): two people named as one subject before the verb speak together, and their
// words are neither's alone, as `jointName` already reads them after the verb (`said Laurence Mark and
// Bill Condon`). A side is a person when the article names someone by that word elsewhere with a
// person's mark (a full name, a role: `the system spokesman Beesley`); a firm named for its founders
// (`Rohm and Haas`) names no one else and keeps its speaker.

const FILES = {
  // news general/00177 (shortened): the FCA chairman and the system's spokesman
  'farm.txt': article(
    'U.S. Farm Credit Rescue Bill Seen Before Easter',
    "However, FCA chairman Frank Naylor said because much of the system's remaining capital is tied-up in legal action, he could not technically certify a rescue is needed this year and perhaps not even in 1988.",
    '"A significant number of banks and associations in the most economically depressed areas have and will continue to suffer extraordinary losses," Beesley said.',
    'But He and the system spokesman Beesley were cautious about proposals for a secondary market on farm loans.',
    'Naylor and Beesley said a secondary market set-up outside the farm credit system would hurt the system. But Beesley said a secondary market with the farm credit system as its agent could be developed without Congressional legislation.',
  ),
  // news ship/18329 (shortened): two senators, named in full together first
  'gulf.txt': article(
    'U.S. Senate Team Wants Multinational Gulf Force',
    'Sen. John Glenn and John Warner, in Kuwait as part of a Gulf Arab tour, said at a news conference that top officials in the area appeared ready to discuss extra facilities needed if the U.S. upgraded its defense role.',
    'Glenn and Warner said the U.S., Britain and France, should explore the possibility of a unified Gulf force.',
    'Glenn said a multinational force could be effectively deployed within 24 hours of a decision.',
  ),
  // ECB+ 2_4ecb (shortened): a direct quote by the two producers
  'oscars.txt': article(
    'Jackman To Host Oscars',
    'Producers Laurence Mark and Bill Condon called the Australian actor "a consummate entertainer and an internationally renowned movie star."',
    '"He also has style, elegance and a sense of occasion," Mark and Condon said in a joint statement.',
  ),
  // news general/12989 (shortened): a firm named for two founders, no person of the article
  'rohm.txt': article(
    'Rohm/Haas Study Cites High Cancer Levels',
    'The studies found elevated mortality rates from the four cancer types. But the finding does not appear to be linked with products or processes at the plant, Rohm and Haas said.',
  ),
};

const library = useLibrary(FILES);
const { quoted, reported } = directQuotes(library);

describe('two people named as one subject before the verb', () => {
  // (A reported statement is listed only under a speaker: with none it is no one's statement.)
  it('list a reported statement by both under neither', () => {
    expect(reported('Naylor and Beesley said')).toBeUndefined();
    expect(reported('Glenn and Warner said')).toBeUndefined();
    expect(
      library()
        .quotes.speakers()
        .map((s) => s.name),
    ).not.toContain('Naylor and Beesley');
  });

  it('give a direct quote by both to neither', () => {
    expect(quoted('He also has style')).toMatchObject({ speaker: null });
  });

  // The next sentence names one of the two alone: his again.
  it('leave each one his own words', () => {
    expect(reported('Glenn said a multinational')).toMatchObject({ speaker: 'John Glenn' });
    expect(reported('But Beesley said')).toMatchObject({ speaker: 'Beesley' });
  });
});

describe('a firm named for two people', () => {
  it('keeps its speaker', () => {
    expect(reported('But the finding')).toMatchObject({ speaker: 'Rohm and Haas' });
  });
});
