/**
 * DiscordStandIn: a small local fake of Discord's REST API and gateway that the real discord.js
 * Client (and a REST-only deploy script) can talk to, so bot end-to-end tests run offline.
 *
 *   const standin = new DiscordStandIn();
 *   await standin.start();
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standin.apiBase } });
 *   await client.login('any-token');                 // then wait for Events.ClientReady
 *   const h = standin.command('ask', [opt.string('question', 'who?')]);
 *   const res = await h.final();                     // res.data.content, res.data.embeds, ...
 *   await client.destroy(); await standin.stop();   // destroy the client first: see stop()
 *
 *   // the second guild, and an attachment on a subcommand, as Discord sends `/article add file:`
 *   standin.command('article', [opt.subcommand('add', [opt.attachment('file', { filename: 'a.txt', content: 'hi' })])],
 *     { guildId: standin.otherGuildId });
 *
 * Only listens on 127.0.0.1. Two guilds (guildId, otherGuildId), each with an @everyone role and one text
 * channel (channelId, otherChannelId); interactions come from the first unless `guildId` or `dm` says
 * otherwise. Any number of gateway sessions, each one shard `[id, count]` (IDENTIFY's `shard`, default
 * [0, 1]): a session gets GUILD_CREATE and interactions only for the guilds of its shard, by Discord's
 * formula `(guild_id >> 22) % count`, DMs on shard 0 (with one shard, everything goes everywhere).
 * `shards` is the count GET /gateway/bot recommends. Attachments given to opt.attachment with `content`
 * are served at `http://127.0.0.1:<port>/attachments/<id>/<filename>`.
 *
 * HTTP interactions: the stand-in is also Discord's side of an Interactions Endpoint. Give the bot
 * `publicKeyHex` (DISCORD_PUBLIC_KEY) and `apiBase`, set `endpoint` to the bot's URL; `postCommand`,
 * `postButton`, `postAutocomplete`, `postPing` sign and POST (see `post`), with bad signatures on request.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  GatewayDispatchEvents,
  GatewayOpcodes,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  PermissionFlagsBits as P,
} from 'discord.js';

/** Loosely typed Discord JSON object (messages, commands, payloads): tests poke at fields freely. */
export type Json = Record<string, any>;

export interface RecordedFile {
  field: string;
  name: string;
  size: number;
  contentType: string;
}

export interface RecordedCall {
  method: string;
  /** Route without the `/api` and `/v10` prefixes, e.g. `/interactions/123/tok/callback`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or the `payload_json` part of a multipart body; undefined when empty. */
  body: any;
  files: RecordedFile[];
  /** Authorization header (`Bot <token>`); undefined for interaction callbacks and webhooks. */
  auth: string | undefined;
  /** Status code the stand-in answered with (for `via: 'response'`, the bot's status). */
  status: number;
  /**
   * 'response': not a REST call but the body of the bot's response to an HTTP interaction the
   * stand-in POSTed (`post`), recorded as the callback it stands for (same path and body).
   */
  via?: 'response';
}

/** How `post` signs an HTTP interaction (default: as Discord does, now). */
export interface PostOptions {
  /**
   * 'valid' (default); 'none': no signature headers; 'wrong-key': signed with another key;
   * 'tampered': a valid signature of another body.
   */
  signature?: 'valid' | 'none' | 'wrong-key' | 'tampered';
  /** X-Signature-Timestamp, seconds since the epoch (default now). */
  timestamp?: number;
  /** Where to POST (default `endpoint`): another replica's address, say. */
  to?: string;
}

/** What `post` got back: the HTTP status, the body (JSON when it parses), the interaction's handle. */
export interface Delivery {
  status: number;
  body: any;
  handle: InteractionHandle;
}

/** Message-ish body of a response: callback `data` or a webhook edit/followup body. */
export interface ResponseData {
  content?: string;
  embeds?: Json[];
  components?: Json[];
  flags?: number;
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[]; replied_user?: boolean };
  choices?: Array<{ name: string; value: string | number }>;
  attachments?: Json[];
  [key: string]: unknown;
}

export interface InteractionResponse {
  kind: 'callback' | 'edit' | 'followup' | 'delete';
  /** For kind 'callback': 4 reply, 5 defer, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
  callbackType?: number;
  /** '@original' or a followup id (edit/delete), or the id of a created followup. */
  messageId?: string;
  data: ResponseData;
  files: RecordedFile[];
  /** The message as it stands after this response, when the response created/changed one. */
  message?: Json;
  call: RecordedCall;
}

export type OptionSpec = Json & { name: string; type: number };

/** A file a user attached to a command option (opt.attachment). */
export interface AttachmentSpec {
  /** Default: a fresh snowflake. It is the option's value and the key in `data.resolved.attachments`. */
  id?: string;
  /** Default 'file.txt'. */
  filename?: string;
  /** Default: the length of `content`, or 0. */
  size?: number;
  /** Default: served by the stand-in, `http://127.0.0.1:<port>/attachments/<id>/<filename>`. */
  url?: string;
  /** Default: `url`. */
  proxyUrl?: string;
  /** Default: guessed from the filename's extension (txt, md, html, json, pdf); omitted when unknown. */
  contentType?: string;
  /** Bytes the stand-in serves at its own url (GET answers 404 without). */
  content?: string | Uint8Array;
  /** Merged into the resolved attachment (width, height, description, ...). */
  extra?: Json;
}

/** opt.attachment options -> their attachment, collected into `data.resolved.attachments` on dispatch. */
const attachmentSpecs = new WeakMap<OptionSpec, AttachmentSpec & { id: string }>();

const CONTENT_TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  pdf: 'application/pdf',
};

