/**
 * An organisation named again only by a description of it: `Hartwell … The Suffolk firm, which has
 * brewed beer since 1821, said`, `The charity, which represents 5,000 museum workers, said`. A reader
 * takes the one organisation just before; the pass does so only when the description is qualified
 * (a word before its noun, or a `which` clause after it) and exactly one organisation stands in
 * the two paragraphs before. A bare `the company said` often follows several firms in wire copy: it
 * is read only right after its quote (`"…," the company said`) or opening its sentence (`The company
 * added that …`), for the one organisation that spoke in that paragraph or the one before, with no
 * other organisation named there; else nobody's.
 */
import { isHardStop, movedCue, orgCue, type Cue, type ParagraphView } from './attribution.ts';
import { ANY_FIRM, ORGANISATION_NOUNS, PLACES, SPOKESPEOPLE, VERB_GAP } from './lexicon.ts';
import { isCapitalised, type Mention, withoutThe } from './names.ts';

/** A cue to read again, and how to put the reading back. */
export interface CueSlot {
  readonly cue: Cue | null;
  set(cue: Cue): void;
}

/** A candidate the description may refer back to, at the token where its name starts. */
interface Candidate {
  readonly name: string;
  readonly para: number;
  readonly token: number;
  /** The speaking name's slot, made an organisation's too once the description proves it one. */
  readonly slot?: CueSlot;
  /** Whether it spoke (a speech verb's subject), not only stood named. */
  readonly spoke: boolean;
}

/**
 * `known`: whether a speaking name may be a person's (a title, a given name, a person of the article
 * named in full), which keeps `Kistler said` (after `Chairman W.A. Kistler`) a person's.
 *
 * Reads every cue whose subject is a qualified description of an organisation as that organisation
 * (an `org` cue under its name), and the cue of the name it refers back to as the organisation's too.
 */
