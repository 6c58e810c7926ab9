/**
 * Fetches one page or file for a user, safely: public addresses only (each redirect checked again,
 * the connection pinned to the address checked), a byte limit counted as the body streams in,
 * one deadline for the whole exchange, and only the content types an article can come from.
 */
import type { LookupAddress as DnsLookupAddress, LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { formatBytes } from '../corpus/load.ts';
import { CitebotError, isCitebotError } from '../errors.ts';
import { addressKind } from './addresses.ts';
import { FILE_EXTENSIONS } from './fileTypes.ts';

export interface LookupAddress {
  readonly address: string;
  readonly family: number;
}

export interface FetchOptions {
  /** The body may be this long (after decompression); one byte more and the fetch is refused. */
  readonly maxBytes: number;
  /** Also fetch from loopback, private and other non-public addresses (intranets, tests). */
  readonly allowPrivate: boolean;
  /** For the whole exchange: every lookup, redirect and the body. */
  readonly timeoutMs?: number;
  readonly maxRedirects?: number;
  /** Resolves a host name to its addresses (default: the system resolver). */
  readonly lookup?: (hostname: string) => Promise<readonly LookupAddress[]>;
  /**
   * `attachment`: a user's file, which may come as application/octet-stream or without a type.
   * `feed`: an RSS, Atom or JSON feed, as XML, JSON or text (and HTML, so that the parser can say a
   * page is not a feed rather than a bare type refusal).
   */
  readonly accept?: Accept;
  /**
   * A conditional request (a feed polled again): `If-None-Match` with the last ETag and
   * `If-Modified-Since` with the last Last-Modified. The server may then answer 304 Not Modified,
   * returned as a page with `status: 304` and an empty body: nothing is downloaded.
   */
  readonly conditional?: { readonly etag?: string; readonly lastModified?: string };
  /** Which resolved addresses may be connected to, instead of allowPrivate's rule (tests). */
  readonly allowAddress?: (address: string) => boolean;
}

export interface FetchedPage {
  /** The address after redirects. */
  readonly finalUrl: string;
  /** The Content-Type header as sent (charset included), '' when there was none. */
  readonly contentType: string;
  readonly body: Buffer;
  /** 200-299, or 304 for a conditional request whose resource has not changed. */
  readonly status?: number;
  /** The validators to send next time (conditional), when the server gave them. */
  readonly etag?: string;
  readonly lastModified?: string;
}

export type Accept = 'page' | 'attachment' | 'feed';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_REDIRECTS = 3;

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown', 'text/x-markdown']);
/** What feeds are served as: their own types, XML and JSON in general, text, and untyped. */
const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/json',
  'application/xml',
  'text/xml',
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  '',
  'application/octet-stream',
]);
/** Types a file store sends when it does not know better: the file's extension decides then. */
const UNTYPED = new Set(['', 'application/octet-stream', 'binary/octet-stream']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_URL_LENGTH = 2048;

export async function fetchPage(url: string, options: FetchOptions): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let target = parseTarget(url, null);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const { signal } = controller;
  try {
    for (let redirects = 0; ; redirects += 1) {
      const addresses = await resolveChecked(target, options, signal, redirects > 0);
      const { request, response } = await send(
        target,
        addresses,
        signal,
        options.accept ?? 'page',
        options.conditional,
      );
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        request.destroy();
        const location = response.headers.location;
        if (!location) throw failed(`The page answered ${status} without saying where it moved.`, target, { status });
        if (redirects >= maxRedirects) {
          throw new CitebotError(
            'FETCH_REDIRECTS',
            `The page redirected more than ${maxRedirects} times; I stopped following it.`,
            { url: target.href, maxRedirects },
          );
        }
        target = parseTarget(location, target);
        continue;
      }
      try {
        const validators = validatorsOf(response);
        if (status === 304 && options.conditional !== undefined) {
          return { finalUrl: target.href, contentType: '', body: Buffer.alloc(0), status, ...validators };
        }
        if (status < 200 || status > 299) {
          const reason = response.statusMessage ? ` ${response.statusMessage}` : '';
          const retryAfter = response.headers['retry-after'];
          throw failed(`The page answered ${status}${reason}.`, target, {
            status,
            ...(retryAfter === undefined ? {} : { retryAfter }),
          });
        }
        const contentType = response.headers['content-type'] ?? '';
        checkType(contentType, target, options.accept ?? 'page');
        const body = await readBody(response, options.maxBytes, target);
        return { finalUrl: target.href, contentType, body, status, ...validators };
      } finally {
        request.destroy();
      }
    }
  } catch (error) {
    if (isCitebotError(error)) throw error;
    if (signal.aborted) {
      throw new CitebotError('FETCH_TIMEOUT', `The page took longer than ${formatDuration(timeoutMs)} to arrive.`, {
        url: target.href,
        timeoutMs,
      });
    }
    throw networkFailure(error, target);
  } finally {
    clearTimeout(timer);
  }
}

