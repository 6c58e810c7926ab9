/**
 * /ask question:<text> [source:<article>] [public:<bool>]
 *
 * The top excerpts that answer the question, matched words in bold, each with its citation. When
 * the engine is unsure, the closest passages under a line that says so, why, and what to try;
 * when it declines, "not found" with the reason and a hint. Buttons: "Context n" expands excerpt n with its
 * neighbouring sentences, "More results" / "Previous" page, 👍 / 👎 rate the page's answer (the
 * question and the hits shown, recorded through ctx.feedback: one vote per person per answer).
 * Button state lives in the message footer (question, article) and the custom id (asker, page,
 * excerpt, vote, and a hash of all of them with the footer: see signedId), so buttons keep working
 * after a restart; only the asker may page (anyone may read a context, shown to them alone, and
 * anyone who sees the answer may rate it).
 */
import { CitebotError } from '../../errors.ts';
import type { Library } from '../../library.ts';
import { cutText, cutTextStart } from '../../replies/limits.ts';
import { escapeMarkdown, highlight, italic } from '../../replies/markdown.ts';
import { COLORS, type Choice, type Reply, type ReplyButton } from '../../replies/types.ts';
import type { Hit, SearchResult } from '../../search/search.ts';
import { hintFor, reasonInWords, UNSURE_LINE } from '../../replies/confidence.ts';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import {
  Context,
  OptionType,
  TEXT_MAX,
  type ArgumentsOf,
  type ButtonPress,
  type CommandContext,
  type CommandData,
  type CommandModule,
  type FocusedOption,
  type Options,
} from '../command.ts';
import { decodeState, documentsOf, encodeState, pagingButtons, resolveSource, shortHash } from './shared.ts';
import { type AskButton, askButton } from './buttons.ts';
import { citation } from '../../replies/citation.ts';
import { ASK } from '../../replies/budgets.ts';

export const QUESTION_MAX = TEXT_MAX.question;

export const data = {
  name: 'ask',
  description: 'Ask a question about the news articles and get cited excerpts',
  options: [
    {
      type: OptionType.String,
      name: 'question',
      description: 'What you want to know, e.g. who met the delegation',
      required: true,
      min_length: 2,
      max_length: QUESTION_MAX,
    },
    {
      type: OptionType.String,
      name: 'source',
      description: 'Only search this article',
      autocomplete: true,
      max_length: TEXT_MAX.source,
    },
    {
      type: OptionType.Boolean,
      name: 'public',
      description: 'Show the answer to everyone in the channel (default: only you)',
    },
  ],
  contexts: [Context.Guild, Context.BotDM],
} as const satisfies CommandData & RESTPostAPIChatInputApplicationCommandsJSONBody;

interface AskState {
  readonly question: string;
  readonly source: string | undefined;
}

const stateText = (s: AskState): string => encodeState({ Question: s.question, Article: s.source });

function readState(text: string | null): AskState | null {
  const state = decodeState(text);
  if (state?.Question === undefined) return null;
  // Never longer than /ask accepts: anything else did not come from us.
  if (state.Question.length > QUESTION_MAX || (state.Article?.length ?? 0) > TEXT_MAX.source) return null;
  return { question: state.Question, source: state.Article };
}

function execute(args: ArgumentsOf<typeof data>, ctx: CommandContext): Reply {
  const question = args.question.trim().replace(/\s+/g, ' ');
  if (question.length > QUESTION_MAX) {
    throw new CitebotError(
      'USAGE',
      `/ask question: please keep it to ${QUESTION_MAX} characters (this one has ${question.length}).`,
    );
  }
  const source = resolveSource(ctx.library, args.source?.trim() || undefined);
  const reply = answer(ctx.library, { question, source }, 0, null, ctx.user.id);
  // "Not found" is for the asker only, even when the answer would have been public.
  return { ...reply, ephemeral: reply.ephemeral ?? !args.public };
}

/** The hits page `page` shows (its first is result `first` + 1), and whether a next page has any. */
function pageHits(
  library: Library,
  state: AskState,
  page: number,
): {
  readonly hits: readonly Hit[];
  readonly first: number;
  readonly hasMore: boolean;
  readonly result: SearchResult;
} {
  const result = library.search(state.question, {
    limit: Math.min(ASK.pageSize * (page + 1) + 1, ASK.pageSize * ASK.maxPages),
    context: ASK.contextSentences,
    ...(state.source === undefined ? {} : { source: state.source }),
  });
  const first = page * ASK.pageSize;
  const hits = result.hits.slice(first, first + ASK.pageSize);
  return { hits, first, hasMore: result.hits.length > first + ASK.pageSize && page + 1 < ASK.maxPages, result };
}

