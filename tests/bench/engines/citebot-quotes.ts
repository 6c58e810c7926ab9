/** citebot as the bot loads it: index and quote pass (see citebot.ts). */
import { createCitebot } from './citebot.ts';
import type { Engine } from './types.ts';

export function createEngine(): Engine {
  return createCitebot(true);
}