export function describedOrganisations(
  views: readonly ParagraphView[],
  slots: readonly CueSlot[],
  known: (m: Mention) => boolean,
): void {
  // Candidates as the text named them: a description read here is no candidate for a later one.
  const named = slots.map((slot) => ({ cue: slot.cue, slot }));
  for (const slot of slots) {
    const cue = slot.cue;
    if (cue?.kind !== 'other') continue;
    const p = views[cue.para]!;
    // `"…," it said`: the one organisation that spoke in this paragraph or the one before, with no
    // person speaking and no other organisation named there.
    const it = itAfterQuote(p, cue.verb);
    if (it >= 0) {
      const body = aloneJustBefore(views, named, known, cue.para, it);
      if (body !== null) speaksFor(slot, cue, it, body);
      continue;
    }
    // `Solent Air's shares fell 9p. It said profits would be "…"`: `it` opening its sentence is the
    // one organisation that spoke just before, or else the body whose name opens the sentence before.
    const opening = itOpening(p, cue.verb);
    if (opening >= 0) {
      const body =
        aloneJustBefore(views, named, known, cue.para, opening) ?? subjectBefore(views, known, cue.para, opening);
      if (body !== null) speaksFor(slot, cue, opening, body);
      continue;
    }
    const spokes = spokespersonFor(p, cue.verb);
    if (spokes) {
      // `a spokeswoman for the association said`: the one organisation just before whose name holds
      // that noun (`the Museums Association`); else, for a noun its name lacks (`Victim Support said
      // …` then `a spokesman for the charity said`), the one organisation that spoke in the paragraph
      // before or earlier in this one, when no other organisation stands there.
      const found = candidates(views, named, cue.para, spokes.from, known);
      const holders = found.filter((c) => c.name.toLowerCase().split(/\s+/).includes(spokes.noun));
      // (None near: the one body the story named before whose name ends in the noun, `a spokeswoman
      // for the trust` for `West Pennine Hospitals NHS Trust` named paragraphs before, over the Royal
      // College of Nursing that spoke just before: the noun says which body.)
      const headed = holders.length === 0 ? bodiesNamedEarlier(views, cue.para, spokes.from, spokes.noun) : [];
      if (headed.length === 1) speaksFor(slot, cue, spokes.from, { name: headed[0]! }, spokes.role);
      if (headed.length > 0) continue;
      const chosen = holders.length > 0 ? holders : speakerJustBefore(views, named, found, cue.para, spokes.from);
      if (new Set(chosen.map((c) => c.name.toLowerCase())).size !== 1) continue;
      speaksFor(slot, cue, spokes.from, chosen[chosen.length - 1]!, spokes.role);
      continue;
    }
    // `Post Office Ltd said each closure …` then `A spokeswoman said:`: a bare spokesperson opening
    // the sentence speaks for the one organisation that spoke just before (the sentence or paragraph
    // before), with no person speaking and no other organisation named there.
    const bare = bareSpokesperson(p, cue.verb);
    if (bare >= 0) {
      const body = aloneJustBefore(views, named, known, cue.para, bare) ?? bodyOpeningBefore(p, bare);
      if (body !== null) speaksFor(slot, cue, bare, body, p.normals[bare + 1]!);
      continue;
    }
    // `Northshire Water said in a statement that …` then `"…," the statement said`: the one body that
    // spoke in a statement in this paragraph or the one before, with no other organisation named there.
    const the = statementAfterQuote(p, cue.verb);
    if (the >= 0) {
      const maker = statementMaker(views, named, cue.para, the);
      if (maker && aloneNear(views, cue.para, the, maker.name)) speaksFor(slot, cue, the, maker);
      else if (maker === null) {
        const own = personsStatement(views, named, cue.para, the);
        if (own !== null) slot.set(movedCue(own, cue.para, cue.verb));
      }
      continue;
    }
    const at = descriptionAt(p, cue.verb);
    if (at === null) continue;
    const start = at.from;
    const found = candidates(views, named, cue.para, start, known);
    const names = new Set(found.map((c) => c.name.toLowerCase()));
    if (names.size === 0 && !at.bare) {
      // `The primary care trust said` with no body near: the one body the story named before whose
      // name ends in the description's words (`North West Leicestershire Primary Care Trust`).
      // (A qualified description only, two words or more: `The trust said` alone is read near it.)
      const words = p.normals.slice(start + 1, at.noun + 1).join(' ');
      const body = at.noun - start < 2 ? null : namedEarlier(views, cue.para, start, words);
      if (body !== null) slot.set(orgCue(cue.para, cue.verb, start, body));
      continue;
    }
    if (names.size !== 1) continue;
    const nearest = found[found.length - 1]!;
    if (!namesTheSame(p, start, at.noun, nearest.name)) continue;
    // A bare one (`"…," the company said`) only for an organisation that spoke in this paragraph or
    // the one before, with no other organisation there.
    if (
      at.bare &&
      !(
        nearest.spoke &&
        nearest.para >= cue.para - 1 &&
        aloneNear(views, cue.para, start, nearest.name) &&
        sameKind(nearest.name, p.normals[start + 1]!) &&
        // (Opening its sentence, away from the quote, the noun must fit the name: `The company added`
        // for Orange, never `The trust said` for UK Sport.)
        ((start > 0 && p.quote[start - 1] !== -1) || fits(nearest.name, p.normals[start + 1]!))
      )
    )
      continue;
    speaksFor(slot, cue, start, nearest);
  }
}

/**
 * The cue at `slot` speaks for `body` (at `token`, in `role`); the name `body` spoke under before,
 * read as a person's mention, is the organisation's too, though it looked like a person's.
 */
function speaksFor(
  slot: CueSlot,
  cue: Cue,
  token: number,
  body: { readonly name: string; readonly slot?: CueSlot },
  role: string | null = null,
): void {
  slot.set(orgCue(cue.para, cue.verb, token, body.name, role));
  const antecedent = body.slot?.cue;
  if (antecedent?.kind === 'mention')
    body.slot!.set(orgCue(antecedent.para, antecedent.verb, antecedent.mention.from, body.name));
}

