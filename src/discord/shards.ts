/**
 * Sharding with discord.js's ShardingManager: one process per shard, each running src/main.ts
 * (which sees SHARDING_MANAGER in its environment and runs as one shard). The manager process
 * decides the count (SHARDS, or Discord's recommendation read through DISCORD_API_BASE), builds
 * the index snapshot once so every shard starts by loading it, restarts a shard that dies, serves
 * the health and metrics endpoint for all of them, and stops them all on SIGTERM.
 *
 * Shards talk through broadcastEval: each shard puts a small API on its client (`citebot`), and a
 * /reload on one shard asks every other one, by shard id, to reload too (from the snapshot the
 * first one just wrote). discord.js waits for a shard's answer forever (a stopped or stuck process
 * never gives one): every call here is bounded (SHARD_TIMEOUT_SECONDS), and a shard that stays
 * silent is named in the answer instead of holding up the others.
 */
import { Routes, type RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import { type Client, DiscordjsError, DiscordjsErrorCodes, REST, ShardingManager } from 'discord.js';
import type { Logger } from '../app/log.ts';
import type { PeerReload, Peers } from '../app/reloadService.ts';
import type { MetricsJson } from '../metrics/metrics.ts';
import { TIMED_OUT, within } from '../within.ts';
import { restOptions } from './connection.ts';

/** What every shard answers to the others and to the manager. */
export interface ShardApi {
  /** Reload from the corpus (a snapshot the asking shard just wrote); never throws. */
  reload(): Promise<{ readonly ok: boolean; readonly reason?: string }>;
  metrics(): Promise<MetricsJson>;
  health(): { readonly ok: boolean; readonly reason?: string };
}

/** The shard api on a client, where broadcastEval'd functions find it. */
interface WithApi {
  citebot?: ShardApi;
}

export function installShardApi(client: Client, api: ShardApi): void {
  (client as Client & WithApi).citebot = api;
}

/**
 * The most the manager waits for a shard's health or metrics, whatever SHARD_TIMEOUT_SECONDS, so
 * that /healthz and /metrics answer a probe within 2 s even when a shard is stuck.
 */
export const HEALTH_ANSWER_MS = 1500;

/** A shard did not answer a cross-shard call in time. */
export class ShardSilentError extends Error {
  override readonly name = 'ShardSilentError';
  constructor(
    readonly shard: number,
    readonly ms: number,
  ) {
    super(`shard ${shard} did not answer within ${Number((ms / 1000).toFixed(1))} s`);
  }
}

/**
 * `call`'s result, or past `ms` a ShardSilentError. discord.js cannot cancel a call: a late answer
 * is dropped (and its listener removed then); discord.js keeps one pending call per distinct
 * script, so asking a silent shard again does not pile calls up.
 */
export async function withinTime<T>(call: Promise<T>, shard: number, ms: number): Promise<T> {
  try {
    const answer = await within(call, ms);
    if (answer === TIMED_OUT) throw new ShardSilentError(shard, ms);
    return answer;
  } finally {
    call.catch(() => undefined);
  }
}

/** Why a shard gave no answer, in words ("did not answer within 1.5 s", "is not running"). */
function silence(shard: number, error: unknown): string {
  if (error instanceof ShardSilentError) return error.message.replace(`shard ${shard} `, '');
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.ShardingNoChildExists)
    return 'is not running (it is being restarted)';
  return `could not be asked (${error instanceof Error ? error.message : String(error)})`;
}

/** The other shards of this one, for the reload service; null when the client is not sharded. */
export function peersOf(client: Client, log: Logger, timeoutMs: number): Peers | null {
  const util = client.shard;
  if (util === null || util.count <= 1) return null;
  const self = util.ids[0]!;
  return {
    total: util.count,
    async reloadOthers(): Promise<readonly PeerReload[]> {
      const others = Array.from({ length: util.count }, (_, i) => i).filter((i) => i !== self);
      return Promise.all(
        others.map(async (shard): Promise<PeerReload> => {
          try {
            const result = await withinTime(
              util.broadcastEval(
                (c) => (c as Client & WithApi).citebot?.reload() ?? { ok: false, reason: 'not ready' },
                { shard },
              ),
              shard,
              timeoutMs,
            );
            return { shard, ...result };
          } catch (error) {
            log.warn('a shard did not answer the reload', { shard, error });
            return { shard, ok: false, silent: true, reason: silence(shard, error) };
          }
        }),
      );
    },
  };
}