/** What a vote records of the hits an answer showed: `article ¶2 s1` each, in order. */
export function hitRefs(hits: readonly Hit[]): string[] {
  return hits.map((hit) => `${hit.source} ¶${hit.paragraph} s${hit.sentence}`);
}

/** The digest of an answer's hits a vote button carries (the answer the person rated). */
export function answerDigest(refs: readonly string[]): string {
  return shortHash(JSON.stringify(refs));
}

/** One page of answers, excerpt `expanded` (index on the page) shown with its context. */
function answer(library: Library, state: AskState, page: number, expanded: number | null, asker: string): Reply {
  const { hits, first, hasMore, result } = pageHits(library, state, page);
  const where = state.source === undefined ? 'the articles' : `the article ${escapeMarkdown(state.source)}`;
  const hint = hintFor(state.source !== undefined);
  if (hits.length === 0) {
    if (page > 0) return { content: `There are no more results in ${where} for that question.` };
    const why = reasonInWords(result, where);
    return {
      content: `Not found in ${where}: ${why === '' ? `nothing there answers “${escapeMarkdown(state.question)}”.` : why} ${hint}`,
      ephemeral: true,
      declined: true,
    };
  }
  const footer = stateText(state);
  // Unsure: the closest passages, under a plain line that says so, why, and what to try.
  const unsure = result.confidence === 'low';

  const compact =
    expanded === null ? ASK.pageBudget / hits.length : Math.min(ASK.compactMax, ASK.pageBudget / (2 * hits.length));
  const blocks = hits.map((hit, i) => {
    const n = first + i + 1;
    const cite = `— ${citation(hit)}`;
    const compactRoom = Math.floor(compact) - cite.length - ASK.blockFrame;
    const text =
      i === expanded
        ? withContext(hit, ASK.pageBudget - (hits.length - 1) * Math.floor(compact) - cite.length - ASK.blockFrame)
        : cutText(highlight(hit.text, hit.marks), Math.max(ASK.compactMin, compactRoom));
    return `**${n}.** ${text}\n${cite}`;
  });

  const contextRow: ReplyButton[] = hits.map((_, i) =>
    i === expanded
      ? {
          id: askButton.id({ action: 'page', asker, page }, footer),
          label: `Hide context ${first + i + 1}`,
          style: 'secondary',
        }
      : {
          id: askButton.id({ action: 'ctx', asker, page, index: i }, footer),
          label: `Context ${first + i + 1}`,
          style: 'secondary',
        },
  );
  const pageRow = pagingButtons(page, hasMore, 'More results ▶', (to) =>
    askButton.id({ action: 'page', asker, page: to }, footer),
  );
  // Rating the answer this page shows; with the paging buttons (at most 2 + 2 of 5 in a row).
  const digest = answerDigest(hitRefs(hits));
  const voteButtons: ReplyButton[] = (['up', 'down'] as const).map((vote) => ({
    id: askButton.id({ action: 'vote', vote, page, answer: digest }, footer),
    label: vote === 'up' ? '👍' : '👎',
    style: 'secondary',
  }));
  const range = hits.length === 1 ? `result ${first + 1}` : `results ${first + 1}–${first + hits.length}`;
  const title = unsure ? 'Closest passages' : 'From the articles';
  return {
    ...(unsure ? { content: `${UNSURE_LINE}\nWhy: ${reasonInWords(result, where)} ${hint}` } : {}),
    embeds: [
      {
        title: page === 0 ? title : `${title} (${range})`,
        description: blocks.join('\n\n'),
        footer,
        color: unsure ? COLORS.warning : COLORS.answer,
      },
    ],
    buttons: [contextRow, [...pageRow, ...voteButtons]],
  };
}

/** The hit's sentence (marks in bold) between its neighbours (in italics), in about `room` characters. */
function withContext(hit: Hit, room: number): string {
  const main = highlight(hit.text, hit.marks);
  const side = Math.max(100, Math.floor((room - main.length) / 2));
  const before = hit.before === '' ? '' : `${italic(cutTextStart(hit.before, side))} `;
  const after = hit.after === '' ? '' : ` ${italic(cutText(hit.after, side, { markdown: false }))}`;
  const text = `${before}${main}${after}`;
  return hit.before === '' && hit.after === ''
    ? `${text} _(no other sentence in this paragraph)_`
    : cutText(text, Math.max(200, room));
}