/**
 * `"…," it said`, `A spokeswoman said:`: the one organisation that spoke just before token `before`
 * of paragraph `para` (speakerJustBefore), with no other organisation named near (aloneNear); else null.
 */
function aloneJustBefore(
  views: readonly ParagraphView[],
  named: readonly { readonly cue: Cue | null; readonly slot: CueSlot }[],
  known: (m: Mention) => boolean,
  para: number,
  before: number,
): Candidate | null {
  const chosen = speakerJustBefore(views, named, candidates(views, named, para, before, known), para, before);
  const only = chosen.length > 0 && new Set(chosen.map((c) => c.name.toLowerCase())).size === 1;
  // (`NorthLink Ferries said the ship would sail …. "…," a spokeswoman said.`: when the body spoke
  // earlier in the spokesperson's own paragraph, the names of the paragraph before are no rivals.)
  const from = spokeEarlierInParagraph(named, para, before) ? para : para - 1;
  return only && aloneNear(views, para, before, chosen[0]!.name, from) ? chosen[chosen.length - 1]! : null;
}

/**
 * `Victim Support said …` then `a spokesman for the charity said`: the names that spoke in the
 * paragraph before the spokesperson or earlier in theirs, when they are all organisations or names
 * with no sign of a person (a speaking name with no given name, gender or title is read as the
 * organisation the noun points back to) and no other organisation stands there.
 */
function speakerJustBefore(
  views: readonly ParagraphView[],
  named: readonly { readonly cue: Cue | null; readonly slot: CueSlot }[],
  found: readonly Candidate[],
  para: number,
  before: number,
): Candidate[] {
  const own = spokeEarlierInParagraph(named, para, before);
  const near = (q: number, token: number): boolean => (q === para - 1 && !own) || (q === para && token < before);
  const spoke: Candidate[] = [];
  for (const { cue: c, slot } of named) {
    if (c?.kind === 'org' && near(c.para, c.token))
      spoke.push({ name: c.name, para: c.para, token: c.token, spoke: true });
    else if (c?.kind === 'mention' && near(c.para, c.mention.from)) {
      const p = views[c.para]!;
      // (A lone word is a surname as often as a body's name, unless a noun for its kind stands
      // before it: `The actors' union Equity said`.)
      const short = c.mention.parts.length < 2 && !kindBefore(p, c.mention);
      if (c.mention.thing || short || personLike(p, c.mention)) return [];
      spoke.push({ name: c.mention.name, para: c.para, token: c.mention.from, slot, spoke: true });
    } else if (c?.kind === 'pronoun' && near(c.para, c.token)) return [];
  }
  // Another organisation named there, not one that spoke (a speaker's own name found again is none).
  const spoken = new Set(spoke.map((c) => c.name.toLowerCase()));
  if (found.some((c) => near(c.para, c.token) && !c.spoke && !spoken.has(c.name.toLowerCase()))) return [];
  return spoke.sort((a, b) => a.para - b.para || a.token - b.token);
}

/**
 * Whether someone spoke earlier in paragraph `para`, before token `before` (`The Healthcare
 * Commission, the NHS watchdog, said it would …. A spokeswoman said:`): then the paragraph before,
 * whoever spoke there (`"…?" the MP asked`), is no longer just before the spokesperson.
 */
function spokeEarlierInParagraph(
  named: readonly { readonly cue: Cue | null }[],
  para: number,
  before: number,
): boolean {
  for (const { cue: c } of named) {
    if (c === null || c.para !== para || c.kind === 'other') continue;
    if ((c.kind === 'mention' ? c.mention.from : c.token) < before) return true;
  }
  return false;
}

/** `"…," it said`: the token of `it` when it stands right after a quote as the subject of the speech verb at `v`, else -1. */
function itAfterQuote(p: ParagraphView, v: number): number {
  let k = v - 1;
  while (k >= 0 && VERB_GAP.has(p.normals[k]!) && v - k <= 3) k -= 1;
  return k > 0 && p.normals[k] === 'it' && p.quote[k - 1] !== -1 ? k : -1;
}

