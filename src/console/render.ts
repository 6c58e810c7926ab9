/**
 * Reply descriptions as terminal text. Markdown from ./replies/markdown.ts becomes plain text:
 * escapes removed, links as `label <url>`, bold as ANSI bold on a terminal and `**word**` otherwise,
 * italics as ANSI italics on a terminal and plain otherwise.
 */
import type { Reply } from '../replies/types.ts';

export interface TextStyle {
  readonly ansi: boolean;
}

export function renderText(reply: Reply, style: TextStyle, buttonNumbers = false): string {
  const out: string[] = [];
  if (reply.content !== undefined && reply.content !== '') out.push(markdownToText(reply.content, style));
  for (const embed of reply.embeds ?? []) {
    if (embed.title !== undefined) out.push(heading(markdownToText(embed.title, style), style));
    if (embed.description !== undefined) out.push(markdownToText(embed.description, style));
    for (const field of embed.fields ?? [])
      out.push(`${markdownToText(field.name, style)}\n${markdownToText(field.value, style)}`);
    if (embed.footer !== undefined) out.push(dim(embed.footer, style));
  }
  const buttons = (reply.buttons ?? []).flat();
  if (buttons.length > 0) {
    out.push(
      dim(
        buttonNumbers
          ? `Buttons: ${buttons.map((b, i) => `[${i + 1}] ${b.label}`).join('  ')}  (press one with /press N)`
          : `Buttons: ${buttons.map((b) => `[${b.label}]`).join(' ')}`,
        style,
      ),
    );
  }
  return `${out.join('\n\n')}\n`;
}

const heading = (text: string, style: TextStyle): string => (style.ansi ? `\x1b[1;4m${text}\x1b[0m` : `== ${text} ==`);
const dim = (text: string, style: TextStyle): string => (style.ansi ? `\x1b[2m${text}\x1b[22m` : text);

export function markdownToText(md: string, style: TextStyle): string {
  let out = '';
  let boldOpen = false;
  let italicOpen = false;
  for (let i = 0; i < md.length; i += 1) {
    const c = md[i]!;
    if (c === '\\' && i + 1 < md.length) {
      out += md[i + 1];
      i += 1;
    } else if (c === '*' && md[i + 1] === '*') {
      boldOpen = !boldOpen;
      // Plain text (piped, or a terminal without colours) gets no markers at all: never a literal `**`.
      if (style.ansi) out += boldOpen ? '\x1b[1m' : '\x1b[22m';
      i += 1;
    } else if (c === '`') {
      // Inline code (an article id): the text without its marks.
    } else if (c === '_') {
      italicOpen = !italicOpen;
      if (style.ansi) out += italicOpen ? '\x1b[3m' : '\x1b[23m';
    } else if (c === '[') {
      const close = findLinkEnd(md, i);
      if (close === null) {
        out += c;
        continue;
      }
      out += `${markdownToText(md.slice(i + 1, close.labelEnd), style)} <${md.slice(close.labelEnd + 2, close.end)}>`;
      i = close.end;
    } else {
      out += c;
    }
  }
  return out;
}

function findLinkEnd(md: string, open: number): { labelEnd: number; end: number } | null {
  for (let j = open + 1; j < md.length; j += 1) {
    if (md[j] === '\\') {
      j += 1;
      continue;
    }
    if (md[j] === ']') {
      if (md[j + 1] !== '(') return null;
      const end = md.indexOf(')', j + 2);
      return end < 0 ? null : { labelEnd: j, end };
    }
  }
  return null;
}
