/**
 * Connecting to Discord and saying why it failed: the login and registration deadline, the errors
 * for a timeout and a gateway close discord.js will not recover from, and the diagnosis that turns
 * any of these (and REST, DNS, network and TLS errors) into one line with its cause and its fix.
 */
import { DiscordAPIError, DiscordjsErrorCodes, GatewayCloseCodes, HTTPError } from 'discord.js';
import { DISCORD_API } from '../config/config.ts';

/**
 * How long logging in (`npm start`) or registering the commands (`npm run deploy`) may take,
 * retries included, before giving up and saying so; the one place to change it.
 */
export const CONNECT_TIMEOUT_MS = 15_000;

export { DISCORD_API } from '../config/config.ts';

/** Logging in, or a deploy request, did not finish in time. */
export class ConnectTimeoutError extends Error {
  override readonly name = 'ConnectTimeoutError';
  /** `host`: what did not answer (the REST API's host, or the gateway's once its address is known). */
  constructor(
    readonly ms: number,
    readonly host: string,
  ) {
    super(`no answer from ${host} within ${seconds(ms)}`);
  }
}

/** Discord closed the gateway connection with a code discord.js does not reconnect after. */
export class GatewayClosedError extends Error {
  override readonly name = 'GatewayClosedError';
  constructor(readonly code: number) {
    super(
      `the gateway closed the connection with ${code}${GatewayCloseCodes[code] === undefined ? '' : ` (${GatewayCloseCodes[code]})`}`,
    );
  }
}

/**
 * Runs `work` with a deadline: past `ms` its signal aborts and the result rejects with
 * `timeout()` at once, whatever `work` is still doing (its later failure is ignored).
 */
export async function withDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  ms: number,
  timeout: () => Error,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const running = work(controller.signal);
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(timeout());
      controller.abort();
    }, ms);
  });
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
    running.catch(() => undefined);
  }
}

/** An expected failure, in words: what went wrong and what to do about it. */
export interface Diagnosis {
  readonly cause: string;
  readonly fix: string;
  /** The fix is the operator's (a token, an intent in the portal): a restart fails the same way, so exit EXIT_CONFIG. */
  readonly configuration?: true;
}

export interface DiagnoseContext {
  /** DISCORD_API_BASE, or null for Discord itself. */
  readonly apiBase: string | null;
  /** What the failed request was for (deploy's ids), to name the right variable. */
  readonly applicationId?: string;
  readonly guildId?: string | null;
}

const CLOSE_DOCS =
  'https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes';

/** The gateway close codes discord.js does not reconnect after, each with its cause and fix. */
export const FATAL_CLOSES: ReadonlyMap<number, Diagnosis> = new Map([
  [
    GatewayCloseCodes.AuthenticationFailed,
    {
      cause: 'the token is invalid (gateway close 4004, authentication failed): it was reset or revoked',
      fix: 'Reset the token in the developer portal (your application > Bot > Reset Token) and set DISCORD_TOKEN to the new one.',
      configuration: true,
    },
  ],
  [
    GatewayCloseCodes.InvalidShard,
    {
      cause: 'the shard configuration is invalid (gateway close 4010, invalid shard)',
      fix: 'The bot runs as one shard: check the shards and shardCount options of the Client in src/discord/bot.ts.',
    },
  ],
  [
    GatewayCloseCodes.ShardingRequired,
    {
      cause:
        'Discord requires sharding (gateway close 4011, sharding required): the bot is in too many servers for one connection',
      fix: "Run the bot sharded (discord.js's ShardingManager, or shards: 'auto' in the Client options in src/discord/bot.ts).",
    },
  ],
  [
    GatewayCloseCodes.InvalidAPIVersion,
    {
      cause: 'the gateway API version is invalid or no longer supported (gateway close 4012, invalid API version)',
      fix: 'Update discord.js (npm install discord.js@14), which picks the API version.',
    },
  ],
  [
    GatewayCloseCodes.InvalidIntents,
    {
      cause: 'the gateway intents sent are invalid (gateway close 4013, invalid intents)',
      fix: 'The bot needs only the Guilds intent: check the intents of the Client in src/discord/bot.ts.',
    },
  ],
  [
    GatewayCloseCodes.DisallowedIntents,
    {
      cause:
        'a privileged intent is requested that is not enabled in the developer portal (gateway close 4014, disallowed intents)',
      fix: 'The bot needs no privileged intent: remove it from the intents in src/discord/bot.ts, or enable it in the developer portal (your application > Bot > Privileged Gateway Intents).',
      configuration: true,
    },
  ],
]);

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const NETWORK_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ECONNABORTED: 'connection aborted',
  EPIPE: 'connection closed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  EHOSTDOWN: 'host down',
  ENETUNREACH: 'network unreachable',
  ENETDOWN: 'network down',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
  UND_ERR_HEADERS_TIMEOUT: 'no answer',
  UND_ERR_BODY_TIMEOUT: 'no answer',
};
const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * Explains an error from logging in or from a REST call (deploy) when it is one of the expected
 * failures: network and DNS, a silent network, a rejected token, ids Discord does not accept, a
 * session Discord ended, Discord being down. Null for anything else (a bug: log it with its stack).
 */