/**
 * `It said`, `It added that`: the token of `it` when it opens its sentence, outside quotes, as the
 * subject of the speech verb at `v`, else -1. A capital `It` after a word that ends in a full stop
 * opens one though the splitter read an abbreviation there (`fell 9p to 142p. It said`).
 */
function itOpening(p: ParagraphView, v: number): number {
  let k = v - 1;
  while (k >= 0 && VERB_GAP.has(p.normals[k]!) && v - k <= 3) k -= 1;
  if (k < 0 || p.normals[k] !== 'it' || p.quote[k] !== -1) return -1;
  if (k === 0) return k;
  if (p.quote[k - 1] !== -1) return -1;
  return p.sentence[k - 1] !== p.sentence[k] || (p.values[k] === 'It' && /\w\.$/.test(p.values[k - 1]!)) ? k : -1;
}

/**
 * The body whose name opens the sentence right before token `it` of paragraph `para` (that
 * paragraph's, or the last of the paragraph before when `it` opens its own), as its subject or the
 * subject's possessor (a verb or `'s` right after it: `Solent Air's shares fell`): no person's name
 * (a given name, a gender, a title, a name the article's persons could hold, unless a body's noun
 * ends it) and no place; else null.
 */
function subjectBefore(
  views: readonly ParagraphView[],
  known: (m: Mention) => boolean,
  para: number,
  it: number,
): { name: string } | null {
  let q = para;
  let end = it - 1;
  if (it === 0) {
    q = para - 1;
    if (q < 0) return null;
    end = views[q]!.length - 1;
  }
  const view = views[q]!;
  if (end < 0 || view.quote[end] !== -1) return null;
  let start = end;
  while (start - 1 >= 0 && view.sentence[start - 1] === view.sentence[end]) start -= 1;
  if (view.quote[start] !== -1) return null;
  const first = view.normals[start] === 'the' ? start + 1 : start;
  const m = view.byStart.get(first);
  if (!m || personLike(view, m) || m.parts.every((part) => PLACES.has(part))) return null;
  // (The subject: a verb or a possessive right after the name, never `Early in her campaign, the church …`.)
  const next = m.to + 1;
  if (!(view.normals[next] === "'s" || view.pos[next] === 'VERB' || view.pos[next] === 'AUX')) return null;
  // (A name that may be a person's speaks only when its last word is a noun for a body: `Cropton Brewery`.)
  if (known(m) && !ORGANISATION_NOUNS.has(m.parts[m.parts.length - 1]!)) return null;
  return { name: m.name };
}

/** `"…," the statement said`: the token of `the` when `the statement` stands right after a quote as the subject of the speech verb at `v`, else -1. */
function statementAfterQuote(p: ParagraphView, v: number): number {
  let k = v - 1;
  while (k >= 0 && VERB_GAP.has(p.normals[k]!) && v - k <= 3) k -= 1;
  return k > 1 && p.normals[k] === 'statement' && p.normals[k - 1] === 'the' && p.quote[k - 2] !== -1 ? k - 1 : -1;
}

/**
 * The body whose statement `the statement` at token `before` of paragraph `para` is: the speakers
 * in that paragraph before it or in the one before whose verb is followed by `in a statement` (`X
 * said in a statement that …`) or follows `In a statement,`, when they are all one organisation or
 * one name with no sign of a person; else null.
 */
function statementMaker(
  views: readonly ParagraphView[],
  named: readonly { readonly cue: Cue | null; readonly slot: CueSlot }[],
  para: number,
  before: number,
): { name: string; slot?: CueSlot } | null {
  let found: { name: string; slot?: CueSlot } | null = null;
  for (const { cue: c, slot } of named) {
    if (c === null || c.para < para - 1 || c.para > para || (c.para === para && c.verb >= before)) continue;
    if (c.kind !== 'org' && c.kind !== 'mention') continue;
    const q = views[c.para]!;
    if (!inAStatement(q, c.verb)) continue;
    let name: string;
    if (c.kind === 'org') name = c.name;
    else {
      if (c.mention.thing || c.mention.parts.length < 2 || personLike(q, c.mention)) return null;
      name = c.mention.name;
    }
    if (found !== null && found.name.toLowerCase() !== name.toLowerCase()) return null;
    found = c.kind === 'mention' ? { name, slot } : { name };
  }
  return found;
}

