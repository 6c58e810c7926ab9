/**
 * The quote index: every direct quote of the corpus with its speaker, the reported statements of
 * named people, and the speakers, built once per library (the library runs extractDocument, src/quotes/document.ts, on the
 * tokens it already analysed, then build) and immutable after.
 */
import { aliasOf, byLength } from './aliases.ts';
import type { DocumentQuotes } from './document.ts';
import {
  damerauLevenshtein,
  distance,
  nameWords,
  queryGender,
  queryTitles,
  queryWords,
  Rank,
  rankSpeaker,
  SUGGESTION_CUTOFF,
  typoAllowance,
  typoDistance,
  typoOfSurname,
} from './lookup.ts';
import { PEER_TITLES, ROYAL_TITLES } from './lexicon.ts';
import { givenNameGender } from './names.ts';
import { slicer } from '../slices.ts';
import { clusterCorpus, describeAt, type Cluster } from './speakers.ts';
import type { Quote, QuoteIndex, QuoteLookup, Speaker } from './types.ts';

export type { Quote, QuoteIndex, QuoteKind, QuoteLookup, Speaker } from './types.ts';

const SUGGESTIONS = 3;

/** Whether a first name is known as the other gender's than `gender`. */
const crossesGender = (first: string, gender: 'm' | 'f' | null): boolean => {
  if (gender === null) return false;
  const known = givenNameGender(first);
  return known !== null && known !== gender;
};

/** Whether a speaker never seen with the query's titles, matched at `rank`, is still who it asks for. */
const untitledFit = (rank: Rank, titles: readonly string[]): boolean =>
  rank >= Rank.Surname && !titles.some((t) => PEER_TITLES.has(t) || ROYAL_TITLES.has(t));

/**
 * The quote index as data: what clustering the speakers made, in typed arrays and plain values, so
 * that a snapshot (src/indexing/snapshot.ts) stores it as it is and a load skips the clustering.
 * Quotes are numbered in corpus order (the order of `all()`); a Quote object is made when asked for.
 */
export interface QuoteTable {
  /** Direct quotes, attributed or not. */
  readonly quoteCount: number;
  /** Per quote: its document (index in the corpus), kind (0 direct, 1 reported), speaker (index in `speakers`, or -1). */
  readonly doc: Int32Array;
  readonly kind: Uint8Array;
  readonly speaker: Int32Array;
  readonly paragraph: Int32Array;
  readonly sentence: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /**
   * The quote's text: its document's text from textStart to textEnd, or strings[textEnd] when
   * textStart is -1 (a quote over several paragraphs, joined by line breaks, is not in the text as is).
   */
  readonly textStart: Int32Array;
  readonly textEnd: Int32Array;
  /** The role (strings[role]), or -1. */
  readonly role: Int32Array;
  readonly strings: readonly string[];
  /** The speakers, in the order speakers() gives them. */
  readonly speakers: readonly SpeakerRecord[];
  /** Speaker e's quotes, direct then reported, each in corpus order: speakerQuotes[speakerStart[e] .. speakerStart[e+1]). */
  readonly speakerStart: Int32Array;
  readonly speakerQuotes: Int32Array;
  /** Names the articles mention, quoted or not, in the order first met, and in how many articles each. */
  readonly mentionNames: readonly string[];
  readonly mentionArticles: Int32Array;
}

/** A speaker and what lookups match it by. */
interface SpeakerRecord {
  readonly speaker: Speaker;
  readonly words: readonly string[];
  /** Each name form folded, titles left out (`bill gates`, `gates`). */
  readonly forms: readonly string[];
  /** The titles the speaker was seen with (`mr`, `lord`). */
  readonly titles: readonly string[];
  readonly surname: string;
  /** The gender the speaker's titles, roles and given name tell, if they agree. */
  readonly gender: 'm' | 'f' | null;
}

