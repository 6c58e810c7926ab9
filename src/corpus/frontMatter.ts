export interface FrontMatter {
  readonly fields: Readonly<Record<string, string>>;
  /** Offset where the body starts (just after the closing `---` line), 0 when there is none. */
  readonly bodyStart: number;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*(\r?\n|$)/m;

/** A `---` block at the very top of a file with `key: value` lines. An unclosed block is body text. */
export function parseFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { fields: {}, bodyStart: 0 };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { fields: {}, bodyStart: 0 };
  const fields: Record<string, string> = {};
  for (const line of rest.slice(0, closing.index).split(/\r?\n/)) {
    const match = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    fields[match[1]!.toLowerCase()] = unquote(match[2]!.trim());
  }
  return { fields, bodyStart: opening[0].length + closing.index + closing[0].length };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? quoted[2]! : value;
}

/**
 * A front matter's `url` when it is a web address (http or https), trimmed; else undefined. Anything
 * else (`javascript:`, `file:`, a relative path) is never kept: citations link to it and Discord
 * refuses an embed whose url is not http(s).
 */
export function webAddress(value: string | undefined): string | undefined {
  const url = value?.trim();
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
