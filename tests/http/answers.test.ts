/**
 * When an HTTP interaction is answered in the response and when it is deferred: the real router
 * and HTTP server in this process, with commands that answer when the test lets them, against the
 * Discord stand-in (which signs the interactions and receives the webhook calls). Nothing here
 * depends on how fast the machine is: a held command is released only after its deferral arrived.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord-api-types/v10';
import { COMMANDS } from '../../src/app/commands/all.ts';
import { OptionType, type CommandData, type CommandModule } from '../../src/app/command.ts';
import { memoryLogger } from '../../src/app/log.ts';
import { ReloadService } from '../../src/app/reloadService.ts';
import { RESTARTING, Router } from '../../src/app/router.ts';
import { InteractionAnswers } from '../../src/http/answers.ts';
import { startInteractionServer, type InteractionServer } from '../../src/http/server.ts';
import { publicKeyFromHex } from '../../src/http/signature.ts';
import { Webhooks } from '../../src/discord/webhook.ts';
import { loadLibrary, type Library } from '../../src/library.ts';
import { DiscordStandIn, opt } from '../discord/standin.ts';
import { TEST_BOT_CONFIG } from '../bot/harness.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/** Long enough for a command that does not wait to answer in the response, even on a busy machine. */
const WINDOW_MS = 1500;
const MENTIONS = 'done, @everyone <@400000000000000002>';

