/**
 * The Interactions Endpoint: `POST /interactions` on INTERACTIONS_HOST:INTERACTIONS_PORT (node:http,
 * nothing else), what Discord calls instead of sending interactions over the gateway. Each request
 * is checked before anything runs: its size (BODY_MAX_BYTES), then its signature (./signature.ts),
 * then that it is JSON of a known interaction type. PING gets PONG; everything else goes to the
 * answers (./answers.ts). Every refusal gets a short status and one log line.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { InteractionResponseType, InteractionType, type APIInteraction } from 'discord-api-types/v10';
import type { Logger } from '../app/log.ts';
import type { InteractionAnswers } from './answers.ts';
import { checkSignature } from './signature.ts';

/** The path Discord is given as the Interactions Endpoint URL (behind the proxy's own prefix, if any). */
export const INTERACTIONS_PATH = '/interactions';

/**
 * The largest body read, in bytes. Discord's interactions are a few KiB (a command, its options,
 * for a button the message it sits on); anything larger is refused before it is read whole.
 */
export const BODY_MAX_BYTES = 64 * 1024;

export interface InteractionServerOptions {
  /** 0 picks a free port (the one bound is returned and logged). */
  readonly port: number;
  readonly host: string;
  /** The application's public key (publicKeyFromHex). */
  readonly publicKey: KeyObject;
  readonly answers: InteractionAnswers;
  readonly log: Logger;
}

export interface InteractionServer {
  readonly port: number;
  /** Where Discord (or the proxy in front) should send interactions. */
  readonly url: string;
  /** Stops taking connections and waits for the responses in progress (up to `graceMs`, then closes them). */
  close(graceMs?: number): Promise<void>;
}

const KNOWN_TYPES = new Set<number>(Object.values(InteractionType).filter((v) => typeof v === 'number'));

export async function startInteractionServer(options: InteractionServerOptions): Promise<InteractionServer> {
  const server = createServer((request, response) => {
    respond(request, response, options).catch((error: unknown) => {
      options.log.error('HTTP interaction handler crashed', { error });
      if (!response.headersSent) send(response, 500, { error: 'internal error' });
      else response.destroy();
    });
  });
  // Rejects with the error (the port taken, say) when listening fails.
  await once(server.listen(options.port, options.host), 'listening');
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    port,
    url: `http://${host}:${port}${INTERACTIONS_PATH}`,
    close: (graceMs = 5000) =>
      new Promise<void>((resolve) => {
        // A keep-alive connection that turns idle later is closed at the deadline.
        const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(deadline);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

async function respond(
  request: IncomingMessage,
  response: ServerResponse,
  { publicKey, answers, log }: InteractionServerOptions,
): Promise<void> {
  const path = (request.url ?? '/').split('?')[0];
  const refuse = (status: number, error: string, detail: Record<string, unknown> = {}): void => {
    log.warn(`refused an HTTP interaction: ${error}`, { status, remote: request.socket.remoteAddress, ...detail });
    send(response, status, { error });
  };
  if (path !== INTERACTIONS_PATH) return send(response, 404, { error: 'not found' });
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    return send(response, 405, { error: 'method not allowed' });
  }
  if (answers.isStopping) return refuse(503, 'shutting down');
  let body: Buffer | null;
  try {
    body = await readBody(request, BODY_MAX_BYTES);
  } catch {
    // The client went away mid-body: nothing to answer.
    response.destroy();
    return;
  }
  if (body === null) {
    // The rest is not read: close the connection rather than drain it.
    response.setHeader('Connection', 'close');
    return refuse(413, `body larger than ${BODY_MAX_BYTES} bytes`, {
      contentLength: request.headers['content-length'] ?? null,
    });
  }
  const check = checkSignature(publicKey, {
    signature: header(request, 'x-signature-ed25519'),
    timestamp: header(request, 'x-signature-timestamp'),
    body,
  });
  if (check !== 'ok') return refuse(401, `invalid request signature (${check})`);

  let interaction: APIInteraction;
  try {
    interaction = JSON.parse(body.toString('utf8')) as APIInteraction;
  } catch {
    return refuse(400, 'body is not JSON');
  }
  const type: unknown = typeof interaction === 'object' && interaction !== null ? interaction.type : undefined;
  if (typeof type !== 'number' || !KNOWN_TYPES.has(type)) return refuse(400, 'unknown interaction type', { type });
  if (type === InteractionType.Ping) return send(response, 200, { type: InteractionResponseType.Pong });

  let answer: Awaited<ReturnType<InteractionAnswers['answer']>>;
  try {
    answer = await answers.answer(interaction);
  } catch (error) {
    // A signed body Discord would not send (a field missing): nothing to answer.
    log.warn('refused an HTTP interaction: malformed interaction', { status: 400, error });
    return send(response, 400, { error: 'malformed interaction' });
  }
  if (answer === null) return refuse(400, 'interaction type not handled', { type });
  // The deferred answer follows once the deferral has been written (or the connection is gone).
  response.once('close', () => answer.sent?.());
  send(response, 200, answer.body);
}

/**
 * The body, or null as soon as it is larger than `max` bytes (declared or as it arrives); the rest
 * is then let through unread, and the connection closed after the refusal.
 */
function readBody(request: IncomingMessage, max: number): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > max) {
        done = true;
        resolve(null);
      } else chunks.push(chunk);
    });
    request.once('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
      done = true;
    });
    request.once('error', (error) => {
      if (!done) reject(error);
      done = true;
    });
  });
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
  });
  response.end(json);
}
