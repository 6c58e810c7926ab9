/**
 * The one presenter of a citation, as markdown (with `highlight` for the excerpt): Discord shows it
 * as is, the console and the command line turn it into text (src/console/render.ts), so all three
 * read alike.
 */
import { link } from './markdown.ts';
import { plural } from './words.ts';

export interface Cited {
  readonly title: string;
  readonly url?: string | undefined;
  /** The article's id: articles can share a title ("Results"), never an id. */
  readonly source: string;
  readonly paragraph: number;
  readonly sentence: number;
  /** Other articles that say the same sentence (a search hit's collapsed copies). */
  readonly alsoIn?: readonly { readonly source: string }[];
}

/**
 * `Title (`id`) · paragraph 3, sentence 1`, the title linked when the article has a url, then
 * ` · also in 3 other articles` when other articles say the same sentence.
 */
export function citation(cited: Cited): string {
  const others = new Set((cited.alsoIn ?? []).map((c) => c.source)).size;
  return (
    `${link(cited.title, cited.url)} (\`${cited.source.replace(/`/g, "'")}\`) · paragraph ${cited.paragraph}, sentence ${cited.sentence}` +
    (others === 0 ? '' : ` · also in ${plural(others, 'other article')}`)
  );
}
