/**
 * One description per command-line entry point: its options with what they do and their defaults,
 * from which both the parser's configuration and `--help` come, so the help cannot drift from
 * what is parsed. Also catches npm swallowing an option that was meant for citebot.
 */
import { parseArgs } from 'node:util';
import { CitebotError } from '../errors.ts';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The value's placeholder in the help (`DIR`, `N`). */
  readonly value?: string;
  /** Shown in the help as "(default …)"; the parser gives string options no default, so absence stays visible. */
  readonly default?: string;
  readonly description: string;
}

export interface CommandSpec {
  /** How it is run: `npm run ask --`, `npm start --`. */
  readonly command: string;
  /** The positional arguments in the usage line (`["question"]`), if any. */
  readonly positionals?: string;
  readonly summary: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Lines after the options: examples, environment variables that matter. */
  readonly notes?: readonly string[];
}

/** The options every entry point that loads a corpus takes, described once. */
export const CORPUS_OPTION = {
  type: 'string',
  value: 'DIR',
  default: 'CORPUS_DIR, else seeds/',
  description: 'the folder of articles',
} as const satisfies OptionSpec;
export const NO_CACHE_OPTION = {
  type: 'boolean',
  description: 'build the index from the files; neither read nor write a snapshot',
} as const satisfies OptionSpec;

const HELP: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help and exit' };

/** `--help`'s text: what the command does, its usage, every option with its default. */
export function helpText(spec: CommandSpec): string {
  const options = { ...spec.options, help: HELP };
  const rows = Object.entries(options).map(([name, option]) => {
    const flag = `${option.short === undefined ? '    ' : `-${option.short}, `}--${name}${option.value === undefined ? '' : ` ${option.value}`}`;
    const fallback = option.default === undefined ? '' : ` (default ${option.default})`;
    return [flag, `${option.description}${fallback}`] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    spec.summary,
    '',
    usageLine(spec),
    '',
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    ...(spec.notes === undefined ? [] : ['', ...spec.notes]),
    '',
  ].join('\n');
}

export function usageLine(spec: CommandSpec): string {
  return `usage: ${spec.command} [options]${spec.positionals === undefined ? '' : ` ${spec.positionals}`}`;
}

type Values<T extends CommandSpec> = {
  [K in keyof T['options']]: T['options'][K] extends { type: 'boolean' } ? boolean : string | undefined;
} & { help: boolean };

export interface ParsedCommandLine<T extends CommandSpec> {
  readonly values: Values<T>;
  readonly positionals: string[];
}

/**
 * Parses `args` (default: the process's) against `spec`. Complaints (an unknown option, a missing
 * value) and options npm took for itself are USAGE errors naming the fix.
 */
export function parseCommandLine<T extends CommandSpec>(
  spec: T,
  args: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): ParsedCommandLine<T> {
  const swallowed = swallowedByNpm(spec, env);
  if (swallowed.length > 0) {
    const names = swallowed.map((name) => `--${name}`).join(', ');
    throw new CitebotError(
      'USAGE',
      `npm took ${names} as its own option, so citebot never saw it. Put -- between the npm command and citebot's options: ${spec.command} ${swallowed.map((name) => `--${name}${spec.options[name]?.value === undefined ? '' : ` ${spec.options[name]?.value}`}`).join(' ')} …`,
    );
  }
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, option] of Object.entries({ ...spec.options, help: HELP }))
    options[name] = option.short === undefined ? { type: option.type } : { type: option.type, short: option.short };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: spec.positionals !== undefined, strict: true });
  } catch (error) {
    throw new CitebotError(
      'USAGE',
      `${error instanceof Error ? error.message : String(error)}\n${usageLine(spec)}\n(--help lists every option)`,
    );
  }
  const values: Record<string, unknown> = {};
  for (const [name, option] of Object.entries({ ...spec.options, help: HELP }))
    values[name] = option.type === 'boolean' ? parsed.values[name] === true : parsed.values[name];
  return { values: values as Values<T>, positionals: parsed.positionals };
}

/**
 * `npm run ask --corpus X "q"` (no `--`): npm keeps `--corpus` as a config of its own, exported as
 * `npm_config_corpus=true`, and passes X on as a word of the question. Only under `npm run`
 * (npm_lifecycle_event is set), and only names npm has no setting of its own for, so a real npm
 * setting (json, cache) in someone's .npmrc is never taken for a mistake.
 */
function swallowedByNpm(spec: CommandSpec, env: NodeJS.ProcessEnv): string[] {
  if (env.npm_lifecycle_event === undefined) return [];
  return Object.keys(spec.options).filter((name) => {
    if (NPM_OWN.has(name)) return false;
    if (name.startsWith('no-')) return env[`npm_config_${name.slice(3).replaceAll('-', '_')}`] === '';
    return env[`npm_config_${name.replaceAll('-', '_')}`] !== undefined;
  });
}

/** Options citebot shares a name with one of npm's own settings: npm sets these itself. */
const NPM_OWN = new Set(['json', 'cache', 'no-cache', 'help', 'file', 'all', 'list', 'verbose']);
