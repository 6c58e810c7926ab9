/**
 * Configuration: read from the environment (and `.env` through dotenv) once, at start,
 * validated, and handed around as one typed value. Every message names its variable.
 */
import { config as loadDotenv } from 'dotenv';
import { CitebotError } from '../errors.ts';
import { DEFAULT_MIN_COVERAGE, DEFAULT_MORPHOLOGY } from '../library.ts';
import { MORPHOLOGIES, type Morphology } from '../nlp/analyzer.ts';
import { DEFAULT_RANK } from '../search/rank.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface EngineConfig {
  readonly corpusDir: string;
  readonly maxFileBytes: number;
  readonly morphology: Morphology;
  readonly k1: number;
  readonly b: number;
  readonly minCoverage: number;
}

export interface DiscordConfig {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string | null;
  readonly apiBase: string | null;
}

export interface BotConfig {
  readonly askCooldownSeconds: number;
  readonly quoteCooldownSeconds: number;
  readonly adminRoleIds: readonly string[];
  readonly logLevel: LogLevel;
}

export interface Config {
  readonly engine: EngineConfig;
  readonly bot: BotConfig;
  /** Null when DISCORD_TOKEN is unset: the bot then runs as a console. */
  readonly discord: DiscordConfig | null;
}

type Env = Readonly<Record<string, string | undefined>>;

const SNOWFLAKE = /^\d{17,20}$/;

/** Reads `.env` (without overriding the real environment) and parses `process.env`. */
export function loadConfig(): Config {
  loadDotenv({ quiet: true });
  return parseConfig(process.env);
}

export function parseConfig(env: Env): Config {
  const problems: string[] = [];
  const read = <T>(name: string, fallback: T, parse: (raw: string) => T | string): T => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    const value = parse(raw);
    if (typeof value === 'string' && typeof fallback !== 'string') {
      problems.push(`${name}: ${value} (got "${raw}")`);
      return fallback;
    }
    return value as T;
  };
  const number = (min: number, max: number) => (raw: string): number | string => {
    const value = Number(raw);
    return Number.isFinite(value) && value >= min && value <= max ? value : `must be a number from ${min} to ${max}`;
  };

  const engine: EngineConfig = {
    corpusDir: read('CORPUS_DIR', 'seeds', (raw) => raw),
    maxFileBytes: Math.round(read('MAX_FILE_MB', 5, number(0.001, 1024)) * 1024 * 1024),
    morphology: read<Morphology>('ANALYZER_MORPHOLOGY', DEFAULT_MORPHOLOGY, (raw) =>
      (MORPHOLOGIES as readonly string[]).includes(raw) ? (raw as Morphology) : `must be one of ${MORPHOLOGIES.join(', ')}`),
    k1: read('BM25_K1', DEFAULT_RANK.k1, number(0, 10)),
    b: read('BM25_B', DEFAULT_RANK.b, number(0, 1)),
    minCoverage: read('MIN_COVERAGE', DEFAULT_MIN_COVERAGE, number(0, 1)),
  };

  const bot: BotConfig = {
    askCooldownSeconds: read('ASK_COOLDOWN_SECONDS', 3, number(0, 3600)),
    quoteCooldownSeconds: read('QUOTE_COOLDOWN_SECONDS', 3, number(0, 3600)),
    adminRoleIds: read<readonly string[]>('ADMIN_ROLE_IDS', [], (raw) => {
      const ids = raw.split(',').map((id) => id.trim()).filter(Boolean);
      return ids.every((id) => SNOWFLAKE.test(id)) ? ids : 'must be a comma-separated list of role ids';
    }),
    logLevel: read<LogLevel>('LOG_LEVEL', 'info', (raw) =>
      ['debug', 'info', 'warn', 'error'].includes(raw) ? (raw as LogLevel) : 'must be debug, info, warn or error'),
  };

  let discord: DiscordConfig | null = null;
  const token = env.DISCORD_TOKEN?.trim();
  if (token) {
    const applicationId = env.DISCORD_APPLICATION_ID?.trim() ?? '';
    if (!SNOWFLAKE.test(applicationId)) problems.push('DISCORD_APPLICATION_ID: required with DISCORD_TOKEN, the application id from the developer portal (17-20 digits)');
    const guildId = env.DISCORD_GUILD_ID?.trim() || null;
    if (guildId !== null && !SNOWFLAKE.test(guildId)) problems.push(`DISCORD_GUILD_ID: must be a server id (17-20 digits) (got "${guildId}")`);
    const apiBase = env.DISCORD_API_BASE?.trim() || null;
    if (apiBase !== null && !/^https?:\/\/[^\s]+$/.test(apiBase)) problems.push(`DISCORD_API_BASE: must be an http(s) URL (got "${apiBase}")`);
    discord = { token, applicationId, guildId, apiBase: apiBase?.replace(/\/+$/, '') ?? null };
  }

  if (problems.length > 0) {
    throw new CitebotError('CONFIG_INVALID', `Invalid configuration:\n  ${problems.join('\n  ')}`, { problems });
  }
  return { engine, bot, discord };
}
