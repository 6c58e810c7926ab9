/**
 * An organisation a document names in full and speaks for under its acronym: `The Civil Aviation
 * Authority said …` then `A CAA spokesman said`, `A Rugby Football Union disciplinary panel …` then
 * `The RFU said`. A reader takes one body; the pass names it in full when the acronym is the
 * initials (connectors aside) of exactly one longer name of the document: one that spoke, or a
 * thing named outside quotes. A lone word (`Fellwind said` beside `Fellwind Energy`, `Exxon said`
 * beside `Exxon Corp`) keeps its short name: in wire copy the longer name is often a subsidiary's
 * (`Lloyds Merchant Bank`, `Seagram Beverage Co`).
 */
import { CONNECTORS, PLACES } from './lexicon.ts';
import type { Mention } from './names.ts';
import { orgKey } from './speakers.ts';

const ACRONYM = /^[A-Z]{2,}$/;

/**
 * For each short name among `spoken` (organisations' names as cues wrote them), the one longer
 * name it stands for, by the short name's `orgKey`; names with no such longer name are left out.
 */
export function longOrgNames(spoken: readonly string[], mentions: readonly Mention[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  let longs: string[] | null = null;
  for (const written of spoken) {
    const short = written.replace(/^the\s+/i, '');
    if (!ACRONYM.test(short)) continue;
    longs ??= longNames(spoken, mentions);
    const fits = new Map<string, string>();
    for (const long of longs) if (initials(long) === short) fits.set(orgKey(long), long);
    if (fits.size === 1) out.set(orgKey(short), [...fits.values()][0]!);
  }
  return out;
}

/** Names of two words or more the document gives a body: those that spoke, and things named outside quotes. */
function longNames(spoken: readonly string[], mentions: readonly Mention[]): string[] {
  const names: string[] = [];
  for (const s of spoken) {
    const name = s.replace(/^the\s+/i, '');
    if (name.split(/\s+/).length >= 2) names.push(name);
  }
  // (`Hong Kong` is a place, whatever an `HK` after a ticker stood for.)
  for (const m of mentions)
    if (m.thing && m.parts.length >= 2 && !m.parts.every((part) => PLACES.has(part))) names.push(m.name);
  return names;
}

/** `Civil Aviation Authority` → `CAA`; `Association of British Travel Agents` → `ABTA`. */
function initials(name: string): string {
  let out = '';
  for (const w of name.split(/\s+/)) {
    if (CONNECTORS.has(w.toLowerCase()) || w === '&') continue;
    if (!/^\p{Lu}/u.test(w)) return '';
    out += w[0];
  }
  return out;
}