/** What a Quote is made from: the document's id, title and text. */
export interface QuoteDocument {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

interface Entry {
  readonly speaker: Speaker;
  readonly words: ReadonlySet<string>;
  readonly forms: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly surname: string;
  readonly gender: 'm' | 'f' | null;
  /** Quote ids, in corpus order. */
  readonly direct: Int32Array;
  readonly reported: Int32Array;
}

/** One gender when the members that tell one agree, else null. */
function genderOf(genders: readonly ('m' | 'f' | null)[]): 'm' | 'f' | null {
  const known = new Set(genders.filter((g) => g !== null));
  return known.size === 1 ? [...known][0]! : null;
}

/** A quote being clustered: its document, speaker cluster, and the raw quote. */
interface Pending {
  readonly doc: number;
  readonly cluster: number;
  readonly raw: DocumentQuotes['quotes'][number];
}

export class QuoteIndexBuilder {
  private readonly documents: { document: QuoteDocument; quotes: DocumentQuotes }[] = [];
  private built = false;

  /** A document whose quote pass already ran (in a worker thread, say); documents come in corpus order. */
  addExtracted(document: QuoteDocument, quotes: DocumentQuotes): void {
    if (this.built) throw new Error('QuoteIndexBuilder: addExtracted after build');
    this.documents.push({ document, quotes });
  }

  /**
   * Clusters the speakers and builds the index. `sliceMs` gives the event loop a turn after that much
   * work (a reload of a large corpus must not stall the bot); Infinity builds in one go.
   */
  async build(sliceMs = Number.POSITIVE_INFINITY): Promise<QuoteIndex> {
    return quoteIndexOf(
      await this.table(sliceMs),
      this.documents.map((d) => d.document),
    );
  }

