/**
 * Bytes to text for pages and uploaded files: a byte-order mark, else the declared charset, else
 * UTF-8, else Windows-1252 (what old news pages and Windows editors write), as the corpus loader reads.
 */
import { decodeWindows1252 } from '../corpus/load.ts';

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
}

/** Labels the WHATWG Encoding Standard maps to Windows-1252 (the ones met in practice). */
const WINDOWS_1252 = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
]);
const UTF8 = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Buffer, declared?: string | null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return lenient(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return lenient(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return lenient(bytes.subarray(2), 'utf-16be');
  const label = declared?.trim().toLowerCase() ?? '';
  if (WINDOWS_1252.has(label)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  if (label && !UTF8.has(label)) {
    try {
      return lenient(bytes, label);
    } catch {
      // An unknown label: read the bytes as if none had been given.
    }
  }
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function lenient(bytes: Buffer, label: string): Decoded {
  return { text: new TextDecoder(label).decode(bytes), encoding: label };
}

/** The charset of a Content-Type header (`text/html; charset=ISO-8859-1`), or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match ? match[1]! : null;
}

/** An HTML page's text: the header's charset, else a `<meta>` one near the top. */
export function decodeHtml(bytes: Buffer, contentType?: string | null): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return decodeText(bytes, charsetOf(contentType) ?? meta?.[1] ?? null).text;
}

/** NUL bytes or more than 1% control characters: an image, an archive, a document format. */
export function looksBinary(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control += 1;
  }
  return control > text.length / 100;
}
