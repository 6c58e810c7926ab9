/**
 * Quotes over several corpora (a server's view: the shared corpus and the server's own articles),
 * each clustered on its own. A person quoted in both is one speaker when the canonical names are
 * the same; a lookup keeps the corpora whose match is best (a full name beats a first name).
 */
import type { Quote, QuoteIndex, QuoteLookup, Speaker } from './types.ts';

const SUGGESTIONS = 3;

export function combineQuotes(indexes: readonly QuoteIndex[]): QuoteIndex {
  let all: Quote[] | null = null;
  let speakers: Speaker[] | null = null;
  return {
    quoteCount: indexes.reduce((sum, q) => sum + q.quoteCount, 0),
    speakers: () => {
      speakers ??= mergeSpeakers(indexes.flatMap((q) => q.speakers())).sort(
        (a, b) => b.quotes - a.quotes || b.reported - a.reported || a.name.localeCompare(b.name),
      );
      return speakers;
    },
    all: () => {
      all ??= indexes.flatMap((q) => q.all());
      return all;
    },
    lookup: (query) =>
      combineLookups(
        query,
        indexes.map((q) => q.lookup(query)),
      ),
  };
}

function combineLookups(query: string, lookups: readonly QuoteLookup[]): QuoteLookup {
  const strength = Math.max(...lookups.map((l) => l.strength));
  if (strength === 0) {
    const suggestions = [...new Set(lookups.flatMap((l) => l.suggestions))].slice(0, SUGGESTIONS);
    // Mentioned but never quoted: the name mentioned in most articles of any corpus, the counts added.
    let mentioned: { name: string; articles: number } | null = null;
    for (const l of lookups) {
      if (!l.mentioned) continue;
      if (mentioned?.name === l.mentioned.name)
        mentioned = { name: mentioned.name, articles: mentioned.articles + l.mentioned.articles };
      else if (!mentioned || l.mentioned.articles > mentioned.articles) mentioned = { ...l.mentioned };
    }
    return { query, speakers: [], quotes: [], others: [], suggestions, strength: 0, mentioned };
  }
  const best = lookups.filter((l) => l.strength === strength);
  const speakers = mergeSpeakers(best.flatMap((l) => l.speakers));
  const names = speakers.map((s) => s.name);
  // Grouped by speaker in the order of `speakers`, each corpus's quotes in its own order.
  const quotes = names.flatMap((name) => best.flatMap((l) => l.quotes.filter((q) => q.speaker === name)));
  const others = mergeSpeakers(
    lookups.flatMap((l) => [...(l.strength === strength ? [] : l.speakers), ...l.others]),
  ).filter((s) => !names.includes(s.name));
  return { query, speakers, quotes, others, suggestions: [], strength };
}

/** Speakers with the same canonical name as one: counts added, aliases and the longer description kept. */
function mergeSpeakers(speakers: readonly Speaker[]): Speaker[] {
  const byName = new Map<string, Speaker>();
  for (const s of speakers) {
    const seen = byName.get(s.name);
    byName.set(
      s.name,
      seen === undefined
        ? s
        : {
            name: s.name,
            kind: seen.kind,
            aliases: [...new Set([...seen.aliases, ...s.aliases])],
            description:
              (seen.description?.length ?? 0) >= (s.description?.length ?? 0) ? seen.description : s.description,
            quotes: seen.quotes + s.quotes,
            reported: seen.reported + s.reported,
          },
    );
  }
  return [...byName.values()];
}
