import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.ts';
import { CitebotError } from '../../src/errors.ts';
import { DEFAULT_RANK } from '../../src/search/rank.ts';

const problems = (env: Record<string, string>): string[] => {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(CitebotError);
    return (error as CitebotError).details.problems as string[];
  }
};

describe('configuration', () => {
  it('has working defaults with an empty environment (the console mode)', () => {
    const config = parseConfig({});
    expect(config.engine).toMatchObject({
      corpusDir: 'seeds',
      maxFileBytes: 5 * 1024 * 1024,
      morphology: 'lemma-stem',
      k1: 1.2,
      b: DEFAULT_RANK.b,
      paraphrases: true,
    });
    expect(config.bot.logLevel).toBe('info');
    expect(config.discord).toBeNull();
  });

  it('names every bad variable, whatever its type', () => {
    expect(
      problems({
        ANALYZER_MORPHOLOGY: 'foo',
        LOG_LEVEL: 'loud',
        BM25_B: '2',
        ASK_COOLDOWN_SECONDS: 'soon',
        ADMIN_ROLE_IDS: 'mods',
      }),
    ).toEqual([
      'ANALYZER_MORPHOLOGY: must be one of stem, lemma, lemma-stem (got "foo")',
      'BM25_B: must be a number from 0 to 1 (got "2")',
      'ASK_COOLDOWN_SECONDS: must be a number from 0 to 3600 (got "soon")',
      'ADMIN_ROLE_IDS: must be a comma-separated list of role ids (got "mods")',
      'LOG_LEVEL: must be one of debug, info, warn, error (got "loud")',
    ]);
  });

  it('reads the feed settings: defaults, any positive poll interval, and bad values named', () => {
    expect(parseConfig({}).feeds).toEqual({ pollMinutes: 30, maxPerServer: 20, maxAgeDays: null, keepDays: 90 });
    // 0.05 minutes: a poll every 3 s, as the end-to-end specs run it.
    expect(
      parseConfig({ FEED_POLL_MINUTES: '0.05', FEEDS_MAX: '5', FEED_MAX_AGE_DAYS: '7', FEED_KEEP_DAYS: '30' }).feeds,
    ).toEqual({ pollMinutes: 0.05, maxPerServer: 5, maxAgeDays: 7, keepDays: 30 });
    expect(problems({ FEED_POLL_MINUTES: '0', FEEDS_MAX: '2.5', FEED_KEEP_DAYS: 'forever' })).toEqual([
      'FEED_POLL_MINUTES: must be a number of minutes above 0, at most 10080 (a week) (got "0")',
      'FEEDS_MAX: must be a whole number from 0 to 1000 (got "2.5")',
      'FEED_KEEP_DAYS: must be a number from 0.001 to 36500 (got "forever")',
    ]);
  });

  it('needs the application id with a token', () => {
    expect(problems({ DISCORD_TOKEN: 'abc' })).toEqual([
      'DISCORD_APPLICATION_ID: required with DISCORD_TOKEN, the application id from the developer portal (17-20 digits)',
    ]);
  });

  it('says an id that is set but too short must be a snowflake, and where to copy it, rather than "required"', () => {
    // 12345 is set: calling it "required" sent people looking for a missing variable.
    expect(problems({ DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: '12345', DISCORD_GUILD_ID: '123' })).toEqual([
      'DISCORD_APPLICATION_ID: must be a snowflake id (a 17-20 digit number), the Application ID on the developer portal\'s General Information page (got "12345")',
      'DISCORD_GUILD_ID: must be a snowflake id (a 17-20 digit number): enable Developer Mode (User Settings > Advanced), right-click the server, Copy Server ID (got "123")',
    ]);
  });

  it('takes 17 to 20 digit ids', () => {
    const config = parseConfig({
      DISCORD_TOKEN: 'abc',
      DISCORD_APPLICATION_ID: '12345678901234567',
      DISCORD_GUILD_ID: '12345678901234567890',
    });
    expect(config.discord).toEqual({
      token: 'abc',
      applicationId: '12345678901234567',
      guildId: '12345678901234567890',
      apiBase: null,
    });
    expect(problems({ DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: '123456789012345678901' })).toEqual([
      'DISCORD_APPLICATION_ID: must be a snowflake id (a 17-20 digit number), the Application ID on the developer portal\'s General Information page (got "123456789012345678901")',
    ]);
  });

  describe('HTTP interactions (INTERACTIONS_PORT)', () => {
    const KEY = 'a'.repeat(64);

    it('serve with the public key and no token; the API base is where the webhook follow-ups go', () => {
      const config = parseConfig({
        INTERACTIONS_PORT: '8080',
        DISCORD_PUBLIC_KEY: KEY.toUpperCase(),
        DISCORD_API_BASE: 'http://127.0.0.1:9000/api/',
      });
      expect(config.interactions).toEqual({
        port: 8080,
        host: '127.0.0.1',
        publicKey: KEY,
        apiBase: 'http://127.0.0.1:9000/api',
        applicationId: null,
      });
      expect(config.discord).toBeNull(); // no token: no gateway, and not the console either
      expect(
        parseConfig({ INTERACTIONS_PORT: '0', INTERACTIONS_HOST: '0.0.0.0', DISCORD_PUBLIC_KEY: KEY }).interactions,
      ).toMatchObject({ port: 0, host: '0.0.0.0', apiBase: null });
      expect(parseConfig({}).interactions).toBeNull();
    });

    it('need the public key, as 64 hex digits, and a port; gateway shards do not apply', () => {
      expect(problems({ INTERACTIONS_PORT: '8080' })).toEqual([
        "DISCORD_PUBLIC_KEY: required with INTERACTIONS_PORT, the Public Key on the developer portal's General Information page (64 hex digits)",
      ]);
      expect(problems({ INTERACTIONS_PORT: '8080', DISCORD_PUBLIC_KEY: 'abc' })).toEqual([
        `DISCORD_PUBLIC_KEY: must be 64 hex digits, the Public Key on the developer portal's General Information page (got "abc")`,
      ]);
      expect(problems({ INTERACTIONS_PORT: 'http', DISCORD_PUBLIC_KEY: KEY })).toEqual([
        'INTERACTIONS_PORT: must be a port number from 0 to 65535 (got "http")',
      ]);
      expect(problems({ INTERACTIONS_PORT: '8080', DISCORD_PUBLIC_KEY: KEY, SHARDS: '2' })).toEqual([
        'SHARDS: gateway shards do not apply with INTERACTIONS_PORT (HTTP interactions scale by running more processes behind a load balancer); leave it at 1',
      ]);
      expect(problems({ INTERACTIONS_PORT: '8080', DISCORD_PUBLIC_KEY: KEY, DISCORD_APPLICATION_ID: '42' })).toEqual([
        'DISCORD_APPLICATION_ID: must be a snowflake id (a 17-20 digit number), the Application ID on the developer portal\'s General Information page (got "42")',
      ]);
      expect(problems({ INTERACTIONS_PORT: '8080', DISCORD_PUBLIC_KEY: KEY, DISCORD_API_BASE: 'ftp://x' })).toEqual([
        'DISCORD_API_BASE: must be an http(s) URL (got "ftp://x")',
      ]);
    });
  });
});
