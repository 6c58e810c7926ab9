import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, `no merged identities` (round qwrong): a subject of two names joined by `and` that the
// article also writes each on its own (`AMD says …`, `SeaMicro says …`, then `AMD and SeaMicro say`;
// `the DIW institute`, `Munich's Ifo institute`, then `The DIW and Ifo said`; `said Locke`, `Salazar
// said`, then `Locke and Salazar said`) is two speakers, whose joint words are neither's: they had
// been filed under one speaker of both names. A firm named for its founders is one name: its sides
// are not written alone (`Rohm and Haas`), or a legal form closes it (`Forstmann Little and Co`,
// beside `said Forstmann`), or the article writes it on into a longer name (`Pacific Gas and
// Electric Co said …`, then `Pacific Gas and Electric said`).

const FILES = {
  // ECB+ 43_3ecbplus (shortened): two firms, each also speaking alone
  'amd.txt': article(
    'AMD Buys SeaMicro',
    'AMD says it will continue to sell and support SeaMicro servers equipped with Intel chips “for the foreseeable future.”',
    'SeaMicro says that certain software workloads are suited to the wimpy cores, while others are suited to “brawny cores,” and this same message is delivered by the likes of Dave Andersen.',
    'AMD and SeaMicro say that they will “explore” the use of SeaMicro’s fabrics with all sorts of processors, both wimpy and brawny.',
  ),
  // news gnp/16158 (shortened): two institutes
  'institutes.txt': article(
    'Institutes Divided on Outlook for German Economy',
    "Taking a dissenting view, the DIW institute of West Berlin and Munich's Ifo institute predicted only one pct 1987 growth.",
    'The DIW and Ifo said rises in employment would occur only in the tertiary sector, while "the number employed in the manufacturing industry will decline."',
  ),
  // ECB+ 9_11ecbplus (shortened): two secretaries named in full only together
  'species.txt': article(
    'Obama Administration Restores Endangered Species Protections',
    'Secretary of Commerce Gary Locke and Secretary of the Interior Ken Salazar, who head the two agencies that administer the Endangered Species Act, said their decision to again require consultation before action is based on sound science.',
    '"By rolling back this 11th hour regulation, we are ensuring that threatened and endangered species continue to receive the full protection of the law," Salazar said.',
    '"For decades, the Endangered Species Act has protected threatened species and their habitats," said Locke.',
    'Locke and Salazar said the two departments will conduct a joint review of the 1986 consultation regulations that are now once again in effect.',
  ),
  // news acq/09607 (shortened): a firm named for two founders, its legal form written
  'forstmann.txt': article(
    'Lear Siegler to Sell Aerospace Group',
    'Forstmann Little and Co said Lear Siegler Holding Corp plans to divest its aerospace group subsidiary, comprised of the Defense Electronics Group and the Components Group.',
    "Lear's aerospace group revenues for fiscal 1987 are expected to be about 700 mln dlrs, said Forstmann.",
  ),
  // news earn/11717 (shortened): a utility, its full name written first
  'utility.txt': article(
    'Pacific Gas Pcg Accounting Change to Cut Net',
    'Pacific Gas and Electric Co said it expects to record a 470 mln dlr reduction in 1987 earnings.',
    'Pacific Gas said the accounting change was prompted by the commission.',
    'But the accounting change, effective January 1, will reflect only cash received through interim rates approved by the commission, Pacific Gas and Electric said.',
  ),
};

const library = useLibrary(FILES);
const { quoted, reported } = directQuotes(library);

describe('two names joined by `and`, each written alone elsewhere', () => {
  it('speak together: their words are neither’s', () => {
    expect(quoted('explore')).toMatchObject({ speaker: null });
    expect(quoted('the number employed')).toMatchObject({ speaker: null });
    expect(reported('Locke and Salazar said')).toBeUndefined();
  });

  it('are no speaker of both names', () => {
    const names = library()
      .quotes.speakers()
      .map((s) => s.name);
    for (const joint of ['AMD and SeaMicro', 'DIW and Ifo', 'Locke and Salazar']) expect(names).not.toContain(joint);
  });

  it('leave each side its own words', () => {
    expect(quoted('for the foreseeable future')).toMatchObject({ speaker: 'AMD' });
  });
});

describe('a firm named for its founders', () => {
  it('keeps its speaker', () => {
    expect(reported('Forstmann Little and Co said')).toMatchObject({ speaker: 'Forstmann Little and Co' });
    expect(reported('But the accounting change')?.speaker).toMatch(/^Pacific Gas and Electric/);
  });
});
