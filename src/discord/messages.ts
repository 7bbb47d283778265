import { cleanContent, DiscordAPIError, type Message, RESTJSONErrorCodes } from "discord.js";
import type { Logger } from "../config/logger.ts";
import { ask } from "./ask-flow.ts";
import type { Services } from "./command.ts";
import { errorRef, somethingWentWrong } from "./errors.ts";
import { NO_MENTIONS, toMessageBody } from "./render.ts";
import { notice, type ReplyModel } from "./reply-model.ts";

/** The parts of a message that decide whether it is a question for the bot. */
export interface IncomingMessage {
  content: string;
  authorId: string;
  authorIsBot: boolean;
  /** Sent by a webhook or by Discord itself (joins, pins): never a question. */
  automated: boolean;
  inGuild: boolean;
  /** The message replies to one of the bot's recent answers: a follow-up, mention or not. */
  repliesToAnswer?: boolean;
  /**
   * The role Discord made for the bot in this server (named like it): members pick it from the
   * mention list by mistake for the bot itself, so a mention of it is a mention of the bot.
   */
  botRoleId?: string;
}

/**
 * The question a message asks the bot, or undefined when it is not addressed to it. Any text in a
 * DM is a question. In a server only a direct mention of the bot counts, or of its own role (not
 * @everyone, @here or another role, not a reply that merely pings), and the mention is taken out.
 */
export function questionFrom(message: IncomingMessage, botId: string): string | undefined {
  if (message.authorIsBot || message.automated || message.authorId === botId) return undefined;
  if (!message.inGuild) {
    const text = message.content.trim();
    return text || undefined;
  }
  const bot = `(?:<@!?${botId}>${message.botRoleId ? `|<@&${message.botRoleId}>` : ""})`;
  const mention = new RegExp(bot, "g");
  if (!mention.test(message.content)) {
    // A reply to an answer is a follow-up when it asks something ("and the other one?"), not
    // when it is chatter ("thanks!") or arrives without its text (no Message Content intent).
    const text = message.content.trim();
    return message.repliesToAnswer && asksSomething(text) ? text : undefined;
  }
  return message.content
    .replace(new RegExp(`^\\s*${GREETING.source}[\\s,!.]*(?=${bot})`, "i"), "")
    .replace(mention, " ")
    .replace(/\s+/g, " ")
    .replace(/ ([,.;:!?])/g, "$1")
    .replace(/^[,.;:!]\s*/, "")
    .trim();
}

/** A question mark, or the words a question starts with. */
function asksSomething(text: string): boolean {
  return (
    /\?\s*$/.test(text) ||
    /^(?:and|but|so|what|who|whom|whose|when|where|why|how|which|is|are|was|were|did|does|do|can|could|will|would|tell|any|anything)\b/i.test(
      text,
    )
  );
}

/**
 * Whether a raw MESSAGE_CREATE payload could be a question for the bot: a DM, or a server message
 * that mentions it (or its own role, `botRoleOf` the server), from a person (not a bot, a webhook
 * or the bot itself). A cheap look at the raw JSON, before discord.js builds anything;
 * `questionFrom` decides on what passes. Anything unexpected passes, so the filter can only save
 * work, never lose a question.
 */
export function mayBeQuestion(
  data: unknown,
  botId: string | undefined,
  botRoleOf: (guildId: string) => string | undefined = () => undefined,
): boolean {
  if (typeof data !== "object" || data === null || !botId) return true;
  const raw = data as Record<string, unknown>;
  const author = raw.author as Record<string, unknown> | undefined;
  if (author?.bot === true || author?.id === botId || typeof raw.webhook_id === "string") return false;
  if (typeof raw.guild_id !== "string") return true;
  const mentions = raw.mentions;
  if (!Array.isArray(mentions)) return true;
  if (mentions.some((user: unknown) => (user as Record<string, unknown> | null)?.id === botId)) return true;
  const roles = raw.mention_roles;
  if (!Array.isArray(roles) || roles.length === 0) return false;
  const botRole = botRoleOf(raw.guild_id);
  // A role not known yet (a server whose roles are not cached): let discord.js and questionFrom decide.
  return botRole === undefined || roles.includes(botRole);
}

/**
 * Without the Message Content intent Discord may send a message that mentions the bot's role (not
 * the bot) without its text: the member is told how to ask rather than met with silence.
 */
export const ROLE_MENTION_UNREAD =
  "I can't read a message that mentions my role: mention me, the app (not the role of the same name), or use /ask.";

function mentionsOnlyBotRoleUnread(message: Message): boolean {
  const { botRoleId } = botRoleOf(message);
  return (
    botRoleId !== undefined &&
    message.content.trim() === "" &&
    !message.author.bot &&
    message.webhookId === null &&
    !message.system &&
    message.mentions.roles.has(botRoleId)
  );
}

