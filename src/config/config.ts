/**
 * Configuration: read from the environment (and `.env` through dotenv) once, at start,
 * validated, and handed around as one typed value. Every message names its variable.
 */
import { config as loadDotenv } from 'dotenv';
import { CitebotError } from '../errors.ts';
import { editDistance } from '../editDistance.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../corpus/load.ts';
import { DEFAULT_MORPHOLOGY, MORPHOLOGIES, type Morphology } from '../nlp/analyzer.ts';
import { DEFAULT_RANK } from '../search/rank.ts';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface EngineConfig {
  readonly corpusDir: string;
  readonly maxFileBytes: number;
  readonly morphology: Morphology;
  readonly k1: number;
  readonly b: number;
  /** Expand questions with WordNet's synonyms and derived forms. */
  readonly paraphrases: boolean;
  /** Where index snapshots are written and read (INDEX_CACHE_DIR). */
  readonly indexCacheDir: string;
}

export interface DiscordConfig {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string | null;
  readonly apiBase: string | null;
}

/**
 * HTTP interactions (INTERACTIONS_PORT): Discord POSTs every interaction to this process, which
 * answers in the response and through the interaction's webhook; no gateway, no bot token.
 */
export interface InteractionsConfig {
  /** 0 picks a free port (the one bound is logged). */
  readonly port: number;
  readonly host: string;
  /** The application's public key from the developer portal: 64 hex digits (32 bytes, Ed25519). */
  readonly publicKey: string;
  /** DISCORD_API_BASE, or null for Discord's: where the webhook follow-ups go. */
  readonly apiBase: string | null;
  /**
   * DISCORD_APPLICATION_ID when set (optional here): the webhook's application when an interaction
   * does not say (Discord's always carry `application_id`).
   */
  readonly applicationId: string | null;
}

export interface BotConfig {
  readonly askCooldownSeconds: number;
  readonly quoteCooldownSeconds: number;
  readonly adminRoleIds: readonly string[];
  readonly logLevel: LogLevel;
  /** Where the bot keeps what it is given: servers' own articles, feedback (DATA_DIR). */
  readonly dataDir: string;
  /** Let /article add fetch from loopback and private addresses (intranets, tests). */
  readonly allowPrivateUrls: boolean;
  /** Keep the voter's user id in the feedback file. */
  readonly feedbackUserIds: boolean;
}

/** Running at scale: shards and the health and metrics endpoint. */
export interface ScaleConfig {
  /** Shard processes: a number, or 'auto' for Discord's recommendation (GET /gateway/bot). */
  readonly shards: number | 'auto';
  /** Port of /healthz and /metrics, or null for none. */
  readonly metricsPort: number | null;
  readonly metricsHost: string;
  /**
   * How long a call to another shard is awaited (SHARD_TIMEOUT_SECONDS): a /reload's swap on each
   * other shard, and the manager's health and metrics questions (at most HEALTH_ANSWER_MS of it).
   */
  readonly shardTimeoutMs: number;
}

/** Servers following feeds (/feed). */
export interface FeedConfig {
  /** FEED_POLL_MINUTES: how often each feed is polled (with jitter); any positive number. */
  readonly pollMinutes: number;
  /** FEEDS_MAX: feeds one server may follow. */
  readonly maxPerServer: number;
  /** FEED_MAX_AGE_DAYS: items published longer ago are passed over; null for no limit. */
  readonly maxAgeDays: number | null;
  /** FEED_KEEP_DAYS: articles a feed brought are removed this long after they were added. */
  readonly keepDays: number;
}