/**
 * `The club's owner, Stuart Vellacott, said in a statement that …` then `"…," the statement said`:
 * the one person who spoke in a statement in that paragraph or the one before (`the statement` at
 * token `before` of `para`), when every speaker there before it is that person; else null.
 */
function personsStatement(
  views: readonly ParagraphView[],
  named: readonly { readonly cue: Cue | null }[],
  para: number,
  before: number,
): Extract<Cue, { kind: 'mention' }> | null {
  let found: Extract<Cue, { kind: 'mention' }> | null = null;
  let last: Cue | null = null;
  for (const { cue: c } of named) {
    if (c === null || c.para < para - 1 || c.para > para || (c.para === para && c.verb >= before)) continue;
    if (c.kind === 'other') continue;
    last = c;
    if (c.kind !== 'mention' || c.mention.thing || !inAStatement(views[c.para]!, c.verb)) continue;
    if (found !== null && found.mention.name !== c.mention.name) return null;
    found = c;
  }
  // (The last speaker before `the statement` is the one who made it: nobody spoke in between.)
  return found !== null && last?.kind === 'mention' && last.mention.name === found.mention.name ? found : null;
}

/** `said in a statement`, `said in its statement`, or `In a statement, X said` opening the sentence: the speech verb at `v` reads a statement. */
function inAStatement(p: ParagraphView, v: number): boolean {
  if (p.normals[v + 1] === 'in' && STATEMENT_DETERMINERS.has(p.normals[v + 2]!) && p.normals[v + 3] === 'statement')
    return true;
  // (`In a statement issued late last night, the central bank said`.)
  let k = v - 1;
  while (k > 0 && v - k <= 15 && p.sentence[k - 1] === p.sentence[v]) k -= 1;
  return p.normals[k] === 'in' && STATEMENT_DETERMINERS.has(p.normals[k + 1]!) && p.normals[k + 2] === 'statement';
}
const STATEMENT_DETERMINERS = new Set(['a', 'its', 'their', 'his', 'her']);

/**
 * `a spokesman for the institute said`, `a club spokeswoman said`: the spokesperson's token (the
 * `a` of the second), role and the organisation's noun when that phrase is the subject of the
 * speech verb at `v`, else null.
 */
function spokespersonFor(p: ParagraphView, v: number): { from: number; role: string; noun: string } | null {
  let k = v - 1;
  while (k >= 0 && VERB_GAP.has(p.normals[k]!) && v - k <= 3) k -= 1;
  // (`"…," a club spokeswoman said`: the noun before the spokesperson, in lower case.)
  const before = k - 1;
  if (
    before > 0 &&
    SPOKESPEOPLE.has(p.normals[k]!) &&
    ORGANISATION_NOUNS.has(p.normals[before]!) &&
    !isCapitalised(p, before) &&
    p.normals[before - 1] === 'a' &&
    p.quote[before - 1] === -1
  )
    return { from: before - 1, role: p.normals[k]!, noun: p.normals[before]! };
  if (k < 3 || !ORGANISATION_NOUNS.has(p.normals[k]!) || isCapitalised(p, k)) return null;
  if (p.normals[k - 1] !== 'the' || p.normals[k - 2] !== 'for') return null;
  const role = p.normals[k - 3]!;
  if (!/^spokes(?:man|woman|person)$/.test(role) || p.quote[k - 3] !== -1) return null;
  return { from: k - 3, role, noun: p.normals[k]! };
}

/**
 * `A spokeswoman said`, `"…," a spokesman said`: the token of its `a` when a spokesperson with no
 * organisation named (no `for`, no body's name before the noun) opens the sentence or follows the
 * quote as the subject of the speech verb at `v`, else -1.
 */