  /** Clusters the speakers: the index as data (quoteIndexOf makes the index of it). */
  async table(sliceMs = Number.POSITIVE_INFINITY): Promise<QuoteTable> {
    this.built = true;
    const pause = slicer(sliceMs);
    const { assignment, clusters } = await clusterCorpus(
      this.documents.map((d) => d.quotes.persons),
      pause,
    );
    const all: Pending[] = [];
    const perCluster = clusters.map(() => ({ direct: [] as number[], reported: [] as number[] }));
    for (const [doc, d] of this.documents.entries()) {
      const wait = pause();
      if (wait !== null) await wait;
      for (const raw of d.quotes.quotes) {
        const cluster = raw.person >= 0 ? (assignment[doc]![raw.person] ?? -1) : -1;
        if (raw.kind === 'reported' && cluster < 0) continue;
        if (cluster >= 0) perCluster[cluster]![raw.kind === 'direct' ? 'direct' : 'reported'].push(all.length);
        all.push({ doc, cluster, raw });
      }
    }
    const roleOf = (i: number): string | null => {
      const q = all[i]!;
      return q.cluster >= 0 ? (q.raw.role ?? null) : null;
    };

    const records: { record: SpeakerRecord; cluster: number }[] = [];
    for (const [c, cluster] of clusters.entries()) {
      const wait = pause();
      if (wait !== null) await wait;
      const { direct, reported } = perCluster[c]!;
      if (direct.length + reported.length === 0) continue;
      records.push({ cluster: c, record: speakerRecord(cluster, direct, reported, roleOf) });
    }
    records.sort(
      (a, b) =>
        b.record.speaker.quotes - a.record.speaker.quotes ||
        b.record.speaker.reported - a.record.speaker.reported ||
        a.record.speaker.name.localeCompare(b.record.speaker.name),
    );
    const speakerOfCluster = new Int32Array(clusters.length).fill(-1);
    records.forEach((r, e) => {
      speakerOfCluster[r.cluster] = e;
    });
    const speakerStart = new Int32Array(records.length + 1);
    const speakerQuotes = new Int32Array(all.filter((q) => q.cluster >= 0).length);
    let at = 0;
    records.forEach((r, e) => {
      speakerStart[e] = at;
      const { direct, reported } = perCluster[r.cluster]!;
      for (const i of direct) speakerQuotes[at++] = i;
      for (const i of reported) speakerQuotes[at++] = i;
    });
    speakerStart[records.length] = at;

    // The columns; a quote's text as offsets into its document when it is there as is.
    const n = all.length;
    const table = {
      doc: new Int32Array(n),
      kind: new Uint8Array(n),
      speaker: new Int32Array(n),
      paragraph: new Int32Array(n),
      sentence: new Int32Array(n),
      start: new Int32Array(n),
      end: new Int32Array(n),
      textStart: new Int32Array(n),
      textEnd: new Int32Array(n),
      role: new Int32Array(n),
    };
    const strings: string[] = [];
    const stringIds = new Map<string, number>();
    const stringId = (value: string): number => {
      let id = stringIds.get(value);
      if (id === undefined) {
        id = strings.length;
        strings.push(value);
        stringIds.set(value, id);
      }
      return id;
    };
    let quoteCount = 0;
    for (let i = 0; i < n; i += 1) {
      const { doc, cluster, raw } = all[i]!;
      const text = this.documents[doc]!.document.text;
      table.doc[i] = doc;
      table.kind[i] = raw.kind === 'direct' ? 0 : 1;
      if (raw.kind === 'direct') quoteCount += 1;
      table.speaker[i] = cluster >= 0 ? speakerOfCluster[cluster]! : -1;
      table.paragraph[i] = raw.paragraph;
      table.sentence[i] = raw.sentence;
      table.start[i] = raw.start;
      table.end[i] = raw.end;
      // Reported: the sentence itself; direct: the words inside the marks, there as is unless the
      // quote runs over several paragraphs (then joined by line breaks).
      const found = text.startsWith(raw.text, raw.start) ? raw.start : text.indexOf(raw.text, raw.start);
      if (found >= 0 && found + raw.text.length <= raw.end) {
        table.textStart[i] = found;
        table.textEnd[i] = found + raw.text.length;
      } else {
        table.textStart[i] = -1;
        table.textEnd[i] = stringId(raw.text);
      }
      const role = roleOf(i);
      table.role[i] = role === null ? -1 : stringId(role);
    }

    // Names the articles mention, quoted or not, with the number of articles naming each.
    // The documents of a name: its one document's id (most names are in one), a set once in two.
    const mentionDocs = new Map<string, string | Set<string>>();
    for (const d of this.documents) {
      const id = d.document.id;
      for (const name of d.quotes.mentioned ?? []) {
        const docs = mentionDocs.get(name);
        if (docs === undefined) mentionDocs.set(name, id);
        else if (typeof docs !== 'string') docs.add(id);
        else if (docs !== id) mentionDocs.set(name, new Set([docs, id]));
      }
    }
    return {
      quoteCount,
      ...table,
      strings,
      speakers: records.map((r) => r.record),
      speakerStart,
      speakerQuotes,
      mentionNames: [...mentionDocs.keys()],
      mentionArticles: Int32Array.from(mentionDocs.values(), (docs) => (typeof docs === 'string' ? 1 : docs.size)),
    };
  }
}

/** A speaker's record (name, aliases, description, what lookups match): its cluster and quote ids. */
function speakerRecord(
  cluster: Cluster,
  direct: readonly number[],
  reported: readonly number[],
  roleOf: (i: number) => string | null,
): SpeakerRecord {
  // Most words first, then most often written (each form's words counted once, not at every comparison).
  const forms = [...cluster.forms.entries()]
    .map(([form, n]) => ({ form, n, words: form.split(' ').length }))
    .sort((a, b) => b.words - a.words || b.n - a.n)
    .map((f) => f.form);
  const formsByLength = byLength(forms);
  const aliases = [
    ...new Set([
      cluster.name,
      ...forms.filter((f) => f !== cluster.name),
      ...[...cluster.fulls].flatMap((f) => aliasOf(f, forms, formsByLength) ?? []),
    ]),
  ];
  const folded = [...cluster.forms.keys()].map((f) => queryWords(f).join(' '));
  const nameParts = queryWords(cluster.name);
  // The roles at the speaker's quotes, direct then reported.
  const roles: (string | null)[] = [];
  for (const i of direct) roles.push(roleOf(i));
  for (const i of reported) roles.push(roleOf(i));
  return {
    speaker: {
      name: cluster.name,
      aliases,
      kind: cluster.org ? 'organisation' : 'person',
      description: describeAt(roles, cluster.descs),
      quotes: direct.length,
      reported: reported.length,
    },
    words: [...nameWords(cluster.forms.keys())],
    forms: [...new Set(folded)],
    titles: [...new Set([...cluster.fulls].flatMap((f) => queryTitles(f)))],
    surname: nameParts[nameParts.length - 1] ?? '',
    gender: genderOf(cluster.members.map((m) => m.gender)),
  };
}

/** The quote index over a table, for the documents it was made from (in the same order). */
export function quoteIndexOf(table: QuoteTable, documents: readonly QuoteDocument[]): QuoteIndex {
  const entries: Entry[] = table.speakers.map((record, e) => {
    const from = table.speakerStart[e]!;
    const split = from + record.speaker.quotes;
    return {
      speaker: record.speaker,
      words: new Set(record.words),
      forms: new Set(record.forms),
      titles: new Set(record.titles),
      surname: record.surname,
      gender: record.gender,
      direct: table.speakerQuotes.subarray(from, split),
      reported: table.speakerQuotes.subarray(split, table.speakerStart[e + 1]!),
    };
  });
  const speakers = entries.map((e) => e.speaker);
  const quoteAt = (i: number): Quote => {
    const document = documents[table.doc[i]!]!;
    const speaker = table.speaker[i]!;
    const textStart = table.textStart[i]!;
    const role = table.role[i]!;
    return {
      speaker: speaker >= 0 ? table.speakers[speaker]!.speaker.name : null,
      kind: table.kind[i] === 0 ? 'direct' : 'reported',
      text: textStart >= 0 ? document.text.slice(textStart, table.textEnd[i]!) : table.strings[table.textEnd[i]!]!,
      source: document.id,
      title: document.title,
      paragraph: table.paragraph[i]!,
      sentence: table.sentence[i]!,
      start: table.start[i]!,
      end: table.end[i]!,
      role: role >= 0 ? table.strings[role]! : null,
    };
  };

  // Names the articles mention, quoted or not: word -> name -> articles (in the order first met).
  const mentions = new Map<string, Map<string, number>>();
  table.mentionNames.forEach((name, i) => {
    for (const word of queryWords(name)) {
      const names = mentions.get(word) ?? new Map<string, number>();
      names.set(name, table.mentionArticles[i]!);
      mentions.set(word, names);
    }
  });
  const quotedNames = new Set(entries.flatMap((e) => [...e.forms]));
  /** The name of the query's words mentioned in most articles (never a speaker's), and in how many. */
  const mentionedAs = (
    words: readonly string[],
    titled: boolean,
    gender: 'm' | 'f' | null,
  ): { name: string; articles: number } | null => {
    if (words.length === 0) return null;
    let best: { name: string; articles: number } | null = null;
    // The last word as written, else the nearest word within the typo allowance (`Wegner`: Wenger);
    // after a title only as written.
    const last = words[words.length - 1]!;
    let key = mentions.has(last) ? last : null;
    if (key === null && !titled) {
      let nearest = typoAllowance(last.length) + 1;
      for (const word of mentions.keys()) {
        if (Math.abs(word.length - last.length) >= nearest) continue;
        const d = damerauLevenshtein(last, word);
        if (d < nearest) [key, nearest] = [word, d];
      }
    }
    if (key === null) return null;
    const wanted = [...words.slice(0, -1), key];
    for (const [name, articles] of mentions.get(key) ?? []) {
      const parts = queryWords(name);
      if (!wanted.every((w) => parts.includes(w)) || quotedNames.has(parts.join(' '))) continue;
      // (`Mrs Howard`: a surname, and a woman's: not Howard Berman, nor Joseph Kennedy for `Baroness Kennedy`.)
      if (titled && (parts[parts.length - 1] !== key || crossesGender(parts[0]!, gender))) continue;
      if (!best || articles > best.articles || (articles === best.articles && name.length > best.name.length))
        best = { name, articles };
    }
    return best;
  };

  const lookup = (query: string): QuoteLookup => {
    const words = queryWords(query);
    const ranked = entries
      .map((entry) => ({ entry, rank: rankSpeaker(words, entry.words, entry.forms, entry.surname) }))
      .filter((r) => r.rank !== Rank.None);
    // `Mrs Howard`, `Lord Browne`, `Prince Charles`: a title in the query keeps the people seen
    // with it, when there are any, and never someone of the other gender (`Mrs Howard` is not
    // Michael Howard).
    const titles = queryTitles(query);
    const gender = queryGender(query);
    const fitting = gender === null ? ranked : ranked.filter((r) => r.entry.gender !== (gender === 'm' ? 'f' : 'm'));
    const titled = titles.length === 0 ? fitting : fitting.filter((r) => titles.every((t) => r.entry.titles.has(t)));
    // (Nobody seen with it: the word after an honorific is a surname, `Mrs Howard` not Howard Mager;
    // a peer or a royal goes by the title, `Prince Charles` none of the Charleses quoted, `Lord
    // Nicholls` no Nichols by a typo.)
    const candidates =
      titled.length > 0 ? titled : titles.length > 0 ? fitting.filter((r) => untitledFit(r.rank, titles)) : fitting;
    if (candidates.length === 0) {
      // The closest speakers within a cut-off, closest first (a shared first letter breaks a tie).
      const suggestions = entries
        .filter((e) => gender === null || e.gender !== (gender === 'm' ? 'f' : 'm'))
        .map((e) => ({
          name: e.speaker.name,
          d: distance(query, words, e.speaker.name, e.words),
          first: e.surname[0] === words[words.length - 1]?.[0] ? 0 : 1,
          n: e.speaker.quotes,
        }))
        .filter((s) => s.d <= SUGGESTION_CUTOFF)
        .sort((a, b) => a.d - b.d || a.first - b.first || b.n - a.n)
        .slice(0, SUGGESTIONS)
        .map((s) => s.name);
      const mentioned = mentionedAs(words, titles.length > 0, gender);
      return { query, speakers: [], quotes: [], others: [], suggestions, strength: 0, mentioned };
    }
    // Best rank first; among equals, who is quoted most (entries are in that order already).
    // Typos: the nearest only (`Wegner` is not Time Warner and Tim Renner alike).
    // As with whole words, a typo of the surname ranks before one of another name part (`Wegner`:
    // Gerhard Wagner before the Werners, each one edit off): a quarter of an edit apart, less than the half a first letter costs.
    const typo = new Map<Entry, number>();
    for (const r of candidates)
      if (r.rank === Rank.Typo)
        typo.set(r.entry, typoDistance(words, r.entry.words) + (typoOfSurname(words, r.entry.surname) ? 0 : 0.25));
    candidates.sort((a, b) => b.rank - a.rank || (typo.get(a.entry) ?? 0) - (typo.get(b.entry) ?? 0));
    const best = candidates[0]!.rank;
    const nearest = typo.get(candidates[0]!.entry) ?? 0;
    const matched = candidates
      .filter((r) => r.rank === best && (typo.get(r.entry) ?? 0) === nearest)
      .map((r) => r.entry);
    const others = [
      ...candidates.filter((r) => !matched.includes(r.entry)),
      ...ranked.filter((r) => !candidates.includes(r)),
    ].map((r) => r.entry.speaker);
    // Quote ids are in corpus order, and so is each speaker's list.
    const quotes = matched.flatMap((e) => [...Array.from(e.direct, quoteAt), ...Array.from(e.reported, quoteAt)]);
    return { query, speakers: matched.map((e) => e.speaker), quotes, others, suggestions: [], strength: best };
  };

  return {
    quoteCount: table.quoteCount,
    speakers: () => speakers,
    lookup,
    // Made when asked for (the command line's --all, a server's own articles): kept, they would
    // cost a loaded archive an object and a string per quote.
    all: () => Array.from({ length: table.doc.length }, (_, i) => quoteAt(i)),
  };
}
