/** 👍/👎 on /ask answers, through the router as Discord and the console drive it. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerDigest, hitRefs, VOTE_REPLIES } from '../../src/app/commands/ask.ts';
import { askButton } from '../../src/app/commands/buttons.ts';
import { COMMANDS } from '../../src/app/commands/all.ts';
import type { FeedbackSink, FeedbackVote, Invoker } from '../../src/app/command.ts';
import { memoryLogger } from '../../src/app/log.ts';
import { ReloadService } from '../../src/app/reloadService.ts';
import { type Outcome, Router } from '../../src/app/router.ts';
import { renderText } from '../../src/console/render.ts';
import { loadLibrary, type Library } from '../../src/library.ts';
import { LIMITS } from '../../src/replies/limits.ts';
import type { Reply } from '../../src/replies/types.ts';
import { TEST_BOT_CONFIG } from './harness.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);
const QUESTION = 'Pakistan India US delegation Washington State Department Trump Kashmir';
const member = (id: string): Invoker => ({
  id,
  inGuild: true,
  guildId: '300000000000000001',
  canManageGuild: false,
  roleIds: [],
});
const ASKER = member('400000000000000011');
const OTHER = member('400000000000000022');
const EXPIRED = { content: 'This answer can no longer be paged. Ask again with /ask.', ephemeral: true };

/** One vote per person per answer, in memory. */
class MemorySink implements FeedbackSink {
  readonly votes: FeedbackVote[] = [];
  record(vote: FeedbackVote): 'recorded' | 'duplicate' {
    const key = (v: FeedbackVote): string => JSON.stringify([v.question, v.hits, v.userId]);
    if (this.votes.some((v) => key(v) === key(vote))) return 'duplicate';
    this.votes.push(vote);
    return 'recorded';
  }
}

let seeds: Library;
beforeAll(async () => {
  seeds = await loadLibrary(join(ROOT, 'seeds'));
});

function setup(feedback: FeedbackSink | null, library: () => Library = () => seeds) {
  const log = memoryLogger();
  const outcomes: Outcome[] = [];
  const reload = new ReloadService({ initial: library(), load: async () => library(), log });
  const router = new Router({
    commands: COMMANDS,
    reload,
    config: TEST_BOT_CONFIG,
    log,
    clock: () => NOW,
    feedback,
    observe: (o) => outcomes.push(o),
  });
  return { router, reload, log, outcomes };
}

const ask = (router: Router, question = QUESTION, user = ASKER): Promise<Reply> =>
  router.handle({ kind: 'command', name: 'ask', options: { question }, user });
const press = (router: Router, reply: Reply, label: string, user: Invoker, customId?: string): Promise<Reply> =>
  router.handle({
    kind: 'button',
    customId: customId ?? reply.buttons!.flat().find((b) => b.label === label)!.id,
    state: reply.embeds!.at(-1)!.footer!,
    user,
  });