function bareSpokesperson(p: ParagraphView, v: number): number {
  let k = v - 1;
  while (k >= 0 && VERB_GAP.has(p.normals[k]!) && v - k <= 3) k -= 1;
  if (k < 1 || !SPOKESPEOPLE.has(p.normals[k]!) || p.quote[k] !== -1) return -1;
  const a = k - 1;
  if (p.normals[a] !== 'a' || p.quote[a] !== -1) return -1;
  // (Opening its sentence, or right after the quote: `"…," a spokesman said`.)
  return a === 0 || p.sentence[a - 1] !== p.sentence[a] || isHardStop(p, a - 1) || p.quote[a - 1] !== -1 ? a : -1;
}

/**
 * Where a qualified description of an organisation opens the sentence as the subject of the
 * speech verb at `v` (`The Suffolk firm said`, `The union, which …, said`), or a bare one stands
 * right after a quote (`"…," the company said`): the token of its `the` and whether it is bare,
 * else null.
 */
function descriptionAt(p: ParagraphView, v: number): { from: number; bare: boolean; noun: number } | null {
  let k = v - 1;
  while (k >= 0 && VERB_GAP.has(p.normals[k]!) && v - k <= 3) k -= 1;
  let relative = false;
  if (p.values[k] === ',') {
    // `, which has brewed beer since 1821,`: back to the comma that opens it.
    let j = k - 1;
    while (j >= 0 && p.values[j] !== ',' && p.quote[j] === -1 && !isHardStop(p, j)) j -= 1;
    if (j < 0 || p.values[j] !== ',' || p.normals[j + 1] !== 'which') return null;
    relative = true;
    k = j - 1;
  }
  if (k < 1 || !ORGANISATION_NOUNS.has(p.normals[k]!) || isCapitalised(p, k)) return null;
  let d = k - 1;
  while (d >= 0 && k - d <= 3 && p.normals[d] !== 'the') {
    if (p.pos[d] === 'PUNCT' || p.pos[d] === 'VERB' || p.quote[d] !== -1) return null;
    d -= 1;
  }
  if (d < 0 || p.normals[d] !== 'the') return null;
  // (`In a statement, the company said:`: a statement's phrase before it still opens the sentence.)
  const opens =
    d === 0 ||
    p.sentence[d - 1] !== p.sentence[d] ||
    isHardStop(p, d - 1) ||
    (p.values[d - 1] === ',' && inAStatement(p, v));
  if (relative || d < k - 1) return opens ? { from: d, bare: false, noun: k } : null;
  // `"…," the company said`: the description right after the quote's closing mark, its verb next;
  // or opening its sentence (`The company added that …`), read as strictly.
  return (d > 0 && p.quote[d - 1] !== -1) || opens ? { from: d, bare: true, noun: k } : null;
}

/**
 * The one body named before token `the` of paragraph `para` (outside quotes) whose name ends in
 * `words`, a description's (`primary care trust`), with more words before them; none, or two: null.
 */
function namedEarlier(views: readonly ParagraphView[], para: number, the: number, words: string): string | null {
  const bodies = bodiesNamedEarlier(views, para, the, words);
  return bodies.length === 1 ? bodies[0]! : null;
}

/**
 * The bodies named before token `the` of paragraph `para` (outside quotes) whose names end in
 * `words` (`trust`) with more words before them, one name each; `X Primary Care Trust and Y Primary
 * Care Trust`, read as one run, counts as two.
 */
function bodiesNamedEarlier(views: readonly ParagraphView[], para: number, the: number, words: string): string[] {
  const found = new Map<string, string>();
  for (let q = para; q >= 0; q -= 1) {
    const view = views[q]!;
    for (const m of view.mentions) {
      if ((q === para && m.from >= the) || view.quote[m.from] !== -1) continue;
      const name = withoutThe(m.full);
      const lower = name.toLowerCase();
      if (!lower.endsWith(` ${words}`)) continue;
      if (` ${lower.slice(0, lower.length - words.length)}`.includes(` ${words} `)) return [name, name];
      found.set(lower, name);
    }
  }
  return [...found.values()];
}

