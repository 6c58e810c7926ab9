/**
 * A round-robin HTTP proxy on 127.0.0.1, as a load balancer stands in front of replicas: each
 * request goes whole to the next upstream in turn, its body and headers untouched (so a signature
 * over the body still verifies), and the upstream's answer comes back as it is. `sentTo` records
 * where each request went, so a spec can say which replica answered.
 */
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobinProxy {
  readonly url: string;
  /** The upstream index each request was sent to, in order. */
  readonly sentTo: number[];
  /** Sends the next request to this upstream (then round robin goes on from there). */
  next(upstream: number): void;
  close(): Promise<void>;
}

export async function roundRobinProxy(upstreams: readonly string[]): Promise<RoundRobinProxy> {
  let turn = 0;
  const sentTo: number[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    const chosen = turn % upstreams.length;
    turn += 1;
    sentTo.push(chosen);
    const target = new URL(incoming.url ?? '/', upstreams[chosen]);
    const headers: IncomingHttpHeaders = { ...incoming.headers, host: target.host };
    const forward = request(target, { method: incoming.method, headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    forward.on('error', (error) => {
      outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end(`upstream ${chosen}: ${error.message}`);
    });
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sentTo,
    next: (upstream) => {
      turn = upstream;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
