import type { Config } from "../config/env.ts";
import type { Logger } from "../config/logger.ts";
import type { Engine } from "../engine/engine.ts";
import type { Metrics } from "../observability/metrics.ts";
import type { Storage } from "../storage/index.ts";
import { AnswerCache } from "./answer-cache.ts";
import type { Services } from "./command.ts";
import { ConversationMemory } from "./conversations.ts";
import { Cooldown } from "./cooldown.ts";
import { type FeedbackStore, MemoryFeedbackStore } from "./feedback.ts";
import type { CommandRegistry } from "./registry.ts";
import { SqliteFeedbackStore } from "./sqlite-feedback.ts";
import { TextMemory } from "./text-memory.ts";
import { appVersion } from "./version.ts";

/** The services the handlers share, from the configuration. */
export function createServices(options: {
  engine: Engine;
  registry: CommandRegistry;
  logger: Logger;
  cooldown?: Pick<Config, "cooldown">["cooldown"] | "unlimited";
  feedback?: FeedbackStore;
  /** The database: moderation, and feedback kept in it (unless `feedback` is given). */
  storage?: Storage;
  now?: () => Date;
  metrics?: Metrics;
}): Services {
  const { cooldown, storage } = options;
  return {
    engine: options.engine,
    answers: new AnswerCache(options.engine),
    feedback:
      options.feedback ??
      (storage ? new SqliteFeedbackStore(storage.store.feedback, options.logger) : new MemoryFeedbackStore()),
    cooldown:
      cooldown === undefined || cooldown === "unlimited"
        ? Cooldown.unlimited()
        : new Cooldown({ limit: cooldown.questions, windowMs: cooldown.seconds * 1000 }),
    memory: new TextMemory(),
    drafts: new TextMemory(),
    conversations: new ConversationMemory(),
    logger: options.logger,
    version: appVersion(),
    commands: () => options.registry.globalDefinitions(),
    now: options.now ?? (() => new Date()),
    ...(storage ? { storage } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
  };
}