function parseTarget(raw: string, base: URL | null): URL {
  let target: URL;
  try {
    target = new URL(raw.trim(), base ?? undefined);
  } catch {
    throw new CitebotError(
      'URL_INVALID',
      base ? 'The page redirected to an address I cannot read.' : 'That is not a web address.',
      {
        url: raw,
      },
    );
  }
  const from = base
    ? 'The page redirected to an address I cannot fetch'
    : 'I can only fetch http:// and https:// addresses';
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    throw new CitebotError('URL_INVALID', `${from} (${target.protocol}).`, { url: raw });
  if (target.username || target.password)
    throw new CitebotError('URL_INVALID', 'I do not fetch addresses with a user name or password in them.', {
      url: target.origin,
    });
  if (target.href.length > MAX_URL_LENGTH)
    throw new CitebotError('URL_INVALID', `That address is longer than ${MAX_URL_LENGTH} characters.`, {
      url: target.href.slice(0, 200),
    });
  return target;
}

/** `[::1]` -> `::1`: URL keeps the brackets, lookups and sockets do not want them. */
function bareHost(target: URL): string {
  return target.hostname.replace(/^\[|\]$/g, '');
}

async function resolveChecked(
  target: URL,
  options: FetchOptions,
  signal: AbortSignal,
  redirected: boolean,
): Promise<LookupAddress[]> {
  const host = bareHost(target);
  let addresses: LookupAddress[];
  const family = isIP(host);
  if (family !== 0) addresses = [{ address: host, family }];
  else {
    const lookup = options.lookup ?? ((name: string) => dnsLookup(name, { all: true, verbatim: true }));
    try {
      addresses = [...(await abortable(lookup(host), signal))];
    } catch (error) {
      if (signal.aborted) throw error;
      throw failed(`I could not find the server ${host}.`, target, { code: (error as NodeJS.ErrnoException).code });
    }
    if (addresses.length === 0) throw failed(`I could not find the server ${host}.`, target);
  }
  const allowed =
    options.allowAddress ?? ((address: string) => options.allowPrivate || addressKind(address) === 'public');
  const refused = addresses.find((a) => !allowed(a.address));
  if (refused) {
    const what = redirected
      ? `The page redirected to ${family === 0 ? `${host}, ` : ''}an address that is not public`
      : family === 0
        ? `${host} is at an address that is not public`
        : 'That address is not public';
    throw new CitebotError(
      'URL_NOT_PUBLIC',
      `${what} (${refused.address}): I only fetch pages from the public internet.`,
      { url: target.href, address: refused.address, kind: addressKind(refused.address) },
    );
  }
  return addresses;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Hands the socket only the addresses already checked, so a second DNS answer cannot swap them. */
function pinnedLookup(addresses: readonly LookupAddress[]) {
  return (
    _hostname: string,
    options: LookupOptions,
    callback: (error: Error | null, address: string | DnsLookupAddress[], family?: number) => void,
  ): void => {
    const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
    const usable = addresses.filter((a) => wanted === 0 || a.family === wanted);
    const list = (usable.length > 0 ? usable : addresses).map((a) => ({ address: a.address, family: a.family }));
    if (options.all) callback(null, list);
    else callback(null, list[0]!.address, list[0]!.family);
  };
}

/** The ETag and Last-Modified a response carries, for the next conditional request. */
function validatorsOf(response: IncomingMessage): { etag?: string; lastModified?: string } {
  const etag = response.headers.etag?.trim();
  const lastModified = response.headers['last-modified']?.trim();
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

const ACCEPT_HEADERS: Record<Accept, string> = {
  page: 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1',
  attachment: '*/*',
  feed: 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,*/*;q=0.1',
};

function send(
  target: URL,
  addresses: readonly LookupAddress[],
  signal: AbortSignal,
  accept: Accept,
  conditional: FetchOptions['conditional'],
): Promise<{ request: ClientRequest; response: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(
      {
        protocol: target.protocol,
        hostname: bareHost(target),
        port: target.port || undefined,
        path: `${target.pathname}${target.search}`,
        method: 'GET',
        headers: {
          'user-agent': 'Mozilla/5.0 (compatible; citebot/0.1)',
          accept: ACCEPT_HEADERS[accept],
          'accept-encoding': 'gzip, deflate, br',
          ...(conditional?.etag ? { 'if-none-match': conditional.etag } : {}),
          ...(conditional?.lastModified ? { 'if-modified-since': conditional.lastModified } : {}),
        },
        agent: false,
        signal,
        lookup: pinnedLookup(addresses) as never,
      },
      (response) => resolve({ request, response }),
    );
    // Kept for the whole exchange: a socket error after the headers must not go unhandled.
    request.on('error', reject);
    request.end();
  });
}

function checkType(contentType: string, target: URL, accept: Accept): void {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (accept === 'feed') {
    if (FEED_TYPES.has(type) || type.endsWith('+xml') || type.endsWith('+json')) return;
    throw new CitebotError('FETCH_TYPE', `That address serves ${type}, not a feed (RSS, Atom or JSON Feed).`, {
      url: target.href,
      contentType,
    });
  }
  if (PAGE_TYPES.has(type)) return;
  const extension = extname(decodeURIComponentSafe(target.pathname)).toLowerCase();
  if (accept === 'attachment' && UNTYPED.has(type) && FILE_EXTENSIONS.includes(extension)) return;
  const what = type || 'of no stated type';
  const message =
    accept === 'page'
      ? `That address serves ${type || 'something of no stated type'}, not a web page or a text file.`
      : `That file is ${what}: I can add ${FILE_EXTENSIONS.join(', ')} files.`;
  throw new CitebotError('FETCH_TYPE', message, { url: target.href, contentType });
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

async function readBody(response: IncomingMessage, maxBytes: number, target: URL): Promise<Buffer> {
  const tooLarge = (): CitebotError =>
    new CitebotError('FETCH_TOO_LARGE', `The page is larger than ${formatBytes(maxBytes)}, the most I read.`, {
      url: target.href,
      maxBytes,
    });
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  const stream = decoded(response);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  if (!response.complete) throw failed('The connection closed before the page had arrived.', target);
  return Buffer.concat(chunks, total);
}

/** The body without its Content-Encoding; the byte limit counts what comes out, so a small bomb stays small. */
function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (!decoder) return response;
  return pipeline(response, decoder, () => {});
}

function failed(message: string, target: URL, details: Record<string, unknown> = {}): CitebotError {
  return new CitebotError('FETCH_FAILED', message, { url: target.href, ...details });
}

function networkFailure(error: unknown, target: URL): CitebotError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const host = bareHost(target);
  const message =
    code === 'ECONNREFUSED'
      ? `${host} refused the connection.`
      : code === 'ECONNRESET' || code === 'EPIPE'
        ? `The connection to ${host} was cut off.`
        : code.startsWith('ERR_TLS') || code.includes('CERT') || code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'
          ? `The secure connection to ${host} could not be verified (${code}).`
          : code.startsWith('Z_') || code.startsWith('ERR__')
            ? `The page from ${host} was compressed wrongly.`
            : `I could not fetch the page from ${host}${code ? ` (${code})` : ''}.`;
  return failed(message, target, { code, cause: String(error) });
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
