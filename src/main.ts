import { loadEngineOrExit } from "./cli/load-engine.ts";
import { CONNECT_NOTE, type Config, loadConfig } from "./config/env.ts";
import { loadEnvFile } from "./config/env-file.ts";
import { createLogger, type Logger, scrub } from "./config/logger.ts";
import { runConsole } from "./console/console.ts";
import { type RunningBot, startBot } from "./discord/bot.ts";
import { connectionHint } from "./discord/connection-hint.ts";
import { CommandRegistry } from "./discord/registry.ts";
import { createServices } from "./discord/services.ts";
import { appVersion } from "./discord/version.ts";
import { PrometheusMetrics } from "./observability/metrics.ts";
import { type ObservabilityServer, startObservabilityServer } from "./observability/server.ts";
import { runShardManager } from "./sharding/manager.ts";
import { forgetBlankShardCount, shardOfProcess } from "./sharding/shard-process.ts";
import { followChanges } from "./storage/follow-changes.ts";
import { openStorage, removeDatabaseFiles, SqliteStore, type Storage } from "./storage/index.ts";

/** A stuck disconnect must not keep a stopping process alive forever. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

/**
 * `npm start`: with DISCORD_TOKEN, the Discord bot; without it, on a terminal, a console that
 * answers exactly as the bot would; without a terminal, a note on how to connect and exit code 1.
 */
async function main(): Promise<number | undefined> {
  // Values already in the environment win over .env, so a deployment can override the file.
  const envFile = loadEnvFile();
  const loaded = loadConfig(process.env);
  if (envFile || !loaded.ok) {
    const problems = [...(envFile ? [envFile] : []), ...(loaded.ok ? [] : loaded.problems)];
    for (const problem of problems) process.stderr.write(`config: ${problem}\n`);
    process.stderr.write(
      "error: fix the configuration above (every variable is described in .env.example)\n",
    );
    return 1;
  }
  const { config } = loaded;
  if (!config.token) return startConsole(config, loaded.warnings);

  const databasePassword = passwordOf(config.databaseUrl?.reveal());
  // Whatever prints, the secrets never do: a token pasted into DATA_DIR or METRICS_HOST is in the
  // error line that names that setting, and a library may print what it was given.
  scrubOutput([config.token.reveal(), ...(databasePassword ? [databasePassword] : [])]);
  const rootLogger = createLogger({
    level: config.logLevel,
    redact: [config.token.reveal(), ...(databasePassword ? [databasePassword] : [])],
  });
  // A process that ShardingManager started is one shard; SHARD_COUNT in any other starts them.
  const shard = shardOfProcess(process.env);
  if (!shard && config.sharding) {
    for (const warning of loaded.warnings) rootLogger.warn(warning);
    installProcessGuards(rootLogger);
    return runShardManager({
      config,
      sharding: config.sharding,
      token: config.token,
      logger: rootLogger.child({ role: "shard manager" }),
      entry: process.argv[1] ?? "",
      execArgv: process.execArgv,
    });
  }
  if (!shard) forgetBlankShardCount(process.env);
  const logger = shard ? rootLogger.child({ shard: shard.id }) : rootLogger;
  // The manager already said these once.
  if (!shard) for (const warning of loaded.warnings) logger.warn(warning);
  installProcessGuards(logger);
  // /healthz and /metrics, first: a port already taken stops the bot before it changes any file,
  // and a health check sees "starting" until the gateway is up.
  let bot: RunningBot | undefined;
  let storage: Storage | undefined;
  let observability: ObservabilityServer | undefined;
  const metrics = config.metrics ? new PrometheusMetrics() : undefined;
  if (config.metrics && metrics) {
    const started = await startObservabilityServer({
      ...config.metrics,
      // Each shard on a host serves its own: METRICS_PORT + the shard's id.
      port: config.metrics.port + (shard?.id ?? 0),
      metrics,
      health: () => ({
        gateway: bot?.gatewayConnected() ?? false,
        database: storage?.store.writable() ?? false,
      }),
    });
    if (!started.ok) {
      process.stderr.write(`error: ${started.problem}\n`);
      return 1;
    }
    observability = started.server;
    logger.info("serving /healthz and /metrics", { host: config.metrics.host, port: started.server.port });
  }
  // A shard reads a server's overlay when that server first needs it (only its own servers come).
  const engine = loadEngineOrExit(config.dataDir, { onDemand: shard !== undefined });
  // The servers' own edits: opened (and migrated) before connecting, replayed into the engine. A
  // database that cannot be used stops the bot, left untouched, rather than serving without edits.
  // DATABASE_URL selects a PostgreSQL server; otherwise the SQLite file at DATABASE_PATH.
  const opened = openStorage(engine, config.databaseUrl?.reveal() ?? config.databasePath);
  if (!opened.ok) {
    process.stderr.write(`error: ${opened.error.message}\n`);
    await observability?.close();
    return 1;
  }
  storage = opened.storage;
  const openedStore = storage.store;
  // Set once the changes of other processes are followed.
  let stopSync: (() => void) | undefined;
  const closeStorage = () => {
    stopSync?.();
    openedStore.close();
  };
  const closeAll = async () => {
    await observability?.close();
    closeStorage();
  };
  const created = storage.created;
  // A database file this start created, empty, is not left behind by a start that did not finish.
  const removeIfCreated = () => {
    if (created && openedStore instanceof SqliteStore) removeDatabaseFiles(openedStore.file);
  };
  // Asked to stop while still connecting: nothing is being handled yet, so the start ends here.
  const stopWhileConnecting = (signal: NodeJS.Signals) => {
    logger.info("shutting down", { signal });
    closeAll()
      .then(() => {
        removeIfCreated();
        logger.info("stopped");
        process.exit(0);
      })
      .catch(() => process.exit(1));
  };
  process.once("SIGINT", stopWhileConnecting);
  process.once("SIGTERM", stopWhileConnecting);
  if (storage.created) logger.info("created a new database", { database: storage.store.file });
  for (const warning of storage.replay.warnings) logger.warn(`database: ${warning}`);
  // The typo and autocomplete indexes, built now rather than on the first member's question; while
  // the bot logs in, answering's code is run on a private made-up store (see Engine.warm).
  const warmStart = performance.now();
  engine.warm();
  const stats = engine.stats();
  logger.info("starting", {
    version: appVersion(),
    api: config.apiUrl ?? "https://discord.com/api",
    dataDir: config.dataDir,
    facts: stats.facts,
    events: stats.events,
    cooldown: config.cooldown,
    database: storage.store.file,
    serversWithEdits: storage.replay.guilds,
    editedRecords: storage.replay.records,
    ...(shard ? { shardCount: shard.count, overlays: "each server's on its first use" } : {}),
    warmMs: Math.round(performance.now() - warmStart),
  });
  stopSync = await followChanges(storage, logger, config.databaseUrl?.reveal());

  try {
    bot = await startBot({
      config,
      token: config.token,
      engine,
      logger,
      storage,
      ...(metrics ? { metrics } : {}),
      ...(shard ? { shard } : {}),
    });
  } catch (error) {
    // One line an operator can act on; the stack of a refused login or a closed port says nothing more.
    fatal(logger, `could not connect: ${connectionHint(error, config)}`);
    await closeAll();
    removeIfCreated();
    return 1;
  } finally {
    process.off("SIGINT", stopWhileConnecting);
    process.off("SIGTERM", stopWhileConnecting);
  }
  handleShutdown(bot, logger, closeAll, shard !== undefined);
  return undefined;
}