/**
 * `The Treasury committee said` after `the Reviewing Committee`: a description whose capitalised
 * words name one body of its noun's kind is no other body of that kind whose name lacks those words
 * (`The Derby firm` for `Hollybrook Bakeries`, a name without the noun, stays a place's word).
 */
function namesTheSame(p: ParagraphView, the: number, noun: number, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (!words.includes(p.normals[noun]!)) return true;
  for (let k = the + 1; k < noun; k += 1)
    if (isCapitalised(p, k) && !PLACES.has(p.normals[k]!) && !words.includes(p.normals[k]!)) return false;
  return true;
}

/**
 * Whether a name holds no noun for another kind of organisation than `noun` (`the company` is no
 * `District Council`); the nouns any firm takes are one kind (`the company` for `Lindsey Care Group`).
 */
function sameKind(name: string, noun: string): boolean {
  return name
    .toLowerCase()
    .split(/\s+/)
    .every((w) => w === noun || !ORGANISATION_NOUNS.has(w) || (ANY_FIRM.has(noun) && ANY_FIRM.has(w)));
}

/** Whether a name holds the noun of its description (`the trust` for `Supporters' Trust`), or the noun is one any firm takes (`the company`). */
const fits = (name: string, noun: string): boolean =>
  ANY_FIRM.has(noun) || name.toLowerCase().split(/\s+/).includes(noun);

const PLACE_PREPOSITIONS = new Set(['in', 'near']);

/**
 * No other organisation named in the paragraph before (from paragraph `from`) or this one up to `before`, outside quotes:
 * no mention that is neither a person's nor a place's (a place's words, or a name after `in`) but `name`.
 */
function aloneNear(
  views: readonly ParagraphView[],
  para: number,
  before: number,
  name: string,
  from = para - 1,
): boolean {
  const own = name.toLowerCase();
  for (let q = Math.max(0, from); q <= para; q += 1)
    for (const m of views[q]!.mentions) {
      if (q === para && m.from >= before) break;
      // (A word of its own name is no other: `Ruritania` of `the Reserve Bank of Ruritania`.)
      if (views[q]!.quote[m.from] !== -1 || own.includes(m.name.toLowerCase())) continue;
      // (`Hartwell Foods, which bought Pennine Biscuits in 1998, said`: what the body did, no rival.)
      if (inOwnClause(views[q]!, m, own)) continue;
      if (personLike(views[q]!, m) || m.parts.every((part) => PLACES.has(part))) continue;
      // `its works in Stoke`: a name after `in` or `near` is a place.
      if (m.from > 0 && PLACE_PREPOSITIONS.has(views[q]!.normals[m.from - 1]!)) continue;
      return false;
    }
  return true;
}

/** Whether `m` stands in a `, which …` clause set off right after the body named `own` (lower case). */
function inOwnClause(p: ParagraphView, m: Mention, own: string): boolean {
  let k = m.from - 1;
  while (k > 0 && m.from - k <= 12 && p.values[k] !== ',' && p.quote[k] === -1 && !isHardStop(p, k)) k -= 1;
  if (p.values[k] !== ',' || p.normals[k + 1] !== 'which') return false;
  return p.byEnd.get(k - 1)?.name.toLowerCase() === own;
}

/**
 * Organisations before the description (its paragraph, up to `before`, and the two before it), in
 * text order: those that spoke, names that spoke with no sign of a person (`Kentlink, which runs …,
 * said`), names opening a sentence before `, which` (`Hollybrook Bakeries, which has …`) and
 * names after a noun for their kind (`Independent brewer Hartwell`).
 */
