import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { REST, Routes, type Shard, ShardingManager } from "discord.js";
import { z } from "zod";
import type { Config, Secret, Sharding } from "../config/env.ts";
import type { Logger } from "../config/logger.ts";
import { connectionHint } from "../discord/connection-hint.ts";
import { openDatabase } from "../storage/index.ts";

/** Discord lets one identify per 5 s per rate-limit bucket (max_concurrency buckets). */
const IDENTIFY_INTERVAL_MS = 5_500;
/** A shard that has not reached READY by then is reported and the start fails. */
const SHARD_READY_TIMEOUT_MS = 60_000;
/** Each shard closes its gateway and database within its own 10 s; then it is killed. */
const SHARD_STOP_TIMEOUT_MS = 15_000;

const GatewayBot = z.object({
  shards: z.number().int().min(1),
  session_start_limit: z.object({ max_concurrency: z.number().int().min(1) }),
});

export interface ManagerOptions {
  config: Config;
  sharding: Sharding;
  token: Secret;
  logger: Logger;
  /** The bot's entry file, run once per shard: dist/main.js, or src/main.ts under tsx. */
  entry: string;
  /** Node's flags for each shard: this process's own, so `--import tsx` carries over. */
  execArgv: string[];
}

/**
 * SHARD_COUNT: this process runs no gateway connection itself. It asks Discord (GET /gateway/bot
 * on DISCORD_API_URL) for the recommended shard count and how many shards may identify at once,
 * migrates the database once, then starts discord.js's ShardingManager: one child process per
 * shard of SHARD_IDS (all of them by default), each the ordinary bot holding only its own servers.
 * A shard that dies after start-up is started again; SIGTERM stops every shard cleanly.
 * Returns an exit code when the shards could not be started; undefined while they run.
 */
export async function runShardManager(options: ManagerOptions): Promise<number | undefined> {
  const { config, sharding, logger } = options;
  let gateway: z.infer<typeof GatewayBot>;
  try {
    const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(options.token.reveal());
    gateway = GatewayBot.parse(await rest.get(Routes.gatewayBot()));
  } catch (error) {
    process.stderr.write(`error: could not ask Discord how to shard: ${connectionHint(error, config)}\n`);
    return 1;
  }
  const count = sharding.count === "auto" ? gateway.shards : sharding.count;
  const ids = sharding.ids ?? [...Array(count).keys()];

  // Migrated here, once, so the shards do not all migrate a new database at the same moment.
  const opened = openDatabase(config.databaseUrl?.reveal() ?? config.databasePath);
  if (!opened.ok) {
    process.stderr.write(`error: ${opened.error.message}\n`);
    return 1;
  }
  if (opened.created) logger.info("created a new database", { database: opened.store.file });
  opened.store.close();

  const manager = new ShardingManager(options.entry, {
    totalShards: count,
    shardList: ids,
    token: options.token.reveal(),
    execArgv: options.execArgv,
    mode: "process",
    // Off until every shard is up: a shard that cannot start must stop the start, not loop.
    respawn: false,
  });
  manager.on("shardCreate", (shard: Shard) => {
    shard.on("death", (child) => {
      if (!manager.respawn) return;
      const code = "exitCode" in child ? child.exitCode : null;
      logger.warn("a shard stopped; starting it again", { shard: shard.id, exitCode: code });
    });
    shard.on("error", (error: Error) => logger.error("a shard failed", { shard: shard.id, err: error }));
  });
  logger.info("starting shards", {
    shardCount: count,
    shards: ids,
    recommended: gateway.shards,
    maxConcurrency: gateway.session_start_limit.max_concurrency,
  });
  handleManagerShutdown(manager, logger);
  try {
    await manager.spawn({
      amount: count,
      delay: Math.ceil(IDENTIFY_INTERVAL_MS / gateway.session_start_limit.max_concurrency),
      timeout: SHARD_READY_TIMEOUT_MS,
    });
  } catch (error) {
    // The shard's own lines above say why (a database, the token); this names which and stops.
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    await stopShards(manager);
    return 1;
  }
  manager.respawn = true;
  logger.info("shards ready", { shardCount: count, shards: ids });
  return undefined;
}

function handleManagerShutdown(manager: ShardingManager, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    stopShards(manager).then(
      (clean) => {
        logger.info("stopped");
        process.exit(clean ? 0 : 1);
      },
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** SIGTERM to every shard (each shuts down as a single bot does), SIGKILL to one that hangs. */
async function stopShards(manager: ShardingManager): Promise<boolean> {
  manager.respawn = false;
  const children = [...manager.shards.values()].flatMap((shard) => (shard.process ? [shard.process] : []));
  const results = await Promise.all(children.map(stopChild));
  return results.every(Boolean);
}

async function stopChild(child: ChildProcess): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), SHARD_STOP_TIMEOUT_MS);
  const [code] = (await exited) as [number | null];
  clearTimeout(timer);
  return code === 0;
}
