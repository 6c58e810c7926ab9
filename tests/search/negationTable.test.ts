/**
 * A yes/no question's negated synonyms (`unhurt`: `unharmed`, `unscathed`; src/search/negation.ts)
 * are read from the paraphrase table built with the index (negatedKey), not from WordNet at question
 * time: what the table lists must be what the WordNet lookup gives, for every `un` adjective, and a
 * question must get the same negated forms either way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paraphraseTableOf } from '../../src/indexing/paraphraseTable.ts';
import { wordNetTerms, type WordNetTerms } from '../../src/indexing/wordnetTerms.ts';
import { buildLibrary, type SearchLibrary } from '../../src/library.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { termsOf } from '../../src/nlp/analyzer.ts';
import { openWordNet, PARAPHRASE_SENSES } from '../../src/nlp/wordnet.ts';
import { negatedForms } from '../../src/search/negation.ts';
import { paraphrases } from '../../src/search/paraphrase.ts';
import { negatedKey } from '../../src/search/paraphraseTable.ts';
import { questionFrame, yesNoRoles } from '../../src/search/question.ts';
import type { SentenceIndex } from '../../src/search/sentenceIndex.ts';
import { queryTermsIn, statisticsOf } from '../../src/search/statistics.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

// `unharmed` and `unscathed` are synonyms of `unhurt`; `uninsured` is `insured` negated by the prefix.
const ARTICLES = {
  'guards.txt': 'Comeaux pulled a gun on two guards. The guards were unharmed and the driver unscathed.',
  'warehouse.txt': 'The warehouse was uninsured, the owner said.',
};

const wordnet = openWordNet({ senses: PARAPHRASE_SENSES });
let made: Awaited<ReturnType<typeof tempCorpus>>;
let library: SearchLibrary;
let terms: WordNetTerms;
let plain: SentenceIndex;
let tabled: SentenceIndex;

beforeAll(async () => {
  made = await tempCorpus(ARTICLES);
  library = await buildLibrary(await loadCorpus(made.dir), { quotes: false });
  terms = await wordNetTerms(library.settings.analyzer.morphology);
  plain = { ...library.parts[0]!.index };
  delete (plain as { paraphrases?: unknown }).paraphrases;
  tabled = { ...plain, paraphrases: paraphraseTableOf(plain, terms) };
}, 120_000);
afterAll(async () => {
  wordnet.close();
  await made.cleanup();
});

/** Every key of WordNet's terms with its terms, in order. */
function keyed(all: WordNetTerms): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const keys = Buffer.from(all.keys.buffer, all.keys.byteOffset, all.keys.byteLength);
  for (let k = 0; k + 1 < all.keyStart.length; k += 1) {
    const listed: string[] = [];
    for (let e = all.entryStart[k]!; e < all.entryStart[k + 1]!; e += 1) listed.push(all.terms[all.entryTerm[e]!]!);
    out.set(keys.toString('latin1', all.keyStart[k]!, all.keyStart[k + 1]!), listed);
  }
  return out;
}

/** The negated forms of a yes/no question over `indexes`: [word, negated term] for each index. */
function negatedOf(question: string, indexes: readonly SentenceIndex[]): [string, string][][] {
  const analyzer = library.settings.analyzer;
  const analyzed = analyzer.analyze(questionFrame(question).topic);
  const statistics = statisticsOf(indexes);
  const asked = queryTermsIn(indexes, termsOf(analyzed), statistics)[0]!.map((t) => t.term);
  const expansions = paraphrases(analyzed, asked, analyzer, wordnet, indexes, statistics);
  const roles = yesNoRoles(analyzed, true);
  const ids = negatedForms(analyzed, roles.predicate, asked, expansions, indexes, statistics, analyzer, wordnet);
  return ids.map((list, i) =>
    list.map((id) => {
      const e = expansions[i]!.find((x) => x.termId === id)!;
      return [asked[e.of]!, e.term];
    }),
  );
}

describe("the paraphrase table's negated adjectives", () => {
  it('lists, for every `un` adjective, the terms of its synonyms that start with `un`, as WordNet gives them', () => {
    const analyzer = library.settings.analyzer;
    const table = keyed(terms);
    const differences: string[] = [];
    let adjectives = 0;
    for (const key of table.keys()) {
      if (!key.startsWith('aun')) continue;
      adjectives += 1;
      const lemma = key.slice(1);
      const expected = [
        ...new Set(
          wordnet
            .related(lemma, 'a')
            .synonyms.filter((w) => w.startsWith('un'))
            .map((w) => analyzer.termFor(w)),
        ),
      ];
      const got = table.get(negatedKey(lemma)) ?? [];
      if (JSON.stringify(got) !== JSON.stringify(expected)) differences.push(`${lemma}: ${got} / ${expected}`);
    }
    // No negated key without its adjective's.
    const orphans = [...table.keys()].filter((k) => k.startsWith(negatedKey('')) && !table.has(`a${k.slice(1)}`));
    expect(adjectives).toBeGreaterThan(500);
    expect(differences).toEqual([]);
    expect(orphans).toEqual([]);
    // `unhurt`: unharmed, unscathed (and more that start with `un`).
    expect(table.get(negatedKey('unhurt'))).toEqual(expect.arrayContaining(['unharm', 'unscath']));
  });

  it('gives a question the same negated forms from the table as from WordNet', () => {
    // hurt -> unhurt's synonyms unharmed, unscathed (the articles' words); insured -> un + insur.
    const hurt = [
      [
        ['hurt', 'unharm'],
        ['hurt', 'unscath'],
      ],
    ];
    expect(negatedOf('did the guards get hurt', [tabled])).toEqual(hurt);
    expect(negatedOf('did the guards get hurt', [plain])).toEqual(hurt);
    expect(negatedOf('did the guards get hurt', [tabled, tabled])).toEqual(
      negatedOf('did the guards get hurt', [plain, plain]),
    );
    expect(negatedOf('was the warehouse insured', [tabled])).toEqual([[['insur', 'uninsur']]]);
    expect(negatedOf('was the warehouse insured', [plain])).toEqual([[['insur', 'uninsur']]]);
  });
});
