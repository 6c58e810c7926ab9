/**
 * The README's examples are what the commands print today: each block marked "checked by
 * tests/docs/readme.test.ts" is compared with a fresh run, so an example cannot go stale.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/processes.ts';

const README = await readFile(new URL('../../README.md', import.meta.url), 'utf8');

/** The fenced block right after the marker comment that names `what`. */
function checkedBlock(what: string): string {
  const marker = README.indexOf(`<!-- checked by tests/docs/readme.test.ts: ${what}`);
  expect(marker, what).toBeGreaterThan(0);
  const open = README.indexOf('\n', README.indexOf('```', marker)) + 1;
  return README.slice(open, README.indexOf('```', open));
}

const ask = (args: string[]) => runScript('src/cli/ask.ts', args, { vars: { CORPUS_DIR: '' } });

describe('the README', () => {
  it('shows the first hit `npm run ask` prints for its example question', async () => {
    const { stdout, code } = await ask(['who met the delegation']);
    expect(code).toBe(0);
    const firstHit = `${stdout.split('\n').slice(0, 2).join('\n')}\n`;
    expect(checkedBlock('the first hit as `npm run ask` prints it')).toBe(firstHit);
  });

  it('shows the exact `ask --json` output of its example', async () => {
    const { stdout, code } = await ask(['--json', '--limit', '1', 'who met the delegation']);
    expect(code).toBe(0);
    expect(checkedBlock('`npm run -s ask -- --json --limit 1')).toBe(stdout);
  });

  it('holds the quick start in its first 40 lines and stays under 300 lines', () => {
    const lines = README.split('\n');
    const head = lines.slice(0, 40).join('\n');
    for (const command of ['npm install', 'npm start', 'npm run ask --', '--corpus']) expect(head).toContain(command);
    expect(lines.length).toBeLessThanOrEqual(300);
  });

  it('links only to files that exist', async () => {
    const { existsSync } = await import('node:fs');
    const targets = [...README.matchAll(/\]\(((?:docs|deploy|src|tests)\/[^)#\s]+|\.env\.example)(?:#[^)]*)?\)/g)].map(
      (m) => m[1]!,
    );
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) expect(existsSync(new URL(`../../${target}`, import.meta.url)), target).toBe(true);
  });
});
