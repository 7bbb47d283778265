import { citation, entityQuestion, formatDate } from "../engine/compose.ts";
import { turnToKeep } from "../engine/conversation.ts";
import type { AnswerFact, AnswerResult, DialogueTurn } from "../engine/schema.ts";
import { mayReferBack } from "../engine/understand.ts";
import type { ComponentContext, Requester } from "./command.ts";
import type { ConversationKey } from "./conversations.ts";
import { type ComponentAction, encodeCustomId, MAX_FACT_HASHES, shortHash } from "./custom-id.ts";
import { UserError } from "./errors.ts";
import { LIMITS, truncate } from "./limits.ts";
import { blockQuote, link, safeText, unescapeMarkdown } from "./markdown.ts";
import { questionAsAsked } from "./question-text.ts";
import {
  type ActionButton,
  type Card,
  type ComponentResult,
  notice,
  type ReplyModel,
} from "./reply-model.ts";

/** Kept here too: specs import it from the asking flow. */
export { withoutMentionMarkup } from "./question-text.ts";

/**
 * Asking a question, from any surface (/ask, a direct message, a mention, a suggestion button,
 * the console), and the buttons on the answer. The engine answers; this turns the answer into a
 * card, applies the cooldown and records what could not be answered.
 */

export interface AskOptions {
  /** The asker's `private` choice, if they made one. */
  private?: boolean;
  /** The bot's answer this message replies to: the follow-up continues that answer. */
  replyTo?: string;
}

export type AskOutcome =
  | {
      kind: "answered" | "refused";
      reply: ReplyModel;
      result: AnswerResult;
      /** The conversation's turn after this answer (`turnToKeep`): a reply to the answer continues it. */
      turn?: DialogueTurn;
    }
  | { kind: "limited"; reply: ReplyModel; firstRefusal: boolean };

export async function ask(ctx: Requester, asked: string, options: AskOptions = {}): Promise<AskOutcome> {
  const { services } = ctx;
  // DMs can be 4000 characters; the engine reads no further than MAX_QUESTION_CHARS.
  const question = questionAsAsked(asked);
  const verdict = services.cooldown.take(ctx.userId);
  if (!verdict.allowed) {
    services.metrics?.question("limited");
    return {
      kind: "limited",
      reply: cooldownReply(verdict.retryAfterMs),
      firstRefusal: verdict.firstRefusal,
    };
  }
  const conversation = conversationOf(ctx);
  const previous = services.conversations.previous(conversation, ctx.userId, options.replyTo);
  // A follow-up's answer depends on the conversation (it is remembered with the previous turn);
  // a question that cannot refer back is answered (and remembered) as it stands.
  const answers = services.answers ?? services.engine;
  // So may one that uses a name several entities share: the previous turn may say which is meant.
  const result =
    previous && (mayReferBack(question) || services.engine.namesShared(question, ctx.scope))
      ? answers.answer(question, ctx.scope, { previous })
      : answers.answer(question, ctx.scope);
  // A refusal that named nothing leaves the conversation where it was ("who is he?" after a typo).
  const kept = turnToKeep(result, previous);
  if (kept && kept !== previous) services.conversations.remember(conversation, ctx.userId, kept);
  const questionHash = services.memory.remember(question);
  if (result.answered) {
    // Answers are public unless asked privately: they are worth sharing.
    const ephemeral = options.private === true;
    const reply = rendered(result, question, ephemeral, () =>
      answerReply(question, result, { ephemeral, questionHash }),
    );
    services.metrics?.question("answered");
    return { kind: "answered", reply, result, ...(kept ? { turn: kept } : {}) };
  }
  const suggestionHashes = result.suggestions.map((s) => services.memory.remember(s));
  // "Which Ferrante do you mean?" is a question back, not a gap in the facts.
  if (question.trim() && !result.asksWhich) {
    await services.feedback.recordUnanswered({
      question,
      suggestions: result.suggestions,
      ...(ctx.scope ? { guildId: ctx.scope } : {}),
      userId: ctx.userId,
      at: services.now(),
    });
  }
  // A refusal helps only the asker, so it is private unless they explicitly said `private: false`.
  const ephemeral = options.private !== false;
  const reply = rendered(result, question, ephemeral, () =>
    refusalReply(question, result, { ephemeral, suggestionHashes }),
  );
  services.metrics?.question("refused");
  return { kind: "refused", reply, result, ...(kept ? { turn: kept } : {}) };
}

/**
 * Replies already built, per engine result (the answer cache hands out the same result object for
 * the same question), question text and visibility: a remembered answer is not escaped, cited and
 * given its buttons again on every ask. Everything a reply holds follows from these three (the
 * hashes in its buttons are `shortHash` of the question and suggestions), and reply models are
 * never changed once built. Weak: an entry goes with its result when the answer cache drops it.
 */
const replies = new WeakMap<AnswerResult, Map<string, ReplyModel>>();