function button(press: ButtonPress, ctx: CommandContext): Reply {
  // A bad, stale or forged id (the hash covers every part and the footer) parses to null.
  const pressed = askButton.parse(press.args, press.state);
  const state = readState(press.state);
  if (pressed === null || state === null) {
    throw new CitebotError('BUTTON_EXPIRED', 'This answer can no longer be paged. Ask again with /ask.', {
      args: press.args,
    });
  }
  if (pressed.action === 'vote') return vote(pressed, state, ctx);
  const { asker, page } = pressed;
  if (pressed.action === 'page') {
    if (ctx.user.id !== asker) {
      throw new CitebotError(
        'NOT_ALLOWED',
        'Only the person who asked can page through these results. Use /ask to ask your own question.',
      );
    }
    return { ...answer(ctx.library, state, page, null, asker), update: true };
  }
  const { index } = pressed;
  if (ctx.user.id === asker) return { ...answer(ctx.library, state, page, index, asker), update: true };
  return contextFor(ctx.library, state, page * ASK.pageSize + index);
}

export const VOTE_REPLIES = {
  recorded: 'Thanks for the feedback.',
  duplicate: 'You already rated this answer.',
  off: 'Feedback is not being collected.',
} as const;

/**
 * 👍/👎 on a page: the hits are found again from the question and page (as paging does) and must
 * be the ones the button was made for, else the articles changed since and the vote is refused.
 */
function vote(pressed: Extract<AskButton, { action: 'vote' }>, state: AskState, ctx: CommandContext): Reply {
  if (ctx.feedback === null) return { content: VOTE_REPLIES.off, ephemeral: true };
  const refs = hitRefs(pageHits(ctx.library, state, pressed.page).hits);
  if (refs.length === 0 || answerDigest(refs) !== pressed.answer) {
    throw new CitebotError(
      'BUTTON_EXPIRED',
      'The articles have changed since this answer. Ask again with /ask to rate the new one.',
      { page: pressed.page },
    );
  }
  const result = ctx.feedback.record({
    question: state.question,
    hits: refs,
    vote: pressed.vote,
    userId: ctx.user.id,
    at: ctx.now,
  });
  return { content: VOTE_REPLIES[result], ephemeral: true };
}

/** Someone else's answer: the excerpt with its context, as a message of their own. */
function contextFor(library: Library, state: AskState, n: number): Reply {
  const result = library.search(state.question, {
    limit: n + 1,
    context: ASK.contextSentences,
    ...(state.source === undefined ? {} : { source: state.source }),
  });
  const hit = result.hits[n];
  if (hit === undefined) return { content: 'That excerpt is no longer in the articles.', ephemeral: true };
  return {
    embeds: [
      {
        title: `Excerpt ${n + 1} in context`,
        description: `${withContext(hit, ASK.pageBudget - ASK.contextReserve)}\n— ${citation(hit)}`,
        footer: stateText(state),
        color: COLORS.answer,
      },
    ],
    ephemeral: true,
  };
}

/** Articles whose id or title contains what was typed, prefix matches first. */
export function sourceChoices(library: Library, typed: string): Choice[] {
  const query = typed.trim().toLowerCase();
  const scored: { choice: Choice; rank: number }[] = [];
  for (const doc of documentsOf(library)) {
    const title = doc.title.toLowerCase();
    const id = doc.id.toLowerCase();
    const rank =
      query === ''
        ? 2
        : title.startsWith(query) || id.startsWith(query)
          ? 0
          : title.includes(query) || id.includes(query)
            ? 1
            : -1;
    if (rank >= 0) scored.push({ choice: { name: `${doc.title} (${doc.id})`, value: doc.id }, rank });
    if (query === '' && scored.length >= 25) break;
  }
  return scored
    .sort((a, b) => a.rank - b.rank)
    .slice(0, 25)
    .map((s) => s.choice);
}

function autocomplete(focused: FocusedOption, _options: Options, ctx: CommandContext): Choice[] {
  return focused.name === 'source' ? sourceChoices(ctx.library, focused.value) : [];
}

export const ask: CommandModule<typeof data> = {
  data,
  cooldownSeconds: (config) => config.askCooldownSeconds,
  isPublic: (args) => args.public === true,
  execute,
  autocomplete,
  button,
};
export default ask;