/** The bot's own role in the message's server, when Discord gave it one. */
function botRoleOf(message: Message): { botRoleId?: string } {
  const id = message.guild?.roles.botRoleFor(message.client.user)?.id;
  return id ? { botRoleId: id } : {};
}

/**
 * "Hey @Attaché, who…": a greeting that only addresses the bot is part of the mention, not of the
 * question (it would otherwise head the answer card as "Hey, who…").
 */
const GREETING = /(?:hey|hi|hello|hiya|yo|ok|okay|dear|good (?:morning|afternoon|evening))(?: there)?/;

/** Handles messageCreate: answers DMs and mentions as replies with the same card as /ask. */
export function createMessageHandler(deps: {
  services: Services;
  logger: Logger;
}): (message: Message) => Promise<void> {
  return async (message) => {
    const botId = message.client.user.id;
    const answerRepliedTo = message.reference?.messageId;
    // One of the bot's answers to a DM or mention, or any of its messages (an /ask card) when the
    // reply pings it: the asker's own conversation continues either way.
    const repliesToAnswer =
      answerRepliedTo !== undefined &&
      (deps.services.conversations.isAnswer(answerRepliedTo) || message.mentions.repliedUser?.id === botId);
    const question = questionFrom(
      {
        content: message.content,
        authorId: message.author.id,
        authorIsBot: message.author.bot,
        automated: message.webhookId !== null || message.system,
        inGuild: message.inGuild(),
        repliesToAnswer,
        ...botRoleOf(message),
      },
      botId,
    );
    if (question === undefined) {
      if (mentionsOnlyBotRoleUnread(message)) {
        await replyTo(message, notice(ROLE_MENTION_UNREAD)).catch((error: unknown) =>
          deps.logger.warn("could not answer a mention of the bot's role", { err: error }),
        );
      }
      return;
    }
    const started = Date.now();
    const log = deps.logger.child({ messageId: message.id });
    const fields = {
      channel: message.inGuild() ? "guild" : "dm",
      userId: message.author.id,
      ...(message.guildId ? { guildId: message.guildId } : {}),
    };
    // Other users' mentions become readable names ("@Ann"), as the asker saw them.
    const readable = message.channel ? cleanContent(question, message.channel) : question;
    log.debug("message question", { question: readable });
    let outcome = "ok";
    try {
      const result = await ask(
        {
          services: deps.services,
          userId: message.author.id,
          ...(message.guildId ? { scope: message.guildId } : {}),
          surface: message.inGuild() ? "guild" : "dm",
          channelId: message.channelId,
        },
        readable,
        { private: false, ...(repliesToAnswer ? { replyTo: answerRepliedTo } : {}) },
      );
      outcome = result.kind;
      // The first refusal in a burst is explained; the rest are dropped so the bot never floods.
      if (result.kind === "limited" && !result.firstRefusal) return;
      const sent = await replyTo(message, result.reply);
      // A reply to this answer continues it.
      if (result.kind !== "limited" && result.turn) {
        deps.services.conversations.rememberAnswer(sent.id, message.author.id, result.turn);
      }
    } catch (error) {
      outcome = "error";
      await reportFailure(message, error, log);
    } finally {
      const latencyMs = Date.now() - started;
      log.info("message", {
        ...fields,
        outcome,
        questionLength: readable.length,
        latencyMs,
      });
      const metrics = deps.services.metrics;
      if (metrics) {
        metrics.interaction("message", fields.channel, outcome, latencyMs / 1000);
        if (outcome === "error") metrics.error("message");
      }
    }
  };
}

async function replyTo(message: Message, reply: ReplyModel): Promise<Message> {
  return message.reply({ ...toMessageBody(reply), allowedMentions: NO_MENTIONS, failIfNotExists: false });
}

async function reportFailure(message: Message, error: unknown, log: Logger): Promise<void> {
  if (error instanceof DiscordAPIError && isPermissionProblem(error)) {
    // Nowhere to say it: the bot may not write in this channel.
    log.warn("cannot reply in this channel", { channelId: message.channelId, err: error });
    return;
  }
  const ref = errorRef();
  log.error("message handler failed", { ref, err: error });
  await replyTo(message, notice(somethingWentWrong(ref))).catch((second: unknown) =>
    log.warn("could not report the failure to the user", { err: second }),
  );
}

function isPermissionProblem(error: DiscordAPIError): boolean {
  return (
    error.code === RESTJSONErrorCodes.MissingAccess ||
    error.code === RESTJSONErrorCodes.MissingPermissions ||
    error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUser
  );
}
