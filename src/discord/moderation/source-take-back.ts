import { formatDate } from "../../engine/compose.ts";
import type { OverlaySource } from "../../storage/overlay-store.ts";
import type { ArticleParts } from "../../storage/records.ts";
import type {
  Choice,
  CommandContext,
  ComponentContext,
  ComponentInteractive,
  Interactive,
  Requester,
} from "../command.ts";
import { shortHash } from "../custom-id.ts";
import { LIMITS, truncate } from "../limits.ts";
import { safeText } from "../markdown.ts";
import type { ReplyModel } from "../reply-model.ts";
import { encodeModerationId, MAX_DIRECT_FACT_REF, type ModerationAction } from "./custom-id.ts";
import { reasonRefused } from "./fact-flow.ts";
import { type Moderator, requireModerator } from "./gate.ts";
import { markedRemoved } from "./options.ts";
import { ephemeral, replyWith, say } from "./views.ts";

/**
 * /source remove and /source restore: an article approved by mistake (wrong outlet or date, wrong
 * server, a bad draft) is taken back in one confirmed step rather than one /fact remove per fact.
 * Its facts, the events it is the source of and the entities nothing else names each get a
 * removal revision (history shows them; each record's revert, or /source restore, brings them back).
 * Every write goes to the interaction's own server.
 */

const update = (model: ReplyModel): ComponentInteractive => ({ kind: "update", reply: model });

/** The subcommands of /source that this file answers. */
export const TAKE_BACK_SUBCOMMANDS = ["remove", "restore"] as const;
export type TakeBackSubcommand = (typeof TAKE_BACK_SUBCOMMANDS)[number];

export function runTakeBackCommand(ctx: CommandContext, sub: TakeBackSubcommand): Interactive {
  const gate = requireModerator(ctx);
  if (!gate.ok) return say(gate.message);
  const { mod } = gate;
  const source = findSource(mod, ctx.options.string("source"));
  if (!source) return say(NO_SOURCE);
  if (sub === "restore") return replyWith(restore(ctx, mod, source));
  const reason = ctx.options.string("reason")?.trim() || undefined;
  const badReason = reasonRefused(reason, "removed");
  if (badReason) return say(badReason);
  const parts = mod.storage.records.articleParts(mod.guildId, source.id);
  if (count(parts) === 0) {
    return say(
      `Nothing of ${describeSource(source)} is in use in this server (taken back already? /source restore brings it back).`,
    );
  }
  const reasonHash = reason ? ctx.services.drafts.remember(truncate(reason, 200)) : undefined;
  return replyWith({
    content: truncate(
      `Take back ${describeSource(source)}? This removes ${partsLine(parts)} from this server's answers, ` +
        "each as a revision: /source restore brings them back. Other servers keep theirs.",
      LIMITS.content,
    ),
    buttons: [
      [
        {
          customId: encodeModerationId({
            kind: "source-remove",
            source: sourceRef(source.id),
            ...(reasonHash ? { reason: reasonHash } : {}),
          }),
          label: "Take it back",
          emoji: "🗑️",
          style: "danger",
        },
        { customId: encodeModerationId({ kind: "cancel" }), label: "Cancel", style: "secondary" },
      ],
    ],
    ephemeral: true,
  });
}

/** The confirmation's "Take it back", and the "Undo" after it. */
export function onTakeBackButton(ctx: ComponentContext, action: ModerationAction): ComponentInteractive {
  const gate = requireModerator(ctx);
  if (!gate.ok) return say(gate.message);
  const { mod } = gate;
  if (action.kind !== "source-remove" && action.kind !== "source-restore")
    return say("That button is from an older version of the bot. Please start again.");
  const source = mod.storage.records.sources(mod.guildId).find((s) => refersToSource(action.source, s.id));
  if (!source) return update(ephemeral(NO_SOURCE));
  if (action.kind === "source-restore") return update(restore(ctx, mod, source));
  const reason = action.reason ? ctx.services.drafts.recall(action.reason) : undefined;
  if (action.reason && reason === undefined)
    return update(ephemeral("This confirmation is too old. Nothing was removed: run /source remove again."));
  const taken = mod.storage.records.takeBackArticle(mod.guildId, mod.actor, source.id, reason);
  if (count(taken) === 0)
    return update(ephemeral(`Nothing of ${describeSource(source)} was left to take back in this server.`));
  ctx.services.logger.info("source taken back", {
    guildId: mod.guildId,
    source: source.id,
    facts: taken.facts.length,
    events: taken.events.length,
    entities: taken.entities.length,
    userId: mod.actor.userId,
  });
  return update({
    content: truncate(
      `Took back ${describeSource(source)}: removed ${partsLine(taken)}, each as a revision. ` +
        "Undo below, or later with /source restore.",
      LIMITS.content,
    ),
    buttons: [
      [
        {
          customId: encodeModerationId({ kind: "source-restore", source: sourceRef(source.id) }),
          label: "Undo",
          emoji: "↩️",
          style: "secondary",
        },
      ],
    ],
    ephemeral: true,
  });
}

