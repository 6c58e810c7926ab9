/**
 * The entry points run as a user runs them (`tsx src/main.ts`, …), with an environment that
 * inherits nothing that could point anywhere but the test's own stand-ins.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

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
    ADMIN_ROLE_IDS: '',
    ...vars,
  };
}

export function run(script: string, vars: Record<string, string>, args: string[] = []): ChildProcessWithoutNullStreams {
  return spawn(TSX, [script, ...args], { cwd: ROOT, env: env(vars), stdio: 'pipe' });
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
