import { createPublicKey, verify } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  ApplicationCommandOptionType,
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
import { DiscordStandIn, opt, type Json } from './standin.ts';

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

  it('sends from the second guild, in its own channel, when asked to', async () => {
    handler = async (i) => {
      if (!i.isChatInputCommand() || !i.inCachedGuild()) return;
      const manage = i.member.permissions.has(PermissionFlagsBits.ManageGuild);
      await i.reply(`${i.guild.name}/${i.channel?.name}/${manage}`);
    };
    const other = client.guilds.cache.get(standin.otherGuildId);
    expect(other?.available).toBe(true);
    expect(other?.channels.cache.get(standin.otherChannelId)?.isTextBased()).toBe(true);
    expect(other?.roles.everyone.id).toBe(standin.otherGuildId);
    const h = standin.command('where', [], {
      guildId: standin.otherGuildId,
      permissions: PermissionFlagsBits.ManageGuild,
    });
    const r = await h.final();
    expect(r.data.content).toBe('Other Stand-in Guild/general/true');
    expect(h.payload).toMatchObject({ guild_id: standin.otherGuildId, channel_id: standin.otherChannelId });
    expect(r.message).toMatchObject({ guild_id: standin.otherGuildId, channel_id: standin.otherChannelId });
    const first = standin.command('where');
    expect((await first.final()).data.content).toBe('Stand-in Guild/general/false');
    expect(first.payload.guild_id).toBe(standin.guildId);
    expect(() => standin.command('where', [], { guildId: '1' })).toThrow(/unknown guild 1/);
  });

  it('resolves an attachment option inside a subcommand, and serves its bytes', async () => {
    let seen: Json = {};
    handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      const file = i.options.getAttachment('file', true);
      const body = await (await fetch(file.url)).text();
      seen = {
        command: i.toString(),
        sub: i.options.getSubcommand(),
        name: file.name,
        size: file.size,
        type: file.contentType,
        ephemeral: file.ephemeral,
        body,
        note: i.options.getString('note'),
      };
      await i.reply('added');
    };
    const file = opt.attachment('file', { filename: 'notes.md', content: '# Notes\n' });
    const h = standin.command('article', [opt.subcommand('add', [file, opt.string('note', 'x')])], {
      guildId: standin.otherGuildId,
    });
    expect((await h.final()).data.content).toBe('added');
    expect(seen).toEqual({
      command: `/article add file:${file.value} note:x`,
      sub: 'add',
      name: 'notes.md',
      size: 8,
      type: 'text/markdown; charset=utf-8',
      ephemeral: true,
      body: '# Notes\n',
      note: 'x',
    });
    const url = `http://127.0.0.1:${new URL(standin.apiBase).port}/attachments/${file.value}/notes.md`;
    expect(h.payload.data).toMatchObject({
      name: 'article',
      options: [
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: 'add',
          options: [{ type: ApplicationCommandOptionType.Attachment, name: 'file', value: file.value }, {}],
        },
      ],
      resolved: {
        attachments: {
          [file.value]: {
            id: file.value,
            filename: 'notes.md',
            size: 8,
            url,
            proxy_url: url,
            content_type: 'text/markdown; charset=utf-8',
          },
        },
      },
    });
    expect(standin.calls.find((c) => c.path.startsWith('/attachments/'))).toMatchObject({ method: 'GET', status: 200 });
  });

  it('passes a top-level attachment with a url of its own as given', async () => {
    let got: Json = {};
    handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      const a = i.options.getAttachment('file');
      got = { url: a?.url, proxy: a?.proxyURL, size: a?.size, type: a?.contentType, width: a?.width };
      await i.reply('ok');
    };
    const spec = { id: '500000000000000001', filename: 'x.png', size: 3, url: 'https://cdn.invalid/x.png' };
    const h = standin.command('upload', [
      opt.attachment('file', { ...spec, contentType: 'image/png', extra: { width: 4, height: 2 } }),
    ]);
    await h.final();
    expect(got).toEqual({ url: spec.url, proxy: spec.url, size: 3, type: 'image/png', width: 4 });
    expect(h.payload.data.options).toEqual([{ type: 11, name: 'file', value: spec.id }]);
    expect(Object.keys(h.payload.data.resolved.attachments)).toEqual([spec.id]);
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

/** A bare gateway connection: every payload it receives, and a way to wait for one. */
async function rawGateway(standin: DiscordStandIn) {
  const ws = new WebSocket(standin.gatewayUrl);
  const received: Json[] = [];
  let closed: number | undefined;
  ws.on('message', (raw) => received.push(JSON.parse(String(raw))));
  ws.on('close', (code) => (closed = code));
  await once(ws, 'open');
  return {
    received,
    dispatches: (t: string) => received.filter((p) => p.t === t).map((p) => p.d),
    closeCode: () => closed,
    identify: (shard?: [number, number]) =>
      ws.send(JSON.stringify({ op: 2, d: { token: 't', intents: 1, properties: {}, ...(shard ? { shard } : {}) } })),
    close: () => ws.terminate(),
  };
}

describe('DiscordStandIn shards', () => {
  let standin: DiscordStandIn;
  beforeEach(async () => {
    standin = new DiscordStandIn({ shards: 2 });
    await standin.start();
  });
  afterEach(async () => {
    await standin.stop();
  });

  it('puts the two guilds on different shards of 2 and recommends the configured count', async () => {
    expect(standin.shardOf(standin.guildId)).toBe(0);
    expect(standin.shardOf(standin.otherGuildId)).toBe(1);
    expect(standin.shardOf(standin.otherGuildId, 1)).toBe(0);
    const rest = new REST({ api: standin.apiBase }).setToken('x');
    expect(await rest.get(Routes.gatewayBot())).toMatchObject({
      url: standin.gatewayUrl,
      shards: 2,
      session_start_limit: { total: 1000, remaining: 1000, max_concurrency: 1 },
    });
    standin.shards = 3;
    expect(await rest.get(Routes.gatewayBot())).toMatchObject({ shards: 3 });
  });

  it('gives each raw session READY with its shard and only its guilds, and routes interactions by shard', async () => {
    const a = await rawGateway(standin);
    const b = await rawGateway(standin);
    try {
      a.identify([0, 2]);
      await expect.poll(() => a.dispatches('GUILD_CREATE').length).toBe(1);
      expect(() => standin.command('x', [], { guildId: standin.otherGuildId })).toThrow(
        /no identified gateway session serving guild 310000000000000001/,
      );
      b.identify([1, 2]);
      await expect.poll(() => b.dispatches('GUILD_CREATE').length).toBe(1);
      expect(standin.identifiedShards).toEqual([
        [0, 2],
        [1, 2],
      ]);
      expect(a.dispatches('READY')[0]).toMatchObject({ shard: [0, 2], guilds: [{ id: standin.guildId }] });
      expect(b.dispatches('READY')[0]).toMatchObject({ shard: [1, 2], guilds: [{ id: standin.otherGuildId }] });
      expect(a.dispatches('GUILD_CREATE').map((g) => g.id)).toEqual([standin.guildId]);
      expect(b.dispatches('GUILD_CREATE').map((g) => g.id)).toEqual([standin.otherGuildId]);

      const fromB = standin.command('x', [], { guildId: standin.otherGuildId });
      const fromA = standin.command('x');
      const dm = standin.command('x', [], { dm: true });
      const ids = (s: typeof a) => s.dispatches('INTERACTION_CREATE').map((d) => d.id);
      await expect.poll(() => ids(a).length).toBe(2);
      await expect.poll(() => ids(b).length).toBe(1);
      expect(ids(a)).toEqual([fromA.id, dm.id]); // DMs are on shard 0
      expect(ids(b)).toEqual([fromB.id]);
      // A new permission role is announced only to the session serving its guild.
      standin.command('x', [], { guildId: standin.otherGuildId, permissions: PermissionFlagsBits.Administrator });
      await expect.poll(() => b.dispatches('GUILD_ROLE_CREATE').length).toBe(1);
      expect(a.dispatches('GUILD_ROLE_CREATE')).toEqual([]);
      expect(standin.calls.find((c) => c.path === '/gateway/bot')).toBeUndefined();
    } finally {
      a.close();
      b.close();
    }
  });

  it('closes with 4010 on an invalid shard, and treats an IDENTIFY without shard as [0, 1]', async () => {
    const bad = await rawGateway(standin);
    bad.identify([2, 2]);
    await expect.poll(() => bad.closeCode()).toBe(4010);
    expect(standin.identifiedShards).toEqual([]);
    const plain = await rawGateway(standin);
    try {
      plain.identify();
      await expect.poll(() => plain.dispatches('GUILD_CREATE').length).toBe(2);
      expect(plain.dispatches('READY')[0].shard).toEqual([0, 1]);
      expect(standin.identifiedShards).toEqual([[0, 1]]);
    } finally {
      plain.close();
    }
  });

  it('serves two discord.js clients, one per shard, each its own guild', async () => {
    const clients = [0, 1].map(
      (shard) =>
        new Client({
          intents: [GatewayIntentBits.Guilds],
          rest: { api: standin.apiBase },
          shards: shard,
          shardCount: 2,
        }),
    );
    const got: string[][] = [[], []];
    for (const [n, c] of clients.entries()) {
      c.on(Events.InteractionCreate, async (i) => {
        got[n]?.push(i.guildId ?? 'dm');
        if (i.isChatInputCommand()) await i.reply(`shard ${n}`);
      });
    }
    try {
      for (const c of clients) {
        const ready = once(c, Events.ClientReady);
        await c.login('test-token');
        await ready;
      }
      expect(standin.identifiedShards).toEqual([
        [0, 2],
        [1, 2],
      ]);
      expect(clients.map((c) => [...c.guilds.cache.keys()])).toEqual([[standin.guildId], [standin.otherGuildId]]);
      expect((await standin.command('x', [], { guildId: standin.otherGuildId }).final()).data.content).toBe('shard 1');
      expect((await standin.command('x').final()).data.content).toBe('shard 0');
      expect((await standin.command('x', [], { dm: true }).final()).data.content).toBe('shard 0');
      expect(got).toEqual([[standin.guildId, 'dm'], [standin.otherGuildId]]);
    } finally {
      for (const c of clients) await c.destroy();
    }
  });
});

describe('DiscordStandIn as the sender of HTTP interactions', () => {
  /** A bare endpoint that keeps what it received and answers each interaction with a fixed reply. */
  async function endpoint() {
    const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        const type = (JSON.parse(body) as { type: number }).type;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(type === 1 ? { type: 1 } : { type: 4, data: { content: 'hi' } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    return { received, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions` };
  }
  const verifies = (publicHex: string, r: { headers: Record<string, any>; body: string }): boolean =>
    verify(
      null,
      Buffer.from(`${r.headers['x-signature-timestamp']}${r.body}`),
      createPublicKey({ key: Buffer.from(`302a300506032b6570032100${publicHex}`, 'hex'), format: 'der', type: 'spki' }),
      Buffer.from(r.headers['x-signature-ed25519'], 'hex'),
    );

  it('signs with the key it publishes, unless told to sign badly, and records a reply as the callback', async () => {
    const standin = new DiscordStandIn();
    await standin.start();
    const bot = await endpoint();
    standin.endpoint = bot.url;
    try {
      expect(standin.publicKeyHex).toMatch(/^[0-9a-f]{64}$/);
      const delivery = await standin.postCommand('help', [], {}, { timestamp: 1_765_000_000 });
      expect(await standin.postPing()).toEqual({ status: 200, body: { type: 1 } });
      await standin.postCommand('help', [], {}, { signature: 'wrong-key' });
      await standin.postCommand('help', [], {}, { signature: 'tampered' });
      await standin.postCommand('help', [], {}, { signature: 'none' });
      const [signed, ping, wrongKey, tampered, unsigned] = bot.received;
      expect(signed!.headers['x-signature-timestamp']).toBe('1765000000');
      expect(JSON.parse(signed!.body)).toMatchObject({ type: 2, data: { name: 'help' }, token: delivery.handle.token });
      expect([signed, ping, wrongKey, tampered].map((r) => verifies(standin.publicKeyHex, r!))).toEqual([
        true,
        true,
        false,
        false,
      ]);
      expect(unsigned!.headers['x-signature-ed25519']).toBeUndefined();
      // The reply in the response body is the interaction's callback, as if sent over REST.
      expect(await delivery.handle.final()).toMatchObject({
        kind: 'callback',
        callbackType: 4,
        data: { content: 'hi' },
      });
      expect(standin.calls.filter((c) => c.via === 'response')).toHaveLength(4);
    } finally {
      bot.server.close();
      await standin.stop();
    }
  });
});
