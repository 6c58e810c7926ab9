import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AttachmentBuilder,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  REST,
  Routes,
  type Interaction,
} from 'discord.js';
import { DiscordStandIn, opt } from './standin.ts';

describe('DiscordStandIn with a real discord.js Client', () => {
  let standin: DiscordStandIn;
  let client: Client;
  let handler: (i: Interaction) => Promise<void>;
  const errors: unknown[] = [];

  beforeEach(async () => {
    standin = new DiscordStandIn();
    await standin.start();
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standin.apiBase } });
    handler = async () => {};
    errors.length = 0;
    client.on(Events.InteractionCreate, (i) => void handler(i).catch((e: unknown) => errors.push(e)));
    const ready = once(client, Events.ClientReady);
    await client.login('test-token');
    await ready;
  });

  afterEach(async () => {
    await client.destroy();
    await standin.stop();
    expect(errors).toEqual([]); // exceptions thrown by the test bot's handlers
  });

  it('logs in: READY, GUILD_CREATE and the gateway handshake', () => {
    expect(client.user?.id).toBe(standin.appId);
    expect(client.application?.id).toBe(standin.appId);
    const guild = client.guilds.cache.get(standin.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(standin.channelId)?.isTextBased()).toBe(true);
    expect(standin.calls[0]).toMatchObject({
      method: 'GET',
      path: '/gateway/bot',
      auth: 'Bot test-token',
      status: 200,
    });
    expect(standin.gatewayReceived.find((p) => p.op === 2)?.d).toMatchObject({
      token: 'test-token',
      intents: GatewayIntentBits.Guilds,
    });
  });

  it('records a chat-input reply with flags and allowed mentions', async () => {
    let question: string | null = null;
    handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      question = i.options.getString('question');
      await i.reply({ content: 'hi', allowedMentions: { parse: [] }, flags: MessageFlags.Ephemeral });
    };
    const h = standin.command('ask', [opt.string('question', 'who won?')]);
    const r = await h.final();
    expect(question).toBe('who won?');
    expect(r.kind).toBe('callback');
    expect(r.callbackType).toBe(4);
    expect(r.data).toMatchObject({ content: 'hi', flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } });
    expect(r.call.path).toBe(`/interactions/${h.id}/${h.token}/callback`);
    expect(h.original?.content).toBe('hi');
    expect(h.responses).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('records a defer followed by editReply and followUp', async () => {
    handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await i.editReply({ content: 'answer', embeds: [{ title: 'Sources', description: '[1] x' }] });
      const msg = await i.followUp({ content: 'more', flags: MessageFlags.Ephemeral });
      await i.webhook.editMessage(msg, { content: 'more!' });
    };
    const h = standin.command('ask');
    const deferred = await h.nextResponse();
    expect(deferred).toMatchObject({ kind: 'callback', callbackType: 5 });
    const edit = await h.nextResponse();
    expect(edit).toMatchObject({
      kind: 'edit',
      messageId: '@original',
      data: { content: 'answer', embeds: [{ title: 'Sources' }] },
    });
    expect(await h.final()).toBe(edit);
    const followup = await h.nextResponse();
    expect(followup).toMatchObject({ kind: 'followup', data: { content: 'more', flags: MessageFlags.Ephemeral } });
    const edit2 = await h.nextResponse();
    expect(edit2).toMatchObject({ kind: 'edit', messageId: followup.messageId, data: { content: 'more!' } });
    expect(h.original).toMatchObject({ content: 'answer', flags: 0 }); // "thinking" flag cleared by the edit
    expect(errors).toEqual([]);
  });

  it('answers autocomplete with respond()', async () => {
    let focused: string | undefined;
    handler = async (i) => {
      if (!i.isAutocomplete()) return;
      focused = i.options.getFocused();
      await i.respond([
        { name: 'Article one', value: 'a1' },
        { name: 'Article two', value: 'a2' },
      ]);
    };
    const h = standin.autocomplete('quote', [opt.string('article', 'Art', true)]);
    const r = await h.final();
    expect(focused).toBe('Art');
    expect(r.callbackType).toBe(8);
    expect(r.data.choices).toEqual([
      { name: 'Article one', value: 'a1' },
      { name: 'Article two', value: 'a2' },
    ]);
  });

  it('updates the message of a button interaction', async () => {
    let customId = '';
    handler = async (i) => {
      if (!i.isButton()) return;
      customId = i.customId;
      await i.update({ content: 'page 2', components: [] });
    };
    const h = standin.button('page:2', { message: { content: 'page 1' } });
    const r = await h.final();
    expect(customId).toBe('page:2');
    expect(r).toMatchObject({ callbackType: 7, data: { content: 'page 2', components: [] } });
    expect(r.message).toMatchObject({ id: h.payload.message.id, content: 'page 2' });
  });

  it('passes member permissions through to memberPermissions and member.permissions', async () => {
    handler = async (i) => {
      if (!i.isChatInputCommand() || !i.inCachedGuild()) return;
      const a = i.memberPermissions.has(PermissionFlagsBits.ManageGuild);
      const b = i.member.permissions.has(PermissionFlagsBits.ManageGuild);
      await i.reply({ content: `${a}/${b}` });
    };
    const admin = await standin.command('admin', [], { permissions: PermissionFlagsBits.ManageGuild }).final();
    expect(admin.data.content).toBe('true/true');
    const plain = await standin.command('admin').final();
    expect(plain.data.content).toBe('false/false');
  });

  it('supports withResponse, file attachments, DMs and rejects a second acknowledgement', async () => {
    let guildless = false;
    handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      guildless = !i.inGuild();
      const res = await i.reply({
        content: 'file',
        withResponse: true,
        files: [new AttachmentBuilder(Buffer.from('hello'), { name: 'a.txt' })],
      });
      await i.editReply({ content: `${res.resource?.message?.content}` });
      // Bypass discord.js's local guard to hit the API twice, as a racing second handler would.
      await client.rest.post(Routes.interactionCallback(i.id, i.token), {
        body: { type: 4, data: { content: 'x' } },
        auth: false,
      });
    };
    const h = standin.command('file', [], { dm: true });
    const first = await h.nextResponse();
    expect(first.call.query.with_response).toBe('true');
    expect(first.files).toEqual([{ field: 'files[0]', name: 'a.txt', size: 5, contentType: expect.any(String) }]);
    expect(first.message?.attachments).toMatchObject([{ filename: 'a.txt', size: 5 }]);
    expect((await h.nextResponse()).data.content).toBe('file');
    expect(guildless).toBe(true);
    await standin.waitForCall((c) => c.status === 400);
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toBeInstanceOf(DiscordAPIError);
    expect((errors[0] as DiscordAPIError).code).toBe(40060);
    errors.length = 0;
  });

  it('resumes the session after a gateway reconnect request', async () => {
    handler = async (i) => {
      if (i.isChatInputCommand()) await i.reply('still here');
    };
    const resumed = once(client, Events.ShardResume);
    standin.requestReconnect();
    await resumed;
    expect(standin.gatewayReceived.some((p) => p.op === 6)).toBe(true);
    expect((await standin.command('ping').final()).data.content).toBe('still here');
  });

  it('times out with the responses seen so far', async () => {
    const h = standin.command('ignored');
    await expect(h.final(50)).rejects.toThrow(/timed out after 50ms/);
  });
});