export function diagnose(error: unknown, context: DiagnoseContext): Diagnosis | null {
  const api = context.apiBase ?? DISCORD_API;
  const host = hostOf(api);
  const viaBase =
    context.apiBase === null
      ? null
      : `Check DISCORD_API_BASE (${context.apiBase}): is the address right and is the proxy there running? Unset it to talk to Discord directly.`;
  if (error instanceof GatewayClosedError) {
    return (
      FATAL_CLOSES.get(error.code) ?? {
        cause: `Discord closed the gateway connection with ${error.code} and discord.js will not reconnect`,
        fix: `Look the code up in Discord's list (${CLOSE_DOCS}).`,
      }
    );
  }
  if (error instanceof ConnectTimeoutError) {
    return {
      cause: `no answer from ${error.host} within ${seconds(error.ms)}`,
      fix: viaBase ?? `Check the network connection: a firewall or proxy may be dropping connections to ${error.host}.`,
    };
  }
  if (isTokenRejected(error)) {
    return {
      cause: 'Discord rejected DISCORD_TOKEN (401 Unauthorized)',
      fix: 'Reset the token in the developer portal (your application > Bot > Reset Token) and set DISCORD_TOKEN to the new one.',
      configuration: true,
    };
  }
  const code = networkCode(error);
  if (code !== null && DNS_CODES.has(code)) {
    return {
      cause: `cannot look up ${hostnameOf(error) ?? host} (DNS lookup failed: ${code})`,
      fix:
        context.apiBase === null
          ? `Check the network connection and DNS: this machine cannot resolve ${host}.`
          : `Check the host name in DISCORD_API_BASE (${context.apiBase}) and the network's DNS.`,
    };
  }
  if (code !== null && code in NETWORK_CODES) {
    return {
      cause: `cannot reach ${host} (${NETWORK_CODES[code]}: ${code})`,
      fix: viaBase ?? 'Check the network connection, and any firewall or proxy between this machine and Discord.',
    };
  }
  if (code !== null && TLS_CODES.has(code)) {
    return {
      cause: `the TLS certificate of ${host} is not trusted (${code})`,
      fix: 'A proxy on this network may intercept HTTPS: give Node its certificate authority with NODE_EXTRA_CA_CERTS=<file.pem>.',
    };
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return {
      cause: `no answer from ${host} (the request timed out)`,
      fix: viaBase ?? 'Check the network connection, and any firewall or proxy between this machine and Discord.',
    };
  }
  if (error instanceof DiscordAPIError) return apiDiagnosis(error, context, api);
  if (error instanceof HTTPError && error.status >= 500) {
    return {
      cause: `${host} answered ${error.status} ${error.message}`,
      fix:
        context.apiBase === null
          ? 'Discord is having trouble: try again in a few minutes (https://discordstatus.com).'
          : `The proxy at DISCORD_API_BASE (${context.apiBase}) or Discord is failing: try again in a few minutes.`,
    };
  }
  return null;
}

function apiDiagnosis(error: DiscordAPIError, context: DiagnoseContext, api: string): Diagnosis | null {
  const status = `${error.status} ${error.message.replace(/^\d{3}: /, '')}`;
  const appId = context.applicationId ?? '';
  const wrongApp: Diagnosis = {
    cause: `DISCORD_APPLICATION_ID ${appId} is not the application of DISCORD_TOKEN (${status})`,
    fix: 'Copy the Application ID from the General Information page of the same application as the token, in the developer portal.',
  };
  const guild = context.guildId ?? null;
  if (error.code === 10004 && guild !== null) {
    return {
      cause: `Discord knows no server ${guild} (${status})`,
      fix: 'Check DISCORD_GUILD_ID: enable Developer Mode (User Settings > Advanced), right-click the server, Copy Server ID.',
    };
  }
  if (error.code === 50001 && guild !== null) {
    return {
      cause: `the bot cannot register commands in server ${guild} (${status})`,
      fix:
        'Invite the bot to that server with the bot and applications.commands scopes (the invite link in the README), ' +
        'and check DISCORD_GUILD_ID: right-click the server, Copy Server ID.',
    };
  }
  if (error.status === 403 || error.code === 10002) return context.applicationId === undefined ? null : wrongApp;
  if (error.status === 404) {
    if (context.apiBase !== null) {
      return {
        cause: `${api} answered ${status}: it does not look like Discord's API`,
        fix: `Check DISCORD_API_BASE (${context.apiBase}): it must be the base of Discord's API, such as ${DISCORD_API}.`,
      };
    }
    return context.applicationId === undefined ? null : wrongApp;
  }
  return null;
}

function isTokenRejected(error: unknown): boolean {
  if (error instanceof DiscordAPIError || error instanceof HTTPError) return error.status === 401;
  return error instanceof Error && (error as { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid;
}

/** The system error code of a network failure (on the error, its cause, or the first of an AggregateError). */
function networkCode(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    e = e instanceof AggregateError && e.errors.length > 0 ? e.errors[0] : e.cause;
  }
  return null;
}

function hostnameOf(error: unknown): string | null {
  const hostname = (error as { hostname?: unknown } | null)?.hostname;
  return typeof hostname === 'string' && hostname !== '' ? hostname : null;
}

/** The host REST calls go to: DISCORD_API_BASE's, or discord.com. */
export function apiHost(apiBase: string | null): string {
  return hostOf(apiBase ?? DISCORD_API);
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/**
 * discord.js REST options for DISCORD_API_BASE (null: Discord itself). discord.js appends the API
 * version, so a base given with one (`https://proxy.example/api/v10`) loses it here.
 */
export function restOptions(apiBase: string | null): { api?: string } {
  return apiBase === null ? {} : { api: apiBase.replace(/\/+$/, '').replace(/\/v\d+$/, '') };
}
