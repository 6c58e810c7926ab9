/**
 * The health and metrics endpoint (node:http, nothing else): `GET /healthz` is 200 `ok` or 503
 * with the reason, `GET /metrics` the Prometheus exposition. Meant for a probe and a scraper on
 * the host or a private network: it binds where it is told (the caller's default, METRICS_HOST,
 * is 127.0.0.1) and says nothing more than the metrics do.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { prometheusContentType } from 'prom-client';

export interface Health {
  readonly ok: boolean;
  /** Why not (with ok false): one line, shown to the probe. */
  readonly reason?: string;
}

export interface HealthServerOptions {
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly host: string;
  /** Asked at each request; with shards, the manager asks every shard. */
  readonly health: () => Health | Promise<Health>;
  /** The exposition text (Metrics.text, or the aggregate of the shards). */
  readonly metrics: () => Promise<string>;
  /** Content type of `metrics()`'s text. Default prom-client's Prometheus text format. */
  readonly contentType?: string;
}

export interface HealthServer {
  /** The port bound (the one picked when asked for 0). */
  readonly port: number;
  close(): Promise<void>;
}

const TEXT = 'text/plain; charset=utf-8';

export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server = createServer((request, response) => {
    respond(request, response, options).catch(() => {
      // The connection went away mid-answer: nothing more to do.
      response.destroy();
    });
  });
  // A scraper keeps connections alive; close() should not wait for them.
  server.keepAliveTimeout = 5000;
  // Rejects with the error (the port taken, say) when listening fails.
  await once(server.listen(options.port, options.host), 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function respond(
  request: IncomingMessage,
  response: ServerResponse,
  options: HealthServerOptions,
): Promise<void> {
  const path = (request.url ?? '/').split('?')[0];
  if (path !== '/healthz' && path !== '/metrics') return send(response, 404, TEXT, 'not found\n');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, TEXT, 'method not allowed\n');
  }
  const head = request.method === 'HEAD';
  if (path === '/healthz') {
    let health: Health;
    try {
      health = await options.health();
    } catch {
      health = { ok: false, reason: 'health check failed' };
    }
    const body = health.ok ? 'ok\n' : `${oneLine(health.reason ?? 'unhealthy')}\n`;
    return send(response, health.ok ? 200 : 503, TEXT, body, head);
  }
  let text: string;
  try {
    text = await options.metrics();
  } catch {
    // No detail: the endpoint may be reachable by more than the operator.
    return send(response, 500, TEXT, 'metrics unavailable\n', head);
  }
  return send(response, 200, options.contentType ?? prometheusContentType, text, head);
}

function send(response: ServerResponse, status: number, type: string, body: string, head = false): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(head ? undefined : body);
}

/** One short line: a reason never spreads over lines or grows without bound. */
function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
