/**
 * The whole archive picks the article, the chosen path the sentence (RankParams.firstArticleChosen).
 *
 * A why-question or a yes/no question is ranked inside a chosen article by rules of its own: no
 * focus on the event's words for a why-question (RankParams.reasonFocus: the cause, told apart,
 * seldom repeats them), the subject's words weighing less for a yes/no question
 * (RankParams.yesNoSubjectChosen: every sentence there is about the subject). In a whole archive
 * those rules cannot hold, since the focus and the subject also tell one article from another; so
 * the archive's ranking chooses the article its first hit is in, and inside that article the
 * sentence the chosen path ranks first takes the first place, with the first place's scores (the
 * doubt is judged on it as on any first hit). docs/quality.md, "The whole archive picks the
 * article, the chosen path the sentence".
 */
import type { QueryTerm } from './statistics.ts';
import { rank, rescored, type RankedSentence, type RankParams, type RankQuery } from './rank.ts';
import type { SentenceIndex } from './sentenceIndex.ts';

/**
 * `ranked` (a whole archive's, best first) with the chosen path's first sentence of its first
 * hit's article in the first place: `queries` and `chosenTerms` each searched index's query and
 * terms as the chosen path weighs them.
 */
export function chosenInFirstArticle(
  indexes: readonly SentenceIndex[],
  queries: readonly RankQuery[],
  chosenTerms: readonly (readonly QueryTerm[])[],
  ranked: readonly RankedSentence[],
  params: RankParams,
  depth: number,
): readonly RankedSentence[] {
  const top = ranked[0];
  if (top === undefined) return ranked;
  const index = indexes[top.part]!;
  const query: RankQuery = { ...queries[top.part]!, terms: chosenTerms[top.part]!, docIndex: index.doc[top.id]! };
  const pick = rank(index, query, params, depth)[0];
  if (pick === undefined || pick.id === top.id) return ranked;
  // The archive's own entry for the sentence when it ranked it (its evidence read as the archive's).
  const at = ranked.findIndex((r) => r.part === top.part && r.id === pick.id);
  const first = rescored(at === -1 ? pick : ranked[at]!, top.score, top.plainScore);
  const out: RankedSentence[] = [first];
  for (let i = 0; i < ranked.length; i += 1) if (i !== at) out.push(ranked[i]!);
  // As long as the ranking was: a sentence it had not ranked pushes its last one out.
  return at === -1 ? out.slice(0, ranked.length) : out;
}
