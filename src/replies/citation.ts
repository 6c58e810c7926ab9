/**
 * The one presenter of a citation, as markdown (with `highlight` for the excerpt): Discord shows it
 * as is, the console and the command line turn it into text (src/console/render.ts), so all three
 * read alike.
 */
import { link } from './markdown.ts';

export interface Cited {
  readonly title: string;
  readonly url?: string | undefined;
  /** The article's id: articles can share a title ("Results"), never an id. */
  readonly source: string;
  readonly paragraph: number;
  readonly sentence: number;
}

/** `Title (`id`) · paragraph 3, sentence 1`, the title linked when the article has a url. */
export function citation(cited: Cited): string {
  return `${link(cited.title, cited.url)} (\`${cited.source.replace(/`/g, "'")}\`) · paragraph ${cited.paragraph}, sentence ${cited.sentence}`;
}
