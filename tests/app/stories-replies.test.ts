/**
 * What a person sees of copies: an /ask excerpt said in other articles too ends its citation with
 * "· also in N other articles" (the one citation presenter, so Discord and the console read
 * alike), and /sources names the exact copies and counts the near ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/app/command.ts';
import { ask } from '../../src/app/commands/ask.ts';
import { sources } from '../../src/app/commands/sources.ts';
import { loadLibrary, type Library } from '../../src/library.ts';
import { fitReply } from '../../src/replies/limits.ts';
import { commandContext } from '../bot/harness.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';
import { HAND } from '../eval/fit.ts';
import { STORY } from '../search/fixtures.ts';

let corpus: Awaited<ReturnType<typeof tempCorpus>>;
let library: Library;
beforeAll(async () => {
  corpus = await tempCorpus(STORY);
  // The story fixture's order was worked out with the hand-set weights (see tests/search/stories.test.ts),
  // before the article evidence (articleWeight), which moves the wire lead off the second page here.
  library = await loadLibrary(corpus.dir, { rank: { ...HAND, articleWeight: 0 } });
});
afterAll(() => corpus.cleanup());

const context = (): CommandContext =>
  commandContext(library, {
    id: '400000000000000002',
    inGuild: true,
    guildId: '300000000000000001',
    canManageGuild: false,
    roleIds: [],
  });

describe('copies in replies', () => {
  it('/ask: the wire lead, run by two other outlets, says so after its citation', async () => {
    const reply = await ask.execute({ question: 'why is Northwind buying Skyhop' }, context());
    // Page 1 (3 hits) holds the best lead, the answer and the courier's lead; page 2 the wire lead.
    const more = await ask.button!(
      { args: reply.buttons![1]!.at(-3)!.id.split(':').slice(1), state: reply.embeds![0]!.footer! },
      context(),
    );
    const description = more.embeds![0]!.description!;
    expect(description).toContain(
      '— Northwind agrees to buy Skyhop (`wire/northwind-skyhop`) · paragraph 1, sentence 1 · also in 2 other articles',
    );
    expect(fitReply(more)).toEqual(more);
  });

  it('/sources: names the exact copy with its original and counts the near copies', async () => {
    const description = (await sources.execute({}, context())).embeds![0]!.description!;
    expect(description).toContain(
      '**Exact copies** (their sentences are shown once, the copies cited as "also in"): `wire/northwind-skyhop` = `daily/airline-deal`',
    );
    expect(description).toContain('**Near copies:** 1 article shares most of its text with another');
  });
});
