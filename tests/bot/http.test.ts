/**
 * HTTP interactions end to end: `npm start` with INTERACTIONS_PORT (and no token) as a process,
 * the Discord stand-in signing interactions as Discord does and POSTing them to it, and receiving
 * the webhook follow-ups of deferred answers. The same router as the gateway answers, so the
 * answers are the gateway's (tests/bot/e2e.test.ts); what is checked here is the HTTP side.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageFlags, PermissionFlagsBits } from 'discord-api-types/v10';
import { BODY_MAX_BYTES } from '../../src/http/server.ts';
import { DiscordStandIn, opt } from '../discord/standin.ts';
import { SEED, SOLAR } from '../helpers/fixtures.ts';
import { jsonLines, runScript, startHttpBot, type finish, type Output } from '../helpers/processes.ts';
import { EXIT_CONFIG } from '../../src/exitCodes.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';
import { answerOf, buttonsOf, sentMessages } from './harness.ts';

/** An article whose text would ping everyone, were mentions allowed. */
const PIPELINE = `---
title: Water board approves the Riverside pipeline
---
The regional water board approved the Riverside pipeline on Tuesday after a four-hour hearing.
Construction of the pipeline will cost 42 million dollars and start in spring, the board said. @everyone in the valley will get cleaner water, according to the plan. Contractors have already been chosen.
`;

const QUESTION = 'who met the delegation';

