/** The systemd unit in deploy/: restarted on failure, never in a loop on a configuration error. */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXIT_CONFIG } from '../../src/exitCodes.ts';

const UNIT = new URL('../../deploy/citebot.service', import.meta.url);

/** `key=value` lines of the unit, comments left out. */
async function settings(): Promise<Map<string, string>> {
  const lines = (await readFile(UNIT, 'utf8')).split('\n').filter((l) => /^[A-Za-z]+=/.test(l));
  return new Map(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

describe('deploy/citebot.service', () => {
  it('restarts on failure but not after the configuration exit status', async () => {
    const unit = await settings();
    expect(unit.get('Restart')).toBe('on-failure');
    expect(unit.get('RestartPreventExitStatus')).toBe(String(EXIT_CONFIG));
    expect(EXIT_CONFIG).toBe(78);
  });

  it('runs as its own user from the checkout, with its variables in an environment file', async () => {
    const unit = await settings();
    expect(unit.get('User')).toBe('citebot');
    expect(unit.get('WorkingDirectory')).toBe('/opt/citebot');
    expect(unit.get('EnvironmentFile')).toBe('/etc/citebot.env');
    expect(unit.get('ExecStart')).toBe('/usr/bin/env node src/launch/start.mjs');
  });

  it('passes systemd-analyze verify where systemd is installed', async () => {
    const verify = await promisify(execFile)('systemd-analyze', ['verify', UNIT.pathname]).then(
      (r) => ({ ok: true, stderr: r.stderr }),
      (error: NodeJS.ErrnoException & { stderr?: string }) =>
        error.code === 'ENOENT' ? null : { ok: false, stderr: error.stderr ?? String(error) },
    );
    if (verify === null) return; // no systemd on this machine: nothing to verify against
    expect(verify).toEqual({ ok: true, stderr: '' });
  });
});