/**
 * This server's own articles and citations, newest first, by outlet, date, title or id: for
 * /source remove those still in use here; for /source restore those taken back, marked so.
 */
export function sourceChoices(ctx: Requester, typed: string, sub: TakeBackSubcommand): Choice[] {
  const gate = requireModerator(ctx, "moderator", { quiet: true });
  if (!gate.ok) return [];
  const { records } = gate.mod.storage;
  const wanted = typed.trim().toLowerCase();
  // Restore offers only what it would bring back, remove only what is still in use here: an
  // article whose facts were removed one by one is neither's (each fact's revert brings it back).
  return records
    .articlesHere(gate.mod.guildId)
    .filter((article) => (sub === "restore" ? article.restorable : article.inUse))
    .map((article) => article.source)
    .filter((s) => !wanted || [s.id, s.outlet, s.title, s.date].some((t) => t.toLowerCase().includes(wanted)))
    .slice(0, 25)
    .map((s) => {
      const name = `${s.outlet}, ${s.date}: ${s.title}`;
      return { name: sub === "restore" ? markedRemoved(name) : truncate(name, 100), value: s.id };
    });
}

function restore(ctx: Requester, mod: Moderator, source: OverlaySource): ReplyModel {
  const restored = mod.storage.records.restoreArticle(mod.guildId, mod.actor, source.id);
  if (!restored.ok) {
    // One line per removed entity or event would repeat: several facts often name the same one.
    const problems = [...new Set(restored.problems.map((p) => p.message))];
    const them = problems.length === 1 ? "it" : "them";
    return ephemeral(
      truncate(
        `Nothing was restored: ${safeText(problems.join("; "))}. ${describeSource(source)} names ${them}: ` +
          `bring ${them} back first, then run /source restore again.`,
        LIMITS.content,
      ),
    );
  }
  if (count(restored) === 0)
    return ephemeral(`Nothing taken back from ${describeSource(source)} is waiting to be restored here.`);
  ctx.services.logger.info("source restored", {
    guildId: mod.guildId,
    source: source.id,
    facts: restored.facts.length,
    userId: mod.actor.userId,
  });
  return ephemeral(
    truncate(
      `Restored ${partsLine(restored)} of ${describeSource(source)}, each as a revision: questions here are answered from them again.`,
      LIMITS.content,
    ),
  );
}

const NO_SOURCE =
  "This server has no such article. Pick one from the list as you type (only articles and citations added here).";

/** By id (what autocomplete sends), else by the title or the outlet and date as the list shows them. */
function findSource(mod: Moderator, typed: string | undefined): OverlaySource | undefined {
  const text = typed?.trim().toLowerCase() ?? "";
  if (!text) return undefined;
  const sources = mod.storage.records.sources(mod.guildId);
  return (
    sources.find((s) => s.id === typed?.trim()) ??
    sources.find((s) => s.title.toLowerCase() === text) ??
    sources.find((s) => `${s.outlet}, ${s.date}: ${s.title}`.toLowerCase() === text)
  );
}

/** A source id as a custom_id carries it: itself when short and plain, else a hash. */
function sourceRef(id: string): string {
  return id.length <= MAX_DIRECT_FACT_REF && /^[a-z0-9][a-z0-9._-]*$/.test(id) ? id : `~${shortHash(id)}`;
}

function refersToSource(ref: string, id: string): boolean {
  return ref === id || ref === `~${shortHash(id)}`;
}

function describeSource(source: OverlaySource): string {
  const title = source.title ? ` “${safeText(truncate(source.title, 120))}”` : "";
  return `${safeText(source.outlet)}'s article of ${formatDate(source.date)}${title}`;
}

function count(parts: ArticleParts): number {
  return parts.facts.length + parts.events.length + parts.entities.length;
}

/** "3 facts, the event “…” and 2 entities nothing else names (A, B)". */
function partsLine(parts: ArticleParts): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const pieces = [plural(parts.facts.length, "fact", "facts")];
  if (parts.events.length === 1 && parts.events[0])
    pieces.push(`the event “${safeText(truncate(parts.events[0].title, 80))}”`);
  else if (parts.events.length > 1) pieces.push(plural(parts.events.length, "event", "events"));
  if (parts.entities.length > 0) {
    const names = parts.entities
      .slice(0, 5)
      .map((e) => safeText(e.name))
      .join(", ");
    pieces.push(
      `${plural(parts.entities.length, "entity", "entities")} nothing else names (${names}${parts.entities.length > 5 ? ", …" : ""})`,
    );
  }
  return pieces.length === 1 ? pieces[0]! : `${pieces.slice(0, -1).join(", ")} and ${pieces.at(-1)}`;
}