/** Builders for interaction options (the shape Discord sends, not the command definition). */
export const opt = {
  string: (name: string, value: string, focused = false): OptionSpec => ({
    name,
    type: ApplicationCommandOptionType.String,
    value,
    ...(focused ? { focused } : {}),
  }),
  integer: (name: string, value: number, focused = false): OptionSpec => ({
    name,
    type: ApplicationCommandOptionType.Integer,
    value,
    ...(focused ? { focused } : {}),
  }),
  number: (name: string, value: number, focused = false): OptionSpec => ({
    name,
    type: ApplicationCommandOptionType.Number,
    value,
    ...(focused ? { focused } : {}),
  }),
  boolean: (name: string, value: boolean): OptionSpec => ({ name, type: ApplicationCommandOptionType.Boolean, value }),
  /**
   * An attachment option `{ type: 11, name, value: <attachment id> }`; dispatching it (at any depth, e.g. inside
   * opt.subcommand) adds the attachment to `data.resolved.attachments`, so getAttachment(name) works.
   */
  attachment: (name: string, file: AttachmentSpec = {}): OptionSpec => {
    const option: OptionSpec = { name, type: ApplicationCommandOptionType.Attachment, value: file.id ?? snowflake() };
    attachmentSpecs.set(option, { ...file, id: option.value });
    return option;
  },
  subcommand: (name: string, options: OptionSpec[] = []): OptionSpec => ({
    name,
    type: ApplicationCommandOptionType.Subcommand,
    options,
  }),
  group: (name: string, subcommands: OptionSpec[]): OptionSpec => ({
    name,
    type: ApplicationCommandOptionType.SubcommandGroup,
    options: subcommands,
  }),
};

export interface InteractionSpec {
  type: 'command' | 'autocomplete' | 'component';
  /** Command name (command/autocomplete). */
  name?: string;
  options?: OptionSpec[];
  /** Component custom_id, component_type (default Button), select values. */
  customId?: string;
  componentType?: number;
  values?: string[];
  /** Overrides merged into the default bot message the component sits on. */
  message?: Json;
  /** Invoking user overrides (default: standin.user). */
  user?: Json;
  /** Member permissions (default DEFAULT_MEMBER_PERMISSIONS); also reflected in member.permissions via a role. */
  permissions?: bigint;
  appPermissions?: bigint;
  locale?: string;
  /** Send as a DM (user + DM channel) instead of from the guild. */
  dm?: boolean;
  /** The guild it comes from, in its text channel: standin.guildId (default) or standin.otherGuildId. */
  guildId?: string;
  /** Merged into payload.data (e.g. `resolved`) and into the payload itself: escape hatches. */
  data?: Json;
  extra?: Json;
}

export const DEFAULT_MEMBER_PERMISSIONS =
  P.ViewChannel |
  P.SendMessages |
  P.ReadMessageHistory |
  P.EmbedLinks |
  P.AttachFiles |
  P.AddReactions |
  P.UseApplicationCommands;

const EPOCH = 1420070400000n;
let counter = 0n;
/** Real-looking snowflakes: discord.js/@discordjs/rest parse timestamps out of 17-19 digit ids. */
export const snowflake = (): string => (((BigInt(Date.now()) - EPOCH) << 22n) | (counter++ & 0xfffn)).toString();

type Waiter<T> = {
  pred: (x: T, i: number) => boolean;
  resolve: (x: T) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
};

/** An append-only list you can await items of (past or future), with timeouts that never dangle. */
class Feed<T> {
  readonly items: T[] = [];
  private waiters = new Set<Waiter<T>>();
  push(item: T): void {
    this.items.push(item);
    for (const w of [...this.waiters]) this.settle(w);
  }
  wait(pred: (x: T, i: number) => boolean, timeoutMs: number, what: () => string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const w: Waiter<T> = { pred, resolve, reject };
      if (this.settle(w)) return;
      w.timer = setTimeout(() => {
        this.waiters.delete(w);
        reject(new Error(`DiscordStandIn: timed out after ${timeoutMs}ms waiting for ${what()}`));
      }, timeoutMs);
      this.waiters.add(w);
    });
  }
  close(reason: string): void {
    for (const w of this.waiters) {
      clearTimeout(w.timer);
      w.reject(new Error(reason));
    }
    this.waiters.clear();
  }
  private settle(w: Waiter<T>): boolean {
    const item = this.items.find((x, i) => w.pred(x, i));
    if (item === undefined) return false;
    clearTimeout(w.timer);
    this.waiters.delete(w);
    w.resolve(item);
    return true;
  }
}

/** What dispatchInteraction returns: the payload sent and everything the bot answered so far. */
export class InteractionHandle {
  readonly feed = new Feed<InteractionResponse>();
  acknowledged = false;
  /** Current state of '@original' (the reply, or for components the message the component is on). */
  original: Json | undefined;
  readonly followups = new Map<string, Json>();
  private cursor = 0;

  constructor(
    readonly payload: Json,
    private readonly timeoutMs: number,
    private readonly closed: () => string | undefined,
  ) {}

  get id(): string {
    return this.payload.id;
  }
  get token(): string {
    return this.payload.token;
  }
  get responses(): readonly InteractionResponse[] {
    return this.feed.items;
  }

  /** First response (past or future) matching pred. */
  waitFor(
    pred: (r: InteractionResponse, i: number) => boolean,
    timeoutMs = this.timeoutMs,
  ): Promise<InteractionResponse> {
    const closed = this.closed();
    if (closed) return Promise.reject(new Error(closed));
    return this.feed.wait(
      pred,
      timeoutMs,
      () =>
        `a response to interaction ${this.id}; got ${JSON.stringify(this.responses.map((r) => r.callbackType ?? r.kind))}`,
    );
  }

  /** Responses in order, one per call. */
  async nextResponse(timeoutMs = this.timeoutMs): Promise<InteractionResponse> {
    const from = this.cursor;
    const r = await this.waitFor((_, i) => i >= from, timeoutMs);
    this.cursor = this.responses.indexOf(r) + 1;
    return r;
  }

  /**
   * The response that settles the interaction: a non-deferred callback (reply/update/autocomplete/modal),
   * or after a defer (5/6) the first edit or followup that is not `interim`. A bot that edits its
   * deferred reply with progress first says how to tell those edits (by their content or shape),
   * so that a slow answer's progress is never taken for the answer.
   */
  final(
    timeoutMs = this.timeoutMs,
    interim: (r: InteractionResponse) => boolean = () => false,
  ): Promise<InteractionResponse> {
    const deferred = (r: InteractionResponse): boolean =>
      r.kind === 'callback' && (r.callbackType === 5 || r.callbackType === 6);
    return this.waitFor(
      (r, i) => (r.kind === 'callback' ? !deferred(r) : !interim(r) && this.responses.slice(0, i).some(deferred)),
      timeoutMs,
    );
  }
}

