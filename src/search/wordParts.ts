/**
 * A question word as a part of a longer word, and a longer question word's parts: `gull` is in
 * `gull-proof` and in `seagull`, `casino` in `super-casino`; `seagulls` holds `gulls`. The stems
 * differ, so no analysis finds them; each is offered as a paraphrase would be
 * (RankParams.paraphraseParts: ./paraphrase.ts).
 *
 * A closed compound is read only where both of its parts are the index's words (`sea` + `gull`,
 * the suffix or the prefix at least MIN_PART letters, the rest at least MIN_REST): `bring` is not
 * `b` + `ring`, and `generation` (`gene` + `ration`) is one of the few accidents left.
 */
import type { SentenceIndex } from './sentenceIndex.ts';

/** The shortest part that counts as the question's word (a suffix or prefix of a closed compound). */
const MIN_PART = 4;
/** The shortest rest of a closed compound beside it (`sea` of `seagull`). */
const MIN_REST = 3;
const LETTERS = /^[a-z]+$/;

/** For each index, the map from a word (term) to the longer terms holding it as a part; built on first use. */
const holders = new WeakMap<SentenceIndex, Map<string, string[]>>();

/**
 * The terms of `index` that hold `term` as a part: a part of a hyphenated term (its own term by
 * `termFor`), or the suffix or prefix of a closed compound whose rest is a word of the index too.
 */
export function termsHolding(index: SentenceIndex, term: string, termFor: (word: string) => string): readonly string[] {
  let map = holders.get(index);
  if (map === undefined) {
    map = holdersOf(index, termFor);
    holders.set(index, map);
  }
  return map.get(term) ?? NONE;
}

const NONE: readonly string[] = Object.freeze([]);

/** The parts of `term` that are words of one of `indexes` (`seagull` -> `gull`; `gull-proof` -> `gull`, `proof`). */
export function partsOf(
  indexes: readonly SentenceIndex[],
  term: string,
  termFor: (word: string) => string,
): readonly string[] {
  const known = (t: string): boolean => indexes.some((index) => index.vocabulary.has(t));
  const out: string[] = [];
  if (term.includes('-')) {
    for (const part of term.split('-'))
      if (part.length >= MIN_REST && LETTERS.test(part)) {
        const t = termFor(part);
        if (t !== term && known(t) && !out.includes(t)) out.push(t);
      }
    return out;
  }
  if (!LETTERS.test(term)) return out;
  for (let k = MIN_REST; k + MIN_PART <= term.length; k += 1) {
    const suffix = term.slice(k);
    if (known(suffix) && known(term.slice(0, k)) && !out.includes(suffix)) out.push(suffix);
  }
  for (let k = MIN_PART; k + MIN_REST <= term.length; k += 1) {
    const prefix = term.slice(0, k);
    if (known(prefix) && known(term.slice(k)) && !out.includes(prefix)) out.push(prefix);
  }
  return out;
}

function holdersOf(index: SentenceIndex, termFor: (word: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (part: string, holder: string): void => {
    const list = map.get(part);
    if (list === undefined) map.set(part, [holder]);
    else if (!list.includes(holder)) list.push(holder);
  };
  for (const term of index.vocabulary.keys()) for (const part of partsOf([index], term, termFor)) add(part, term);
  return map;
}
