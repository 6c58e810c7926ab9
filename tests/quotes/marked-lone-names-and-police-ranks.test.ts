import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, traced after ECB+ unattributed sample (i) of 2026-12-07 and not fixed then:
// 1. a lone untitled name with a person's mark at the tag (an age set off, a who-clause, a kin or
//    role noun before it) is a person who speaks, under the name as written, though the article never
//    gives a full name; a lone name with no such mark (`Lu said`) stays in reserve as before;
// 2. a police rank written short with a dot (`Const.`, `Cpl.`) ends no sentence and is a title.
// Real sentences of the ECB+ corpus (stories named), the articles shortened.

const FILES = {
  // 11_5ecb: an age set off after the name, then a role.
  'maral.txt': article(
    'Turkmen Vote',
    'Turkmenistan votes on Sunday in its first election since the death of its president.',
    '"With just four days to go before the election, I still don\'t know who I\'m supposed to vote for," said Maral, 45, an Ashgabat resident who declined to give her surname for fear of official intimidation.',
  ),
  // 37_14ecbplus: a who-clause set off after the name.
  'fauzi.txt': article(
    'Aceh Quake',
    "A strong earthquake struck Indonesia's Aceh province on Tuesday.",
    '"Dozens of people were injured and are being treated at three hospitals," said Fauzi, who like many Indonesians uses a single name.',
  ),
  // 37_3ecb: a possessive and a kin noun before the name, then an age.
  'mapahai.txt': article(
    'Papua Quake',
    'Thousands of people fled their homes after the earthquake in Papua.',
    '"I want to go home but I\'m scared of a tsunami," said fisherman\'s wife Mapahai, 35, who fled with her husband and six children.',
  ),
  // 18_7ecbplus: a possessive kin noun set off before the name.
  'charlie.txt': article(
    'Accountant Charged',
    'Receptionist Madeline Kafoury was shot dead at the accounting firm.',
    '"She was our mom and the grandmother of our children," Kafoury\'s son, Charlie, said after the hearing.',
  ),
  // 43_5ecbplus (shortened): a lone name with no mark at the tag stays unattributed.
  'lu.txt': article(
    'Chip Deal',
    'The company agreed to buy the chip maker for $300 million.',
    '"We do not expect that for the foreseeable future," Lu said.',
  ),
  // 18_6ecb: `Const.` before the surname; the full name earlier in the article.
  'fanning.txt': article(
    'Party Shooting',
    'Vancouver Police spokesman Constable Tim Fanning said the suspect had been let go from his job.',
    '"It\'s something no business can prepare for," Const. Fanning said.',
  ),
  // 18_15ecb: `Const.` between the role and the full name after the quote.
  'fanning-full.txt': article(
    'Office Party',
    'Police said a man carrying a firearm had confronted the crowd.',
    '"A man who apparently had just been let go from his job there came in, shot and killed another man," Vancouver police Const. Tim Fanning told a news conference.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe("a lone untitled name with a person's mark at the tag", () => {
  it('gives the quote to a name with an age set off (Maral, 45)', () => {
    expect(quoted('With just four days to go')).toMatchObject({ speaker: 'Maral' });
  });
  it('gives the quote to a name with a who-clause set off (Fauzi, who …)', () => {
    expect(quoted('Dozens of people were injured')).toMatchObject({ speaker: 'Fauzi' });
  });
  it("gives the quote to a name after a kin noun (fisherman's wife Mapahai)", () => {
    expect(quoted("I want to go home but I'm scared")).toMatchObject({ speaker: 'Mapahai' });
  });
  it("gives the quote to a name set off after a possessive kin noun (Kafoury's son, Charlie,)", () => {
    expect(quoted('She was our mom')).toMatchObject({ speaker: 'Charlie' });
  });
  it("leaves a lone name with no mark nobody's (Lu said)", () => {
    expect(quoted('We do not expect that')?.speaker ?? null).toBeNull();
  });
});

describe('a police rank written short with a dot', () => {
  it('reads `Const. Fanning said` as the constable named in full before', () => {
    expect(quoted("It's something no business can prepare for")).toMatchObject({ speaker: 'Tim Fanning' });
  });
  it('reads `Vancouver police Const. Tim Fanning told` after the quote', () => {
    expect(quoted('A man who apparently had just been let go')).toMatchObject({ speaker: 'Tim Fanning' });
  });
});
