import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Roles at the quote with junk in them, found in round qroles' own development sample of roles
// (seeds 1507 news, 1508 ECB+; docs/quality.md): one spec per class, on the corpora's own sentences.

const FILES = {
  // news crude/08210
  'mcivor.txt': article(
    'Exxon Sees Growing Dependence On Mideast Oil',
    "The world's dependency on the Mideast as the source for its petroleum is growing and nothing is going to stop it, Donald K. McIvor, an Exxon Corp XON Director and senior vice president told Reuters in an interview.",
    '"Non-OPEC production will begin to decline and the gap between demand and supply will widen," McIvor said.',
  ),
  // news sugar/18531
  'ganilau.txt': article(
    'Fiji Cane Growers To Get Early Payment',
    'Fiji sugar farmers will receive an interim payment on the 1986 crop, four months ahead of schedule, Governor-general Ratu Sir Penaia Ganilau said.',
    'Ganilau said, "This will be at least one month in advance of the expected date of payment of the second payment of cane."',
  ),
  // ECB+ 41_9ecb
  'benayahu.txt': article(
    'Israeli Shells Kill 40 At Gaza School',
    '"We face a very delicate situation where Hamas is using the citizens of Gaza as a protective vest," said military spokesman Brigadier General Avi Benayahu.',
  ),
  // news: Leo Melamed's stories, `Melamed, also chairman of Dellsher Investment Co Inc, said …`
  'melamed.txt': article(
    'CME Chief Sees Japan Opening',
    'Chicago Mercantile Exchange chairman Leo Melamed spoke in Boca Raton.',
    'Melamed, also chairman of Dellsher Investment Co Inc, said the Japanese government is "going to lift the curtain on their community of users."',
  ),
  // news coffee/01312
  'dauster.txt': article(
    'Brazil Urges Producers Not To Panic',
    'In a Reuter interview, Brazilian Coffee Institute, IBC, President Jorio Dauster urged producers not to panic and said they need to make hard commercial decisions. "If we have failed at the ICO, at least we have tried," Dauster said.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('roles hold no words of the sentence or the name', () => {
  // A wire ticker after the firm's legal form, `Exxon Corp XON`, is no word of the role (a ticker at
  // the role's end was cut already).
  it('drop a ticker inside the role', () => {
    expect(quoted('Non-OPEC production')).toMatchObject({
      speaker: 'Donald K. McIvor',
      role: 'Exxon Corp Director and senior vice president',
    });
  });

  // `Ratu`, a Fijian chief's title, is the name's, as `Sheikh` is.
  it('drop a chief’s title before the name', () => {
    expect(quoted('This will be at least')).toMatchObject({ speaker: 'Penaia Ganilau', role: 'Governor-general' });
  });

  // `military spokesman Brigadier General Avi Benayahu`: a rank of two words after a role noun in
  // lower case is the name's title, as one word (`navy spokesman Commander`) is.
  it('drop a rank of two words before the name', () => {
    expect(quoted('We face a very delicate')).toMatchObject({ speaker: 'Avi Benayahu', role: 'military spokesman' });
  });

  // `Melamed, also chairman of …,`: the sentence's adverb opens no role.
  it('drop `also` opening a role', () => {
    expect(quoted('going to lift the curtain')).toMatchObject({
      speaker: 'Leo Melamed',
      role: 'chairman of Dellsher Investment Co Inc',
    });
  });

  // `Brazilian Coffee Institute, IBC, President Jorio Dauster`: the body and its letters set off
  // before the title are whose the post is (`President` alone was cut).
  it('take a body named before its letters into the title after them', () => {
    expect(quoted('If we have failed')).toMatchObject({
      speaker: 'Jorio Dauster',
      role: 'Brazilian Coffee Institute President',
    });
  });
});