/** A JSON body, or raw bytes (a Uint8Array body) sent with `contentType`. */
type Reply = { status: number; body?: unknown; contentType?: string };
type Handler = (call: RecordedCall, m: RegExpExecArray) => Reply;
const ok = (body: unknown): Reply => ({ status: 200, body });
const fail = (status: number, code: number, message: string): Reply => ({ status, body: { code, message } });

interface Session {
  id: string;
  seq: number;
  socket: WebSocket | null;
  log: Json[];
  dead: boolean;
  /** [shard id, shard count] from IDENTIFY. */
  shard: [number, number];
}

interface GuildState {
  id: string;
  name: string;
  channelId: string;
  /** @everyone (id = guild id) first, then the permission roles. */
  roles: Json[];
  permRoles: Map<bigint, string>;
  botRoleId: string;
}

export interface StandInOptions {
  /** Gateway heartbeat interval told to clients (Discord uses ~41250). */
  heartbeatIntervalMs?: number;
  /** Default timeout of the wait helpers (15 s). */
  timeoutMs?: number;
  /** The bot's permissions: app_permissions of interactions and the bot member's role. */
  appPermissions?: bigint;
  /** Shard count GET /gateway/bot recommends (default 1); also settable later as `standin.shards`. */
  shards?: number;
}

export class DiscordStandIn {
  readonly appId = '200000000000000001';
  readonly guildId = '300000000000000001';
  readonly channelId = '300000000000000002';
  readonly dmChannelId = '300000000000000003';
  /** A second guild; with 2 shards it is on shard 1 and guildId on shard 0. */
  readonly otherGuildId = '310000000000000001';
  readonly otherChannelId = '310000000000000002';
  readonly ownerId = '400000000000000001';
  readonly botUser: Json = {
    id: this.appId,
    username: 'citebot',
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: true,
    flags: 0,
  };
  /** Default invoking user (override per interaction with spec.user). */
  readonly user: Json = {
    id: '400000000000000002',
    username: 'reader',
    discriminator: '0',
    global_name: 'Reader',
    avatar: null,
    flags: 0,
  };

  readonly calls: RecordedCall[];
  /** Gateway payloads received from clients (IDENTIFY, RESUME, heartbeats, ...). */
  readonly gatewayReceived: Json[] = [];
  /** WebSocket connections the gateway accepted. */
  gatewayConnections = 0;
  readonly guildCommands = new Map<string, Json[]>();
  globalCommands: Json[] = [];
  /**
   * When set, an IDENTIFY is answered by closing the connection with this code instead of READY,
   * as Discord does for a bad token (4004) or an intent not enabled in the portal (4014).
   */
  rejectIdentify: number | undefined;
  /** Shard count GET /gateway/bot recommends (option `shards`, default 1). */
  shards: number;
  /** The `[shard id, shard count]` of each IDENTIFY answered with READY, in order ([0, 1] when not given). */
  readonly identifiedShards: Array<[number, number]> = [];

  private readonly callFeed = new Feed<RecordedCall>();
  private readonly interactions = new Map<string, InteractionHandle>(); // by id and by token
  private readonly sessions = new Map<string, Session>();
  private readonly guilds = new Map<string, GuildState>();
  /** Bytes of the attachments the stand-in serves, by attachment id. */
  private readonly files = new Map<string, { content: Uint8Array; contentType: string | undefined }>();
  private readonly custom: Array<{ method: string; pattern: RegExp; handler: Handler }> = [];
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private port = 0;
  private stopped: string | undefined;
  /** False while the gateway is cut (cutGateway). */
  private reachable = true;
  private readonly opts: Required<StandInOptions>;

  constructor(options: StandInOptions = {}) {
    this.opts = {
      heartbeatIntervalMs: 41250,
      // Generous: a wait returns as soon as what it waits for happens, and a busy machine is slow.
      timeoutMs: 15_000,
      appPermissions: DEFAULT_MEMBER_PERMISSIONS,
      shards: 1,
      ...options,
    };
    this.shards = this.opts.shards;
    this.calls = this.callFeed.items;
    const guilds: Array<[string, string, string]> = [
      [this.guildId, 'Stand-in Guild', this.channelId],
      [this.otherGuildId, 'Other Stand-in Guild', this.otherChannelId],
    ];
    for (const [id, name, channelId] of guilds) {
      const g: GuildState = { id, name, channelId, roles: [], permRoles: new Map(), botRoleId: '' };
      g.roles.push(this.role(id, '@everyone', 0n, 0));
      this.guilds.set(id, g);
      g.botRoleId = this.permRole(g, this.opts.appPermissions); // no sessions yet, so nothing is dispatched
    }
  }

