import { describe, expect, it } from 'vitest';
import { aliasOf } from '../../src/quotes/aliases.ts';
import { cleanDescription, ownRun } from '../../src/quotes/speakers.ts';
import { article, speakersOf, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18: an alias is a name form of the person (full name, surname, title or role + name), never
// the rest of the run it was read from. Each junk alias below was carried by one of the 30
// most-quoted people on the Reuters news corpus; the runs are that corpus's own.

const FILES = {
  // general/12279 and acq/16680, cut to the paragraphs that name the analyst
  'gobert.txt': article(
    'Dome Writedown Reflects Oil Price Collapse',
    '"What this writedown says is that a lot of the money that was spent was wasted, which is what the market has been telling us for a long time, reflecting the collapse in oil prices," Peters and Co Ltd analyst Wilf Gobert said.',
    '"The talk is about Conoco, which is controlled by DuPont DD, and Atlantic Richfield Co ARC, which sold its Canadian interest in 1975 and could be getting back in," said Wilf Gobert of Peters and Co Ltd.',
  ),
  // general/12143
  'yeutter.txt': article(
    'U.S. Officials Say Japan Will Miss Chip Deadline',
    'And U.S. Trade Represenative Clayton Yeutter predicted that Japan would not be able to comply with the pact in time to hold off the new tariffs on goods including personal computers, television sets, power tools and electric motors.',
  ),
};

const library = useLibrary(FILES);
const { speaker } = speakersOf(library);

describe('aliases: name forms only', () => {
  it('nothing after the name but a peer’s designation: where the person works or the sentence’s rest is cut', () => {
    // `said Wilf Gobert of Peters and Co Ltd.` once gave the alias `Co Ltd.`; `chosen by President
    // Reagan for the Bank position` gave `President Reagan for the Bank`.
    expect(aliasOf('Wilf Gobert of Peters and Co Ltd.', ['Wilf Gobert', 'Gobert'])).toBe('Wilf Gobert');
    expect(aliasOf('President Reagan for the Bank', ['Ronald Reagan', 'Reagan'])).toBe('President Reagan');
    expect(aliasOf('Sanford Margoshes of Shearson Lehman Brothers Inc', ['Sanford Margoshes', 'Margoshes'])).toBe(
      'Sanford Margoshes',
    );
    expect(aliasOf('Lord Nicholls of Birkenhead', ['Nicholls'])).toBe('Lord Nicholls of Birkenhead');
  });

  it('a run without any of the person’s name forms is no alias', () => {
    expect(aliasOf('Co Ltd.', ['Wilf Gobert', 'Gobert'])).toBeNull();
  });

  it('the role before the name is the person’s own: no date, no agency, no one else’s role', () => {
    // `In January Secretary of State George Shultz told …`, `Monsod told Reuters Finance Secretary
    // Jaime Ongpin …`, `a former chairman of President Reagan's Council of Economic Advisers said`.
    expect(aliasOf('January Secretary of State George Shultz', ['George Shultz', 'Shultz'])).toBe(
      'Secretary of State George Shultz',
    );
    expect(aliasOf('Reuters Finance Secretary Jaime Ongpin', ['Jaime Ongpin', 'Ongpin'])).toBe(
      'Finance Secretary Jaime Ongpin',
    );
    expect(aliasOf('former chairman of President Reagan', ['Ronald Reagan', 'Reagan'])).toBe('President Reagan');
    // Titles and roles written before the name stay as written.
    expect(aliasOf('Sir Roy Denman', ['Roy Denman', 'Denman'])).toBe('Sir Roy Denman');
    expect(aliasOf('U.S. Treasury Secretary James Baker', ['James Baker', 'Baker'])).toBe(
      'U.S. Treasury Secretary James Baker',
    );
  });

  it('a firm’s `X and Co` is one name, not another person before `and`', () => {
    // `Peters and Co Ltd analyst Wilf Gobert` was cut to `Co Ltd analyst Wilf Gobert`.
    expect(ownRun('Peters and Co Ltd analyst Wilf Gobert')).toBe('Peters and Co Ltd analyst Wilf Gobert');
    expect(cleanDescription('Kidder Peabody and Co analyst')).toBe('Kidder Peabody and Co analyst');
    // A firm named after its founder holds a given name and is still no person's name.
    expect(cleanDescription('James Capel and Co analyst')).toBe('James Capel and Co analyst');
    expect(cleanDescription('Janney Scott Montgomery Inc analyst')).toBe('Janney Scott Montgomery Inc analyst');
    expect(cleanDescription("India's petroleum minister Mani Shankar Aiyar")).toBeNull();
    // A person before `and` is still left out.
    expect(ownRun('Ongpin and Central Bank Governor Jose Fernandez')).toBe('Central Bank Governor Jose Fernandez');
  });

  it('a long title misspelt by one letter or two swapped is still a title, not a given name', () => {
    // The corpus's `Trade Represenative Clayton Yeutter` made `Represenative Clayton Yeutter` a name
    // form; `Prime Minsiter Yasuhiro Nakasone` likewise.
    expect(speaker('Clayton Yeutter')?.aliases).toEqual([
      'Clayton Yeutter',
      'U.S. Trade Represenative Clayton Yeutter',
    ]);
  });

  it('end to end: the analyst’s aliases are his name forms', () => {
    expect(speaker('Wilf Gobert')?.aliases).toEqual(['Wilf Gobert', 'Peters and Co Ltd analyst Wilf Gobert']);
  });
});
