import { z } from "zod";

/** This process is one shard that discord.js's ShardingManager started: its id and the total. */
export interface ShardOfProcess {
  id: number;
  count: number;
}

/**
 * What ShardingManager tells each process it forks (SHARDING_MANAGER, SHARDS, SHARD_COUNT): this
 * process is then one shard, and must not start a manager of its own.
 */
const ShardEnv = z.object({
  SHARDING_MANAGER: z.literal("true"),
  SHARDS: z.string().regex(/^\d+$/).transform(Number),
  SHARD_COUNT: z.string().regex(/^\d+$/).transform(Number),
});

export function shardOfProcess(
  env: Readonly<Record<string, string | undefined>>,
): ShardOfProcess | undefined {
  const parsed = ShardEnv.safeParse(env);
  if (!parsed.success || parsed.data.SHARDS >= parsed.data.SHARD_COUNT) return undefined;
  return { id: parsed.data.SHARDS, count: parsed.data.SHARD_COUNT };
}

/**
 * discord.js's Client reads SHARD_COUNT from the environment too (that is how ShardingManager
 * configures its shards): an empty `SHARD_COUNT=` from .env would make it 0 shards. A process
 * that is not sharded takes the blank value out before the client is made.
 */
export function forgetBlankShardCount(env: Record<string, string | undefined>): void {
  if (env.SHARD_COUNT !== undefined && env.SHARD_COUNT.trim() === "") delete env.SHARD_COUNT;
}