/**
 * The console answers as a direct message would, from the curated data only: it does not open the
 * database (no server's edits apply, and moderation needs a server), so it never creates or locks
 * the file on a developer's machine. Its feedback is kept in memory.
 */
async function startConsole(config: Config, warnings: string[]): Promise<number> {
  if (!process.stdin.isTTY) {
    process.stderr.write(
      `Attaché: DISCORD_TOKEN is not set and there is no terminal for the console. ${CONNECT_NOTE}\n`,
    );
    return 1;
  }
  // Info lines would interleave with the conversation; warnings and errors still show.
  const logger = createLogger({ level: config.logLevel === "debug" ? "debug" : "warn" });
  for (const warning of warnings) logger.warn(warning);
  installProcessGuards(logger);
  const engine = loadEngineOrExit(config.dataDir);
  const registry = await CommandRegistry.load();
  const services = createServices({ engine, registry, logger, cooldown: "unlimited" });
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  await runConsole({
    services,
    registry,
    input: process.stdin,
    output: process.stdout,
    color,
    terminal: true,
    banner: [
      `Attaché ${services.version}: console mode, not connected to Discord.`,
      CONNECT_NOTE,
      "Ask a question, or type /help. Tab completes, a number presses a button, Ctrl-D quits.",
      "",
    ],
  });
  await services.feedback.close();
  return 0;
}

function handleShutdown(
  bot: RunningBot,
  logger: Logger,
  closeAll: () => Promise<void>,
  isShard: boolean,
): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals | "manager gone") => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    setTimeout(() => {
      fatal(logger, "shutdown timed out; exiting anyway");
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    bot
      .stop()
      // After the client: no interaction can be writing any more.
      .then(closeAll)
      .then(() => {
        logger.info("stopped");
        process.exit(0);
      })
      .catch((error: unknown) => {
        fatal(logger, "shutdown failed", { err: error });
        closeAll().finally(() => process.exit(1));
      });
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // A shard whose manager is gone (killed) would otherwise keep its servers' connection open, and
  // a manager started again would run the same shard twice.
  if (isShard) process.once("disconnect", () => stop("manager gone"));
}

/** Keeps serving after a stray rejection; a thrown exception leaves the process in doubt, so it ends. */
function installProcessGuards(logger: Logger): void {
  process.on("unhandledRejection", (reason) => logger.error("unhandled promise rejection", { err: reason }));
  process.on("uncaughtException", (error) => {
    fatal(logger, "uncaught exception; exiting", { err: error });
    process.exit(1);
  });
}

/**
 * A line the process ends with: logged, and written plainly when the log is off (LOG_LEVEL=silent),
 * so a bot that stops is never silent about why.
 */
function fatal(logger: Logger, message: string, fields?: Record<string, unknown>): void {
  logger.error(message, fields);
  if (!logger.isEnabled("error")) process.stderr.write(`error: ${message}\n`);
}

/** Every later write to stdout and stderr with the secrets replaced. */
function scrubOutput(secrets: readonly string[]): void {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) =>
      write(typeof chunk === "string" ? scrub(chunk, secrets) : chunk, ...rest)) as typeof stream.write;
  }
}

/** The password in a database address, to be redacted from every log line. */
function passwordOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

main().then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: unknown) => {
    // One line, no stack trace: what failed, for the operator to act on.
    const text = error instanceof Error ? error.message : String(error);
    const secrets = [process.env.DISCORD_TOKEN ?? "", passwordOf(process.env.DATABASE_URL) ?? ""];
    process.stderr.write(`error: ${scrub(text, secrets)}\n`);
    process.exitCode = 1;
  },
);
