/** Every command, in the order they are registered and listed. */
import type { CommandModule } from '../command.ts';
import { article } from './article.ts';
import { ask } from './ask.ts';
import { feed } from './feed.ts';
import { help } from './help.ts';
import { quote } from './quote.ts';
import { reload } from './reload.ts';
import { sources } from './sources.ts';

export const COMMANDS: readonly CommandModule[] = [ask, quote, sources, article, feed, reload, help];
