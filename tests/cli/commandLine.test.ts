import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { helpText, parseCommandLine, type CommandSpec } from '../../src/cli/commandLine.ts';
import { CONFIG_VARIABLES, unknownVariables } from '../../src/config/config.ts';
import { runScript } from '../helpers/processes.ts';

const SPEC = {
  command: 'npm run demo --',
  positionals: '["question"]',
  summary: 'A demo command.',
  options: {
    corpus: { type: 'string', value: 'DIR', default: 'seeds/', description: 'the articles' },
    'no-abstain': { type: 'boolean', description: 'rank anyway' },
    json: { type: 'boolean', description: 'JSON out' },
  },
} as const satisfies CommandSpec;

describe('command-line options from one description', () => {
  it('lists every option with its placeholder and default in --help', () => {
    expect(helpText(SPEC)).toBe(
      [
        'A demo command.',
        '',
        'usage: npm run demo -- [options] ["question"]',
        '',
        'Options:',
        '      --corpus DIR  the articles (default seeds/)',
        '      --no-abstain  rank anyway',
        '      --json        JSON out',
        '  -h, --help        show this help and exit',
        '',
      ].join('\n'),
    );
  });

  it('parses values and positionals, booleans false when absent', () => {
    const parsed = parseCommandLine(SPEC, ['--corpus', 'news', 'who', 'won'], {});
    expect(parsed.values).toEqual({ corpus: 'news', 'no-abstain': false, json: false, help: false });
    expect(parsed.positionals).toEqual(['who', 'won']);
  });

  it('turns an unknown option into a usage error that points at --help', () => {
    expect(() => parseCommandLine(SPEC, ['--corpse', 'x'], {})).toThrow(/Unknown option '--corpse'[\s\S]*--help lists/);
  });

  // `npm run ask --corpus X "q"`: npm keeps --corpus (npm_config_corpus=true) and X becomes a word of the question.
  it('refuses options npm swallowed, naming the -- that passes them on', () => {
    const env = { npm_lifecycle_event: 'demo', npm_config_corpus: 'true', npm_config_abstain: '' };
    expect(() => parseCommandLine(SPEC, ['X', 'q'], env)).toThrow(
      "npm took --corpus, --no-abstain as its own option, so citebot never saw it. Put -- between the npm command and citebot's options: npm run demo -- --corpus DIR --no-abstain …",
    );
  });

  // npm sets npm_config_json itself when an .npmrc says json=true: not a mistake of the user's.
  it('leaves options that share a name with npm settings alone, and ignores npm_config_* outside npm run', () => {
    expect(parseCommandLine(SPEC, [], { npm_lifecycle_event: 'demo', npm_config_json: 'true' }).values.json).toBe(
      false,
    );
    expect(parseCommandLine(SPEC, [], { npm_config_corpus: 'true' }).values.corpus).toBeUndefined();
  });
});

describe('.env keys citebot does not read', () => {
  it('are warned about with the closest known name when one is close', () => {
    expect(unknownVariables(['CORPUS_DIRR', 'DISCORD_TOKEN', 'HTTP_PROXY_URL'])).toEqual([
      '.env sets CORPUS_DIRR, which citebot does not read: did you mean CORPUS_DIR? (.env.example lists every variable)',
      '.env sets HTTP_PROXY_URL, which citebot does not read (.env.example lists every variable)',
    ]);
  });

  it('.env.example documents exactly the variables citebot reads', async () => {
    const example = await readFile(new URL('../../.env.example', import.meta.url), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});

describe('every entry point answers --help', () => {
  it.each(['src/cli/ask.ts', 'src/cli/quote.ts', 'src/cli/eval.ts', 'src/cli/feedback.ts', 'src/main.ts'])(
    '%s --help exits 0 and lists its options',
    async (script) => {
      const { code, stdout, stderr } = await runScript(script, ['--help']);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(/^usage: npm (run [a-z]+|start) -- \[options\]/m);
      expect(stdout).toContain('-h, --help');
    },
  );

  it('eval of a missing file says so in one line, without a stack', async () => {
    const { code, stderr } = await runScript('src/cli/eval.ts', ['missing.jsonl']);
    expect(code).toBe(1);
    expect(stderr).toBe('error: cannot read the QA file missing.jsonl: no such file\n');
  });
});