describe('DiscordStandIn gateway heartbeats', () => {
  it('acks heartbeats so the client measures a ping', async () => {
    const standin = new DiscordStandIn({ heartbeatIntervalMs: 20 });
    await standin.start();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standin.apiBase } });
    try {
      const ready = once(client, Events.ClientReady);
      await client.login('test-token');
      await ready;
      await expect.poll(() => standin.gatewayReceived.filter((p) => p.op === 1).length).toBeGreaterThanOrEqual(2);
      await expect.poll(() => client.ws.ping).toBeGreaterThanOrEqual(0);
    } finally {
      await client.destroy();
      await standin.stop();
    }
  });
});

describe('DiscordStandIn REST only', () => {
  let standin: DiscordStandIn;
  beforeEach(async () => {
    standin = new DiscordStandIn();
    await standin.start();
  });
  afterEach(async () => {
    await standin.stop();
  });

  it('bulk-overwrites guild commands and keeps ids on redeploy', async () => {
    const rest = new REST({ api: standin.apiBase }).setToken('x');
    const route = Routes.applicationGuildCommands(standin.appId, standin.guildId);
    const body = [
      {
        name: 'ask',
        description: 'Ask a question',
        options: [{ type: 3, name: 'question', description: 'q', required: true }],
      },
      { name: 'quote', description: 'Quote an article' },
    ];
    const first = (await rest.put(route, { body })) as Array<{ id: string; name: string; guild_id: string }>;
    expect(first.map((c) => c.name)).toEqual(['ask', 'quote']);
    expect(first[0]).toMatchObject({ guild_id: standin.guildId, application_id: standin.appId, type: 1 });
    const again = (await rest.put(route, { body })) as typeof first;
    expect(again.map((c) => c.id)).toEqual(first.map((c) => c.id));
    expect(await rest.get(route)).toEqual(again);
    expect(standin.guildCommands.get(standin.guildId)).toHaveLength(2);
    const created = (await rest.post(route, {
      body: { name: 'ask', description: 'Ask v2' },
    })) as (typeof first)[number];
    expect(created).toMatchObject({ id: first[0]?.id, description: 'Ask v2' }); // create = upsert by name
    expect(standin.calls.filter((c) => c.method === 'PUT')[0]).toMatchObject({ path: route, body, auth: 'Bot x' });
    await expect(rest.get('/channels/1/pins')).rejects.toThrow(/no route/);
  });
});
