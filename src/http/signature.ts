/**
 * Discord signs every interaction it POSTs: Ed25519 over `X-Signature-Timestamp + raw body`, with
 * the application's key (the portal's "Public Key", hex). A request is run only when its signature
 * holds and its timestamp is recent; Discord itself sends bad signatures now and then to check.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** node:crypto takes a raw Ed25519 key as SPKI DER: this prefix, then the 32 key bytes. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * How far a request's timestamp may be from now, either way, in seconds: a signed request seen
 * again later (a replay) is refused past this. Discord's deliveries arrive within seconds.
 */
export const SIGNATURE_MAX_AGE_SECONDS = 300;

/** The application's public key (64 hex digits, as the developer portal shows it) for `verify`. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('an Ed25519 public key is 64 hex digits');
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

export interface SignedRequest {
  /** `X-Signature-Ed25519`: 128 hex digits. */
  readonly signature: string | undefined;
  /** `X-Signature-Timestamp`: seconds since the epoch. */
  readonly timestamp: string | undefined;
  /** The body exactly as received. */
  readonly body: Buffer;
}

/** Why a request is refused (each a 401), or 'ok'. */
export type SignatureCheck = 'ok' | 'missing' | 'malformed' | 'stale' | 'bad';

/** Checks a request's signature against `key`; `nowMs` is the clock (milliseconds since the epoch). */
export function checkSignature(key: KeyObject, request: SignedRequest, nowMs: number = Date.now()): SignatureCheck {
  const { signature, timestamp, body } = request;
  if (!signature || !timestamp) return 'missing';
  if (!/^[0-9a-fA-F]{128}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) return 'malformed';
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > SIGNATURE_MAX_AGE_SECONDS) return 'stale';
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  return verify(null, signed, key, Buffer.from(signature, 'hex')) ? 'ok' : 'bad';
}