function rendered(
  result: AnswerResult,
  question: string,
  ephemeral: boolean,
  build: () => ReplyModel,
): ReplyModel {
  let forResult = replies.get(result);
  if (!forResult) {
    forResult = new Map();
    replies.set(result, forResult);
  }
  const key = `${ephemeral ? "e" : "p"}${question}`;
  let reply = forResult.get(key);
  if (!reply) {
    reply = build();
    forResult.set(key, reply);
  }
  return reply;
}

/** One conversation per DM, per user and channel, and one for the console. */
function conversationOf(ctx: Requester): ConversationKey {
  if (ctx.surface === "console" && !ctx.channelId) return { kind: "console" };
  if (ctx.surface !== "dm" && ctx.channelId)
    return { kind: "channel", userId: ctx.userId, channelId: ctx.channelId };
  return { kind: "dm", userId: ctx.userId };
}

export function cooldownReply(retryAfterMs: number): ReplyModel {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return notice(
    `You're asking faster than I can keep up. Please wait ${seconds} s before the next question.`,
  );
}

/** The answer card: the question as title, the answer, its source; Sources and 👍/👎 buttons. */
export function answerReply(
  question: string,
  result: AnswerResult,
  options: { ephemeral: boolean; questionHash: string },
): ReplyModel {
  const facts = result.facts;
  const factHashes = facts.slice(0, MAX_FACT_HASHES).map((fact) => shortHash(fact.id));
  const first = facts[0];
  const card: Card = {
    tone: "answer",
    ...titleFor(question),
    description: safeText(result.answer),
    fields: first ? [sourceField(first, facts.length)] : [],
    ...(first
      ? { footer: truncate(`${first.source.outlet}: ${first.source.title}`, LIMITS.embedFooter) }
      : {}),
  };
  const buttons: ActionButton[] = [];
  if (factHashes.length > 0) {
    buttons.push({
      customId: encodeCustomId({ kind: "sources", facts: factHashes }),
      label: facts.length > 1 ? `Sources (${facts.length})` : "Source",
      emoji: "📚",
      style: "secondary",
    });
  }
  for (const vote of ["up", "down"] as const) {
    buttons.push({
      customId: encodeCustomId({ kind: "feedback", vote, question: options.questionHash, facts: factHashes }),
      label: "",
      emoji: vote === "up" ? "👍" : "👎",
      style: "secondary",
    });
  }
  return { cards: [card], buttons: [buttons], ephemeral: options.ephemeral };
}

/** "I don't have a fact about that", with up to three questions the store can answer. */
export function refusalReply(
  question: string,
  result: AnswerResult,
  options: { ephemeral: boolean; suggestionHashes: string[] },
): ReplyModel {
  const hasSuggestions = result.suggestions.length > 0;
  // "Which Ferrante do you mean?": the buttons are the question asked of each one.
  const card: Card = result.asksWhich
    ? { tone: "refusal", ...titleFor(question), description: safeText(result.answer) }
    : {
        tone: "refusal",
        ...titleFor(question),
        description: safeText(result.answer) + (hasSuggestions ? "\n\nI can answer these:" : ""),
        footer: "Questions I can't answer are noted, so the facts can be added.",
      };
  const buttons: ActionButton[] = result.suggestions.slice(0, 3).map((suggestion, index) => ({
    customId: encodeCustomId({
      kind: "suggest",
      index,
      hash: options.suggestionHashes[index] ?? shortHash(suggestion),
    }),
    label: suggestion,
    emoji: "💡",
    style: "primary",
  }));
  return { cards: [card], buttons: buttons.length > 0 ? [buttons] : [], ephemeral: options.ephemeral };
}

/** Every fact behind an answer, with its quote and source. */
export function sourcesReply(facts: readonly AnswerFact[]): ReplyModel {
  const title = facts.length === 1 ? "Source" : `Sources (${facts.length})`;
  const names = facts.map((fact, index) =>
    truncate(`${index + 1}. ${fact.source.outlet}${dateSuffix(fact.source.date)}`, LIMITS.embedFieldName),
  );
  // Each fact's share of what one embed holds: the quotes give way, so nothing is left for the
  // embed's own fitting to cut off the end of a field, where the article's link is.
  const named = title.length + names.reduce((sum, name) => sum + name.length, 0);
  const share = Math.min(
    LIMITS.embedFieldValue,
    Math.floor((LIMITS.embedTotal - named) / Math.max(1, facts.length)),
  );
  const card: Card = {
    tone: "info",
    title,
    fields: facts.map((fact, index) => ({ name: names[index]!, value: sourceEntry(fact, share) })),
  };
  return { cards: [card], ephemeral: true };
}

/** A fact's statement, quote and article within `max` characters: the quote is cut first, the article never. */
function sourceEntry(fact: AnswerFact, max: number): string {
  const article = safeText(fact.source.title || fact.source.outlet);
  const tail = `— ${sourceLink(article, fact.source.url, Math.floor(max / 3))}`;
  // The statement and the quote share what is left, each on its own line.
  const room = max - tail.length - 2;
  const quote = blockQuote(`“${safeText(fact.source.quote)}”`);
  const statement = truncate(safeText(fact.statement), Math.max(room - quote.length, Math.ceil(room / 2)));
  return [statement, truncate(quote, room - statement.length), tail].filter(Boolean).join("\n");
}