/**
 * The shard count: SHARDS as a number, or for `auto` Discord's recommendation from
 * GET /gateway/bot through DISCORD_API_BASE (discord.js's own fetchRecommendedShardCount always
 * asks discord.com).
 */
export async function shardCount(
  setting: number | 'auto',
  discord: { readonly token: string; readonly apiBase: string | null },
): Promise<number> {
  if (setting !== 'auto') return setting;
  const rest = new REST(restOptions(discord.apiBase)).setToken(discord.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, gateway.shards);
}

export interface ManagerOptions {
  /** The script every shard runs (src/main.ts). */
  readonly script: string;
  readonly token: string;
  readonly count: number;
  readonly log: Logger;
}

/** Starts the shards one after another (discord.js waits for each to be ready) and restarts any that dies. */
export async function startShards(options: ManagerOptions): Promise<ShardingManager> {
  const manager = new ShardingManager(options.script, {
    totalShards: options.count,
    token: options.token,
    mode: 'process',
    respawn: true,
    // The shards run TypeScript as this process does.
    execArgv: process.execArgv,
  });
  manager.on('shardCreate', (shard) => {
    options.log.info('shard started', { shard: shard.id, of: options.count });
    shard.on('spawn', (child) =>
      options.log.info('shard process running', { shard: shard.id, pid: 'pid' in child ? child.pid : undefined }),
    );
    shard.on('death', () => options.log.warn('shard died; restarting it', { shard: shard.id }));
  });
  try {
    await manager.spawn({ amount: options.count, timeout: 120_000 });
  } catch (error) {
    // No shard is left running (or restarted) behind a manager that gives up.
    await stopShards(manager);
    throw error;
  }
  return manager;
}

/** One shard's answer to the manager, or why there is none. */
export type ShardAnswer<T> = { readonly shard: number } & (
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly why: string }
);

/**
 * Asks every shard at once for its metrics or its health, each within `timeoutMs`: every shard's
 * answer, or why it gave none ("did not answer within 1.5 s").
 */
export async function askShards<K extends 'metrics' | 'health'>(
  manager: ShardingManager,
  call: K,
  timeoutMs: number,
): Promise<ShardAnswer<Awaited<ReturnType<ShardApi[K]>>>[]> {
  type Value = Awaited<ReturnType<ShardApi[K]>>;
  return Promise.all(
    [...manager.shards.keys()].map(async (shard): Promise<ShardAnswer<Value>> => {
      try {
        // Runs in the shard's process: only what it gets through `context` is known there.
        const ask = (c: Client, context: { call: 'metrics' | 'health' }): unknown =>
          (c as Client & WithApi).citebot?.[context.call]() ?? null;
        const result = (await withinTime(
          manager.broadcastEval(ask, { shard, context: { call } }),
          shard,
          timeoutMs,
        )) as Value | null;
        return result === null ? { shard, ok: false, why: 'is starting' } : { shard, ok: true, value: result };
      } catch (error) {
        return { shard, ok: false, why: silence(shard, error) };
      }
    }),
  );
}

/** Stops every shard (SIGTERM: each shuts down cleanly) without restarting it, and waits for them, at most `graceMs`. */
export async function stopShards(manager: ShardingManager, graceMs = 10_000): Promise<void> {
  await Promise.all(
    [...manager.shards.values()].map((shard) => {
      const child = shard.process;
      if (child === null || child.exitCode !== null) return Promise.resolve();
      const exited = new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, graceMs);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      // discord.js's kill(): SIGTERM, and no respawn (nor a "died" line).
      shard.removeAllListeners('death');
      shard.kill();
      return exited;
    }),
  );
}
