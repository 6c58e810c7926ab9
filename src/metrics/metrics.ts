/**
 * Prometheus metrics of one bot process (one shard), in a registry of its own (never prom-client's
 * global one, so tests and several instances do not collide): how commands ended and how long they
 * took, the corpus size, reloads, 👍/👎 votes, and the process's default metrics. A sharded bot
 * sends each shard's `json()` to the manager, which serves `aggregate()` of them.
 */
import {
  AggregatorRegistry,
  Counter,
  collectDefaultMetrics,
  Gauge,
  Histogram,
  type MetricObjectWithValues,
  type MetricValue,
  Registry,
} from 'prom-client';
import type { Outcome } from '../app/router.ts';
import type { FeedObserver } from '../feeds/service.ts';

/** One registry's metrics as `getMetricsAsJSON()` gives them (plain data: fits an IPC message). */
export type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

/** Seconds; Discord wants an answer (or a deferral) within 3 s. */
export const ANSWER_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5] as const;
/** Seconds; a reload reads and indexes the whole corpus. */
export const RELOAD_BUCKETS = [0.5, 1, 2, 5, 10, 30, 60, 120, 300] as const;

export interface MetricsOptions {
  /** prom-client's process metrics (CPU, memory, event loop lag, GC). Default true. */
  readonly defaultMetrics?: boolean;
}

export class Metrics {
  readonly registry: Registry;
  private readonly questions: Counter<'command' | 'outcome'>;
  private readonly buttons: Counter<'command' | 'outcome'>;
  private readonly answerSeconds: Histogram<'command'>;
  private readonly documents: Gauge;
  private readonly sentences: Gauge;
  private readonly reloads: Counter<'outcome'>;
  private readonly reloadSeconds: Histogram;
  private readonly votes: Counter<'vote'>;
  private readonly feedPolls: Counter<'outcome'>;
  private readonly feedItems: Counter;
  private readonly feedErrors: Counter<'kind'>;

  constructor(options: MetricsOptions = {}) {
    this.registry = new Registry();
    const registers = [this.registry];
    this.questions = new Counter({
      name: 'citebot_questions_total',
      help: 'Slash commands run, by command and how they ended (answered, declined: not found or refused, error)',
      labelNames: ['command', 'outcome'] as const,
      registers,
    });
    this.buttons = new Counter({
      name: 'citebot_button_presses_total',
      help: 'Button presses (paging, context, votes), by command and how they ended',
      labelNames: ['command', 'outcome'] as const,
      registers,
    });
    this.answerSeconds = new Histogram({
      name: 'citebot_answer_seconds',
      help: 'Seconds from receiving a command or button press to its reply, by command',
      labelNames: ['command'] as const,
      buckets: [...ANSWER_BUCKETS],
      registers,
    });
    // Every shard holds the same corpus: across shards the size is one shard's, not the sum.
    this.documents = new Gauge({
      name: 'citebot_corpus_documents',
      help: 'Articles in the library the bot answers from',
      aggregator: 'max',
      registers,
    });
    this.sentences = new Gauge({
      name: 'citebot_corpus_sentences',
      help: 'Sentences indexed in the library the bot answers from',
      aggregator: 'max',
      registers,
    });
    this.reloads = new Counter({
      name: 'citebot_reloads_total',
      help: 'Corpus reloads, by outcome (ok, failed)',
      labelNames: ['outcome'] as const,
      registers,
    });
    this.reloadSeconds = new Histogram({
      name: 'citebot_reload_seconds',
      help: 'Seconds a corpus reload took',
      buckets: [...RELOAD_BUCKETS],
      registers,
    });
    this.votes = new Counter({
      name: 'citebot_feedback_total',
      help: 'Votes on /ask answers, by vote (up, down)',
      labelNames: ['vote'] as const,
      registers,
    });
    this.feedPolls = new Counter({
      name: 'citebot_feed_polls_total',
      help: 'Feed polls, by outcome (new: new articles; unchanged: none new; not-modified: a 304; failed)',
      labelNames: ['outcome'] as const,
      registers,
    });
    this.feedItems = new Counter({
      name: 'citebot_feed_items_total',
      help: 'Feed items that became articles',
      registers,
    });
    this.feedErrors = new Counter({
      name: 'citebot_feed_errors_total',
      help: 'Feed failures, by kind (not-public, timeout, too-large, http, network, not-a-feed, item-page, announce, other)',
      labelNames: ['kind'] as const,
      registers,
    });
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
  }

  /** What the feed poll reports (src/feeds/service.ts's FeedObserver); every label from a fixed set. */
  readonly feeds: FeedObserver = {
    poll: (outcome) => this.feedPolls.inc({ outcome }),
    newItems: (count) => {
      if (count > 0) this.feedItems.inc(count);
    },
    error: (kind) => this.feedErrors.inc({ kind }),
  };

  /**
   * How a command or button ended (fits RouterOptions.observe; bound, never throws on a sane
   * outcome). Commands count in `citebot_questions_total`, button presses in
   * `citebot_button_presses_total`; both in `citebot_answer_seconds`, since both must answer in 3 s.
   */
  readonly observe = (outcome: Outcome): void => {
    const counter = outcome.kind === 'button' ? this.buttons : this.questions;
    counter.inc({ command: outcome.command, outcome: outcome.outcome });
    if (Number.isFinite(outcome.seconds) && outcome.seconds >= 0)
      this.answerSeconds.observe({ command: outcome.command }, outcome.seconds);
  };

  /** The size of the library now answering (at start and after each reload). */
  readonly corpus = (documents: number, sentences: number): void => {
    this.documents.set(documents);
    this.sentences.set(sentences);
  };

  /** A reload ended: `ok` when the new library was swapped in. */
  readonly reload = (ok: boolean, seconds: number): void => {
    this.reloads.inc({ outcome: ok ? 'ok' : 'failed' });
    if (Number.isFinite(seconds) && seconds >= 0) this.reloadSeconds.observe(seconds);
  };

  /** A vote recorded (FeedbackStore's onVote). */
  readonly feedback = (vote: 'up' | 'down'): void => {
    this.votes.inc({ vote });
  };

  /** The Prometheus text exposition of this process. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  /** Content type of `text()` (and of `aggregate()`), for the /metrics response. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** This process's metrics as plain data, for a manager to aggregate across shards. */
  json(): Promise<MetricsJson> {
    return this.registry.getMetricsAsJSON();
  }
}

/**
 * The text exposition of several processes' `json()` together: counters and histograms summed,
 * the corpus gauges at their maximum (each shard holds the same corpus), default metrics by
 * prom-client's own rules (sums, or min/max/average/first where it says so).
 */
export function aggregate(jsons: readonly MetricsJson[]): Promise<string> {
  return AggregatorRegistry.aggregate([...jsons]).metrics();
}

/**
 * The sharding manager's own gauge, served with the shards' aggregate: `citebot_shard_answered`
 * is 1 for each shard whose metrics are in it and 0 for one that did not answer in time.
 */
export function shardsAnswered(
  answers: readonly { readonly shard: number; readonly ok: boolean }[],
): Promise<MetricsJson> {
  const registry = new Registry();
  const gauge = new Gauge({
    name: 'citebot_shard_answered',
    help: "Whether the shard answered the manager's metrics question in time (its metrics are counted above).",
    labelNames: ['shard'],
    registers: [registry],
  });
  for (const { shard, ok } of answers) gauge.set({ shard: String(shard) }, ok ? 1 : 0);
  return registry.getMetricsAsJSON();
}
