/**
 * Answering a verified interaction through the router, as the gateway adapter does
 * (src/discord/bot.ts), with HTTP's rules: the answer goes in the response to Discord's POST when
 * it is ready within REPLY_WINDOW_MS; otherwise the response is a deferral ("thinking…", or for a
 * button a deferred update) and the answer follows through the interaction's webhook, once the
 * deferral has reached Discord. Autocomplete always answers in the response (it cannot be deferred).
 */
import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import type { Logger } from '../app/log.ts';
import { APOLOGY, type Request, type Router, SHUTDOWN_NOTICE_MS } from '../app/router.ts';
import { TIMED_OUT, within } from '../within.ts';
import { editMessageBody, newMessageBody, progressBody } from '../replies/messageBody.ts';
import type { Reply } from '../replies/types.ts';
import { requestOf } from './request.ts';
import type { InteractionWebhook, Webhooks } from '../discord/webhook.ts';

/**
 * How long a command or button may take to answer in the HTTP response itself. Discord waits 3 s
 * for the response; past this the bot defers and edits, leaving room for the network both ways.
 * Commands marked slow (`defer`: /reload, /article add) defer at once, so they can show progress.
 */
export const REPLY_WINDOW_MS = 2000;

/** What to send back to Discord's POST, and what to call once it has been sent. */
export interface Answer {
  readonly body: APIInteractionResponse;
  /** The response reached Discord (or the connection is gone): a deferred answer may now follow. */
  readonly sent?: () => void;
}

type Handled = Exclude<Request, { kind: 'autocomplete' }>;

/** A command or button being answered after a deferral. */
interface Answering {
  readonly request: Handled;
  readonly hook: InteractionWebhook;
  readonly about: Record<string, unknown>;
  /** Answered, or given up on at shutdown: no more edits. */
  settled: boolean;
  /** Webhook calls in order (the deferral reaching Discord first, then progress), so none lands out of turn. */
  edits: Promise<void>;
}

export interface InteractionAnswersOptions {
  readonly router: Router;
  readonly webhooks: Webhooks;
  readonly log: Logger;
  readonly replyWindowMs?: number;
  /** The application, for an interaction that does not name its own (DISCORD_APPLICATION_ID). */
  readonly applicationId?: string | null;
}

export class InteractionAnswers {
  private readonly router: Router;
  private readonly webhooks: Webhooks;
  private readonly log: Logger;
  private readonly windowMs: number;
  private readonly applicationId: string | null;
  /** Answers in flight (the window, or the work after a deferral); stop() waits a little for them. */
  private readonly pending = new Set<Promise<unknown>>();
  private readonly deferred = new Set<Answering>();
  private stopping = false;

  constructor(options: InteractionAnswersOptions) {
    this.router = options.router;
    this.webhooks = options.webhooks;
    this.log = options.log;
    this.windowMs = options.replyWindowMs ?? REPLY_WINDOW_MS;
    this.applicationId = options.applicationId ?? null;
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  /** For /healthz: ok until shutdown starts. */
  health(): { readonly ok: boolean; readonly reason?: string } {
    return this.stopping ? { ok: false, reason: 'shutting down' } : { ok: true };
  }

  /**
   * The response to a verified interaction other than PING; null when it is not one the bot
   * handles (the caller answers 400). Never throws: a failure on the way is logged and apologised for.
   */
  async answer(interaction: APIInteraction): Promise<Answer | null> {
    const request = requestOf(interaction);
    if (request === null) return null;
    if (request.kind === 'autocomplete') {
      return {
        body: {
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices: this.router.autocomplete(request) },
        },
      };
    }
    const about = describe(interaction);
    try {
      return await this.track(this.command(interaction, request, about));
    } catch (error) {
      this.log.error('could not answer an interaction', { error, ...about });
      return { body: { type: InteractionResponseType.ChannelMessageWithSource, data: newMessageBody(apology()) } };
    }
  }

  private async command(
    interaction: APIInteraction,
    request: Handled,
    about: Record<string, unknown>,
  ): Promise<Answer> {
    const plan = this.router.plan(request);
    let sent: () => void = () => undefined;
    const answering: Answering = {
      request,
      hook: { applicationId: interaction.application_id ?? this.applicationId ?? '', token: interaction.token },
      about,
      settled: false,
      edits: new Promise<void>((resolve) => {
        sent = resolve;
      }),
    };
    // A command marked slow is deferred before it runs: its progress from the start is shown.
    let deferredNow = plan.defer;
    const running = this.router.handle(request, {
      progress: (text) => {
        if (deferredNow && request.kind === 'command') this.progress(answering, text);
      },
    });
    if (!plan.defer) {
      const reply = await within(running, this.windowMs);
      if (reply !== TIMED_OUT) return { body: immediate(request, reply) };
    }
    deferredNow = true;
    this.deferred.add(answering);
    const finish = running
      .then((reply) => this.settle(answering, reply, plan.ephemeral))
      .catch((error: unknown) => this.log.error('could not answer an interaction', { error, ...about }))
      .finally(() => this.deferred.delete(answering));
    this.track(finish);
    const body: APIInteractionResponse =
      request.kind === 'command'
        ? {
            type: InteractionResponseType.DeferredChannelMessageWithSource,
            data: plan.ephemeral ? { flags: MessageFlags.Ephemeral } : {},
          }
        : { type: InteractionResponseType.DeferredMessageUpdate };
    return { body, sent };
  }

