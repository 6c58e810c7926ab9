/**
 * The quote index: every direct quote of the corpus with its speaker, the reported statements of
 * named people, and the speakers, built once per library (the library runs extractDocument, src/quotes/document.ts, on the
 * tokens it already analysed, then build) and immutable after.
 */
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
} from './lookup.ts';
import { slicer } from '../slices.ts';
import { clusterCorpus, describeAt } from './speakers.ts';
import type { Quote, QuoteIndex, QuoteLookup, Speaker } from './types.ts';

export type { Quote, QuoteIndex, QuoteKind, QuoteLookup, Speaker } from './types.ts';

const SUGGESTIONS = 3;

interface Entry {
  readonly speaker: Speaker;
  readonly words: ReadonlySet<string>;
  /** Each name form folded, titles left out (`bill gates`, `gates`). */
  readonly forms: ReadonlySet<string>;
  /** The titles the speaker was seen with (`mr`, `lord`). */
  readonly titles: ReadonlySet<string>;
  readonly surname: string;
  /** The gender the speaker's titles, roles and given name tell, if they agree. */
  readonly gender: 'm' | 'f' | null;
  readonly direct: Quote[];
  readonly reported: Quote[];
}

/** One gender when the members that tell one agree, else null. */
function genderOf(genders: readonly ('m' | 'f' | null)[]): 'm' | 'f' | null {
  const known = new Set(genders.filter((g) => g !== null));
  return known.size === 1 ? [...known][0]! : null;
}

export class QuoteIndexBuilder {
  private readonly documents: { id: string; title: string; quotes: DocumentQuotes }[] = [];
  private built = false;

  /** A document whose quote pass already ran (in a worker thread, say); documents come in corpus order. */
  addExtracted(document: { readonly id: string; readonly title: string }, quotes: DocumentQuotes): void {
    if (this.built) throw new Error('QuoteIndexBuilder: addExtracted after build');
    this.documents.push({ id: document.id, title: document.title, quotes });
  }