describe('👍/👎 on /ask answers', () => {
  it('sit on the paging row, within Discord’s limits, with ids that parse back to the vote', async () => {
    const { router } = setup(new MemorySink());
    const reply = await ask(router);
    const footer = reply.embeds!.at(-1)!.footer!;
    expect(reply.buttons!.map((row) => row.map((b) => b.label))).toEqual([
      ['Context 1', 'Context 2', 'Context 3'],
      ['More results ▶', '👍', '👎'],
    ]);
    const refs = hitRefs(seeds.search(QUESTION, { limit: 4 }).hits.slice(0, 3));
    const votes = reply.buttons![1]!.slice(1);
    for (const [b, vote] of [
      [votes[0]!, 'up'],
      [votes[1]!, 'down'],
    ] as const) {
      expect(b.id).toMatch(/^ask:vote:(up|down):0:[0-9a-f]{8}:[0-9a-f]{8}$/);
      expect(b.id.length).toBeLessThanOrEqual(LIMITS.customId);
      expect(askButton.parse(b.id.split(':').slice(1), footer)).toEqual({
        action: 'vote',
        vote,
        page: 0,
        answer: answerDigest(refs),
      });
    }
    // Every id on the message differs (Discord refuses a message with two alike).
    const ids = reply.buttons!.flat().map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The console shows them as text.
    expect(renderText(reply, { ansi: false })).toContain(
      'Buttons: [Context 1] [Context 2] [Context 3] [More results ▶] [👍] [👎]',
    );
  });

  it('record the question and the hits the page showed, once per person per answer', async () => {
    const sink = new MemorySink();
    const { router, outcomes } = setup(sink);
    const reply = await ask(router);
    expect(await press(router, reply, '👎', ASKER)).toEqual({ content: VOTE_REPLIES.recorded, ephemeral: true });
    expect(sink.votes).toEqual([
      {
        question: QUESTION,
        hits: hitRefs(seeds.search(QUESTION, { limit: 4 }).hits.slice(0, 3)),
        vote: 'down',
        userId: ASKER.id,
        at: NOW,
      },
    ]);
    expect(sink.votes[0]!.hits[0]).toMatch(/^[\w-]+ ¶\d+ s\d+$/);
    // Changing one's mind is a second vote on the same answer.
    expect(await press(router, reply, '👍', ASKER)).toEqual({ content: VOTE_REPLIES.duplicate, ephemeral: true });
    // Anyone who sees the answer may rate it.
    expect(await press(router, reply, '👍', OTHER)).toEqual({ content: VOTE_REPLIES.recorded, ephemeral: true });
    expect(sink.votes.map((v) => [v.userId, v.vote])).toEqual([
      [ASKER.id, 'down'],
      [OTHER.id, 'up'],
    ]);
    expect(outcomes.map((o) => [o.kind, o.outcome])).toEqual([
      ['command', 'answered'],
      ['button', 'answered'],
      ['button', 'answered'],
      ['button', 'answered'],
    ]);
  });

  it('rate each page on its own, and stay on an expanded excerpt’s view', async () => {
    const sink = new MemorySink();
    const { router } = setup(sink);
    const first = await ask(router);
    const second = await press(router, first, 'More results ▶', ASKER);
    expect(second.buttons!.at(-1)!.map((b) => b.label)).toEqual(['◀ Previous', 'More results ▶', '👍', '👎']);
    expect(await press(router, second, '👎', ASKER)).toMatchObject({ content: VOTE_REPLIES.recorded });
    const expanded = await press(router, first, 'Context 2', ASKER);
    expect(expanded.buttons!.at(-1)!.map((b) => b.label)).toEqual(['More results ▶', '👍', '👎']);
    expect(await press(router, expanded, '👎', ASKER)).toMatchObject({ content: VOTE_REPLIES.recorded });
    expect(await press(router, first, '👎', ASKER)).toMatchObject({ content: VOTE_REPLIES.duplicate });
    expect(sink.votes[0]!.hits).not.toEqual(sink.votes[1]!.hits);
  });

  it('refuse a forged or changed id with the expired-button message, and record nothing', async () => {
    const sink = new MemorySink();
    const { router, outcomes } = setup(sink);
    const reply = await ask(router);
    const up = reply.buttons!.flat().find((b) => b.label === '👍')!.id;
    for (const forged of [
      up.replace(':up:', ':down:'),
      up.replace(':0:', ':1:'),
      up.replace(/:[0-9a-f]{8}:/, ':00000000:'),
      up.replace(/[0-9a-f]{8}$/, '00000000'),
      'ask:vote:up:0',
    ])
      expect(await press(router, reply, '', ASKER, forged)).toEqual(EXPIRED);
    // The right id on another answer's message (another footer).
    expect(
      await router.handle({ kind: 'button', customId: up, state: 'Question: something else', user: ASKER }),
    ).toEqual(EXPIRED);
    expect(sink.votes).toEqual([]);
    expect(outcomes.slice(1).every((o) => o.outcome === 'declined')).toBe(true);
  });

  it('say so when feedback is not kept', async () => {
    const { router } = setup(null);
    const reply = await ask(router);
    expect(await press(router, reply, '👍', ASKER)).toEqual({ content: VOTE_REPLIES.off, ephemeral: true });
  });

  it('refuse a vote when the articles changed since the answer (other hits than it showed)', async () => {
    const sink = new MemorySink();
    let current = seeds;
    const { router, reload } = setup(sink, () => current);
    const reply = await ask(router);
    // The same articles, the first hit gone: the page would now show others.
    const shown = seeds.search(QUESTION, { limit: 1 }).hits[0]!;
    current = {
      ...seeds,
      search: (question, options) => {
        const result = seeds.search(question, { ...options, limit: (options?.limit ?? 10) + 1 });
        return { ...result, hits: result.hits.filter((h) => h !== shown && h.text !== shown.text) };
      },
    };
    await reload.reload();
    expect(await press(router, reply, '👍', ASKER)).toEqual({
      content: 'The articles have changed since this answer. Ask again with /ask to rate the new one.',
      ephemeral: true,
    });
    expect(sink.votes).toEqual([]);
  });

  it('are not offered on a "not found" answer, which the metrics count as declined', async () => {
    const { router, outcomes } = setup(new MemorySink());
    const reply = await ask(router, 'what is the price of bananas on mars');
    expect(reply).toMatchObject({ declined: true, ephemeral: true, content: expect.stringMatching(/^Not found/) });
    expect(reply.buttons).toBeUndefined();
    expect(outcomes).toMatchObject([{ command: 'ask', kind: 'command', outcome: 'declined' }]);
  });
});