/** A masked link to the article, or its name alone when the address would crowd out the rest. */
function sourceLink(label: string, url: string | undefined, max: number): string {
  const linked = link(label, url);
  return linked.length <= max ? linked : truncate(label, max);
}

function titleFor(question: string): { title?: string } {
  const oneLine = question.replace(/\s+/g, " ").trim();
  return oneLine ? { title: truncate(safeText(oneLine), LIMITS.embedTitle) } : {};
}

function sourceField(fact: AnswerFact, count: number): { name: string; value: string } {
  // The address gives way to the outlet and date when it is too long to show with them.
  const outlet = `**${truncate(safeText(fact.source.outlet), LIMITS.embedFieldValue / 8)}**`;
  const origin = sourceLink(outlet, fact.source.url, LIMITS.embedFieldValue / 4);
  const more = count > 1 ? `\n*+${count - 1} more: press Sources*` : "";
  // The quote is cut first so the outlet and date always fit the 1024-character field.
  const tail = `\n— ${origin}${dateSuffix(fact.source.date)}${more}`;
  const quote = blockQuote(`“${safeText(fact.source.quote)}”`);
  return {
    name: count > 1 ? "Main source" : "Source",
    value: `${truncate(quote, LIMITS.embedFieldValue - tail.length)}${tail}`,
  };
}

function dateSuffix(date: string): string {
  return date ? `, ${formatDate(date)}` : "";
}

// ---- the answer's buttons ----

export const ANSWER_COMPONENT_KINDS = ["sources", "feedback", "suggest"] as const;

export async function onAnswerComponent(
  ctx: ComponentContext,
  action: ComponentAction,
): Promise<ComponentResult> {
  switch (action.kind) {
    case "sources": {
      const facts = resolveFacts(ctx, action.facts);
      if (facts.length === 0) throw new UserError("The facts behind this answer are no longer in my store.");
      return { mode: "reply", reply: sourcesReply(facts) };
    }
    case "feedback": {
      const question =
        ctx.services.memory.recall(action.question) ??
        (ctx.message.title ? unescapeMarkdown(ctx.message.title) : "(question no longer known)");
      await ctx.services.feedback.recordVote({
        vote: action.vote,
        question,
        factIds: resolveFacts(ctx, action.facts).map((fact) => fact.id),
        ...(ctx.message.id ? { messageId: ctx.message.id } : {}),
        ...(ctx.scope ? { guildId: ctx.scope } : {}),
        userId: ctx.userId,
        at: ctx.services.now(),
      });
      const thanks =
        action.vote === "up"
          ? "Thanks! Glad that helped."
          : "Thanks for telling me. I'll use this to improve.";
      return { mode: "reply", reply: notice(thanks) };
    }
    case "suggest": {
      const question = resolveSuggestion(ctx, action.hash);
      if (!question) {
        throw new UserError(
          "That suggestion has expired. Ask it again with /ask, or pick from its autocomplete.",
        );
      }
      const outcome = await ask(ctx, question, { private: ctx.message.ephemeral });
      // A private refusal turns into the answer in place; a public one gets a reply below it.
      if (outcome.kind !== "limited" && ctx.message.ephemeral)
        return { mode: "update", reply: outcome.reply };
      return { mode: "reply", reply: outcome.reply };
    }
    case "page":
      throw new Error("page buttons belong to /facts");
  }
}

/** The cited facts still visible in this scope, in the order of the hashes. */
function resolveFacts(ctx: Requester, hashes: readonly string[]): AnswerFact[] {
  const kb = ctx.services.engine.knowledge(ctx.scope);
  const wanted = new Map(hashes.map((hash, index) => [hash, index]));
  const found: { index: number; fact: AnswerFact }[] = [];
  for (const indexed of kb.allFacts()) {
    const index = wanted.get(shortHash(indexed.fact.id));
    if (index === undefined) continue;
    found.push({ index, fact: citation(indexed, kb) });
    wanted.delete(shortHash(indexed.fact.id));
    if (wanted.size === 0) break;
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.fact);
}

/**
 * A suggested question from its hash: recently shown ones are remembered; after a restart the
 * button's own label still has it (unless the label was shortened); failing that, the question
 * is one the knowledge itself offers.
 */
function resolveSuggestion(ctx: ComponentContext, hash: string): string | undefined {
  const remembered = ctx.services.memory.recall(hash);
  if (remembered) return remembered;
  const button = ctx.message.buttons.find((b) => b.customId === ctx.customId);
  if (button && shortHash(button.label) === hash) return button.label;
  const kb = ctx.services.engine.knowledge(ctx.scope);
  for (const indexed of kb.allFacts()) {
    for (const question of indexed.fact.questions) if (shortHash(question) === hash) return question;
  }
  for (const entity of kb.allEntities()) {
    const question = entityQuestion(entity);
    if (shortHash(question) === hash) return question;
  }
  return undefined;
}