  /** The shard serving a guild for a shard count (default `shards`): `(guild_id >> 22) % count`. */
  shardOf(guildId: string, count = this.shards): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(Math.max(1, count)));
  }

  /** Give this to `new Client({ rest: { api } })` and `new REST({ api })`; discord.js appends `/v10/...`. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    // An aborted request must not become an unhandled rejection.
    const server = createServer((req, res) => void this.onHttp(req, res).catch(() => res.destroy()));
    this.server = server;
    // While the gateway is unreachable, new connections are refused before the upgrade.
    this.wss = new WebSocketServer({ server, verifyClient: (_info, done) => done(this.reachable, 503) });
    this.wss.on('connection', (ws) => {
      this.gatewayConnections++;
      this.onSocket(ws);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
  }

  /** Closes sockets and the server. Destroy clients first, or they will try to reconnect. */
  async stop(): Promise<void> {
    this.stopped = 'DiscordStandIn stopped';
    this.callFeed.close(this.stopped);
    for (const h of new Set(this.interactions.values())) h.feed.close(this.stopped);
    for (const ws of this.wss?.clients ?? []) ws.terminate();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Answer extra routes (checked before built-ins); the path is relative, e.g. /^\/channels\/(\d+)$/. */
  route(method: string, pattern: RegExp, handler: Handler): void {
    this.custom.push({ method: method.toUpperCase(), pattern, handler });
  }

  /** First REST call (past or future) matching pred. */
  waitForCall(pred: (c: RecordedCall) => boolean, timeoutMs = this.opts.timeoutMs): Promise<RecordedCall> {
    const seen = (): string => this.calls.map((c) => `${c.method} ${c.path}`).join(', ');
    return this.callFeed.wait(pred, timeoutMs, () => `a matching REST call; got ${seen()}`);
  }

  interaction(idOrToken: string): InteractionHandle | undefined {
    return this.interactions.get(idOrToken);
  }

  command(name: string, options: OptionSpec[] = [], spec: Partial<InteractionSpec> = {}): InteractionHandle {
    return this.dispatchInteraction({ ...spec, type: 'command', name, options });
  }
  autocomplete(name: string, options: OptionSpec[], spec: Partial<InteractionSpec> = {}): InteractionHandle {
    return this.dispatchInteraction({ ...spec, type: 'autocomplete', name, options });
  }
  button(customId: string, spec: Partial<InteractionSpec> = {}): InteractionHandle {
    return this.dispatchInteraction({ ...spec, type: 'component', customId, componentType: ComponentType.Button });
  }

  /**
   * Builds a full INTERACTION_CREATE, sends it to the live gateway sessions whose shard serves its guild (DMs:
   * shard 0), returns a handle on the responses.
   */
  dispatchInteraction(spec: InteractionSpec): InteractionHandle {
    if (!this.live().length) throw new Error('DiscordStandIn: no identified gateway session to dispatch to');
    const target = spec.dm ? null : this.guildState(spec.guildId ?? this.guildId).id;
    if (!this.live().some((s) => this.serves(s, target))) {
      const which = target === null ? 'DMs' : `guild ${target}`;
      throw new Error(`DiscordStandIn: no identified gateway session serving ${which} (see identifiedShards)`);
    }
    const handle = this.interactionOf(spec);
    this.dispatch(target, GatewayDispatchEvents.InteractionCreate, handle.payload);
    return handle;
  }

  /** A full interaction payload as Discord sends it (gateway or HTTP), registered for its responses. */
  private interactionOf(spec: InteractionSpec): InteractionHandle {
    const guild = this.guildState(spec.guildId ?? this.guildId);
    const id = snowflake();
    const user = { ...this.user, ...spec.user };
    const perms = spec.permissions ?? DEFAULT_MEMBER_PERMISSIONS;
    const where = spec.dm
      ? {
          channel_id: this.dmChannelId,
          user,
          context: 1,
          authorizing_integration_owners: { 1: user.id },
          channel: { id: this.dmChannelId, type: ChannelType.DM, recipients: [user], last_message_id: null, flags: 0 },
        }
      : {
          guild_id: guild.id,
          guild_locale: 'en-US',
          channel_id: guild.channelId,
          context: 0,
          authorizing_integration_owners: { 0: guild.id },
          channel: { ...this.channel(guild), permissions: String(perms) },
          member: { ...this.member(user, [this.permRole(guild, perms)]), permissions: String(perms) },
        };
    let type: InteractionType;
    let data: Json;
    let message: Json | undefined;
    if (spec.type === 'component') {
      type = InteractionType.MessageComponent;
      const customId = spec.customId ?? 'button';
      const componentType = spec.componentType ?? ComponentType.Button;
      data = { custom_id: customId, component_type: componentType, ...(spec.values ? { values: spec.values } : {}) };
      const button = { type: ComponentType.Button, id: 2, style: 1, label: 'Go', custom_id: customId };
      const rows =
        componentType === ComponentType.Button ? [{ type: ComponentType.ActionRow, id: 1, components: [button] }] : [];
      message = {
        ...this.message(where.channel_id, spec.dm ? undefined : guild.id),
        components: rows,
        ...spec.message,
      };
    } else {
      type =
        spec.type === 'command' ? InteractionType.ApplicationCommand : InteractionType.ApplicationCommandAutocomplete;
      const name = spec.name ?? 'command';
      const cmd = [...this.globalCommands, ...(this.guildCommands.get(guild.id) ?? [])].find((c) => c.name === name);
      data = { id: cmd?.id ?? snowflake(), name, type: ApplicationCommandType.ChatInput };
      if (spec.options?.length) data.options = spec.options;
      if (cmd?.guild_id) data.guild_id = cmd.guild_id;
      const attachments = this.resolveAttachments(spec.options ?? []);
      if (Object.keys(attachments).length) data.resolved = { attachments };
    }
    const resolved =
      data.resolved && spec.data?.resolved
        ? {
            ...data.resolved,
            ...spec.data.resolved,
            attachments: { ...data.resolved.attachments, ...spec.data.resolved.attachments },
          }
        : (spec.data?.resolved ?? data.resolved);
    const payload: Json = {
      id,
      token: `itoken-${id}`,
      application_id: this.appId,
      type,
      version: 1,
      locale: spec.locale ?? 'en-US',
      app_permissions: String(spec.appPermissions ?? this.opts.appPermissions),
      entitlements: [],
      attachment_size_limit: 10_485_760,
      ...where,
      data: { ...data, ...spec.data, ...(resolved ? { resolved } : {}) },
      ...(message ? { message } : {}),
      ...spec.extra,
    };
    const handle = new InteractionHandle(payload, this.opts.timeoutMs, () => this.stopped);
    handle.original = message;
    this.interactions.set(id, handle).set(payload.token, handle);
    return handle;
  }

  /** `data.resolved.attachments` for the opt.attachment options among `options` (at any depth). */
  private resolveAttachments(options: readonly OptionSpec[]): Record<string, Json> {
    const out: Record<string, Json> = {};
    for (const o of options) {
      if (Array.isArray(o.options)) Object.assign(out, this.resolveAttachments(o.options));
      const file = attachmentSpecs.get(o);
      if (!file) continue;
      const filename = file.filename ?? 'file.txt';
      const content =
        file.content === undefined
          ? undefined
          : typeof file.content === 'string'
            ? new TextEncoder().encode(file.content)
            : file.content;
      const contentType = file.contentType ?? CONTENT_TYPES[filename.split('.').pop()?.toLowerCase() ?? ''];
      const url = file.url ?? `http://127.0.0.1:${this.port}/attachments/${file.id}/${encodeURIComponent(filename)}`;
      if (content && !file.url) this.files.set(file.id, { content, contentType });
      out[file.id] = {
        id: file.id,
        filename,
        size: file.size ?? content?.byteLength ?? 0,
        url,
        proxy_url: file.proxyUrl ?? url,
        ...(contentType ? { content_type: contentType } : {}),
        ephemeral: true, // as Discord marks files uploaded with a command
        ...file.extra,
      };
    }
    return out;
  }

  // ---------------------------------------------------------------- HTTP interactions

  /**
   * Discord's side of HTTP interactions. Give the bot `publicKeyHex` as DISCORD_PUBLIC_KEY and set
   * `endpoint` to its Interactions Endpoint URL; `post` (and postCommand, postAutocomplete,
   * postButton, postPing) then build an interaction as dispatchInteraction does, sign it with the
   * application's Ed25519 key and POST it there. A 200 response's body is recorded as the
   * interaction's callback (in `calls`, `via: 'response'`), so `final()` and the helpers over
   * `calls` read an HTTP answer as a gateway one; follow-ups reach the same webhook routes.
   */
  endpoint: string | undefined;
  private readonly keys = generateKeyPairSync('ed25519');
  /** Tokens of HTTP interactions whose response is not recorded yet: their webhook calls wait for it, as on Discord. */
  private readonly responding = new Map<string, Promise<void>>();

  /** The application's public key as the developer portal shows it: 64 hex digits. */
  get publicKeyHex(): string {
    return this.keys.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  }

  /** The signature headers Discord sends with `body` (timestamp in seconds). */
  signatureHeaders(body: string, timestamp = Math.floor(Date.now() / 1000), key = this.keys.privateKey) {
    const signature = sign(null, Buffer.from(`${timestamp}${body}`), key).toString('hex');
    return { 'x-signature-ed25519': signature, 'x-signature-timestamp': String(timestamp) };
  }

  postCommand(name: string, options: OptionSpec[] = [], spec: Partial<InteractionSpec> = {}, how?: PostOptions) {
    return this.post({ ...spec, type: 'command', name, options }, how);
  }
  postAutocomplete(name: string, options: OptionSpec[], spec: Partial<InteractionSpec> = {}, how?: PostOptions) {
    return this.post({ ...spec, type: 'autocomplete', name, options }, how);
  }
  postButton(customId: string, spec: Partial<InteractionSpec> = {}, how?: PostOptions) {
    return this.post({ ...spec, type: 'component', customId, componentType: ComponentType.Button }, how);
  }

  /** A PING, as Discord sends when the endpoint URL is saved in the portal (and now and then). */
  async postPing(how: PostOptions = {}): Promise<{ status: number; body: any }> {
    const body = JSON.stringify({
      id: snowflake(),
      application_id: this.appId,
      type: InteractionType.Ping,
      version: 1,
    });
    return this.postRaw(body, this.signed(body, how), { to: how.to });
  }

  /** Builds an interaction, signs it (`how`) and POSTs it to `endpoint`; the response is recorded (above). */
  async post(spec: InteractionSpec, how: PostOptions = {}): Promise<Delivery> {
    const handle = this.interactionOf(spec);
    const body = JSON.stringify(handle.payload);
    let recorded: () => void = () => undefined;
    this.responding.set(
      handle.token,
      new Promise<void>((resolve) => {
        recorded = resolve;
      }),
    );
    try {
      const { status, body: answer } = await this.postRaw(body, this.signed(body, how), { to: how.to });
      if (status === 200 && typeof answer?.type === 'number' && answer.type !== InteractionResponseType.Pong) {
        const call: RecordedCall = {
          method: 'POST',
          path: `/interactions/${handle.id}/${handle.token}/callback`,
          query: {},
          body: answer,
          files: [],
          auth: undefined,
          status,
          via: 'response',
        };
        this.acknowledge(handle, call);
        this.callFeed.push(call);
      }
      return { status, body: answer, handle };
    } finally {
      recorded();
      this.responding.delete(handle.token);
    }
  }

  /**
   * Any request to the bot's endpoint (or `to`; `path` replaces its path): status and body (JSON
   * when it parses).
   */
  async postRaw(
    body: string | Uint8Array,
    headers: Record<string, string>,
    { method = 'POST', path, to = this.endpoint }: { method?: string; path?: string; to?: string | undefined } = {},
  ): Promise<{ status: number; body: any }> {
    if (to === undefined) throw new Error("DiscordStandIn: set endpoint to the bot's interactions URL first");
    const url = path === undefined ? to : new URL(path, to).toString();
    const res = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(method === 'GET' || method === 'HEAD' ? {} : { body }),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: the text itself
    }
    return { status: res.status, body: parsed };
  }

  private signed(body: string, how: PostOptions): Record<string, string> {
    const timestamp = how.timestamp ?? Math.floor(Date.now() / 1000);
    switch (how.signature ?? 'valid') {
      case 'none':
        return {};
      case 'wrong-key':
        return this.signatureHeaders(body, timestamp, generateKeyPairSync('ed25519').privateKey);
      case 'tampered':
        return this.signatureHeaders(`${body} `, timestamp);
      default:
        return this.signatureHeaders(body, timestamp);
    }
  }

  /** Asks clients to reconnect (op 7); discord.js then RESUMEs its session. */
  requestReconnect(): void {
    for (const s of this.live()) s.socket?.send(JSON.stringify({ op: GatewayOpcodes.Reconnect, d: null }));
  }

  /**
   * Closes every live gateway connection with `code`, as Discord does when it ends a session (4004
   * when the token was reset while connected, 4014 for a privileged intent that is not enabled, ...).
   * The sessions are gone (a client that comes back must IDENTIFY again) unless `resumable`, as
   * after 4000 (unknown error), where discord.js RESUMEs.
   */
  closeGateway(code: number, reason = '', { resumable = false }: { resumable?: boolean } = {}): void {
    for (const s of this.live()) {
      if (!resumable) s.dead = true;
      s.socket?.close(code, reason);
    }
  }

  /**
   * The gateway becomes unreachable, as in a network outage: every connection is cut without a
   * close frame and new ones are refused, until `restoreGateway()`. The sessions stay resumable.
   */
  cutGateway(): void {
    this.reachable = false;
    for (const ws of this.wss?.clients ?? []) ws.terminate();
  }

  /** The gateway accepts connections again (after `cutGateway()`); a client then RESUMEs. */
  restoreGateway(): void {
    this.reachable = true;
  }

  // ---------------------------------------------------------------- gateway

  private live(): Session[] {
    return [...this.sessions.values()].filter((s) => !s.dead);
  }

  /** Whether the session's shard serves the guild (null: DMs, which go to shard 0). */
  private serves(s: Session, guildId: string | null): boolean {
    const [id, count] = s.shard;
    return guildId === null ? id === 0 : this.shardOf(guildId, count) === id;
  }

  private guildState(guildId: string): GuildState {
    const g = this.guilds.get(guildId);
    if (!g) throw new Error(`DiscordStandIn: unknown guild ${guildId} (known: ${[...this.guilds.keys()].join(', ')})`);
    return g;
  }

  private onSocket(ws: WebSocket): void {
    let session: Session | undefined;
    const send = (p: Json): void => {
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(p));
    };
    send({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.opts.heartbeatIntervalMs } });
    ws.on('message', (raw) => {
      let p: Json;
      try {
        p = JSON.parse(String(raw));
      } catch {
        return ws.close(4002, 'Decode error');
      }
      this.gatewayReceived.push(p);
      if (p.op === GatewayOpcodes.Heartbeat) send({ op: GatewayOpcodes.HeartbeatAck });
      else if (p.op === GatewayOpcodes.Identify && this.rejectIdentify !== undefined) {
        ws.close(this.rejectIdentify, 'Rejected by the stand-in');
      } else if (p.op === GatewayOpcodes.Identify) {
        const shard: [number, number] = Array.isArray(p.d?.shard) ? [p.d.shard[0], p.d.shard[1]] : [0, 1];
        const [shardId, shardCount] = shard;
        if (!Number.isInteger(shardId) || !Number.isInteger(shardCount) || shardId < 0 || shardId >= shardCount) {
          return ws.close(4010, 'Invalid shard');
        }
        session = { id: snowflake(), seq: 0, socket: ws, log: [], dead: false, shard };
        this.sessions.set(session.id, session);
        this.identifiedShards.push([shardId, shardCount]);
        const served = [...this.guilds.values()].filter((g) => session && this.serves(session, g.id));
        this.send(session, GatewayDispatchEvents.Ready, {
          v: 10,
          user: this.botUser,
          guilds: served.map((g) => ({ id: g.id, unavailable: true })),
          session_id: session.id,
          resume_gateway_url: this.gatewayUrl,
          shard,
          application: { id: this.appId, flags: 0 },
          private_channels: [],
          presences: [],
          relationships: [],
          guild_join_requests: [],
          user_settings: {},
          _trace: ['standin'],
        });
        for (const g of served) this.send(session, GatewayDispatchEvents.GuildCreate, this.guild(g));
      } else if (p.op === GatewayOpcodes.Resume) {
        const s = this.sessions.get(p.d?.session_id);
        if (!s || s.dead) return send({ op: GatewayOpcodes.InvalidSession, d: false });
        session = s;
        s.socket = ws;
        for (const e of s.log) if (e.s > (p.d.seq ?? 0)) send(e); // replay what the client missed
        this.send(s, GatewayDispatchEvents.Resumed, null);
      }
    });
    ws.on('close', (code) => {
      if (!session || session.socket !== ws) return;
      session.socket = null;
      // Discord invalidates the session on a normal close; discord.js closes with 4200 when it means to resume.
      if (code === 1000 || code === 1001) session.dead = true;
    });
  }

  private send(s: Session, t: string, d: unknown): void {
    const payload = { op: GatewayOpcodes.Dispatch, t, s: ++s.seq, d };
    s.log.push(payload);
    if (s.socket?.readyState === WebSocket.OPEN) s.socket.send(JSON.stringify(payload));
  }

  /** Sends to the live sessions serving `guildId` (null: DMs). */
  private dispatch(guildId: string | null, t: string, d: unknown): void {
    for (const s of this.live()) if (this.serves(s, guildId)) this.send(s, t, d);
  }

  private role(id: string, name: string, permissions: bigint, position: number): Json {
    return {
      id,
      name,
      permissions: String(permissions),
      position,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      managed: false,
      mentionable: false,
      flags: 0,
    };
  }

  /** A role carrying exactly `perms`, so GuildMember#permissions agrees with the interaction's permissions. */
  private permRole(g: GuildState, perms: bigint): string {
    let id = g.permRoles.get(perms);
    if (!id) {
      id = snowflake();
      const role = this.role(id, `perms-${perms}`, perms, g.roles.length);
      g.roles.push(role);
      g.permRoles.set(perms, id);
      this.dispatch(g.id, GatewayDispatchEvents.GuildRoleCreate, { guild_id: g.id, role });
    }
    return id;
  }

  private member(user: Json, roles: string[]): Json {
    return {
      user,
      roles,
      nick: null,
      avatar: null,
      joined_at: new Date(0).toISOString(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
  }

  private channel(g: GuildState): Json {
    return {
      id: g.channelId,
      type: ChannelType.GuildText,
      guild_id: g.id,
      name: 'general',
      position: 0,
      permission_overwrites: [],
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
      flags: 0,
    };
  }

  private guild(g: GuildState): Json {
    return {
      id: g.id,
      name: g.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: this.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_progress_bar_enabled: false,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      vanity_url_code: null,
      preferred_locale: 'en-US',
      features: [],
      emojis: [],
      stickers: [],
      roles: g.roles,
      joined_at: new Date(0).toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      members: [this.member(this.botUser, [g.botRoleId])],
      channels: [this.channel(g)],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---------------------------------------------------------------- REST

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname)
        .replace(/^\/api/, '')
        .replace(/^\/v\d+/, ''),
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      files: [],
      auth: req.headers.authorization,
      status: 0,
    };
    // A webhook call for an HTTP interaction waits until its response is recorded, as Discord
    // knows the response before it accepts the webhook's calls.
    await this.responding.get(/^\/webhooks\/\d+\/([^/]+)/.exec(call.path)?.[1] ?? '');
    let reply: Reply;
    try {
      await parseBody(Buffer.concat(chunks), req.headers['content-type'] ?? '', call);
      reply = this.handle(call);
    } catch (error) {
      reply = fail(400, 0, `DiscordStandIn error: ${String(error)}`); // not 5xx: discord.js would retry
    }
    call.status = reply.status;
    this.callFeed.push(call); // recorded before the client sees the answer
    if (reply.body instanceof Uint8Array) {
      res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'application/octet-stream' });
      res.end(reply.body);
      return;
    }
    const json = reply.body === undefined ? undefined : JSON.stringify(reply.body);
    res.writeHead(reply.status, json === undefined ? {} : { 'content-type': 'application/json' });
    res.end(json);
  }

  private handle(call: RecordedCall): Reply {
    const commands = /^\/applications\/\d+\/(?:guilds\/(\d+)\/)?commands$/;
    const webhookMessage = /^\/webhooks\/\d+\/([^/]+)\/messages\/([^/]+)$/;
    const byKey = (m: RegExpExecArray): InteractionHandle | undefined => this.interactions.get(m[1] ?? ''); // id or token
    const builtin: Array<[string, RegExp, Handler]> = [
      [
        'GET',
        /^\/gateway(\/bot)?$/,
        () =>
          ok({
            url: this.gatewayUrl,
            shards: this.shards,
            session_start_limit: {
              total: 1000,
              remaining: Math.max(0, 1000 - this.identifiedShards.length),
              reset_after: 14_400_000,
              max_concurrency: 1,
            },
          }),
      ],
      [
        'GET',
        /^\/attachments\/(\d+)\/[^/]+$/,
        (_, m) => {
          const file = this.files.get(m[1] ?? '');
          return file
            ? { status: 200, body: file.content, contentType: file.contentType ?? 'application/octet-stream' }
            : fail(404, 0, 'DiscordStandIn: no such attachment');
        },
      ],
      ['GET', /^\/users\/@me$/, () => ok(this.botUser)],
      [
        'GET',
        /^\/applications\/@me$/,
        () =>
          ok({
            id: this.appId,
            name: 'citebot',
            description: '',
            icon: null,
            flags: 0,
            bot: this.botUser,
            bot_public: false,
            bot_require_code_grant: false,
            verify_key: '0',
          }),
      ],
      ['PUT', commands, (c, m) => ok(this.overwriteCommands(m[1], c.body))],
      ['GET', commands, (_, m) => ok(this.commandList(m[1]))],
      [
        'POST',
        commands,
        (c, m) => {
          // create one = overwrite with it replacing the same-named command
          const rest = this.commandList(m[1]).filter((o) => o.name !== c.body?.name || o.type !== (c.body?.type ?? 1));
          return ok(this.overwriteCommands(m[1], [...rest, c.body]).at(-1));
        },
      ],
      ['POST', /^\/interactions\/(\d+)\/[^/]+\/callback$/, (c, m) => this.callback(byKey(m), c)],
      ['POST', /^\/webhooks\/\d+\/([^/]+)$/, (c, m) => this.followup(byKey(m), c)],
      ['PATCH', webhookMessage, (c, m) => this.edit(byKey(m), m[2] ?? '', c)],
      [
        'GET',
        webhookMessage,
        (_, m) => {
          const msg = this.findMessage(byKey(m), m[2] ?? '');
          return msg ? ok(msg) : fail(404, 10008, 'Unknown Message');
        },
      ],
      ['DELETE', webhookMessage, (c, m) => this.remove(byKey(m), m[2] ?? '', c)],
      [
        'POST',
        /^\/channels\/(\d+)\/messages$/,
        (c, m) =>
          ok(
            patchMessage(
              this.message(m[1] ?? this.channelId, this.guildOfChannel(m[1])),
              c.body ?? {},
              c.files,
              false,
              this.port,
            ),
          ),
      ],
    ];
    for (const r of [...this.custom.map((x) => [x.method, x.pattern, x.handler] as const), ...builtin]) {
      const m = r[0] === call.method ? r[1].exec(call.path) : null;
      if (m) return r[2](call, m);
    }
    // Unknown route: reads are 404 (the bot sees a DiscordAPIError), writes get an empty success.
    if (call.method === 'GET') return fail(404, 0, `DiscordStandIn: no route for GET ${call.path}`);
    return call.method === 'DELETE' ? { status: 204 } : ok({});
  }

  private commandList(guildId: string | undefined): Json[] {
    return guildId ? (this.guildCommands.get(guildId) ?? []) : this.globalCommands;
  }

  /** Bulk overwrite: like Discord, keeps the id of a command with the same name and type. */
  private overwriteCommands(guildId: string | undefined, body: unknown): Json[] {
    const old = this.commandList(guildId);
    const next = (Array.isArray(body) ? body : []).map((c: Json) => ({
      type: ApplicationCommandType.ChatInput,
      description: '',
      options: [],
      default_member_permissions: null,
      nsfw: false,
      ...c,
      id:
        old.find((o) => o.name === c.name && o.type === (c.type ?? ApplicationCommandType.ChatInput))?.id ??
        snowflake(),
      application_id: this.appId,
      version: snowflake(),
      ...(guildId ? { guild_id: guildId } : {}),
    }));
    if (guildId) this.guildCommands.set(guildId, next);
    else this.globalCommands = next;
    return next;
  }

  /** The guild of one of the guilds' channels; the first guild for any other channel (as before there were two). */
  private guildOfChannel(channelId: string | undefined): string {
    return [...this.guilds.values()].find((g) => g.channelId === channelId)?.id ?? this.guildId;
  }

  /** A bot message in a channel; `guildId` undefined for a DM. */
  private message(channelId: string, guildId: string | undefined): Json {
    return {
      id: snowflake(),
      type: 0,
      channel_id: channelId,
      ...(guildId ? { guild_id: guildId } : {}),
      author: this.botUser,
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      webhook_id: this.appId,
      application_id: this.appId,
    };
  }

  /** A new message sent in answer to an interaction (discord.js needs the full interaction_metadata). */
  private replyMessage(h: InteractionHandle): Json {
    const p = h.payload;
    return {
      ...this.message(p.channel_id, p.guild_id),
      interaction_metadata: {
        id: p.id,
        type: p.type,
        user: p.member?.user ?? p.user,
        authorizing_integration_owners: p.authorizing_integration_owners,
      },
    };
  }

  private callback(h: InteractionHandle | undefined, call: RecordedCall): Reply {
    if (!h) return fail(404, 10062, 'Unknown interaction');
    if (h.acknowledged) return fail(400, 40060, 'Interaction has already been acknowledged.');
    const message = this.acknowledge(h, call);
    const type: number = call.body?.type;
    const T = InteractionResponseType;
    if (call.query.with_response !== 'true') return { status: 204 };
    return ok({
      interaction: {
        id: h.id,
        type: h.payload.type,
        response_message_id: message?.id,
        response_message_loading: type === T.DeferredChannelMessageWithSource,
        response_message_ephemeral: Boolean((message?.flags ?? 0) & MessageFlags.Ephemeral),
      },
      resource: { type, ...(message ? { message } : {}) },
    });
  }

  /**
   * An interaction's response (`call.body`: `{ type, data }`), whether it came as a callback over REST
   * or as the body of an HTTP interaction's response: the message it creates or changes, if any.
   */
  private acknowledge(h: InteractionHandle, call: RecordedCall): Json | undefined {
    h.acknowledged = true;
    const type: number = call.body?.type;
    const data: ResponseData = call.body?.data ?? {};
    const T = InteractionResponseType;
    let message: Json | undefined;
    if (type === T.ChannelMessageWithSource)
      message = patchMessage(this.replyMessage(h), data, call.files, false, this.port);
    else if (type === T.DeferredChannelMessageWithSource) {
      message = { ...this.replyMessage(h), flags: (data.flags ?? 0) | MessageFlags.Loading }; // "is thinking..."
    } else if (type === T.UpdateMessage) {
      message = patchMessage(h.original ?? this.replyMessage(h), data, call.files, true, this.port);
    } else if (type === T.DeferredMessageUpdate) message = h.original;
    if (message) h.original = message;
    h.feed.push({ kind: 'callback', callbackType: type, data, files: call.files, message, call });
    return message;
  }

  private findMessage(h: InteractionHandle | undefined, messageId: string): Json | undefined {
    if (!h?.acknowledged) return undefined;
    return messageId === '@original' ? h.original : h.followups.get(messageId);
  }

  private edit(h: InteractionHandle | undefined, messageId: string, call: RecordedCall): Reply {
    const old = this.findMessage(h, messageId);
    if (!h || !old) return fail(404, 10008, 'Unknown Message');
    const message = patchMessage(old, call.body ?? {}, call.files, true, this.port);
    if (messageId === '@original') h.original = message;
    else h.followups.set(messageId, message);
    h.feed.push({ kind: 'edit', messageId, data: call.body ?? {}, files: call.files, message, call });
    return ok(message);
  }

  private followup(h: InteractionHandle | undefined, call: RecordedCall): Reply {
    if (!h?.acknowledged) return fail(404, 10015, 'Unknown Webhook');
    const message = patchMessage(this.replyMessage(h), call.body ?? {}, call.files, false, this.port);
    h.followups.set(message.id, message);
    h.feed.push({ kind: 'followup', messageId: message.id, data: call.body ?? {}, files: call.files, message, call });
    return call.query.wait === 'true' ? ok(message) : { status: 204 };
  }

  private remove(h: InteractionHandle | undefined, messageId: string, call: RecordedCall): Reply {
    if (!h || !this.findMessage(h, messageId)) return fail(404, 10008, 'Unknown Message');
    if (messageId === '@original') h.original = undefined;
    else h.followups.delete(messageId);
    h.feed.push({ kind: 'delete', messageId, data: {}, files: [], call });
    return { status: 204 };
  }
}

