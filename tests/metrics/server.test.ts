import { afterEach, describe, expect, it } from 'vitest';
import { type HealthServer, startHealthServer } from '../../src/metrics/server.ts';

let server: HealthServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(
  health: () => { ok: boolean; reason?: string },
  metrics: () => Promise<string> = async () => 'citebot_questions_total 1\n',
): Promise<string> {
  server = await startHealthServer({ port: 0, host: '127.0.0.1', health, metrics });
  return `http://127.0.0.1:${server.port}`;
}

describe('the health and metrics endpoint', () => {
  it('answers /healthz 200 ok when healthy, 503 with the reason when not', async () => {
    let health: { ok: boolean; reason?: string } = { ok: true };
    const base = await start(() => health);
    const ok = await fetch(`${base}/healthz`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await ok.text()).toBe('ok\n');
    health = { ok: false, reason: 'not connected to Discord' };
    const down = await fetch(`${base}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.text()).toBe('not connected to Discord\n');
  });

  it("serves /metrics with prom-client's content type", async () => {
    const base = await start(() => ({ ok: true }));
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(await res.text()).toBe('citebot_questions_total 1\n');
  });

  it('answers 404 elsewhere, 405 to other methods, 500 without detail when the metrics fail', async () => {
    const base = await start(
      () => ({ ok: true }),
      async () => {
        throw new Error('secret detail');
      },
    );
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/metrics/x`)).status).toBe(404);
    const post = await fetch(`${base}/healthz`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const failed = await fetch(`${base}/metrics`);
    expect(failed.status).toBe(500);
    expect(await failed.text()).toBe('metrics unavailable\n');
  });

  it('binds the host it is given, and closes', async () => {
    await start(() => ({ ok: true }));
    expect(server!.port).toBeGreaterThan(0);
    const port = server!.port;
    await server!.close();
    server = null;
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