describe('answering HTTP interactions in time, or deferring', () => {
  let library: Library;
  let cleanup: () => Promise<void>;
  let standin: DiscordStandIn;
  let server: InteractionServer;
  let answers: InteractionAnswers;
  let log: ReturnType<typeof memoryLogger>;
  let now: number;
  /** /wait and its buttons answer on `release()`. */
  let release: () => void;
  let held: Promise<void>;

  const waitData = {
    name: 'wait',
    description: 'Answers when released',
    options: [
      { type: OptionType.Boolean, name: 'public', description: 'shown to everyone' },
      { type: OptionType.Boolean, name: 'private_answer', description: 'answers privately anyway' },
    ],
  } as const satisfies CommandData;
  const wait: CommandModule<typeof waitData> = {
    data: waitData,
    isPublic: (args) => args.public === true,
    execute: async (args) => {
      await held;
      return { content: MENTIONS, ephemeral: args.private_answer === true || args.public !== true };
    },
    button: async (press) => {
      await held;
      return press.args[0] === 'update' ? { content: 'pressed', update: true } : { content: 'aside', ephemeral: true };
    },
  };
  /** A command marked slow: deferred at once, showing progress while held. */
  const slow: CommandModule = {
    data: { name: 'slow', description: 'Deferred at once' },
    defer: true,
    execute: async (_args, ctx) => {
      now += 10_000; // past the router's least time between two progress edits
      ctx.progress('half way');
      await held;
      return { content: 'done at last' };
    },
  };

  beforeAll(async () => {
    const corpus = await tempCorpus({ 'a.txt': 'Headline\nThe board approved the pipeline on Tuesday.\n' });
    cleanup = corpus.cleanup;
    library = await loadLibrary(corpus.dir);
  });
  afterAll(() => cleanup());

  beforeEach(async () => {
    now = 1_000_000;
    held = new Promise<void>((resolve) => {
      release = resolve;
    });
    standin = new DiscordStandIn();
    await standin.start();
    log = memoryLogger();
    const reload = new ReloadService({ initial: library, load: () => loadLibrary(library.corpus.dir), log });
    const router = new Router({
      commands: [...COMMANDS, wait, slow],
      reload,
      config: TEST_BOT_CONFIG,
      log,
      clock: () => now,
    });
    answers = new InteractionAnswers({
      router,
      webhooks: new Webhooks(standin.apiBase),
      log,
      replyWindowMs: WINDOW_MS,
    });
    server = await startInteractionServer({
      port: 0,
      host: '127.0.0.1',
      publicKey: publicKeyFromHex(standin.publicKeyHex),
      answers,
      log,
    });
    standin.endpoint = server.url;
  });

  afterEach(async () => {
    release();
    await answers.stop(5000);
    await server.close();
    await standin.stop();
    expect(log.records.filter((r) => r.level === 'error')).toEqual([]);
  });

  it('answers in the response when the answer is ready in time', async () => {
    release();
    const { body, handle } = await standin.postCommand('wait', [opt.boolean('public', true)]);
    expect(body).toEqual({
      type: 4,
      data: { content: MENTIONS, embeds: [], components: [], allowed_mentions: { parse: [] } },
    });
    expect(handle.responses.map((r) => r.kind)).toEqual(['callback']);
  });

  it('past the window, defers privately and edits the reply through the webhook, never pinging', async () => {
    const { body, handle } = await standin.postCommand('wait');
    expect(body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    release();
    const edit = await handle.final();
    expect(edit.call).toMatchObject({
      method: 'PATCH',
      path: `/webhooks/${standin.appId}/${handle.token}/messages/@original`,
    });
    expect(edit.data).toEqual({ content: MENTIONS, embeds: [], components: [], allowed_mentions: { parse: [] } });
    expect(edit.message!.flags & MessageFlags.Ephemeral).toBeTruthy();
  });

  it('replaces a public deferral whose answer turned out private with a private followup', async () => {
    const { body, handle } = await standin.postCommand('wait', [
      opt.boolean('public', true),
      opt.boolean('private_answer', true),
    ]);
    expect(body).toEqual({ type: 5, data: {} });
    release();
    await handle.waitFor((r) => r.kind === 'followup');
    expect(handle.responses.map((r) => r.kind)).toEqual(['callback', 'delete', 'followup']);
    expect(handle.responses[2]!.data).toEqual({
      content: MENTIONS,
      embeds: [],
      components: [],
      allowed_mentions: { parse: [] },
      flags: MessageFlags.Ephemeral,
    });
  });

  it('defers a slow button as an update, then edits its message, or answers it with a new message', async () => {
    const update = await standin.postButton('wait:update');
    expect(update.body).toEqual({ type: 6 });
    const aside = await standin.postButton('wait:new');
    expect(aside.body).toEqual({ type: 6 });
    release();
    const edited = await update.handle.final();
    expect(edited).toMatchObject({ kind: 'edit', messageId: '@original', data: { content: 'pressed' } });
    const followup = await aside.handle.final();
    expect(followup).toMatchObject({ kind: 'followup', data: { content: 'aside', flags: MessageFlags.Ephemeral } });
  });

  it('defers a command marked slow at once, and shows its progress before the answer', async () => {
    const { body, handle } = await standin.postCommand('slow');
    expect(body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    const progress = await handle.waitFor((r) => r.kind === 'edit');
    expect(progress.data).toEqual({ content: 'half way', embeds: [], components: [], allowed_mentions: { parse: [] } });
    release();
    const answer = await handle.final(undefined, (r) => r.data.content === 'half way');
    expect(answer.data.content).toBe('done at last');
  });

  it('tells a deferred command it will not be answered when shutting down, and refuses what comes after', async () => {
    const { handle } = await standin.postCommand('wait');
    await answers.stop(50);
    const notice = await handle.final();
    expect(notice.data).toMatchObject({ content: RESTARTING, allowed_mentions: { parse: [] } });
    expect((await standin.postCommand('wait')).status).toBe(503);
    // Released after the notice: the answer is not sent over it.
    release();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(handle.responses.map((r) => r.kind)).toEqual(['callback', 'edit']);
  });

  it('answers autocomplete in the response, always', async () => {
    const { body } = await standin.postAutocomplete('ask', [
      opt.string('question', 'x'),
      opt.string('source', 'a', true),
    ]);
    expect(body).toEqual({ type: 8, data: { choices: [{ name: 'Headline (a)', value: 'a' }] } });
  });
});