  /** The answer after a deferral, through the webhook; on failure an apology, as the gateway gives. */
  private async settle(a: Answering, reply: Reply, deferredEphemeral: boolean): Promise<void> {
    // Told of the shutdown already: the process is exiting, the notice stands.
    if (a.settled) return;
    a.settled = true;
    await a.edits;
    try {
      if (a.request.kind === 'button') {
        // A deferred update: the answer replaces the button's message, or comes as a new one.
        if (reply.update) await this.webhooks.editOriginal(a.hook, editMessageBody(reply));
        else await this.webhooks.followUp(a.hook, newMessageBody(reply));
      } else if (reply.ephemeral && !deferredEphemeral) {
        // A public "thinking…" cannot turn private: remove it and answer privately.
        await this.webhooks.deleteOriginal(a.hook);
        await this.webhooks.followUp(a.hook, newMessageBody(reply));
      } else {
        await this.webhooks.editOriginal(a.hook, editMessageBody(reply));
      }
    } catch (error) {
      this.log.error('could not answer an interaction', { error, ...a.about });
      try {
        if (a.request.kind === 'command') await this.webhooks.editOriginal(a.hook, editMessageBody(apology()));
        else await this.webhooks.followUp(a.hook, newMessageBody(apology()));
      } catch (again) {
        this.log.error('could not apologize either', { error: again, ...a.about });
      }
    }
  }

  /** Interim text on a deferred reply, queued behind earlier edits; dropped once answered. */
  private progress(a: Answering, text: string): void {
    if (a.settled) return;
    a.edits = a.edits.then(async () => {
      if (a.settled) return;
      try {
        await this.webhooks.editOriginal(a.hook, progressBody(text));
      } catch (error) {
        this.log.warn('could not show progress', { error, ...a.about });
      }
    });
  }

  /**
   * Lets answers in flight finish (up to `graceMs`), then edits every deferred reply still
   * unanswered to say the bot is restarting (the command's `interrupted` reply).
   */
  async stop(graceMs = 2000): Promise<void> {
    this.stopping = true;
    if (this.pending.size > 0) await within(Promise.allSettled([...this.pending]), graceMs);
    const waiting = [...this.deferred].filter((a) => !a.settled);
    const notices = waiting.map(async (a) => {
      a.settled = true;
      await a.edits;
      const reply = this.router.interrupted(a.request);
      this.log.info('shutting down before answering', { ...a.about, notice: reply.content });
      try {
        if (a.request.kind === 'command') await this.webhooks.editOriginal(a.hook, editMessageBody(reply));
        else await this.webhooks.followUp(a.hook, newMessageBody({ ...reply, ephemeral: true }));
      } catch (error) {
        this.log.warn('could not tell of the shutdown', { error, ...a.about });
      }
    });
    await within(Promise.allSettled(notices), SHUTDOWN_NOTICE_MS);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    const tracked = work.finally(() => this.pending.delete(tracked));
    tracked.catch(() => undefined);
    this.pending.add(tracked);
    return tracked;
  }
}

/** The answer in the response itself: a new message, or for a button that updates, its message replaced. */
function immediate(request: Handled, reply: Reply): APIInteractionResponse {
  if (request.kind === 'button' && reply.update)
    return { type: InteractionResponseType.UpdateMessage, data: editMessageBody(reply) };
  return { type: InteractionResponseType.ChannelMessageWithSource, data: newMessageBody(reply) };
}

function apology(): Reply {
  return { content: APOLOGY, ephemeral: true };
}

/** An interaction in a log line: which, who, where, what. */
export function describe(interaction: APIInteraction): Record<string, unknown> {
  const data = 'data' in interaction ? interaction.data : undefined;
  return {
    interaction: interaction.id,
    user: interaction.member?.user.id ?? interaction.user?.id,
    guild: interaction.guild_id ?? null,
    channel: interaction.channel?.id ?? null,
    ...(data !== undefined && 'name' in data ? { command: data.name } : {}),
    ...(data !== undefined && 'custom_id' in data ? { customId: data.custom_id } : {}),
    ...(interaction.type === InteractionType.Ping ? { ping: true } : {}),
  };
}
