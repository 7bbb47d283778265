import { type Client, Events } from "discord.js";
import type { Config, Secret } from "../config/env.ts";
import type { Logger } from "../config/logger.ts";
import type { Engine } from "../engine/engine.ts";
import type { Metrics } from "../observability/metrics.ts";
import type { ShardOfProcess } from "../sharding/shard-process.ts";
import type { Storage } from "../storage/index.ts";
import { createClient } from "./client.ts";
import type { Services } from "./command.ts";
import { deployCommands, describeDeployment } from "./deploy.ts";
import type { FeedbackStore } from "./feedback.ts";
import { createMessageHandler } from "./messages.ts";
import { CommandRegistry } from "./registry.ts";
import { createInteractionRouter } from "./router.ts";
import { createServices } from "./services.ts";

export interface BotOptions {
  config: Config;
  token: Secret;
  engine: Engine;
  logger: Logger;
  feedback?: FeedbackStore;
  /** The opened database (moderation, feedback); its owner closes it after `stop`. */
  storage?: Storage;
  registry?: CommandRegistry;
  /** Counters for /metrics (METRICS_PORT); nothing is recorded without. */
  metrics?: Metrics;
  /** This process is one shard of several (SHARD_COUNT). */
  shard?: ShardOfProcess;
}

export interface RunningBot {
  client: Client;
  services: Services;
  registry: CommandRegistry;
  /** The gateway session is up: ready or resumed, and not lost or reconnecting since. */
  gatewayConnected(): boolean;
  /** Disconnects and closes the stores; safe to call twice. */
  stop(): Promise<void>;
}

/** Connects to Discord (or DISCORD_API_URL) and serves until stopped. */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { config, logger } = options;
  const registry = options.registry ?? (await CommandRegistry.load());
  const services = createServices({
    engine: options.engine,
    registry,
    logger,
    cooldown: config.cooldown,
    ...(options.feedback ? { feedback: options.feedback } : {}),
    ...(options.storage ? { storage: options.storage } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  const client = createClient(config, options.shard);

  const route = createInteractionRouter({ registry, services, logger });
  const onMessage = createMessageHandler({ services, logger });
  // Both handlers catch their own errors; the extra catch only guards against a bug in them.
  client.on(Events.InteractionCreate, (interaction) => {
    route(interaction).catch((error: unknown) => logger.error("interaction router crashed", { err: error }));
  });
  client.on(Events.MessageCreate, (message) => {
    onMessage(message).catch((error: unknown) => logger.error("message handler crashed", { err: error }));
  });

  client.once(Events.ClientReady, (ready) => {
    const applicationId = ready.application.id;
    logger.info("connected", {
      user: ready.user.tag,
      userId: ready.user.id,
      applicationId,
      guilds: ready.guilds.cache.size,
      commands: registry.all().length,
      version: services.version,
    });
    if (config.applicationId && config.applicationId !== applicationId) {
      logger.warn("DISCORD_APPLICATION_ID differs from the token's application; using the token's", {
        configured: config.applicationId,
        actual: applicationId,
      });
    }
    // Commands belong to the application, not to a shard: shard 0 registers them for all.
    if (config.deployCommandsOnStart && (options.shard?.id ?? 0) === 0) {
      deployCommands(ready.rest, {
        applicationId,
        registry,
        ...(config.devGuildId ? { guildId: config.devGuildId } : {}),
      })
        .then((result) => logger.info(describeDeployment(result), { target: result.target }))
        .catch((error: unknown) => logger.error("could not deploy commands", { err: error }));
    }
  });
  const metrics = options.metrics;
  client.on(Events.Error, (error) => {
    logger.error("discord client error", { err: error });
    metrics?.error("discord-client");
  });
  client.on(Events.Warn, (message) => logger.warn("discord client warning", { detail: message }));
  // While stopping, disconnects are ours: logging them as trouble would only alarm.
  let stopping = false;
  // Followed from the events rather than read from client.ws.status, which stays "ready" while
  // discord.js is already trying to reconnect.
  let connected = false;
  client.on(Events.ShardReady, () => {
    connected = true;
  });
  client.on(Events.ShardDisconnect, (event, shardId) => {
    connected = false;
    if (!stopping) logger.warn("gateway disconnected", { shardId, code: event.code });
  });
  client.on(Events.ShardReconnecting, (shardId) => {
    connected = false;
    if (stopping) return;
    logger.info("gateway reconnecting", { shardId });
    metrics?.gatewayReconnect();
  });
  client.on(Events.ShardResume, (shardId, replayed) => {
    connected = true;
    logger.info("gateway resumed", { shardId, replayed });
  });
  client.on(Events.ShardError, (error, shardId) => {
    logger.error("gateway error", { shardId, err: error });
    metrics?.error("gateway");
  });
  client.rest.on("rateLimited", (info) =>
    logger.warn("rate limited by Discord", {
      route: info.route,
      retryAfterMs: info.retryAfter,
      global: info.global,
    }),
  );

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      stopping = true;
      await client.destroy();
      await services.feedback.close();
    })();
    return stopped;
  };

  try {
    await client.login(options.token.reveal());
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return { client, services, registry, gatewayConnected: () => connected && !stopping, stop };
}
