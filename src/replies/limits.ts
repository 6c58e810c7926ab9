/**
 * Discord's size limits, and the one place that makes a reply fit them. Text is cut at a sentence
 * boundary when one is close enough, else at a word boundary, never inside a word (unless a single
 * "word" is longer than the room), never inside a masked link, and bold/italics left open by the cut
 * are closed. Every reply goes through `fitReply` in the router, so the console shows what Discord
 * would.
 */
import { webAddress } from '../corpus/frontMatter.ts';
import type { Choice, Reply, ReplyButton, ReplyEmbed, ReplyField } from './types.ts';

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Title, description, field names and values and footers of all embeds together. */
  embedTotal: 6000,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const SENTENCE_END = /[.!?…]/;
const CLOSERS = /["'”’)\]*_]/;
const ELLIPSIS = '…';
/** Room kept for closing `**` and `_` and the ellipsis. */
const RESERVE = 5;

export interface CutOptions {
  /** Treat the text as Discord markdown from ./markdown.ts (escapes, `**`, `_`, links). Default true. */
  readonly markdown?: boolean;
}

interface Boundary {
  readonly at: number;
  readonly sentence: boolean;
  /** Formatting open at this point, innermost last: '**' or '_'. */
  readonly open: readonly string[];
}

/** `text` if it fits in `max` characters, else its longest prefix cut at a boundary plus an ellipsis. */
export function cutText(text: string, max: number, options: CutOptions = {}): string {
  if (text.length <= max) return text;
  if (max <= RESERVE) return ELLIPSIS.slice(0, Math.max(0, max));
  const markdown = options.markdown ?? true;
  const budget = max - RESERVE;

  let sentence: Boundary | null = null;
  let word: Boundary | null = null;
  const open: string[] = [];
  let link: { start: number; open: readonly string[]; inUrl: boolean } | null = null;
  let escaped: { start: number; open: readonly string[] } | null = null;
  const toggle = (mark: string): void => {
    if (open[open.length - 1] === mark) open.pop();
    else open.push(mark);
  };

  for (let i = 0; i <= budget && i < text.length; i += 1) {
    const c = text[i]!;
    if (/\s/.test(c) && i > 0 && link === null) {
      const isSentence = c === '\n' || endsSentence(text, i);
      const b: Boundary = { at: i, sentence: isSentence, open: [...open] };
      word = b;
      if (isSentence) sentence = b;
    }
    if (i === budget || !markdown) continue;
    if (c === '\\') {
      // An escape pair stays whole: a hard cut lands before it when it straddles the room.
      if (i + 1 >= budget) {
        escaped = { start: i, open: [...open] };
        break;
      }
      i += 1;
    } else if (link !== null) {
      // `[label](url)`: the label is escaped, the url has no `)` (see safeUrl).
      if (!link.inUrl && c === ']' && text[i + 1] === '(') link.inUrl = true;
      else if (link.inUrl && c === ')') link = null;
    } else if (c === '*' && text[i + 1] === '*') {
      toggle('**');
      i += 1;
    } else if (c === '_') toggle('_');
    else if (c === '[') link = { start: i, open: [...open], inUrl: false };
  }

  let at: number;
  let openAtCut: readonly string[];
  let sentenceCut = false;
  if (sentence !== null && sentence.at >= budget / 3) {
    ({ at, open: openAtCut } = sentence);
    sentenceCut = true;
  } else if (word !== null) {
    ({ at, open: openAtCut } = word);
  } else {
    // One unbroken run longer than the room: cut it, but not inside a link, an escape or a surrogate pair.
    const hard = link ?? escaped ?? { start: budget, open: [...open] };
    at = hard.start;
    openAtCut = hard.open;
    if (at > 0 && /[\uD800-\uDBFF]/.test(text[at - 1]!)) at -= 1;
  }
  let head = text.slice(0, at).trimEnd();
  // Formatting opened right at the cut would close onto nothing: drop it instead.
  for (const mark of [...openAtCut].reverse())
    head = head.endsWith(mark) ? head.slice(0, -mark.length) : `${head}${mark}`;
  return `${head.trimEnd()}${sentenceCut ? ` ${ELLIPSIS}` : ELLIPSIS}`;
}

function endsSentence(text: string, whitespaceAt: number): boolean {
  let j = whitespaceAt - 1;
  while (j >= 0 && CLOSERS.test(text[j]!)) j -= 1;
  return j >= 0 && SENTENCE_END.test(text[j]!);
}

const plain: CutOptions = { markdown: false };

/** The reply, cut and trimmed to Discord's limits. Custom ids longer than 100 characters are a bug: they throw. */
export function fitReply(reply: Reply): Reply {
  const content = reply.content === undefined ? undefined : cutText(reply.content, LIMITS.content);
  let embeds = reply.embeds?.slice(0, LIMITS.embeds).map(fitEmbed);
  if (embeds !== undefined) embeds = fitTotal(embeds);
  const buttons = reply.buttons
    ?.slice(0, LIMITS.rows)
    .map((row) => row.slice(0, LIMITS.buttonsPerRow).map(fitButton))
    .filter((row) => row.length > 0);
  const empty = (content === undefined || content.trim() === '') && (embeds === undefined || embeds.length === 0);
  return {
    ...reply,
    ...(empty ? { content: '(nothing to show)' } : content === undefined ? {} : { content }),
    ...(embeds === undefined ? {} : { embeds }),
    ...(buttons === undefined ? {} : { buttons }),
  };
}

function fitEmbed(embed: ReplyEmbed): ReplyEmbed {
  // Discord refuses an embed whose url is not http(s): the whole message would fail.
  const { url, ...rest } = embed;
  const kept = webAddress(url);
  return {
    ...rest,
    ...(kept === undefined ? {} : { url: kept }),
    ...(embed.title === undefined ? {} : { title: cutText(embed.title, LIMITS.embedTitle) }),
    ...(embed.description === undefined ? {} : { description: cutText(embed.description, LIMITS.embedDescription) }),
    ...(embed.fields === undefined
      ? {}
      : {
          fields: embed.fields.slice(0, LIMITS.fields).map(
            (f): ReplyField => ({
              ...f,
              name: cutText(f.name.trim() === '' ? '\u200b' : f.name, LIMITS.fieldName),
              value: cutText(f.value.trim() === '' ? '\u200b' : f.value, LIMITS.fieldValue),
            }),
          ),
        }),
    ...(embed.footer === undefined ? {} : { footer: cutText(embed.footer, LIMITS.footer, plain) }),
  };
}

export function embedSize(embed: ReplyEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Shrinks the longest text of the embeds (description, field value or name, title: never a footer,
 * which holds button state) until all of them together fit 6000 characters.
 */
function fitTotal(input: ReplyEmbed[]): ReplyEmbed[] {
  const embeds = [...input];
  type Part = { e: number; f: number; key: 'description' | 'title' | 'value' | 'name'; length: number };
  for (let guard = 0; guard < 500; guard += 1) {
    const excess = embeds.reduce((n, e) => n + embedSize(e), 0) - LIMITS.embedTotal;
    if (excess <= 0) break;
    let best: Part | null = null;
    const consider = (part: Part): void => {
      if (best === null || part.length > best.length) best = part;
    };
    embeds.forEach((embed, e) => {
      consider({ e, f: -1, key: 'description', length: embed.description?.length ?? 0 });
      consider({ e, f: -1, key: 'title', length: embed.title?.length ?? 0 });
      embed.fields?.forEach((field, f) => {
        consider({ e, f, key: 'value', length: field.value.length });
        consider({ e, f, key: 'name', length: field.name.length });
      });
    });
    const part = best as Part | null;
    if (part === null || part.length <= 1) break;
    const max = Math.max(1, part.length - excess);
    const embed = embeds[part.e]!;
    if (part.f < 0) {
      embeds[part.e] = {
        ...embed,
        [part.key]: cutText((part.key === 'title' ? embed.title : embed.description) ?? '', max),
      };
    } else {
      const fields = [...(embed.fields ?? [])];
      const field = fields[part.f]!;
      fields[part.f] = {
        ...field,
        [part.key]: cutText(part.key === 'name' ? field.name : field.value, max) || '\u200b',
      };
      embeds[part.e] = { ...embed, fields };
    }
  }
  return embeds;
}

function fitButton(button: ReplyButton): ReplyButton {
  if (button.id.length > LIMITS.customId)
    throw new Error(`custom id longer than ${LIMITS.customId} characters: ${button.id}`);
  return { ...button, label: cutText(button.label, LIMITS.buttonLabel, plain) };
}

/** At most 25 choices, names and values at most 100 characters (a value that would not fit is dropped). */
export function fitChoices(choices: readonly Choice[]): Choice[] {
  return choices
    .filter((c) => c.value.length > 0 && c.value.length <= LIMITS.choiceValue)
    .slice(0, LIMITS.choices)
    .map((c) => ({ name: cutText(c.name.trim() === '' ? c.value : c.name, LIMITS.choiceName, plain), value: c.value }));
}

/** The end of plain `text` in at most `max` characters, cut at a word boundary, with a leading ellipsis. */
export function cutTextStart(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 2) return ELLIPSIS.slice(0, Math.max(0, max));
  const from = text.length - (max - 2);
  const space = text.slice(from).search(/\s/);
  const at = space < 0 ? from : from + space + 1;
  if (at < text.length && /[\uDC00-\uDFFF]/.test(text[at]!)) return `${ELLIPSIS} ${text.slice(at + 1)}`;
  return `${ELLIPSIS} ${text.slice(at).trimStart()}`;
}
