import { AGENCIES, isTitle, PEER_TITLES, TITLES, withLegalForms } from './lexicon.ts';
import { cleanDescription } from './speakers.ts';

/**
 * Where `form` first stands in `full` as whole words: after the start or a space, before the end, a
 * space, `,`, `.` or an apostrophe; -1 when nowhere. (What the pattern `(^|\s)FORM(?=$|[\s,.'’])`
 * finds, without making a pattern for each run and form: that was most of the speakers' table's cost.)
 */
function wordsAt(full: string, form: string): number {
  for (let at = full.indexOf(form); at >= 0; at = full.indexOf(form, at + 1)) {
    const end = at + form.length;
    if ((at === 0 || SPACE.test(full[at - 1]!)) && (end === full.length || AFTER_FORM.test(full[end]!))) return at;
  }
  return -1;
}
const SPACE = /\s/;
const AFTER_FORM = /[\s,.'’]/;

/**
 * A run as written (`Peters and Co Ltd analyst Wilf Gobert`, `Wilf Gobert of Peters and Co Ltd`)
 * as an alias: a name form of the person, with the clean role or title written before it, and
 * nothing after it but a peer's designation (`Lord Nicholls of Birkenhead`). A run with none of the
 * person's name forms in it (`Co Ltd.`, cut from the second) is no alias: null.
 */
export function aliasOf(
  full: string,
  forms: readonly string[],
  /** `byLength(forms)`, when the caller has it (one sort for all of a speaker's runs). */
  longestFirst: readonly string[] = byLength(forms),
): string | null {
  for (const form of longestFirst) {
    const start = wordsAt(full, form);
    if (start < 0) continue;
    const prefix = full.slice(0, start).trim();
    const tail = full.slice(start + form.length);
    const words = prefix.split(/\s+/).filter((w) => w !== '');
    const last = words[words.length - 1]?.toLowerCase() ?? '';
    // `Lord Nicholls of Birkenhead`: how a peer is called; any other tail (`of Shearson Lehman
    // Brothers Inc`, `for the Bank position`) is where the person works or the rest of the sentence.
    const named = PEER_TITLES.has(last) && /^\s+of\s+\p{Lu}/u.test(tail) ? `${form}${tail}` : form;
    return words.length === 0 ? named : `${roleBefore(words)} ${named}`.trim();
  }
  return null;
}

/**
 * `Reuters Holdings Plc chairman`: the agency's name goes on in a firm's word (`Holdings`, `Plc`)
 * before the role: the agency's own firm, whose the role is, not the agency a title was told to.
 */
function agencysOwnFirm(words: readonly string[]): boolean {
  for (let k = 1; k < words.length && CAPITALISED.test(words[k]!); k += 1)
    if (AGENCY_FIRM_WORDS.has(words[k]!.toLowerCase())) return true;
  return false;
}
const AGENCY_FIRM_WORDS = withLegalForms('holdings group');
const CAPITALISED = /^\p{Lu}/u;

/** Name forms, longest first (a stable sort: forms of one length keep their order). */
export function byLength(forms: readonly string[]): string[] {
  return [...forms].sort((a, b) => b.length - a.length);
}

/** The role or title written before the name, cleaned; `` when none is left. */
function roleBefore(words: string[]): string {
  // `a former chairman of President Reagan's Council`: the role is another's; the title is the last word.
  const of = words.map((w) => w.toLowerCase()).lastIndexOf('of');
  if (of >= 0 && of < words.length - 1 && TITLES.has(words[of + 1]!.toLowerCase())) words = words.slice(of + 1);
  if (words.length > 1 && AGENCIES.has(words[0]!.toLowerCase()) && !agencysOwnFirm(words)) words = words.slice(1);
  const prefix = words.join(' ');
  // An honorific alone (`Sir`) is no role but is how the person is called.
  if (words.every(isTitle)) return prefix;
  return cleanDescription(prefix) ?? '';
}
