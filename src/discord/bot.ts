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
import { type DiscordMessageBody, toMessageBody } from "./render.ts";
import { notice } from "./reply-model.ts";
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
  // Requests being handled: a stop lets them finish (a draft, an answer) before disconnecting.
  const inFlight: InFlight = new Map();
  const track = (work: Promise<void>, interaction?: UnfinishedInteraction) => {
    inFlight.set(work, interaction);
    void work.finally(() => inFlight.delete(work));
  };
  // Both handlers catch their own errors; the extra catch only guards against a bug in them.
  client.on(Events.InteractionCreate, (interaction) => {
    track(
      route(interaction).catch((error: unknown) =>
        logger.error("interaction router crashed", { err: error }),
      ),
      interaction.isRepliable() ? interaction : undefined,
    );
  });
  client.on(Events.MessageCreate, (message) => {
    track(
      onMessage(message).catch((error: unknown) => logger.error("message handler crashed", { err: error })),
    );
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
      await finishInFlight(inFlight, logger);
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

/** How long a stop waits for requests being handled: below main's 10 s shutdown timeout. */
export const DRAIN_TIMEOUT_MS = 7_000;

/** What a stop may still tell the user of an unfinished request: an interaction it deferred. */
export interface UnfinishedInteraction {
  readonly deferred: boolean;
  readonly replied: boolean;
  editReply(body: DiscordMessageBody): Promise<unknown>;
}

/** Each request being handled, with its interaction (none for a message). */
export type InFlight = Map<Promise<void>, UnfinishedInteraction | undefined>;

export const RESTARTING_NOTICE = "I'm restarting and could not finish this. Please try again in a minute.";

/**
 * Waits, at most `timeoutMs`, for the requests being handled to finish (and for any that arrive
 * meanwhile), so that a restart does not leave a member or a moderator waiting for a reply that
 * never comes. Says in the log what it waited for; a deferred interaction it could not wait for
 * ("thinking…") is told to try again rather than left spinning.
 */
export async function finishInFlight(
  inFlight: InFlight,
  logger: Logger,
  timeoutMs: number = DRAIN_TIMEOUT_MS,
): Promise<void> {
  if (inFlight.size === 0) return;
  const plural = (n: number) => `${n} request${n === 1 ? "" : "s"}`;
  logger.info(`waiting for ${plural(inFlight.size)} to finish`);
  const deadline = Date.now() + timeoutMs;
  while (inFlight.size > 0) {
    const left = deadline - Date.now();
    if (left <= 0) {
      logger.warn(`stopping with ${plural(inFlight.size)} unfinished; their users are told to try again`);
      const told = [...inFlight.values()]
        .filter((interaction) => interaction?.deferred && !interaction.replied)
        .map((interaction) =>
          interaction?.editReply(toMessageBody(notice(RESTARTING_NOTICE))).catch(() => undefined),
        );
      await Promise.race([Promise.allSettled(told), delay(1_000)]);
      return;
    }
    await Promise.race([Promise.allSettled([...inFlight.keys()]), delay(left)]);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
