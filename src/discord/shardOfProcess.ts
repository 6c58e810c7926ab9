/**
 * Which shard this process is, and which shard serves a server: plain functions of the environment
 * and an id, apart from ./shards.ts so that a process that is no shard (the console, HTTP
 * interactions) does not load discord.js to learn it.
 */

/** This process's shard, when the ShardingManager started it (discord.js sets SHARDS and SHARD_COUNT). */
export function shardOfProcess(env: NodeJS.ProcessEnv = process.env): { id: number; count: number } | null {
  if (env.SHARDING_MANAGER !== 'true') return null;
  const ids = JSON.parse(env.SHARDS ?? '[0]') as number | number[];
  return { id: Array.isArray(ids) ? ids[0]! : ids, count: Number(env.SHARD_COUNT ?? '1') };
}

/** Discord's rule for which shard gets a server's events. */
export function shardForGuild(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}