function candidates(
  views: readonly ParagraphView[],
  named: readonly { readonly cue: Cue | null; readonly slot: CueSlot }[],
  para: number,
  before: number,
  known: (m: Mention) => boolean,
): Candidate[] {
  const inWindow = (q: number, token: number): boolean => q >= para - 2 && (q < para || (q === para && token < before));
  const found: Candidate[] = [];
  for (const { cue: c, slot } of named) {
    if (c?.kind === 'org' && c.role === null && inWindow(c.para, c.token))
      found.push({ name: c.name, para: c.para, token: c.token, spoke: true });
    else if (
      c?.kind === 'mention' &&
      inWindow(c.para, c.mention.from) &&
      !c.mention.thing &&
      !known(c.mention) &&
      !personLike(views[c.para]!, c.mention)
    )
      found.push({ name: c.mention.name, para: c.para, token: c.mention.from, slot, spoke: true });
  }
  for (let q = Math.max(0, para - 2); q <= para; q += 1)
    for (const m of views[q]!.mentions)
      if (
        inWindow(q, m.from) &&
        views[q]!.quote[m.from] === -1 &&
        (kindBefore(views[q]!, m) || thingSubject(views[q]!, m)) &&
        !personLike(views[q]!, m)
      )
        found.push({ name: m.name, para: q, token: m.from, spoke: false });
  return found.sort((a, b) => a.para - b.para || a.token - b.token);
}

/** A given name, a known gender, a title or a role (but a noun for a kind of organisation): a person's name. */
const personLike = (p: ParagraphView, m: Mention): boolean =>
  m.givenName === true || m.gender !== null || (m.titled && !kindBefore(p, m));

/**
 * `Christie's, which handled the sale, would not name the buyer. A spokeswoman said:`: a body that
 * opens the sentence right before the bare spokesperson (`a` at `bare`), in its paragraph, set off
 * by a `which` clause (a thing's), and is the only name there nobody speaks in: the spokesperson's
 * employer, though it spoke no words of its own; else null.
 */
function bodyOpeningBefore(p: ParagraphView, bare: number): { name: string } | null {
  const sentence = p.sentence[bare]! - 1;
  let start = bare - 1;
  while (start > 0 && p.sentence[start - 1] === sentence) start -= 1;
  if (start < 0 || p.sentence[start] !== sentence) return null;
  const inSentence = p.mentions.filter((m) => m.from >= start && m.to < bare);
  const body = inSentence[0];
  if (!body || body.from !== start || inSentence.length !== 1 || personLike(p, body) || body.thing) return null;
  const possessive = p.normals[body.to + 1] === "'s";
  const comma = possessive ? body.to + 2 : body.to + 1;
  // `Christie's declined to name the buyer.`: a name's `'s` with a verb right after it owns nothing,
  // so it ends a firm's name (`Sainsbury's`), a thing's as surely as a `which` clause; its own verb
  // (`declined`) may be one of speech.
  const firm = possessive && (p.pos[comma] === 'VERB' || p.pos[comma] === 'AUX') && p.quote[comma] === -1;
  if (!firm && (p.values[comma] !== ',' || p.normals[comma + 1] !== 'which')) return null;
  for (let k = start; k < bare; k += 1)
    if (p.quote[k] !== -1 || (p.speech.includes(k) && !(firm && k === comma))) return null;
  return { name: possessive ? `${body.name}${p.values[body.to + 1]}` : body.name };
}

/** `Hollybrook Bakeries, which has 140 shops, said`: a name opening its sentence before `, which`, as a thing's does. */
function thingSubject(p: ParagraphView, m: Mention): boolean {
  const opens = m.from === 0 || p.sentence[m.from - 1] !== p.sentence[m.from];
  return opens && p.values[m.to + 1] === ',' && p.normals[m.to + 2] === 'which';
}

/** `brewer Hartwell`, `Independent brewer Hartwell`: a lower-case noun for a kind of organisation just before the name. */
function kindBefore(p: ParagraphView, m: Mention): boolean {
  const k = m.coreFrom - 1;
  return k >= 0 && ORGANISATION_NOUNS.has(p.normals[k]!) && !isCapitalised(p, k);
}
