/**
 * The signature check of HTTP interactions: Ed25519 over timestamp + body with the application's
 * public key, as Discord signs; a request is 'ok' only when both headers are there, well formed,
 * recent, and the signature holds for exactly these bytes.
 */
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkSignature, publicKeyFromHex, SIGNATURE_MAX_AGE_SECONDS } from '../../src/http/signature.ts';

const pair = generateKeyPairSync('ed25519');
const publicHex = pair.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
const key = publicKeyFromHex(publicHex);

const NOW_S = 1_765_000_000;
const NOW_MS = NOW_S * 1000;
const BODY = Buffer.from('{"type":1}');
const signed = (timestamp: string, body: Buffer, privateKey = pair.privateKey): string =>
  sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString('hex');
const check = (signature: string | undefined, timestamp: string | undefined, body = BODY, at = NOW_MS) =>
  checkSignature(key, { signature, timestamp, body }, at);

describe('publicKeyFromHex', () => {
  it('wraps the raw key as node:crypto needs it (RFC 8032 test 2: message 0x72)', () => {
    const rfcKey = publicKeyFromHex('3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c');
    const rfcSignature = Buffer.from(
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
      'hex',
    );
    expect(verify(null, Buffer.from([0x72]), rfcKey, rfcSignature)).toBe(true);
    expect(verify(null, Buffer.from([0x73]), rfcKey, rfcSignature)).toBe(false);
  });

  it('takes 64 hex digits only', () => {
    expect(() => publicKeyFromHex(publicHex.slice(2))).toThrow('64 hex digits');
    expect(() => publicKeyFromHex(`${publicHex.slice(2)}zz`)).toThrow('64 hex digits');
    expect(publicKeyFromHex(publicHex.toUpperCase()).equals(key)).toBe(true);
  });
});

describe('checkSignature', () => {
  const ts = String(NOW_S);

  it('accepts Discord’s signature of this timestamp and body', () => {
    expect(check(signed(ts, BODY), ts)).toBe('ok');
  });

  it('refuses when a header is missing or empty', () => {
    expect(check(undefined, ts)).toBe('missing');
    expect(check(signed(ts, BODY), undefined)).toBe('missing');
    expect(check('', ts)).toBe('missing');
  });

  it('refuses a signature that is not 64 bytes of hex, or a timestamp that is not a number', () => {
    expect(check(signed(ts, BODY).slice(2), ts)).toBe('malformed');
    expect(check(`${signed(ts, BODY).slice(2)}zz`, ts)).toBe('malformed');
    expect(check(signed('1.5e9', BODY), '1.5e9')).toBe('malformed');
  });

  it('refuses a signature by another key, of another body, or of another timestamp', () => {
    expect(check(signed(ts, BODY, generateKeyPairSync('ed25519').privateKey), ts)).toBe('bad');
    expect(check(signed(ts, BODY), ts, Buffer.from('{"type":2}'))).toBe('bad');
    expect(check(signed(String(NOW_S - 1), BODY), ts)).toBe('bad');
  });

  it(`refuses a timestamp more than ${SIGNATURE_MAX_AGE_SECONDS} s from now either way, however well signed (a replay)`, () => {
    for (const offset of [-SIGNATURE_MAX_AGE_SECONDS, SIGNATURE_MAX_AGE_SECONDS]) {
      const t = String(NOW_S + offset);
      expect(check(signed(t, BODY), t)).toBe('ok');
    }
    for (const offset of [-SIGNATURE_MAX_AGE_SECONDS - 1, SIGNATURE_MAX_AGE_SECONDS + 1]) {
      const t = String(NOW_S + offset);
      expect(check(signed(t, BODY), t)).toBe('stale');
    }
  });
});