/** Applies a message body (create or edit) the way Discord would, roughly. */
function patchMessage(old: Json, data: ResponseData, files: RecordedFile[], isEdit: boolean, port: number): Json {
  const next: Json = { ...old };
  for (const key of ['content', 'embeds', 'components', 'poll'] as const) if (key in data) next[key] = data[key];
  if (files.length || 'attachments' in data) {
    const keep = new Set((data.attachments ?? []).map((a) => String(a.id)));
    const uploaded = files.map((f) => {
      const id = snowflake();
      const url = `http://127.0.0.1:${port}/attachments/${id}/${f.name}`;
      return { id, filename: f.name, size: f.size, content_type: f.contentType, url, proxy_url: url };
    });
    next.attachments = [...(old.attachments ?? []).filter((a: Json) => keep.has(String(a.id))), ...uploaded];
  }
  // Edits keep the ephemeral bit and end the "thinking..." state; creates take the flags given.
  next.flags = isEdit
    ? ((old.flags ?? 0) & MessageFlags.Ephemeral) | ((data.flags ?? 0) & ~MessageFlags.Loading)
    : (data.flags ?? 0);
  if (isEdit) next.edited_timestamp = new Date().toISOString();
  return next;
}

/** JSON, or multipart/form-data (discord.js sends that with files): the JSON lives in `payload_json`. */
async function parseBody(raw: Buffer, contentType: string, call: RecordedCall): Promise<void> {
  if (!raw.length) return;
  if (!contentType.startsWith('multipart/form-data')) {
    call.body = JSON.parse(raw.toString('utf8'));
    return;
  }
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  const fields: Json = {};
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') fields[field] = value;
    else call.files.push({ field, name: value.name, size: value.size, contentType: value.type });
  }
  call.body = typeof fields.payload_json === 'string' ? JSON.parse(fields.payload_json) : fields;
}
