/**
 * The bot end to end: the real discord.js client logged in to the local Discord stand-in
 * (tests/discord/standin.ts), interactions dispatched over its gateway, replies read from the REST
 * calls it records.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import { COMMANDS } from '../../src/app/commands/all.ts';
import { APOLOGY, PROGRESS_EDIT_MS, RESTARTING } from '../../src/app/router.ts';
import { COOLDOWN_BURST } from '../../src/app/cooldown.ts';
import type { CommandModule } from '../../src/app/command.ts';
import { loadLibrary, type BuildProgress, type Library } from '../../src/library.ts';
import { LIMITS } from '../../src/replies/limits.ts';
import { opt, type DiscordStandIn } from '../discord/standin.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';
import {
  answerOf,
  buttonsOf,
  embedTotal,
  MODERATOR as MOD,
  sentMessages,
  startHarness,
  type Harness,
} from './harness.ts';
import { SEED } from '../helpers/fixtures.ts';

const OTHER_USER = { id: '400000000000000099', username: 'someone', global_name: 'Someone' };

const PIPELINE = `---
title: Water board approves the Riverside pipeline
url: https://news.example.org/riverside-pipeline?id=7&src=(feed)
---
The regional water board approved the Riverside pipeline on Tuesday after a four-hour hearing.
Construction of the pipeline will cost 42 million dollars and start in spring, the board said. @everyone in the valley will get cleaner water, according to the plan. Contractors have already been chosen.
`;

/** Every message the bot sent carries `allowed_mentions: { parse: [] }`. */
function expectNoMentions(standin: DiscordStandIn): void {
  const sent = sentMessages(standin.calls);
  for (const { body, call } of sent) {
    expect(body.allowed_mentions, `${call.method} ${call.path}`).toEqual({ parse: [] });
  }
}

