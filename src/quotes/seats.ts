/**
 * Members of a parliament told apart by their seats: `the Northavon MP` describes one of many MPs,
 * so it is the person just named unless that person was given another seat (`Ashford MP Helen
 * Marsh`). A party (`Labour MP Ann Keen`, `the Labour MP said`) is no seat: it tells members apart
 * only from one given another party.
 */

/** Roles of one member of many (`the Northavon MP`, `the Lothians MSP`). */
export const MEMBER_ROLES: ReadonlySet<string> = new Set(['mp', 'msp', 'mep']);

/** Party names and their parts, which stand before `MP` without naming a seat. */
const PARTY_WORDS = new Set(
  `labour conservative conservatives tory tories liberal democrat democrats lib dem dems snp plaid cymru
  green greens independent unionist dup uup ukip sdlp sinn fein respect alliance scottish welsh`.split(/\s+/),
);

/** How a person's roles stand to a member's seat (`seat`: its capitalised words, lower case). */
export type SeatFit = 'same' | 'none' | 'other' | 'no-member';

/** Whether a word (lower case) is a party's name or a part of one. */
export const isPartyWord = (word: string): boolean => PARTY_WORDS.has(word);

/**
 * Whether a person seen with `descs` was given a party and none of the description's party words
 * (`parties`, lower case): `Conservative MP John Hyde` is not `the Labour MP`. (`Local MP Helen
 * Roddis`, given no party, may be.)
 */
export function otherParty(descs: readonly string[], parties: readonly string[]): boolean {
  if (parties.length === 0) return false;
  return descs.some((desc) => {
    const own = desc
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w) && PARTY_WORDS.has(w.toLowerCase()))
      .map((w) => w.toLowerCase());
    return own.length > 0 && !own.some((w) => parties.includes(w));
  });
}

/**
 * Whether a person seen with `descs` holds the seat: `same` (a role with every word of it), `none`
 * (a member of no seat given: `Labour MP`), `other` (a member for another seat), or `no-member`.
 */
export function seatFit(descs: readonly string[], role: string, seat: readonly string[]): SeatFit {
  let fit: SeatFit = 'no-member';
  for (const desc of descs) {
    const words = desc.split(/[\s-]+/);
    const at = words.findIndex((w) => w.toLowerCase() === role);
    if (at < 0) continue;
    const own = words
      .slice(0, at)
      .filter((w) => /^\p{Lu}/u.test(w) && !PARTY_WORDS.has(w.toLowerCase()))
      .map((w) => w.toLowerCase());
    if (own.length === 0) fit = fit === 'no-member' ? 'none' : fit;
    else if (seat.every((w) => PARTY_WORDS.has(w) || own.includes(w))) return 'same';
    else fit = 'other';
  }
  return fit;
}
