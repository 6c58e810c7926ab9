/** fetchPage against a local server: which addresses, redirects, sizes, types and delays it refuses. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FetchOptions, fetchPage } from '../../src/articles/safeFetch.ts';
import { failure } from '../helpers/fixtures.ts';

const PAGE = '<!DOCTYPE html><html><head><title>A page</title></head><body><p>Hello.</p></body></html>';
const CHUNK = Buffer.alloc(64 * 1024, 'a');
/** Far more than loopback's socket buffers hold, so the server only finishes if the client reads it all. */
const ENDLESS = 256 * 1024 * 1024;

let server: Server;
let port: number;
let origin: string;
/** Per path: what the server saw when the response's connection closed. */
const closed = new Map<string, Promise<{ sent: number; finished: boolean }>>();
const hosts: string[] = [];
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title></channel></rss>';
const FEED_MODIFIED = 'Mon, 01 Jan 2024 00:00:00 GMT';
const feedRequests: { ifNoneMatch?: string; ifModifiedSince?: string }[] = [];

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  hosts.push(req.headers.host ?? '');
  const redirect = /^\/r\/(\d+)$/.exec(path);
  if (redirect) {
    const left = Number(redirect[1]);
    res.writeHead(302, { location: left === 0 ? '/page' : `/r/${left - 1}` }).end();
  } else if (path === '/page' || path === '/notes.md' || path === '/photo.png' || path === '/blob') {
    const type = {
      '/page': 'text/html; charset=utf-8',
      '/notes.md': 'application/octet-stream',
      '/photo.png': 'image/png',
      '/blob': 'application/octet-stream',
    }[path];
    res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(PAGE) }).end(PAGE);
  } else if (path === '/missing') {
    res.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not here</p>');
  } else if (path === '/endless') {
    // Chunked, no Content-Length: only the bytes counted as they arrive can stop it.
    res.writeHead(200, { 'content-type': 'text/html' });
    let sent = 0;
    closed.set(
      path,
      new Promise((resolve) => res.on('close', () => resolve({ sent, finished: res.writableFinished }))),
    );
    const pump = (): void => {
      while (sent < ENDLESS && !res.destroyed) {
        sent += CHUNK.length;
        if (!res.write(CHUNK)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end();
    };
    pump();
  } else if (path === '/declared-large') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': 50_000_000 });
    res.write(CHUNK);
  } else if (path === '/gzip-bomb') {
    const body = gzipSync(Buffer.alloc(8 * 1024 * 1024, ' '));
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': body.length });
    res.end(body);
  } else if (path === '/gzip') {
    const body = gzipSync(Buffer.from(PAGE));
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': body.length });
    res.end(body);
  } else if (path === '/silent') {
    // Never answers.
  } else if (path === '/stalled-body') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<p>The first part');
  } else if (path === '/to-internal') {
    res.writeHead(302, { location: `http://internal.test:${port}/page` }).end();
  } else if (path === '/to-loopback') {
    res.writeHead(301, { location: `http://127.0.0.2:${port}/page` }).end();
  } else if (path === '/feed.xml') {
    // A feed with validators: a request that sends them back is answered 304 with no body.
    feedRequests.push({ ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'] });
    if (req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === FEED_MODIFIED) {
      res.writeHead(304, { etag: '"v1"' }).end();
    } else {
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': FEED_MODIFIED });
      res.end(FEED);
    }
  } else if (path === '/busy') {
    res.writeHead(429, { 'retry-after': '120', 'content-type': 'text/plain' }).end('slow down');
  } else if (path === '/to-ftp') {
    res.writeHead(302, { location: 'ftp://files.example/page' }).end();
  } else {
    res.writeHead(500).end();
  }
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  origin = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Options for the local server; tests override what they check. */
function local(extra: Partial<FetchOptions> = {}): FetchOptions {
  return { maxBytes: 100_000, allowPrivate: true, timeoutMs: 10_000, ...extra };
}

/** A raw TCP server that answers every connection with `reply` and then closes it. */
async function rawServer(reply: Buffer): Promise<{ url: string; close: () => Promise<void> }> {
  const tcp: TcpServer = createTcpServer((socket) => {
    socket.once('data', () => socket.end(reply));
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  const { port: rawPort } = tcp.address() as { port: number };
  return {
    url: `http://127.0.0.1:${rawPort}/`,
    close: () => new Promise((resolve) => tcp.close(() => resolve())),
  };
}

describe('fetchPage: addresses', () => {
  it('refuses a loopback address unless private addresses are allowed', async () => {
    const error = await failure(fetchPage(`${origin}/page`, local({ allowPrivate: false })));
    expect(error.code).toBe('URL_NOT_PUBLIC');
    expect(error.message).toBe('That address is not public (127.0.0.1): I only fetch pages from the public internet.');

    const page = await fetchPage(`${origin}/page`, local({ allowPrivate: true }));
    expect(page).toEqual({
      finalUrl: `${origin}/page`,
      contentType: 'text/html; charset=utf-8',
      body: Buffer.from(PAGE),
      status: 200,
    });
  });

  it('refuses an IPv6 loopback literal', async () => {
    const error = await failure(fetchPage(`http://[::1]:${port}/page`, local({ allowPrivate: false })));
    expect(error.code).toBe('URL_NOT_PUBLIC');
    expect(error.message).toBe('That address is not public (::1): I only fetch pages from the public internet.');
  });

  it('refuses a name that resolves to a private address, or to any one among public ones', async () => {
    const toLoopback = async () => [{ address: '127.0.0.1', family: 4 }];
    const error = await failure(
      fetchPage(`http://news.example:${port}/page`, local({ allowPrivate: false, lookup: toLoopback })),
    );
    expect(error.code).toBe('URL_NOT_PUBLIC');
    expect(error.message).toBe(
      'news.example is at an address that is not public (127.0.0.1): I only fetch pages from the public internet.',
    );

    const mixed = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '::ffff:10.0.0.7', family: 6 },
    ];
    const second = await failure(fetchPage('http://news.example/', local({ allowPrivate: false, lookup: mixed })));
    expect(second.code).toBe('URL_NOT_PUBLIC');
    expect(second.message).toContain('(::ffff:10.0.0.7)');
  });

  it('connects to the address it checked, sending the name as the Host', async () => {
    const lookup = async (host: string) => (host === 'news.example' ? [{ address: '127.0.0.1', family: 4 }] : []);
    hosts.length = 0;
    const page = await fetchPage(`http://news.example:${port}/page`, local({ lookup }));
    expect(page.finalUrl).toBe(`http://news.example:${port}/page`);
    expect(page.body.toString()).toBe(PAGE);
    expect(hosts).toEqual([`news.example:${port}`]);
  });

  it('checks every redirect: a public first hop may not lead to a private address', async () => {
    // The local server stands in for a public one: only 127.0.0.1 is let through.
    const lookup = async (host: string) => [
      { address: host === 'internal.test' ? '10.1.2.3' : '127.0.0.1', family: 4 },
    ];
    const options = local({ allowPrivate: false, allowAddress: (a) => a === '127.0.0.1', lookup });
    expect((await fetchPage(`${origin}/r/1`, options)).finalUrl).toBe(`${origin}/page`);

    const named = await failure(fetchPage(`${origin}/to-internal`, options));
    expect(named.code).toBe('URL_NOT_PUBLIC');
    expect(named.message).toBe(
      'The page redirected to internal.test, an address that is not public (10.1.2.3): I only fetch pages from the public internet.',
    );
    const literal = await failure(fetchPage(`${origin}/to-loopback`, options));
    expect(literal.code).toBe('URL_NOT_PUBLIC');
    expect(literal.message).toBe(
      'The page redirected to an address that is not public (127.0.0.2): I only fetch pages from the public internet.',
    );
  });

  it('reports a name that does not resolve', async () => {
    const lookup = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.example'), { code: 'ENOTFOUND' });
    };
    const error = await failure(fetchPage('https://nowhere.example/x', local({ lookup })));
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toBe('I could not find the server nowhere.example.');
  });
});

describe('fetchPage: addresses it will not try', () => {
  it.each([
    ['not a url', 'That is not a web address.'],
    ['ftp://files.example/a.txt', 'I can only fetch http:// and https:// addresses (ftp:).'],
    ['file:///etc/passwd', 'I can only fetch http:// and https:// addresses (file:).'],
    ['javascript:alert(1)', 'I can only fetch http:// and https:// addresses (javascript:).'],
    ['http://user:secret@news.example/', 'I do not fetch addresses with a user name or password in them.'],
  ])('%s', async (url, message) => {
    const error = await failure(fetchPage(url, local()));
    expect(error.code).toBe('URL_INVALID');
    expect(error.message).toBe(message);
  });

  it('a redirect to another scheme', async () => {
    const error = await failure(fetchPage(`${origin}/to-ftp`, local()));
    expect(error.code).toBe('URL_INVALID');
    expect(error.message).toBe('The page redirected to an address I cannot fetch (ftp:).');
  });
});

describe('fetchPage: redirects', () => {
  it('follows up to maxRedirects redirects and refuses one more', async () => {
    const page = await fetchPage(`${origin}/r/2`, local({ maxRedirects: 3 }));
    expect(page.finalUrl).toBe(`${origin}/page`);
    expect(page.body.toString()).toBe(PAGE);

    const error = await failure(fetchPage(`${origin}/r/3`, local({ maxRedirects: 3 })));
    expect(error.code).toBe('FETCH_REDIRECTS');
    expect(error.message).toBe('The page redirected more than 3 times; I stopped following it.');
  });

  it('follows 3 by default', async () => {
    expect((await fetchPage(`${origin}/r/2`, local())).finalUrl).toBe(`${origin}/page`);
    expect((await failure(fetchPage(`${origin}/r/3`, local()))).code).toBe('FETCH_REDIRECTS');
  });
});

describe('fetchPage: size', () => {
  it('takes a body of exactly maxBytes, refuses one byte less by its Content-Length', async () => {
    const size = Buffer.byteLength(PAGE);
    expect((await fetchPage(`${origin}/page`, local({ maxBytes: size }))).body.length).toBe(size);
    const error = await failure(fetchPage(`${origin}/page`, local({ maxBytes: size - 1 })));
    expect(error.code).toBe('FETCH_TOO_LARGE');
    expect(error.message).toBe(`The page is larger than ${size - 1} B, the most I read.`);
  });

  it('stops reading a chunked body once it passes maxBytes and closes the connection', async () => {
    const error = await failure(fetchPage(`${origin}/endless`, local({ maxBytes: 200_000 })));
    expect(error.code).toBe('FETCH_TOO_LARGE');
    expect(error.message).toBe('The page is larger than 195.3 KB, the most I read.');
    const seen = await closed.get('/endless')!;
    expect(seen.finished).toBe(false);
    expect(seen.sent).toBeLessThan(ENDLESS);
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const error = await failure(fetchPage(`${origin}/declared-large`, local({ maxBytes: 1_000_000 })));
    expect(error.code).toBe('FETCH_TOO_LARGE');
  });

  it('counts the body after decompression', async () => {
    expect((await fetchPage(`${origin}/gzip`, local())).body.toString()).toBe(PAGE);
    const error = await failure(fetchPage(`${origin}/gzip-bomb`, local({ maxBytes: 1_000_000 })));
    expect(error.code).toBe('FETCH_TOO_LARGE');
  });

  it('reads no more than a Content-Length smaller than what is sent', async () => {
    const raw = await rawServer(
      Buffer.concat([
        Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\nConnection: close\r\n\r\n'),
        Buffer.from('Twelve bytes'),
        Buffer.alloc(500_000, 'x'),
      ]),
    );
    try {
      const page = await fetchPage(raw.url, local({ maxBytes: 1000 }));
      expect(page.body.toString()).toBe('Twelve bytes');
    } finally {
      await raw.close();
    }
  });

  it('refuses a body cut short of its Content-Length', async () => {
    const raw = await rawServer(
      Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\nOnly this much'),
    );
    try {
      const error = await failure(fetchPage(raw.url, local()));
      expect(error.code).toBe('FETCH_FAILED');
    } finally {
      await raw.close();
    }
  });
});

describe('fetchPage: time', () => {
  it('gives up on a server that never answers', async () => {
    const error = await failure(fetchPage(`${origin}/silent`, local({ timeoutMs: 300 })));
    expect(error.code).toBe('FETCH_TIMEOUT');
    expect(error.message).toBe('The page took longer than 300 ms to arrive.');
  });

  it('counts the body against the same deadline', async () => {
    const error = await failure(fetchPage(`${origin}/stalled-body`, local({ timeoutMs: 300 })));
    expect(error.code).toBe('FETCH_TIMEOUT');
  });

  it('counts the address lookup against it too', async () => {
    const lookup = () => new Promise<never>(() => {});
    const error = await failure(fetchPage('http://slow-dns.example/', local({ timeoutMs: 300, lookup })));
    expect(error.code).toBe('FETCH_TIMEOUT');
  });
});

describe('fetchPage: answers that are not a page', () => {
  it('refuses an error status', async () => {
    const error = await failure(fetchPage(`${origin}/missing`, local()));
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toBe('The page answered 404 Not Found.');
  });

  it('refuses a content type an article cannot come from', async () => {
    const error = await failure(fetchPage(`${origin}/photo.png`, local()));
    expect(error.code).toBe('FETCH_TYPE');
    expect(error.message).toBe('That address serves image/png, not a web page or a text file.');
  });

  it('takes an untyped attachment by its extension only', async () => {
    const page = await fetchPage(`${origin}/notes.md`, local({ accept: 'attachment' }));
    expect(page.contentType).toBe('application/octet-stream');

    expect((await failure(fetchPage(`${origin}/notes.md`, local()))).code).toBe('FETCH_TYPE');
    const blob = await failure(fetchPage(`${origin}/blob`, local({ accept: 'attachment' })));
    expect(blob.code).toBe('FETCH_TYPE');
    expect(blob.message).toBe('That file is application/octet-stream: I can add .txt, .md, .html, .htm files.');
    expect((await failure(fetchPage(`${origin}/photo.png`, local({ accept: 'attachment' })))).code).toBe('FETCH_TYPE');
  });
});

describe('fetchPage: feeds and conditional requests', () => {
  it('takes a feed’s own type, and gives back its validators', async () => {
    feedRequests.length = 0;
    const page = await fetchPage(`${origin}/feed.xml`, local({ accept: 'feed' }));
    expect(page).toEqual({
      finalUrl: `${origin}/feed.xml`,
      contentType: 'application/rss+xml',
      body: Buffer.from(FEED),
      status: 200,
      etag: '"v1"',
      lastModified: FEED_MODIFIED,
    });
    // Without `conditional`, no validator is sent.
    expect(feedRequests).toEqual([{ ifNoneMatch: undefined, ifModifiedSince: undefined }]);
  });

  it('sends the validators back; a 304 is returned with an empty body, not refused', async () => {
    feedRequests.length = 0;
    const page = await fetchPage(
      `${origin}/feed.xml`,
      local({ accept: 'feed', conditional: { etag: '"v1"', lastModified: FEED_MODIFIED } }),
    );
    expect(page).toEqual({
      finalUrl: `${origin}/feed.xml`,
      contentType: '',
      body: Buffer.alloc(0),
      status: 304,
      etag: '"v1"',
    });
    expect(feedRequests).toEqual([{ ifNoneMatch: '"v1"', ifModifiedSince: FEED_MODIFIED }]);
  });

  it('keeps Retry-After with a refused status, for the caller to wait that long', async () => {
    const error = await failure(fetchPage(`${origin}/busy`, local()));
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.details).toMatchObject({ status: 429, retryAfter: '120' });
  });

  it('refuses a type no feed comes as, naming feeds', async () => {
    const error = await failure(fetchPage(`${origin}/photo.png`, local({ accept: 'feed' })));
    expect(error.code).toBe('FETCH_TYPE');
    expect(error.message).toBe('That address serves image/png, not a feed (RSS, Atom or JSON Feed).');
  });
});