function expectWithinLimits(body: Record<string, any>): void {
  expect((body.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  const embeds: Record<string, any>[] = body.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  for (const e of embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footer);
  }
  expect(embedTotal(embeds)).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const row of body.components ?? []) {
    for (const c of row.components) expect(c.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  }
}

describe('the bot against the Discord stand-in', () => {
  let corpus: Awaited<ReturnType<typeof tempCorpus>>;
  let h: Harness;
  let seedLibrary: Library;

  beforeAll(async () => {
    corpus = await tempCorpus({ 'kashmir.txt': SEED });
    seedLibrary = await loadLibrary(corpus.dir);
  });
  afterAll(async () => {
    await corpus.cleanup();
  });
  beforeEach(async () => {
    h = await startHarness({ corpusDir: corpus.dir, initial: seedLibrary });
  });
  afterEach(async () => {
    expectNoMentions(h.standin);
    for (const { body } of sentMessages(h.standin.calls)) expectWithinLimits(body);
    await h.stop();
    expect(h.log.records.filter((r) => r.level === 'error')).toEqual([]);
  });

  it('answers /ask with a cited excerpt of the article, matched words in bold', async () => {
    const res = await h.standin.command('ask', [opt.string('question', 'who met the delegation')]).final();
    expect(res.callbackType).toBe(4);
    expect(res.data.flags).toBe(MessageFlags.Ephemeral);
    const embed = res.data.embeds![0]!;
    expect(embed.description).toContain('**met** with the Pakistani **delegation**');
    expect(embed.description).toContain(
      'US hopes Trump can help resolve Kashmir dispute, State Department says (`kashmir`) · paragraph 3, sentence 1',
    );
    expect(embed.footer.text).toBe('Question: who met the delegation');
    expect([...buttonsOf(res.message).keys()]).toEqual([
      'Context 1',
      'Context 2',
      'Context 3',
      'More results ▶',
      '👍',
      '👎',
    ]);
  });

  it('answers publicly when asked to', async () => {
    const res = await h.standin
      .command('ask', [opt.string('question', 'who met the delegation'), opt.boolean('public', true)])
      .final();
    expect(res.data.flags ?? 0).toBe(0);
    expect(res.data.embeds).toHaveLength(1);
  });

  it('says honestly when the articles do not answer', async () => {
    const res = await h.standin
      .command('ask', [opt.string('question', 'what is the price of bananas on mars')])
      .final();
    expect(res.callbackType).toBe(4);
    expect(res.data.content).toMatch(/^Not found in the articles/);
    expect(res.data.embeds ?? []).toEqual([]);
    expect(res.data.flags).toBe(MessageFlags.Ephemeral);
  });

  it('keeps "not found" to the asker even when the answer was to be public', async () => {
    const res = await h.standin
      .command('ask', [opt.string('question', 'what is the price of bananas on mars'), opt.boolean('public', true)])
      .final();
    expect(res.data.content).toMatch(/^Not found in the articles/);
    expect(res.data.flags).toBe(MessageFlags.Ephemeral);
  });

  it('says why it declined, and what to try', async () => {
    const res = await h.standin
      .command('ask', [opt.string('question', 'what is the price of bananas on mars')])
      .final();
    expect(res.data.content).toMatch(
      /^Not found in the articles: .+\. Try other words, or pick one article with `source:` \(\/sources lists what the articles cover\)\.$/,
    );
  });

  it("when unsure, shows the closest passages under a line that says so, why, and what to try; its buttons work as an answer's", async () => {
    const question = 'how much will the Riverside pipeline cost';
    const ask = h.standin.command('ask', [opt.string('question', question), opt.boolean('public', true)]);
    const res = await ask.final();
    expect(res.data.content).toBe(
      "I'm not sure the articles say this; closest passages:\nWhy: the closest passages hold no amount of money for what you asked. " +
        'Nothing near the closest passage mentions “Riverside”. ' +
        'Try other words, or pick one article with `source:` (/sources lists what the articles cover).',
    );
    expect(res.data.flags ?? 0).toBe(0); // shown as asked, unlike "not found"
    const [first] = seedLibrary.search(question, { limit: 3 }).hits;
    expect(res.data.embeds![0]!.title).toBe('Closest passages');
    expect(res.data.embeds![0]!.description.replaceAll('**', '')).toContain(first!.text);
    const message = ask.original!;
    const buttons = buttonsOf(message);
    expect([...buttons.keys()]).toEqual(expect.arrayContaining(['Context 1', '👍', '👎']));
    const expanded = await h.standin.button(buttons.get('Context 1')!, { message }).final();
    expect(expanded.callbackType).toBe(7);
    expect(expanded.data.content).toMatch(/^I'm not sure the articles say this/);
    expect(buttonsOf(expanded.message).has('Hide context 1')).toBe(true);
  });

  it('expands an excerpt with its context, pages, and keeps paging to the asker', async () => {
    const ask = h.standin.command('ask', [opt.string('question', 'who met the delegation')]);
    await ask.final();
    const message = ask.original!;
    const buttons = buttonsOf(message);

    const [first] = seedLibrary.search('who met the delegation', { limit: 3, context: 2 }).hits;
    const expanded = await h.standin.button(buttons.get('Context 1')!, { message }).final();
    expect(expanded.callbackType).toBe(7); // the message itself is updated
    const plain = (text: string): string => text.replaceAll('**', '').replaceAll('_', '');
    expect(plain(expanded.data.embeds![0]!.description)).toContain(`${first!.text} ${first!.after}`.trim());
    expect(buttonsOf(expanded.message).has('Hide context 1')).toBe(true);

    const page2 = await h.standin.button(buttons.get('More results ▶')!, { message }).final();
    expect(page2.callbackType).toBe(7);
    expect(page2.data.embeds![0]!.title).toBe('From the articles (results 4–6)');
    expect(page2.data.embeds![0]!.description).toMatch(/^\*\*4\.\*\* /);

    const stranger = await h.standin.button(buttons.get('More results ▶')!, { message, user: OTHER_USER }).final();
    expect(stranger.callbackType).toBe(4);
    expect(stranger.data.flags).toBe(MessageFlags.Ephemeral);
    expect(stranger.data.content).toMatch(/Only the person who asked/);

    // Anyone may read the context of an excerpt: they get it as a message of their own.
    const peek = await h.standin.button(buttons.get('Context 1')!, { message, user: OTHER_USER }).final();
    expect(peek.callbackType).toBe(4);
    expect(peek.data.flags).toBe(MessageFlags.Ephemeral);
    expect(plain(peek.data.embeds![0]!.description)).toContain(`${first!.text} ${first!.after}`.trim());
  });

  it('keeps buttons working after a restart (state on the message, not in memory)', async () => {
    const ask = h.standin.command('ask', [opt.string('question', 'who met the delegation')]);
    await ask.final();
    const message = ask.original!;
    await h.stop(true);
    h = await startHarness({ corpusDir: corpus.dir, initial: seedLibrary, standin: h.standin });
    const expanded = await h.standin.button(buttonsOf(message).get('Context 2')!, { message }).final();
    expect(expanded.callbackType).toBe(7);
    const second = seedLibrary.search('who met the delegation', { limit: 3 }).hits[1]!;
    expect(expanded.data.embeds![0]!.description.replaceAll('**', '')).toContain(second.text);
  });

  it('declines a button whose message lost its state', async () => {
    const res = await h.standin.button(`ask:page:${h.standin.user.id}:1:deadbeef`).final();
    expect(res.data).toMatchObject({ flags: MessageFlags.Ephemeral });
    expect(res.data.content).toMatch(/no longer be paged/);
  });

  it('answers /quote Bruce with direct quotes first, then reported statements, cited', async () => {
    const res = await h.standin.command('quote', [opt.string('speaker', 'Bruce')]).final();
    const embed = res.data.embeds![0]!;
    expect(embed.title).toMatch(/^Tammy Bruce/);
    const text: string = embed.description;
    expect(text).toContain('**Direct quotes**');
    expect(text).toContain('“She reiterated US support for the ongoing ceasefire between Pakistan and India”');
    expect(text).toMatch(/paragraph 3, sentence 2/);
    if (text.includes('**Reported statements**'))
      expect(text.indexOf('**Direct quotes**')).toBeLessThan(text.indexOf('**Reported statements**'));
    expect(embed.footer.text).toBe('Speaker: Bruce');
  });

  it('pages /quote when the quotes do not fit one page', async () => {
    const first = h.standin.command('quote', [opt.string('speaker', 'Bruce')]);
    await first.final();
    const next = buttonsOf(first.original).get('Next ▶');
    if (next === undefined) return; // everything fit one page
    const page2 = await h.standin.button(next, { message: first.original! }).final();
    expect(page2.callbackType).toBe(7);
    expect(page2.data.embeds![0]!.title).toMatch(/page 2 of/);
  });

  // Close names only: `Zelensky` is like nobody quoted, so no unrelated name is offered.
  it('suggests close names for an unknown speaker, and no unrelated ones', async () => {
    const res = await h.standin.command('quote', [opt.string('speaker', 'Tammie Bruse')]).final();
    expect(res.data.flags).toBe(MessageFlags.Ephemeral);
    expect(res.data.content).toMatch(/^I don't know anyone called “Tammie Bruse” in the articles\. Did you mean \*\*/);
    expect(res.data.content).toContain('**Tammy Bruce**');
    const far = await h.standin.command('quote', [opt.string('speaker', 'Zelensky')]).final();
    expect(far.data.content).toMatch(/^I don't know anyone called “Zelensky” in the articles\. See the suggestions/);
  });

  it('autocompletes speakers and sources within 25 choices', async () => {
    const speakers = await h.standin.autocomplete('quote', [opt.string('speaker', 'bru', true)]).final();
    expect(speakers.callbackType).toBe(8);
    expect(speakers.data.choices![0]).toMatchObject({ value: 'Tammy Bruce' });
    expect(speakers.data.choices![0]!.name).toMatch(/^Tammy Bruce \(/);

    const all = await h.standin.autocomplete('quote', [opt.string('speaker', '', true)]).final();
    expect(all.data.choices!.length).toBeGreaterThan(1);
    expect(all.data.choices!.length).toBeLessThanOrEqual(25);

    const sources = await h.standin
      .autocomplete('ask', [opt.string('question', 'ceasefire'), opt.string('source', 'kash', true)])
      .final();
    expect(sources.data.choices).toEqual([
      { name: 'US hopes Trump can help resolve Kashmir dispute, State Department says (kashmir)', value: 'kashmir' },
    ]);
  });

  it('searches one article when given a source, and refuses an unknown one', async () => {
    const ok = await h.standin
      .command('ask', [opt.string('question', 'ceasefire'), opt.string('source', 'kashmir')])
      .final();
    expect(ok.data.embeds![0]!.footer.text).toBe('Question: ceasefire\nArticle: kashmir');
    const bad = await h.standin
      .command('ask', [opt.string('question', 'ceasefire'), opt.string('source', 'nope')])
      .final();
    expect(bad.data).toMatchObject({ flags: MessageFlags.Ephemeral });
    expect(bad.data.content).toMatch(/There is no article “nope”/);
  });

  it('lists /sources and answers /help', async () => {
    const sources = await h.standin.command('sources').final();
    expect(sources.data.embeds![0]!.description).toMatch(
      /1 article, \d+ sentences, \d+ quotes, 4\.0 KB; loaded .* UTC in \d+ ms\./,
    );
    expect(sources.data.embeds![0]!.description).toContain(
      '**US hopes Trump can help resolve Kashmir dispute, State Department says** · `kashmir` · 4.0 KB',
    );
    const help = await h.standin.command('help').final();
    expect(help.data.embeds![0]!.description).toContain('/ask question:');
  });

  it('refuses /reload to a member without one of ADMIN_ROLE_IDS when the operator set them', async () => {
    // Discord itself keeps /reload from members the server did not allow (Manage Server by
    // default); the stand-in delivers it to anyone, as a server's override to everyone would.
    const standin = h.standin;
    await h.stop(true);
    h = await startHarness({
      corpusDir: corpus.dir,
      initial: seedLibrary,
      standin,
      config: { adminRoleIds: ['500000000000000001'] },
    });
    const reload = h.standin.command('reload');
    const res = await answerOf(reload);
    expect(res.data.content).toMatch(/Only moderators can reload/);
    expect(reload.original?.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(h.reload.current).toBe(seedLibrary);
  });
});

describe('/reload', () => {
  let corpus: Awaited<ReturnType<typeof tempCorpus>>;
  let h: Harness;

  beforeEach(async () => {
    corpus = await tempCorpus({ 'kashmir.txt': SEED });
    h = await startHarness({ corpusDir: corpus.dir });
  });
  afterEach(async () => {
    expectNoMentions(h.standin);
    await h.stop();
    await corpus.cleanup();
  });

  it('re-reads the directory: an article added on disk changes the answer', async () => {
    const question = 'how much will the Riverside pipeline cost';
    const before = await h.standin.command('ask', [opt.string('question', question)]).final();
    // Unsure, not declined: the closest passages (none about a pipeline), and why.
    expect(before.data.content).toMatch(/^I'm not sure the articles say this; closest passages:\nWhy: .*“Riverside”/);
    expect(before.data.embeds![0]!.description).not.toContain('Riverside');

    await writeFile(join(corpus.dir, 'pipeline.md'), PIPELINE);
    await writeFile(join(corpus.dir, 'broken.txt'), Buffer.from([0x66, 0x00, 0x01]));
    const reload = h.standin.command('reload', [], { permissions: MOD });
    const deferred = await reload.nextResponse();
    expect(deferred).toMatchObject({ kind: 'callback', callbackType: 5, data: { flags: MessageFlags.Ephemeral } });
    const report = await answerOf(reload);
    expect(report.kind).toBe('edit');
    const text: string = report.data.embeds![0]!.description;
    expect(text).toMatch(/\*\*Documents:\*\* 1 → 2/);
    expect(text).toMatch(/\*\*Sentences:\*\* \d+ → \d+/);
    expect(text).toMatch(/\*\*Quotes:\*\* /);
    expect(text).toContain('**Added:** `pipeline`');
    expect(text).toContain('**Skipped 1 file:**');
    expect(text).toContain('`broken.txt` looks binary');

    const after = await h.standin.command('ask', [opt.string('question', question)]).final();
    const embed = after.data.embeds![0]!;
    expect(embed.description).toMatch(
      /\*\*\d\.\*\* Construction of the \*\*pipeline\*\* will \*\*cost\*\* 42 million dollars/,
    );
    // The URL from the front matter is the link of the citation; parentheses cannot end it early.
    expect(embed.description).toContain(
      '[Water board approves the Riverside pipeline](https://news.example.org/riverside-pipeline?id=7&src=%28feed%29)',
    );

    // Article text that would ping everyone is shown, never sent as a mention (checked in afterEach).
    const everyone = await h.standin
      .command('ask', [opt.string('question', 'who in the valley will get cleaner water')])
      .final();
    expect(everyone.data.embeds![0]!.description).toContain('@everyone in the **valley** will get **cleaner water**');
    expect(everyone.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('keeps the running corpus when the directory is gone, and says why', async () => {
    const running = h.reload.current;
    await rm(corpus.dir, { recursive: true, force: true });
    const res = await answerOf(h.standin.command('reload', [], { permissions: MOD }));
    expect(res.data.content).toMatch(
      /^Reload failed: The corpus directory .* does not exist\.\nStill serving the previous articles: 1 document, \d+ sentences/,
    );
    expect(h.reload.current).toBe(running);
    expect(
      h.log.records.some(
        (r) =>
          r.level === 'warn' && r.msg === 'reload failed, keeping the running corpus' && r.code === 'CORPUS_MISSING',
      ),
    ).toBe(true);
    const ask = await h.standin.command('ask', [opt.string('question', 'who met the delegation')]).final();
    expect(ask.data.embeds![0]!.description).toContain('**delegation**');
  });

  it('keeps the running corpus when every file is bad', async () => {
    await writeFile(join(corpus.dir, 'kashmir.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const res = await answerOf(h.standin.command('reload', [], { permissions: MOD }));
    expect(res.data.content).toMatch(/^Reload failed: No readable .txt or .md article in .*kashmir\.txt: looks binary/);
    expect(
      (await h.standin.command('ask', [opt.string('question', 'who met the delegation')]).final()).data.embeds,
    ).toHaveLength(1);
  });

  it('runs two reloads at once only once', async () => {
    let builds = 0;
    const service = h.reload as unknown as { load: () => Promise<Library> };
    const load = service.load;
    service.load = () => {
      builds += 1;
      return load();
    };
    const a = h.standin.command('reload', [], { permissions: MOD });
    const b = h.standin.command('reload', [], { permissions: MOD });
    const [ra, rb] = await Promise.all([answerOf(a), answerOf(b)]);
    expect(builds).toBe(1);
    const titles = [ra, rb].map((r) => r.data.embeds![0]!.title as string).sort();
    expect(titles).toEqual([
      'Reloaded the articles',
      'Reloaded the articles (a reload was already running: this is its result)',
    ]);
  });
});

describe('failures and limits', () => {
  let corpus: Awaited<ReturnType<typeof tempCorpus>>;
  let h: Harness | undefined;
  afterEach(async () => {
    if (h) {
      expectNoMentions(h.standin);
      await h.stop();
    }
    h = undefined;
    await corpus.cleanup();
  });

  it('keeps replies inside the limits for a very long corpus sentence, cut at a word, never mid-word', async () => {
    const words = Array.from({ length: 3000 }, (_, i) => ['river', 'council', 'budget', 'harbour', 'railway'][i % 5]!);
    const sentence = `The enormous glacier report says ${words.join(' ')} and finally ends here.`;
    corpus = await tempCorpus({
      'long.txt': `---\ntitle: ${'Very long title '.repeat(30)}\n---\nA short first sentence about the weather. ${sentence} Another sentence follows it.\n`,
    });
    h = await startHarness({ corpusDir: corpus.dir });
    const ask = h.standin.command('ask', [opt.string('question', 'what does the enormous glacier report say')]);
    const res = await ask.final();
    expectWithinLimits(res.data);
    const description: string = res.data.embeds![0]!.description;
    expect(description).toContain('The **enormous glacier report** says river');
    const excerpt = description.split('\n')[0]!;
    expect(excerpt).toMatch(/(river|council|budget|harbour|railway)…$/);
    const expanded = await h.standin
      .button(buttonsOf(ask.original).get('Context 1')!, { message: ask.original! })
      .final();
    expectWithinLimits(expanded.data);
    expect(expanded.data.embeds![0]!.description).toMatch(/^\*\*1\.\*\* _A short first sentence about the weather\._ /);
  });

  it('refuses an option of another type than its command declares (a forged interaction) with a short reply, no error', async () => {
    corpus = await tempCorpus({ 'kashmir.txt': SEED });
    h = await startHarness({ corpusDir: corpus.dir });
    // `/ask question:42` sent as an integer: it reached the search as a number (TypeError, apology, error log).
    const number = await h.standin.command('ask', [opt.integer('question', 42)]).final();
    expect(number.data).toMatchObject({
      content: '/ask question: must be text, not a number.',
      flags: MessageFlags.Ephemeral,
    });
    const text = await h.standin
      .command('ask', [opt.string('question', 'who met the delegation'), opt.string('public', 'true')])
      .final();
    expect(text.data).toMatchObject({
      content: '/ask public: must be true or false, not text.',
      flags: MessageFlags.Ephemeral,
    });
    expect(h.log.records.filter((r) => r.level === 'error')).toEqual([]);
    expect(h.log.records.filter((r) => r.msg === 'declined').map((r) => r.code)).toEqual(['USAGE', 'USAGE']);
  });

  it('logs an unexpected error with context and apologises, deferred or not', async () => {
    corpus = await tempCorpus({ 'kashmir.txt': SEED });
    const boom = (name: string, extra: Partial<CommandModule>): CommandModule => ({
      data: { name, description: 'fails' },
      execute: () => {
        throw new Error(`${name} exploded`);
      },
      ...extra,
    });
    h = await startHarness({
      corpusDir: corpus.dir,
      commands: [
        ...COMMANDS,
        boom('boom', {}),
        boom('slowboom', { defer: true }),
        boom('publicboom', { defer: true, isPublic: () => true }),
      ],
    });
    const direct = await h.standin.command('boom').final();
    expect(direct.data).toMatchObject({ content: APOLOGY, flags: MessageFlags.Ephemeral });

    const deferred = h.standin.command('slowboom');
    const edit = await deferred.final();
    expect(edit.kind).toBe('edit');
    expect(edit.data.content).toBe(APOLOGY);

    const publicDeferred = h.standin.command('publicboom');
    await publicDeferred.waitFor((r) => r.kind === 'followup');
    expect(publicDeferred.responses.map((r) => r.kind)).toEqual(['callback', 'delete', 'followup']);
    expect(publicDeferred.responses[2]!.data).toMatchObject({ content: APOLOGY, flags: MessageFlags.Ephemeral });

    const errors = h.log.records.filter((r) => r.level === 'error');
    expect(errors.map((r) => r.command)).toEqual(['boom', 'slowboom', 'publicboom']);
    expect(errors[0]).toMatchObject({
      msg: 'command failed',
      user: h.standin.user.id,
      error: { message: 'boom exploded' },
    });
    h.log.records.length = 0;
  });

  it('applies the per-user cooldown of /ask: a short burst, then one use per period', async () => {
    corpus = await tempCorpus({ 'kashmir.txt': SEED });
    let now = 1_000_000;
    h = await startHarness({ corpusDir: corpus.dir, config: { askCooldownSeconds: 10 }, clock: () => now });
    const ask = () => h!.standin.command('ask', [opt.string('question', 'who met the delegation')]).final();
    for (let i = 0; i < COOLDOWN_BURST; i += 1) expect((await ask()).data.embeds).toHaveLength(1);
    const refused = await ask();
    expect(refused.data).toMatchObject({ flags: MessageFlags.Ephemeral });
    expect(refused.data.content).toBe('Slow down a little: you can use /ask again in 10 s.');
    now += 4_000;
    expect((await ask()).data.content).toBe('Slow down a little: you can use /ask again in 6 s.');
    const other = await h.standin.command('ask', [opt.string('question', 'ceasefire')], { user: OTHER_USER }).final();
    expect(other.data.embeds).toHaveLength(1);
    const quote = await h.standin.command('quote', [opt.string('speaker', 'Bruce')]).final();
    expect(quote.data.embeds).toHaveLength(1); // cooldowns are per command
    now += 6_000;
    expect((await ask()).data.embeds).toHaveLength(1);
    expect((await ask()).data.content).toMatch(/^Slow down/);
  });
});

describe('a slow command: progress while it runs, a notice when the bot shuts down before it answers', () => {
  let corpus: Awaited<ReturnType<typeof tempCorpus>>;
  let h: Harness;
  let now: number;
  /** The reload's load, held open by the test: it reports what the test gives it and finishes on `finish()`. */
  let finish: () => void;
  let loadStarted: Promise<(progress: BuildProgress) => void>;
  let answered: Promise<void>;
  /** /slow, a deferred command that answers on `release()`. */
  let release: () => void;
  let held: Promise<void>;
  const slow: CommandModule = {
    data: { name: 'slow', description: 'Takes its time' },
    defer: true,
    execute: async () => {
      await held;
      return { content: 'done at last' };
    },
  };

  beforeEach(async () => {
    now = 1_000_000;
    held = new Promise<void>((resolve) => {
      release = resolve;
    });
    corpus = await tempCorpus({ 'kashmir.txt': SEED });
    h = await startHarness({ corpusDir: corpus.dir, commands: [...COMMANDS, slow], clock: () => now });
    let started: (progress: (p: BuildProgress) => void) => void;
    loadStarted = new Promise((resolve) => {
      started = resolve;
    });
    const done = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const running = h.reload.current;
    let settle: () => void;
    answered = new Promise((resolve) => {
      settle = resolve;
    });
    (h.reload as unknown as { load: (progress: (p: BuildProgress) => void) => Promise<Library> }).load = async (
      progress,
    ) => {
      started(progress);
      await done;
      settle();
      return running;
    };
  });
  afterEach(async () => {
    finish();
    release();
    expectNoMentions(h.standin);
    await h.stop();
    await corpus.cleanup();
  });

  it('/reload edits its "thinking…" reply with the load\'s progress, then with the report', async () => {
    const reload = h.standin.command('reload', [], { permissions: MOD });
    expect(await reload.nextResponse()).toMatchObject({ kind: 'callback', callbackType: 5 });
    const progress = await loadStarted;
    // Sooner than PROGRESS_EDIT_MS after the command started: nothing is shown.
    progress({ phase: 'reading', files: 1, filesTotal: 2200, sentences: 0 });
    now += PROGRESS_EDIT_MS;
    progress({ phase: 'analysing', files: 1200, filesTotal: 2200, sentences: 18000 });
    // Within PROGRESS_EDIT_MS of the last edit: nothing either.
    progress({ phase: 'analysing', files: 1300, filesTotal: 2200, sentences: 19000 });
    const interim = await reload.waitFor((r) => r.kind === 'edit');
    expect(interim.data.content).toBe('Reloading… 1,200 of 2,200 articles read, 18,000 sentences');
    // Waiting for the answer from here does not take the progress shown for it.
    const answer = answerOf(reload);
    finish();
    const report = await answer;
    expect(report.kind).toBe('edit');
    expect(report.data.content).toBe('');
    expect(report.data.embeds![0]!.title).toBe('Reloaded the articles');
    expect(
      reload.responses.map((r) => (r.kind === 'edit' ? r.data.content || r.data.embeds![0]!.title : r.kind)),
    ).toEqual(['callback', 'Reloading… 1,200 of 2,200 articles read, 18,000 sentences', 'Reloaded the articles']);
  });

  it('stopping the bot during /reload tells the moderator the running corpus was kept; any other deferred command is told to ask again', async () => {
    const reload = h.standin.command('reload', [], { permissions: MOD });
    await reload.nextResponse();
    await loadStarted;
    const other = h.standin.command('slow');
    await other.nextResponse();
    await h.bot.stop(0);
    expect((await answerOf(reload)).data.content).toBe(
      'The reload was interrupted by a shutdown; the running corpus was kept (1 article).',
    );
    expect((await other.final()).data.content).toBe(RESTARTING);
    expect(h.log.records.filter((r) => r.msg === 'shutting down before answering')).toHaveLength(2);
    // The reload finishing afterwards does not overwrite the notice.
    finish();
    release();
    await answered;
    await new Promise((resolve) => setImmediate(resolve));
    expect(reload.responses.filter((r) => r.kind === 'edit')).toHaveLength(1);
  });
});