describe('npm start with INTERACTIONS_PORT', () => {
  let standin: DiscordStandIn;
  let corpus: Awaited<ReturnType<typeof tempCorpus>>;
  let bot: { child: ChildProcessWithoutNullStreams; live: Output; done: ReturnType<typeof finish>; url: string };

  beforeAll(async () => {
    standin = new DiscordStandIn({ timeoutMs: 20_000 });
    await standin.start();
    corpus = await tempCorpus({ 'kashmir.txt': SEED, 'pipeline.txt': PIPELINE });
    bot = await startHttpBot(standin, { CORPUS_DIR: corpus.dir, ASK_COOLDOWN_SECONDS: '0' });
    standin.endpoint = bot.url;
  }, 60_000);

  afterAll(async () => {
    bot?.child.kill('SIGTERM');
    const ended = await bot?.done;
    await standin?.stop();
    await corpus?.cleanup();
    // A clean shutdown, and not one error logged over the whole file.
    expect(ended?.code).toBe(0);
    expect(jsonLines(ended?.stderr ?? '').filter((l) => l.level === 'error')).toEqual([]);
  });

  /** The bot's log lines so far. */
  const logs = () => jsonLines(bot.live.stderr);

  it('listens where it says, on 127.0.0.1 unless told otherwise', () => {
    expect(bot.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/interactions$/);
  });

  it('answers a signed PING with PONG', async () => {
    expect(await standin.postPing()).toEqual({ status: 200, body: { type: 1 } });
  });

  it('refuses a missing, forged, tampered or stale signature with 401, and runs nothing', async () => {
    const now = Math.floor(Date.now() / 1000);
    const question = 'what did the water board approve';
    const refused = await Promise.all([
      standin.postCommand('ask', [opt.string('question', question)], {}, { signature: 'none' }),
      standin.postCommand('ask', [opt.string('question', question)], {}, { signature: 'wrong-key' }),
      standin.postCommand('ask', [opt.string('question', question)], {}, { signature: 'tampered' }),
      standin.postCommand('ask', [opt.string('question', question)], {}, { timestamp: now - 600 }),
      standin.postCommand('ask', [opt.string('question', question)], {}, { timestamp: now + 600 }),
    ]);
    expect(refused.map((d) => d.status)).toEqual([401, 401, 401, 401, 401]);
    expect(refused.map((d) => d.body)).toEqual(
      Array(5).fill({ error: expect.stringMatching(/^invalid request signature/) }),
    );
    // Nothing answered, nothing logged as answered, nothing sent to any webhook.
    expect(refused.every((d) => d.handle.responses.length === 0)).toBe(true);
    expect(logs().filter((l) => l.msg === 'answered' && l.options?.question === question)).toEqual([]);
    const tokens = refused.map((d) => d.handle.token);
    expect(standin.calls.filter((c) => tokens.some((t) => c.path.includes(t)))).toEqual([]);
    // The log lines come through the child's stderr pipe, which may lag the responses on a busy machine.
    await expect
      .poll(() =>
        logs()
          .filter((l) => l.msg.startsWith('refused an HTTP interaction: invalid request signature'))
          .map((l) => l.msg),
      )
      .toEqual(
        expect.arrayContaining([
          'refused an HTTP interaction: invalid request signature (missing)',
          'refused an HTTP interaction: invalid request signature (bad)',
          'refused an HTTP interaction: invalid request signature (stale)',
        ]),
      );
    // A PING is no exception.
    expect((await standin.postPing({ signature: 'wrong-key' })).status).toBe(401);
  });

  it('answers /ask with a cited excerpt, privately, with its buttons', async () => {
    const { status, handle } = await standin.postCommand('ask', [opt.string('question', QUESTION)]);
    expect(status).toBe(200);
    const res = await handle.final();
    expect(res.data.flags).toBe(MessageFlags.Ephemeral);
    const embed = res.data.embeds![0]!;
    expect(embed.description).toContain('**met** with the Pakistani **delegation**');
    expect(embed.description).toContain(
      'US hopes Trump can help resolve Kashmir dispute, State Department says (`kashmir`) · paragraph 3, sentence 1',
    );
    expect(embed.footer.text).toBe(`Question: ${QUESTION}`);
    expect([...buttonsOf(handle.original).keys()]).toEqual([
      'Context 1',
      'Context 2',
      'Context 3',
      'More results ▶',
      '👍',
      '👎',
    ]);
  });

  it("expands an excerpt with its Context button, updating the answer's message", async () => {
    const ask = (await standin.postCommand('ask', [opt.string('question', QUESTION)])).handle;
    await ask.final();
    const message = ask.original!;
    const { status, handle } = await standin.postButton(buttonsOf(message).get('Context 1')!, { message });
    expect(status).toBe(200);
    const expanded = await handle.final();
    // The message itself is replaced: an update in the response, or a deferred update and its edit.
    expect(expanded.kind === 'callback' ? expanded.callbackType : expanded.messageId).toBe(
      expanded.kind === 'callback' ? 7 : '@original',
    );
    expect(expanded.data.embeds![0]!.description.replaceAll('**', '')).toContain(
      'Responding to the inquiry, State Department spokesperson Tammy Bruce confirmed that Under Secretary Hooker had met with the Pakistani delegation during their visit to Washington.',
    );
    expect(buttonsOf(handle.original).has('Hide context 1')).toBe(true);
  });

  it('answers /quote with what the person said, cited', async () => {
    const res = await (await standin.postCommand('quote', [opt.string('speaker', 'Bruce')])).handle.final();
    expect(res.data.embeds![0]!.title).toMatch(/^Tammy Bruce/);
    expect(res.data.embeds![0]!.description).toContain('**Direct quotes**');
  });

  it('lists /sources', async () => {
    const res = await (await standin.postCommand('sources')).handle.final();
    expect(res.data.embeds![0]!.description).toMatch(/^2 articles, \d+ sentences/);
    expect(res.data.embeds![0]!.description).toContain('**Water board approves the Riverside pipeline** · `pipeline`');
  });

  it('autocompletes /ask source: in the response itself', async () => {
    const { status, body } = await standin.postAutocomplete('ask', [
      opt.string('question', 'ceasefire'),
      opt.string('source', 'kash', true),
    ]);
    expect(status).toBe(200);
    expect(body).toEqual({
      type: 8,
      data: {
        choices: [
          {
            name: 'US hopes Trump can help resolve Kashmir dispute, State Department says (kashmir)',
            value: 'kashmir',
          },
        ],
      },
    });
  });

  it('defers a slow command and edits the reply through the webhook: /reload by a moderator', async () => {
    const { status, body, handle } = await standin.postCommand('reload', [], {
      permissions: PermissionFlagsBits.ManageGuild,
    });
    expect(status).toBe(200);
    expect(body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    const reload = await answerOf(handle);
    expect(reload.kind).toBe('edit');
    expect(reload.call).toMatchObject({
      method: 'PATCH',
      path: `/webhooks/${standin.appId}/${handle.token}/messages/@original`,
      auth: undefined, // the interaction token is the credential: no bot token
    });
    expect(reload.data.embeds![0]!.title).toBe('Reloaded the articles');
    expect(reload.message!.flags & MessageFlags.Ephemeral).toBeTruthy();
  });

  it("adds a moderator's file with /article add (an attachment, deferred then edited), cited by the next /ask there", async () => {
    const add = await standin.postCommand(
      'article',
      [opt.subcommand('add', [opt.attachment('file', { filename: 'solar.txt', content: SOLAR })])],
      { permissions: PermissionFlagsBits.ManageGuild },
    );
    expect(add.body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    const added = await add.handle.final();
    expect(added.data.embeds![0]!.description).toMatch(
      /^Added to this server’s articles as `added\/glenmoor-votes-for-a-solar-farm`/,
    );
    const ask = await (
      await standin.postCommand('ask', [opt.string('question', 'how many panels will the solar farm have')])
    ).handle.final();
    expect(ask.data.embeds![0]!.description).toContain(
      '— Glenmoor votes for a solar farm (`added/glenmoor-votes-for-a-solar-farm`) · paragraph 2, sentence 1',
    );
  });

  it('never pings: every message it sent carries allowed_mentions parse []', async () => {
    const res = await (
      await standin.postCommand('ask', [
        opt.string('question', 'who will get cleaner water'),
        opt.boolean('public', true),
      ])
    ).handle.final();
    expect(JSON.stringify(res.data)).toContain('@everyone'); // the corpus text is there, unescaped or not
    const sent = sentMessages(standin.calls);
    // /ask twice, the Context button, /quote, /sources, /reload's and /article's edits, /ask, and this
    // /ask (the tests run in order).
    expect(sent.length).toBeGreaterThanOrEqual(9);
    for (const { body, call } of sent)
      expect(body.allowed_mentions, `${call.method} ${call.path}`).toEqual({ parse: [] });
  });

  it('refuses what is not a signed interaction it handles: too large, not JSON, an unknown type, another path or method', async () => {
    const big = JSON.stringify({ type: 2, padding: 'x'.repeat(BODY_MAX_BYTES) });
    expect((await standin.postRaw(big, standin.signatureHeaders(big))).status).toBe(413);
    const notJson = 'type=2';
    expect(await standin.postRaw(notJson, standin.signatureHeaders(notJson))).toEqual({
      status: 400,
      body: { error: 'body is not JSON' },
    });
    const unknown = JSON.stringify({ id: '1', type: 99, token: 't', application_id: standin.appId, version: 1 });
    expect(await standin.postRaw(unknown, standin.signatureHeaders(unknown))).toEqual({
      status: 400,
      body: { error: 'unknown interaction type' },
    });
    expect((await standin.postRaw('', {}, { method: 'GET' })).status).toBe(405);
    expect((await standin.postRaw('{}', standin.signatureHeaders('{}'), { path: '/other' })).status).toBe(404);
    const refusals = logs().filter((l) => l.msg.startsWith('refused an HTTP interaction'));
    expect(refusals.map((l) => [l.msg, l.status])).toEqual(
      expect.arrayContaining([
        [`refused an HTTP interaction: body larger than ${BODY_MAX_BYTES} bytes`, 413],
        ['refused an HTTP interaction: body is not JSON', 400],
        ['refused an HTTP interaction: unknown interaction type', 400],
      ]),
    );
  });

  it('holds no gateway connection, and never asked for one', () => {
    expect(standin.gatewayConnections).toBe(0);
    expect(standin.identifiedShards).toEqual([]);
    expect(standin.calls.filter((c) => c.path.startsWith('/gateway'))).toEqual([]);
    // Every other call it made was an interaction's webhook or an attachment's download, without a bot token.
    const rest = standin.calls.filter((c) => c.via === undefined);
    expect(rest.filter((c) => c.path.startsWith(`/webhooks/${standin.appId}/`)).length).toBeGreaterThan(0);
    expect(rest.filter((c) => !/^\/(webhooks|attachments)\//.test(c.path))).toEqual([]);
    expect(rest.filter((c) => c.auth !== undefined)).toEqual([]);
  });

  it('runs beside a second process of the same configuration, on a port of its own: both answer', async () => {
    const second = await startHttpBot(standin, { CORPUS_DIR: corpus.dir, ASK_COOLDOWN_SECONDS: '0' });
    try {
      expect(second.url).not.toBe(bot.url);
      const answers = await Promise.all(
        [bot.url, second.url].map(async (to) =>
          (await standin.postCommand('ask', [opt.string('question', QUESTION)], {}, { to })).handle.final(),
        ),
      );
      for (const answer of answers)
        expect(answer.data.embeds![0]!.description).toContain('**met** with the Pakistani **delegation**');
    } finally {
      second.child.kill('SIGTERM');
      const { code, stderr } = await second.done;
      expect(code).toBe(0);
      expect(jsonLines(stderr).filter((l) => l.level === 'error')).toEqual([]);
    }
  });
});

describe('npm start with INTERACTIONS_PORT, misconfigured', () => {
  it('stops at start without the public key: a configuration error (exit 78) naming the variable', async () => {
    const { code, stderr } = await runScript('src/main.ts', [], { vars: { INTERACTIONS_PORT: '0' } });
    expect(code).toBe(EXIT_CONFIG);
    expect(stderr).toContain(
      "DISCORD_PUBLIC_KEY: required with INTERACTIONS_PORT, the Public Key on the developer portal's General Information page (64 hex digits)",
    );
  });

  it('stops with one line naming the variables when the port is taken (another process has it)', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', () => resolve()));
    const { port } = taken.address() as AddressInfo;
    try {
      const { code, stderr } = await runScript('src/main.ts', [], {
        vars: { INTERACTIONS_PORT: String(port), DISCORD_PUBLIC_KEY: 'a'.repeat(64) },
      });
      expect(code).toBe(1);
      expect(jsonLines(stderr).find((l) => l.level === 'error')).toMatchObject({
        msg: `could not serve HTTP interactions on 127.0.0.1:${port} (INTERACTIONS_PORT, INTERACTIONS_HOST)`,
        error: { code: 'EADDRINUSE' },
      });
    } finally {
      taken.close();
    }
  });
});
