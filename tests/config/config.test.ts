import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.ts';
import { CitebotError } from '../../src/errors.ts';

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
    expect(config.engine).toMatchObject({ corpusDir: 'seeds', maxFileBytes: 5 * 1024 * 1024, morphology: 'lemma-stem', k1: 1.2, b: 0.2, paraphrases: true });
    expect(config.bot.logLevel).toBe('info');
    expect(config.discord).toBeNull();
  });

  it('names every bad variable, whatever its type', () => {
    expect(problems({ ANALYZER_MORPHOLOGY: 'foo', LOG_LEVEL: 'loud', BM25_B: '2', ASK_COOLDOWN_SECONDS: 'soon', ADMIN_ROLE_IDS: 'mods' })).toEqual([
      'ANALYZER_MORPHOLOGY: must be one of stem, lemma, lemma-stem (got "foo")',
      'BM25_B: must be a number from 0 to 1 (got "2")',
      'ASK_COOLDOWN_SECONDS: must be a number from 0 to 3600 (got "soon")',
      'ADMIN_ROLE_IDS: must be a comma-separated list of role ids (got "mods")',
      'LOG_LEVEL: must be one of debug, info, warn, error (got "loud")',
    ]);
  });

  it('needs the application id with a token', () => {
    expect(problems({ DISCORD_TOKEN: 'abc' })).toEqual([
      'DISCORD_APPLICATION_ID: required with DISCORD_TOKEN, the application id from the developer portal (17-20 digits)',
    ]);
  });
});