  /**
   * Clusters the speakers and builds the index. `sliceMs` gives the event loop a turn after that much
   * work (a reload of a large corpus must not stall the bot); Infinity builds in one go.
   */
  async build(sliceMs = Number.POSITIVE_INFINITY): Promise<QuoteIndex> {
    this.built = true;
    const pause = slicer(sliceMs);
    const { assignment, clusters } = await clusterCorpus(
      this.documents.map((d) => d.quotes.persons),
      pause,
    );
    const all: Quote[] = [];
    const perCluster = clusters.map(() => ({ direct: [] as Quote[], reported: [] as Quote[] }));
    for (const [doc, d] of this.documents.entries()) {
      const wait = pause();
      if (wait !== null) await wait;
      for (const raw of d.quotes.quotes) {
        const cluster = raw.person >= 0 ? (assignment[doc]![raw.person] ?? -1) : -1;
        if (raw.kind === 'reported' && cluster < 0) continue;
        const quote: Quote = {
          speaker: cluster >= 0 ? clusters[cluster]!.name : null,
          kind: raw.kind,
          text: raw.text,
          source: d.id,
          title: d.title,
          paragraph: raw.paragraph,
          sentence: raw.sentence,
          start: raw.start,
          end: raw.end,
          role: cluster >= 0 ? (raw.role ?? null) : null,
        };
        all.push(quote);
        if (cluster >= 0) perCluster[cluster]![raw.kind === 'direct' ? 'direct' : 'reported'].push(quote);
      }
    }

    const entries: Entry[] = [];
    for (const [c, cluster] of clusters.entries()) {
      const wait = pause();
      if (wait !== null) await wait;
      const { direct, reported } = perCluster[c]!;
      if (direct.length + reported.length === 0) continue;
      const forms = [...cluster.forms.entries()]
        .sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1])
        .map(([f]) => f);
      const aliases = [
        ...new Set([
          cluster.name,
          ...forms.filter((f) => f !== cluster.name),
          ...[...cluster.fulls].filter((f) => !cluster.forms.has(f)),
        ]),
      ];
      const folded = [...cluster.forms.keys()].map((f) => queryWords(f).join(' '));
      const nameParts = queryWords(cluster.name);
      entries.push({
        speaker: {
          name: cluster.name,
          aliases,
          kind: cluster.org ? 'organisation' : 'person',
          description: describeAt([...direct, ...reported], cluster.descs),
          quotes: direct.length,
          reported: reported.length,
        },
        words: nameWords(cluster.forms.keys()),
        forms: new Set(folded),
        titles: new Set([...cluster.fulls].flatMap((f) => queryTitles(f))),
        surname: nameParts[nameParts.length - 1] ?? '',
        gender: genderOf(cluster.members.map((m) => m.gender)),
        direct,
        reported,
      });
    }
    entries.sort(
      (a, b) =>
        b.speaker.quotes - a.speaker.quotes ||
        b.speaker.reported - a.speaker.reported ||
        a.speaker.name.localeCompare(b.speaker.name),
    );
    const speakers = entries.map((e) => e.speaker);
    const quoteCount = all.filter((q) => q.kind === 'direct').length;

    // Names the articles mention, quoted or not: word -> name -> articles.
    const mentions = new Map<string, Map<string, Set<string>>>();
    const quotedNames = new Set(entries.flatMap((e) => [...e.forms]));
    for (const d of this.documents) {
      for (const name of d.quotes.mentioned ?? []) {
        for (const word of queryWords(name)) {
          const names = mentions.get(word) ?? new Map<string, Set<string>>();
          const docs = names.get(name) ?? new Set<string>();
          docs.add(d.id);
          names.set(name, docs);
          mentions.set(word, names);
        }
      }
    }
    /** The name of the query's words mentioned in most articles (never a speaker's), and in how many. */
    const mentionedAs = (words: readonly string[]): { name: string; articles: number } | null => {
      if (words.length === 0) return null;
      let best: { name: string; articles: number } | null = null;
      // The last word as written, else the nearest word within the typo allowance (`Wegner`: Wenger).
      const last = words[words.length - 1]!;
      let key = mentions.has(last) ? last : null;
      if (key === null) {
        let nearest = typoAllowance(last.length) + 1;
        for (const word of mentions.keys()) {
          if (Math.abs(word.length - last.length) >= nearest) continue;
          const d = damerauLevenshtein(last, word);
          if (d < nearest) [key, nearest] = [word, d];
        }
      }
      if (key === null) return null;
      const wanted = [...words.slice(0, -1), key];
      for (const [name, docs] of mentions.get(key) ?? []) {
        const parts = queryWords(name);
        if (!wanted.every((w) => parts.includes(w)) || quotedNames.has(parts.join(' '))) continue;
        if (!best || docs.size > best.articles || (docs.size === best.articles && name.length > best.name.length))
          best = { name, articles: docs.size };
      }
      return best;
    };

    // Corpus order is the order of `all`: the matched speakers' quotes are merged back into it.
    const order = new Map(all.map((q, i) => [q, i]));
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
      const candidates = titled.length > 0 ? titled : fitting;
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
        return { query, speakers: [], quotes: [], others: [], suggestions, strength: 0, mentioned: mentionedAs(words) };
      }
      // Best rank first; among equals, who is quoted most (entries are in that order already).
      // Typos: the nearest only (`Wegner` is not Time Warner and Tim Renner alike).
      const typo = new Map<Entry, number>();
      for (const r of candidates) if (r.rank === Rank.Typo) typo.set(r.entry, typoDistance(words, r.entry.words));
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
      const byOrder = (a: Quote, b: Quote): number => order.get(a)! - order.get(b)!;
      const quotes = matched.flatMap((e) => [...[...e.direct].sort(byOrder), ...[...e.reported].sort(byOrder)]);
      return { query, speakers: matched.map((e) => e.speaker), quotes, others, suggestions: [], strength: best };
    };

    return {
      quoteCount,
      speakers: () => speakers,
      lookup,
      all: () => all,
    };
  }
}
