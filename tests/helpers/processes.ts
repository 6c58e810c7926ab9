/**
 * The entry points run as a user runs them (`npm start`'s `node src/launch/start.mjs` for
 * src/main.ts, the command line under tsx), with an environment that inherits nothing that could point anywhere but the test's own stand-ins.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Where the runs of one test file keep index snapshots and what the bot is given (INDEX_CACHE_DIR,
 * DATA_DIR), unless a test names its own: never the repository's `.cache/` and `data/`.
 */
const scratch = mkdtempSync(join(tmpdir(), 'citebot-run-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** The environment of a run: nothing inherited that could point anywhere but the stand-in. */
export function env(vars: Record<string, string>): NodeJS.ProcessEnv {
  const { PATH, HOME, SYSTEMROOT, TMPDIR } = process.env;
  return {
    ...(PATH ? { PATH } : {}),
    ...(HOME ? { HOME } : {}),
    ...(SYSTEMROOT ? { SYSTEMROOT } : {}),
    ...(TMPDIR ? { TMPDIR } : {}),
    // Set (empty) so a developer's .env cannot fill them in: dotenv never overrides the environment.
    DISCORD_TOKEN: '',
    DISCORD_APPLICATION_ID: '',
    DISCORD_GUILD_ID: '',
    DISCORD_API_BASE: '',
    DISCORD_PUBLIC_KEY: '',
    INTERACTIONS_PORT: '',
    ADMIN_ROLE_IDS: '',
    INDEX_CACHE_DIR: join(scratch, 'cache'),
    DATA_DIR: join(scratch, 'data'),
    ...vars,
  };
}

export function run(script: string, vars: Record<string, string>, args: string[] = []): ChildProcessWithoutNullStreams {
  // src/main.ts as `npm start` runs it: its bundle's launcher (src/launch/start.mjs), one process.
  // Other scripts with tsx's loader, as their npm scripts do. (The tsx command puts a process of
  // its own in between, which kills the script with SIGKILL when it has not acknowledged a relayed
  // SIGTERM within 30 ms: on a busy machine, a clean shutdown cut short.)
  const command = script === START_SOURCE ? [START] : ['--import', 'tsx', script];
  return spawn(process.execPath, [...command, ...args], { cwd: ROOT, env: env(vars), stdio: 'pipe' });
}

/** `npm start`'s source and what it runs (package.json's start script). */
const START_SOURCE = 'src/main.ts';
const START = 'src/launch/start.mjs';

/** Runs a script to its end, with `input` on its stdin: its exit code and output. */
export async function runScript(
  script: string,
  args: string[],
  { vars = {}, input }: { readonly vars?: Record<string, string>; readonly input?: string } = {},
): Promise<{ code: number } & Output> {
  const child = run(script, vars, args);
  child.stdin.end(input);
  const { code, ...output } = await finish(child);
  return { code: code ?? 1, ...output };
}

/**
 * `npm start` with a token, talking to `standin` (REST and gateway) only; `vars` add to or override
 * that (CORPUS_DIR, SHARDS, …). The output is collected in `live` as it comes.
 */
export function startBot(
  standin: { readonly appId: string; readonly apiBase: string },
  vars: Record<string, string>,
): { child: ChildProcessWithoutNullStreams; live: Output; done: ReturnType<typeof finish> } {
  const child = run('src/main.ts', {
    DISCORD_TOKEN: 'start-token',
    DISCORD_APPLICATION_ID: standin.appId,
    DISCORD_API_BASE: standin.apiBase,
    ...vars,
  });
  const live: Output = { stdout: '', stderr: '' };
  return { child, live, done: finish(child, live) };
}

/**
 * `npm start` in HTTP interactions mode: no token, INTERACTIONS_PORT 0 (a free port, read from the
 * log), the stand-in's public key, its REST API for the webhook follow-ups; `vars` add to or
 * override that. Resolves once it listens, with the address Discord would be given.
 */
export async function startHttpBot(
  standin: { readonly apiBase: string; readonly publicKeyHex: string },
  vars: Record<string, string>,
  timeoutMs = 30_000,
): Promise<{ child: ChildProcessWithoutNullStreams; live: Output; done: ReturnType<typeof finish>; url: string }> {
  const child = run('src/main.ts', {
    INTERACTIONS_PORT: '0',
    DISCORD_PUBLIC_KEY: standin.publicKeyHex,
    DISCORD_API_BASE: standin.apiBase,
    ...vars,
  });
  const live: Output = { stdout: '', stderr: '' };
  const done = finish(child, live);
  const started = Date.now();
  for (;;) {
    const line = live.stderr.split('\n').find((l) => l.includes('"msg":"serving HTTP interactions"'));
    if (line !== undefined) return { child, live, done, url: (JSON.parse(line) as { url: string }).url };
    if (child.exitCode !== null || Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      const { code, stderr } = await done;
      throw new Error(`the bot did not start serving HTTP interactions (exit ${code}):\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface Output {
  stdout: string;
  stderr: string;
}

/** Collects the output as it comes (`live`) and resolves with it and the exit code. */
export function finish(
  child: ChildProcessWithoutNullStreams,
  live: Output = { stdout: '', stderr: '' },
): Promise<{ code: number | null } & Output> {
  child.stdout.on('data', (d: Buffer) => {
    live.stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    live.stderr += d.toString();
  });
  return once(child, 'exit').then(([code]) => ({ code: code as number | null, ...live }));
}

export type LogLine = Record<string, any>;
export const jsonLines = (stderr: string): LogLine[] =>
  stderr
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as LogLine);

/** Whether a process is running (a zombie, exited and not yet reaped, is not). */
export function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // Linux: the state follows the command name in parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}
