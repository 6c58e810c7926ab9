/**
 * The quote index: every direct quote of the corpus with its speaker, the reported statements of
 * named people, and the speakers, built once per library (the library runs extractDocument, src/quotes/document.ts, on the
 * tokens it already analysed, then build) and immutable after.
 */
import { CitebotError } from '../errors.ts';
import type { DocumentQuotes } from './document.ts';
import { distance, Match, matchSpeaker, nameWords, queryWords } from './lookup.ts';
import { clusterCorpus, describe } from './speakers.ts';
import type { Quote, QuoteIndex, QuoteLookup, Speaker } from './types.ts';

export type { Quote, QuoteIndex, QuoteKind, QuoteLookup, Speaker } from './types.ts';

const SUGGESTIONS = 3;

interface Entry {
  readonly speaker: Speaker;
  readonly words: ReadonlySet<string>;
  readonly direct: Quote[];
  readonly reported: Quote[];
}

export class QuoteIndexBuilder {
  private readonly documents: { id: string; title: string; quotes: DocumentQuotes }[] = [];
  private built = false;


  /** A document whose quote pass already ran (in a worker thread, say); documents come in corpus order. */
  addExtracted(document: { readonly id: string; readonly title: string }, quotes: DocumentQuotes): void {
    if (this.built) throw new Error('QuoteIndexBuilder: addExtracted after build');
    this.documents.push({ id: document.id, title: document.title, quotes });
  }

  build(): QuoteIndex {
    this.built = true;
    const { assignment, clusters } = clusterCorpus(this.documents.map((d) => d.quotes.persons));
    const all: Quote[] = [];
    const perCluster = clusters.map(() => ({ direct: [] as Quote[], reported: [] as Quote[] }));
    this.documents.forEach((d, doc) => {
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
        };
        all.push(quote);
        if (cluster >= 0) perCluster[cluster]![raw.kind === 'direct' ? 'direct' : 'reported'].push(quote);
      }
    });

    const entries: Entry[] = [];
    clusters.forEach((cluster, c) => {
      const { direct, reported } = perCluster[c]!;
      if (direct.length + reported.length === 0) return;
      const forms = [...cluster.forms.entries()].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1]).map(([f]) => f);
      const aliases = [cluster.name, ...forms.filter((f) => f !== cluster.name), ...[...cluster.fulls].filter((f) => !cluster.forms.has(f))];
      entries.push({
        speaker: { name: cluster.name, aliases, description: describe(cluster.descs), quotes: direct.length, reported: reported.length },
        words: nameWords(cluster.forms.keys()),
        direct,
        reported,
      });
    });
    entries.sort((a, b) => b.speaker.quotes - a.speaker.quotes || b.speaker.reported - a.speaker.reported || a.speaker.name.localeCompare(b.speaker.name));
    const speakers = entries.map((e) => e.speaker);
    const quoteCount = all.filter((q) => q.kind === 'direct').length;

    // Corpus order is the order of `all`: the matched speakers' quotes are merged back into it.
    const order = new Map(all.map((q, i) => [q, i]));
    const lookup = (query: string): QuoteLookup => {
      const words = queryWords(query);
      let best: Match = Match.None;
      let matched: Entry[] = [];
      for (const entry of entries) {
        const m = matchSpeaker(words, entry.words);
        if (m === Match.None || m < best) continue;
        if (m > best) {
          best = m;
          matched = [];
        }
        matched.push(entry);
      }
      if (matched.length === 0) {
        const suggestions = entries
          .map((e) => ({ name: e.speaker.name, d: distance(query, words, e.speaker.name, e.words), n: e.speaker.quotes }))
          .sort((a, b) => a.d - b.d || b.n - a.n)
          .slice(0, SUGGESTIONS)
          .map((s) => s.name);
        throw new CitebotError('SPEAKER_UNKNOWN', `No quotes from "${query.trim()}".`, { query, suggestions });
      }
      const byOrder = (a: Quote, b: Quote): number => order.get(a)! - order.get(b)!;
      const direct = matched.flatMap((e) => e.direct).sort(byOrder);
      const reported = matched.flatMap((e) => e.reported).sort(byOrder);
      return { query, speakers: matched.map((e) => e.speaker), quotes: [...direct, ...reported] };
    };

    return {
      quoteCount,
      speakers: () => speakers,
      lookup,
      all: () => all,
    };
  }
}
