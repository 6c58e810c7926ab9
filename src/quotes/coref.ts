/**
 * Pronouns: `she said` goes to the most recent named person outside quotes whose gender is unknown
 * or fits, within the current and the two paragraphs before. When that sentence names two people
 * who both fit, and no known gender tells them apart, the pronoun stays unresolved.
 *
 * Genders are learnt as the document is read: from honorifics, gendered roles and common given
 * names (at the mention), from a resolved `he`/`she`, and from a possessive (`his`, `her`) that has
 * exactly one person who fits in its sentence (or the sentence before).
 */
import { MALE_PRONOUNS, SUBJECT_PRONOUNS } from './lexicon.ts';
import type { Gender, Mention, ParagraphTokens } from './names.ts';

export interface PersonGender {
  gender: Gender | null;
}

interface Candidate {
  readonly person: number;
  readonly para: number;
  readonly sentence: number;
  /** The mention is the subject or object of a speech verb: the person who spoke. */
  readonly speaker: boolean;
}

const WINDOW_PARAGRAPHS = 2;

/** Resolves every `he`/`she` outside quotes; returns `para:token` -> person (or -1 when unresolved). */
export function resolvePronouns(
  paragraphs: readonly ParagraphTokens[],
  mentionsOf: readonly (readonly Mention[])[],
  persons: readonly PersonGender[],
): Map<string, number> {
  const resolved = new Map<string, number>();
  const seen: Candidate[] = [];
  const fits = new Fits(persons);

  for (const p of paragraphs) {
    // Mentions and pronouns are both in text order: merge the two lists.
    const mentions = mentionsOf[p.index]!;
    const pronouns = p.pronouns;
    let m = 0;
    let r = 0;
    while (m < mentions.length || r < pronouns.length) {
      const mention = mentions[m];
      const i = pronouns[r];
      if (mention !== undefined && (i === undefined || mention.to < i)) {
        m += 1;
        if (mention.person >= 0) seen.push({ person: mention.person, para: p.index, sentence: mention.sentence, speaker: mention.speech });
        continue;
      }
      r += 1;
      if (i === undefined || p.quote[i] !== -1) continue;
      const normal = p.normals[i]!;
      const gender: Gender = MALE_PRONOUNS.has(normal) ? 'm' : 'f';
      if (SUBJECT_PRONOUNS.has(normal)) {
        const person = resolve(seen, p.index, gender, fits);
        resolved.set(`${p.index}:${i}`, person);
        if (person >= 0 && persons[person]!.gender === null) persons[person]!.gender = gender;
      } else {
        learnFromPossessive(seen, p.index, p.sentence[i]!, gender, fits, persons);
      }
    }
  }
  return resolved;
}

/** Whether a person's gender is unknown or the pronoun's. */
class Fits {
  constructor(private readonly persons: readonly PersonGender[]) {}
  test(person: number, gender: Gender): boolean {
    const known = this.persons[person]!.gender;
    return known === null || known === gender;
  }
}

function resolve(seen: readonly Candidate[], para: number, gender: Gender, fits: Fits): number {
  let nearest: Candidate | null = null;
  for (let k = seen.length - 1; k >= 0; k -= 1) {
    const c = seen[k]!;
    if (c.para < para - WINDOW_PARAGRAPHS) break;
    if (fits.test(c.person, gender)) {
      nearest = c;
      break;
    }
  }
  if (!nearest) return -1;
  // Two people who both fit in that sentence: the one who spoke there, if only one did; else nobody.
  const rivals = new Set<number>();
  const speakers = new Set<number>();
  for (let k = seen.length - 1; k >= 0; k -= 1) {
    const c = seen[k]!;
    if (c.para < nearest.para || (c.para === nearest.para && c.sentence < nearest.sentence)) break;
    if (c.para !== nearest.para || c.sentence !== nearest.sentence || !fits.test(c.person, gender)) continue;
    rivals.add(c.person);
    if (c.speaker) speakers.add(c.person);
  }
  if (rivals.size <= 1) return nearest.person;
  return speakers.size === 1 ? [...speakers][0]! : -1;
}

function learnFromPossessive(
  seen: readonly Candidate[],
  para: number,
  sentence: number,
  gender: Gender,
  fits: Fits,
  persons: readonly PersonGender[],
): void {
  const inSentence = new Set<number>();
  const before = new Set<number>();
  let previous: { para: number; sentence: number } | null = null;
  for (let k = seen.length - 1; k >= 0; k -= 1) {
    const c = seen[k]!;
    if (c.para === para && c.sentence === sentence) {
      if (fits.test(c.person, gender)) inSentence.add(c.person);
      continue;
    }
    previous ??= { para: c.para, sentence: c.sentence };
    if (c.para !== previous.para || c.sentence !== previous.sentence) break;
    if (fits.test(c.person, gender)) before.add(c.person);
  }
  const pool = inSentence.size > 0 ? inSentence : previous && previous.para >= para - 1 ? before : new Set<number>();
  if (pool.size !== 1) return;
  const person = [...pool][0]!;
  if (persons[person]!.gender === null) persons[person]!.gender = gender;
}