export interface Config {
  readonly engine: EngineConfig;
  readonly bot: BotConfig;
  readonly scale: ScaleConfig;
  readonly feeds: FeedConfig;
  /** Null when DISCORD_TOKEN is unset: the bot then runs as a console (unless `interactions` is set). */
  readonly discord: DiscordConfig | null;
  /** Set with INTERACTIONS_PORT: the bot serves HTTP interactions instead of connecting to the gateway. */
  readonly interactions: InteractionsConfig | null;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Every variable citebot reads: `read()` takes only these, so a `.env` key outside the list is a mistake. */
export const CONFIG_VARIABLES = [
  'CORPUS_DIR',
  'MAX_FILE_MB',
  'ANALYZER_MORPHOLOGY',
  'BM25_K1',
  'BM25_B',
  'PARAPHRASES',
  'INDEX_CACHE_DIR',
  'ASK_COOLDOWN_SECONDS',
  'QUOTE_COOLDOWN_SECONDS',
  'ADMIN_ROLE_IDS',
  'LOG_LEVEL',
  'DATA_DIR',
  'ALLOW_PRIVATE_URLS',
  'FEEDBACK_USER_IDS',
  'SHARDS',
  'METRICS_PORT',
  'METRICS_HOST',
  'SHARD_TIMEOUT_SECONDS',
  'FEED_POLL_MINUTES',
  'FEEDS_MAX',
  'FEED_MAX_AGE_DAYS',
  'FEED_KEEP_DAYS',
  'DISCORD_TOKEN',
  'DISCORD_APPLICATION_ID',
  'DISCORD_GUILD_ID',
  'DISCORD_API_BASE',
  'DISCORD_PUBLIC_KEY',
  'INTERACTIONS_PORT',
  'INTERACTIONS_HOST',
] as const;
type Variable = (typeof CONFIG_VARIABLES)[number];

class Problem {
  constructor(readonly message: string) {}
}

const MB = 1024 * 1024;
export const DEFAULT_CORPUS_DIR = 'seeds';
export const DEFAULT_DATA_DIR = 'data';
export const DEFAULT_INDEX_CACHE_DIR = '.cache/citebot';
/** SHARD_TIMEOUT_SECONDS's default: room for another shard to load a large corpus's snapshot. */
export const DEFAULT_SHARD_TIMEOUT_MS = 10_000;

/** Discord's API, when DISCORD_API_BASE is not set. */
export const DISCORD_API = 'https://discord.com/api';

export const DEFAULT_FEED_POLL_MINUTES = 30;
export const DEFAULT_FEEDS_MAX = 20;
export const DEFAULT_FEED_KEEP_DAYS = 90;

/** Discord ids (applications, servers, roles): snowflakes, written as 17 to 20 digits. */
const SNOWFLAKE = /^\d{17,20}$/;
const SNOWFLAKE_RULE = 'must be a snowflake id (a 17-20 digit number)';

/**
 * Reads `.env` (without overriding the real environment) and parses `process.env`. A `.env` key
 * that no setting uses (a typo such as CORPUS_DIRR) is warned about with the closest known name,
 * since it would otherwise fall back to the default without a word.
 */
export function loadConfig(
  warn: (line: string) => void = (line) => process.stderr.write(`warning: ${line}\n`),
): Config {
  const { parsed } = loadDotenv({ quiet: true });
  for (const line of unknownVariables(Object.keys(parsed ?? {}))) warn(line);
  return parseConfig(process.env);
}

/** A warning for each key that is not one of CONFIG_VARIABLES, naming the closest one when it is close. */
export function unknownVariables(keys: readonly string[]): string[] {
  const known: readonly string[] = CONFIG_VARIABLES;
  return keys
    .filter((key) => !known.includes(key))
    .map((key) => {
      const [closest, distance] = known
        .map((name) => [name, editDistance(key.toUpperCase(), name)] as const)
        .reduce((best, next) => (next[1] < best[1] ? next : best));
      const hint = distance <= Math.max(2, Math.floor(closest.length / 4)) ? `: did you mean ${closest}?` : '';
      return `.env sets ${key}, which citebot does not read${hint} (.env.example lists every variable)`;
    });
}

export function parseConfig(env: Env): Config {
  const problems: string[] = [];
  // A parser returns the value, or a Problem saying what the variable must be.
  const read = <T>(name: Variable, fallback: T, parse: (raw: string) => T | Problem): T => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    const value = parse(raw);
    if (value instanceof Problem) {
      problems.push(`${name}: ${value.message} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const number =
    (min: number, max: number) =>
    (raw: string): number | Problem => {
      const value = Number(raw);
      return Number.isFinite(value) && value >= min && value <= max
        ? value
        : new Problem(`must be a number from ${min} to ${max}`);
    };
  const oneOf =
    <T extends string>(allowed: readonly T[]) =>
    (raw: string): T | Problem =>
      (allowed as readonly string[]).includes(raw) ? (raw as T) : new Problem(`must be one of ${allowed.join(', ')}`);
  const flag = (name: Variable, fallback: boolean): boolean =>
    read(name, fallback ? 'true' : 'false', oneOf(['true', 'false'] as const)) === 'true';

  const engine: EngineConfig = {
    corpusDir: read('CORPUS_DIR', DEFAULT_CORPUS_DIR, (raw) => raw),
    maxFileBytes: Math.round(read('MAX_FILE_MB', DEFAULT_MAX_FILE_BYTES / MB, number(0.001, 1024)) * MB),
    morphology: read<Morphology>('ANALYZER_MORPHOLOGY', DEFAULT_MORPHOLOGY, oneOf(MORPHOLOGIES)),
    k1: read('BM25_K1', DEFAULT_RANK.k1, number(0, 10)),
    b: read('BM25_B', DEFAULT_RANK.b, number(0, 1)),
    paraphrases: flag('PARAPHRASES', true),
    indexCacheDir: read('INDEX_CACHE_DIR', DEFAULT_INDEX_CACHE_DIR, (raw) => raw),
  };

  const bot: BotConfig = {
    askCooldownSeconds: read('ASK_COOLDOWN_SECONDS', 3, number(0, 3600)),
    quoteCooldownSeconds: read('QUOTE_COOLDOWN_SECONDS', 3, number(0, 3600)),
    adminRoleIds: read<readonly string[]>('ADMIN_ROLE_IDS', [], (raw) => {
      const ids = raw
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      return ids.every((id) => SNOWFLAKE.test(id)) ? ids : new Problem('must be a comma-separated list of role ids');
    }),
    logLevel: read<LogLevel>('LOG_LEVEL', 'info', oneOf(LOG_LEVELS)),
    dataDir: read('DATA_DIR', DEFAULT_DATA_DIR, (raw) => raw),
    allowPrivateUrls: flag('ALLOW_PRIVATE_URLS', false),
    feedbackUserIds: flag('FEEDBACK_USER_IDS', false),
  };

  const scale: ScaleConfig = {
    // In a shard process discord.js sets SHARDS to that shard's id: the process is one shard.
    shards:
      env.SHARDING_MANAGER === 'true'
        ? 1
        : read<number | 'auto'>('SHARDS', 1, (raw) =>
            raw === 'auto'
              ? 'auto'
              : /^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= 1024
                ? Number(raw)
                : new Problem('must be auto or a whole number from 1 to 1024'),
          ),
    metricsPort: read<number | null>('METRICS_PORT', null, (raw) =>
      /^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= 65535
        ? Number(raw)
        : new Problem('must be a port number from 1 to 65535'),
    ),
    metricsHost: read('METRICS_HOST', '127.0.0.1', (raw) => raw),
    shardTimeoutMs: Math.round(read('SHARD_TIMEOUT_SECONDS', DEFAULT_SHARD_TIMEOUT_MS / 1000, number(0.1, 600)) * 1000),
  };

  const wholeNumber =
    (min: number, max: number) =>
    (raw: string): number | Problem =>
      /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max
        ? Number(raw)
        : new Problem(`must be a whole number from ${min} to ${max}`);
  const feeds: FeedConfig = {
    // Any positive number: 0.05 polls every 3 s (tests).
    pollMinutes: read('FEED_POLL_MINUTES', DEFAULT_FEED_POLL_MINUTES, (raw) => {
      const value = Number(raw);
      return Number.isFinite(value) && value > 0 && value <= 10_080
        ? value
        : new Problem('must be a number of minutes above 0, at most 10080 (a week)');
    }),
    maxPerServer: read('FEEDS_MAX', DEFAULT_FEEDS_MAX, wholeNumber(0, 1000)),
    maxAgeDays: read<number | null>('FEED_MAX_AGE_DAYS', null, number(0.001, 36_500)),
    keepDays: read('FEED_KEEP_DAYS', DEFAULT_FEED_KEEP_DAYS, number(0.001, 36_500)),
  };

  const port = read<number | null>('INTERACTIONS_PORT', null, (raw) =>
    /^\d+$/.test(raw) && Number(raw) <= 65535 ? Number(raw) : new Problem('must be a port number from 0 to 65535'),
  );
  // Read by both Discord modes (the gateway's REST calls, HTTP mode's webhook follow-ups).
  const token = env.DISCORD_TOKEN?.trim();
  const rawApiBase = env.DISCORD_API_BASE?.trim() || null;
  if ((token || port !== null) && rawApiBase !== null && !/^https?:\/\/[^\s]+$/.test(rawApiBase))
    problems.push(`DISCORD_API_BASE: must be an http(s) URL (got "${rawApiBase}")`);
  const apiBase = rawApiBase?.replace(/\/+$/, '') ?? null;

  let discord: DiscordConfig | null = null;
  if (token) {
    const applicationId = env.DISCORD_APPLICATION_ID?.trim() ?? '';
    if (applicationId === '')
      problems.push(
        'DISCORD_APPLICATION_ID: required with DISCORD_TOKEN, the application id from the developer portal (17-20 digits)',
      );
    else if (!SNOWFLAKE.test(applicationId))
      problems.push(
        `DISCORD_APPLICATION_ID: ${SNOWFLAKE_RULE}, the Application ID on the developer portal's General Information page (got "${applicationId}")`,
      );
    const guildId = env.DISCORD_GUILD_ID?.trim() || null;
    if (guildId !== null && !SNOWFLAKE.test(guildId)) {
      problems.push(
        `DISCORD_GUILD_ID: ${SNOWFLAKE_RULE}: enable Developer Mode (User Settings > Advanced), right-click the server, Copy Server ID (got "${guildId}")`,
      );
    }
    discord = { token, applicationId, guildId, apiBase };
  }

  let interactions: InteractionsConfig | null = null;
  if (port !== null) {
    const publicKey = env.DISCORD_PUBLIC_KEY?.trim() ?? '';
    if (publicKey === '')
      problems.push(
        "DISCORD_PUBLIC_KEY: required with INTERACTIONS_PORT, the Public Key on the developer portal's General Information page (64 hex digits)",
      );
    else if (!/^[0-9a-fA-F]{64}$/.test(publicKey))
      problems.push(
        `DISCORD_PUBLIC_KEY: must be 64 hex digits, the Public Key on the developer portal's General Information page (got "${publicKey}")`,
      );
    // Gateway shards have nothing to do here: HTTP mode scales by running more processes.
    if (scale.shards !== 1)
      problems.push(
        'SHARDS: gateway shards do not apply with INTERACTIONS_PORT (HTTP interactions scale by running more processes behind a load balancer); leave it at 1',
      );
    const applicationId = env.DISCORD_APPLICATION_ID?.trim() || null;
    // With a token, the gateway's settings above have checked it already.
    if (!token && applicationId !== null && !SNOWFLAKE.test(applicationId))
      problems.push(
        `DISCORD_APPLICATION_ID: ${SNOWFLAKE_RULE}, the Application ID on the developer portal's General Information page (got "${applicationId}")`,
      );
    interactions = {
      port,
      host: read('INTERACTIONS_HOST', '127.0.0.1', (raw) => raw),
      publicKey: publicKey.toLowerCase(),
      apiBase,
      applicationId,
    };
  }

  if (problems.length > 0) {
    throw new CitebotError('CONFIG_INVALID', `Invalid configuration:\n  ${problems.join('\n  ')}`, { problems });
  }
  return { engine, bot, scale, feeds, discord, interactions };
}
