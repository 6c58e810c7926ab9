import { describe, expect, it } from 'vitest';
import { article, directQuotes, speakersOf, useLibrary } from '../helpers/tempCorpus.ts';

// Descriptions left cut by samples (i) and (j) of 2026-12-07: a firm's or body's name before its
// bracketed country or acronym, a portfolio or a body's name joined by `and`, a firm's name cut at
// its comma, and a role noun after a participle read as a verb. One spec per class, on the corpora's
// own sentences (shortened where marked).

const FILES = {
  // news trade/03446 (shortened): the firm before its bracketed country
  'wolffe.txt': article(
    'Japan Chip Makers Cut Output',
    '"MITI has been moving hot and heavy throughout the industry to get things done," said Bache Securities (Japan) associate vice president Peter Wolffe.',
  ),
  // news veg-oil/06062 (shortened): the body before its bracketed acronym
  'fluegel.txt': article(
    'U.S. Soybean Growers Lobby EC',
    "Italy's response to protests by U.S. Soybean producers about the proposed European Community (EC) tax on vegetable oils and fats had not been encouraging, American Soybean Association (ASA) board chairman George Fluegel said.",
    'Fluegel said the delegation would go on to Brussels.',
  ),
  // news crude/17054 (shortened): a portfolio of two nouns joined by `and`
  'espinosa.txt': article(
    'Ecuador To Use Colombian Pipeline',
    'Once that pipeline is repaired, Ecuador will exceed its OPEC quota in order to offset lost income and pay debts contracted with Venezuela and Nigeria since the quake, Ecuador mines and energy minister Javier Espinosa said.',
    'Espinosa said Ecuador planned to pump 35 mln barrels through the link.',
  ),
  // ECB+ 41_9ecb (shortened): a body's name joined by `and`
  'gunness.txt': article(
    'Shells Hit UN School',
    'Three shells hit Fakhura, a girls elementary school in the Jabalya refugee camp in northern Gaza, at about 3pm on Tuesday, according to UN Relief and Works Agency spokesman Christopher Gunness.',
    '"We are 99.9 per cent sure that there were no militants in the school," Mr Gunness said.',
  ),
  // news general/08839 and acq/02475 (shortened): a firm's name that goes on after its comma
  'kidder.txt': article(
    'Nippon Life Buys Into Shearson',
    '"The key to the deal is not just raising capital for Shearson, but forming a strategic alliance with Nippon," said Alan Zimmerman of Kidder, Peabody and Co.',
  ),
  'pace.txt': article(
    'Baker Hughes Merger In Doubt',
    '"I think the merger is not going through," said Phil Pace, analyst at Kidder, Peabody and Co. He said the merger "lost a lot of its appeal" when the Department of Justice required a sale.',
  ),
  // news general/11781 (shortened): a participle before the role noun in a role set off after the name
  'chan.txt': article(
    'Foreigners Buy Thai Stocks',
    'Robert Chan, deputy managing director of Wardley Thailand Ltd, said foreign interest in Thai equities is strong.',
  ),
};

const library = useLibrary(FILES);
const { speaker } = speakersOf(library);
const { quoted, reported } = directQuotes(library);

describe('a firm or body before its bracketed country or acronym', () => {
  // The bracket stopped the role at `associate vice president`, `board chairman`: whose post it is lost.
  it('is whose the role is', () => {
    expect(speaker('Peter Wolffe')!.description).toBe('Bache Securities (Japan) associate vice president');
    expect(quoted('MITI has been moving')?.role).toBe('Bache Securities (Japan) associate vice president');
    expect(speaker('George Fluegel')!.description).toBe('American Soybean Association (ASA) board chairman');
  });
});

describe('a portfolio of two nouns joined by `and` before the role noun', () => {
  // Cut at `and` it read `energy minister`; both portfolios and the country are the post's.
  it('is all the role’s', () => {
    expect(reported('Espinosa said Ecuador planned')?.role).toBe('Ecuador mines and energy minister');
    expect(speaker('Javier Espinosa')!.description).toBe('Ecuador mines and energy minister');
  });
});

describe('a body’s name joined by `and` before the role noun', () => {
  // `UN Relief` was read as a person named before `and` and cut: no title, no given name, and a body's
  // noun (`Agency`) ends the words after `and`.
  it('is one name', () => {
    expect(quoted('We are 99.9 per cent sure')?.role).toBe('UN Relief and Works Agency spokesman');
    expect(speaker('Christopher Gunness')!.description).toBe('UN Relief and Works Agency spokesman');
  });
});

describe('a firm’s name that goes on after its comma to `and Co`', () => {
  // Cut at the comma, the firm was `Kidder`.
  it('is whole, after `of` and in a role set off', () => {
    expect(speaker('Alan Zimmerman')!.description).toBe('Kidder, Peabody and Co.');
    expect(speaker('Phil Pace')!.description).toBe('analyst at Kidder, Peabody and Co.');
  });
});

describe('a participle right before a role noun in a role set off after the name', () => {
  // `managing` read as a verb ended the role at `deputy`.
  it('is the role’s', () => {
    expect(speaker('Robert Chan')!.description).toBe('deputy managing director of Wardley Thailand Ltd');
  });
});
