import { formatDate } from "../../engine/compose.ts";
import type { Event } from "../../engine/schema.ts";
import type { CommandContext, Interactive, Requester, SubmitContext } from "../command.ts";
import { LIMITS, truncate } from "../limits.ts";
import { safeText } from "../markdown.ts";
import type { ReplyModel } from "../reply-model.ts";
import { eventsSeen } from "../server-view.ts";
import { encodeModerationId, factRef, type ModerationAction, refersTo } from "./custom-id.ts";
import {
  FOLLOWS_CURATED,
  problemReply,
  recordHistoryReply,
  recordProblemsReply,
  removedRecord,
  removeRecord,
  reopen,
} from "./entity-flow.ts";
import { reasonRefused } from "./fact-flow.ts";
import { type Moderator, requireModerator } from "./gate.ts";
import {
  EVENT_FIELDS,
  eventForm,
  eventValues,
  parseEventForm,
  readForm,
  saveFormDraft,
} from "./record-forms.ts";
import { keptIfTroubled, replyWith, say, setAside } from "./views.ts";

/**
 * /event add and /event edit: moderators add their server's events and correct them. Checked with
 * requireModerator on the command and on the form; written to the interaction's own server.
 */

const reply = replyWith;

export const EVENT_ADMIN = ["add", "edit", "remove", "history", "revert"] as const;

export function runEventAdmin(ctx: CommandContext, sub: (typeof EVENT_ADMIN)[number]): Interactive {
  const gate = requireModerator(ctx);
  if (!gate.ok) return say(gate.message);
  const { mod } = gate;
  if (sub === "add")
    return { kind: "form", form: eventForm(encodeModerationId({ kind: "event-form" }), "Add an event", {}) };
  const found = findEvent(ctx, mod, ctx.options.string("name"), {
    removed: sub === "history" || sub === "revert",
  });
  if (!found.ok) return say(found.message);
  const { event } = found;
  const records = mod.storage.records;
  if (sub === "remove") return say(removeRecord(ctx, mod, "event", event.id, event.title));
  if (sub === "history") {
    const revisions = records.history(mod.guildId, "event", event.id) ?? [];
    return reply(
      recordHistoryReply(
        event.title,
        event.id,
        revisions,
        (e) => `${e.title}, ${e.date}${e.place ? `, ${e.place}` : ""}`,
      ),
    );
  }
  if (sub === "revert") {
    const revision = ctx.options.integer?.("revision");
    if (revision === undefined) return say("Give the revision to go back to (see /event history).");
    const reason = ctx.options.string("reason")?.trim() || undefined;
    const badReason = reasonRefused(reason, "reverted");
    if (badReason) return say(badReason);
    const result = records.revert(mod.guildId, mod.actor, "event", event.id, revision, reason);
    if (!result.ok)
      return say(
        `Nothing was saved: ${safeText(result.kind === "invalid" ? result.problems.map((p) => p.message).join("; ") : result.message)}.`,
      );
    const saved = eventSaved(ctx, mod, result.record, result.revision);
    const aside = setAside(
      records.history(mod.guildId, "event", event.id) ?? [],
      mod.actor,
      revision,
      result.revision,
    );
    return reply({
      ...saved,
      content: `${saved.content ?? ""}${result.followsCurated ? FOLLOWS_CURATED : ""}${aside}`,
    });
  }
  const state = records.state(mod.guildId, "event", event.id);
  if (!state) return say("There is no such event in this server.");
  const values = eventValues(mod.storage.records.eventFields(mod.guildId, state.current));
  const customId = encodeModerationId({
    kind: "event-edit-form",
    event: factRef(event.id),
    base: state.revision,
  });
  return { kind: "form", form: eventForm(customId, truncate(`Edit ${event.title}`, 45), values) };
}

/** The events this server removed, as they were, for a moderator (none for anyone else). */
export function removedEvents(ctx: Requester): Event[] {
  const gate = requireModerator(ctx, "moderator", { quiet: true });
  return gate.ok ? gate.mod.storage.records.removedHere(gate.mod.guildId, "event") : [];
}

/**
 * The event a moderator named: by id or whole title, else the one event whose title holds the
 * words. Several such events are asked about rather than one picked: a revert writes at once.
 */
function findEvent(
  ctx: Requester,
  mod: Moderator,
  typed: string | undefined,
  options: { removed?: boolean } = {},
): { ok: true; event: Event } | { ok: false; message: string } {
  const text = typed?.trim().toLowerCase() ?? "";
  const none = "There is no such event in this server. Pick one from the list as you type.";
  if (!text) return { ok: false, message: none };
  // History and revert reach an event this server removed, by its id or whole title.
  const removed = options.removed ? removedRecord<Event>(mod, "event", text, (e) => e.title) : undefined;
  const events = eventsSeen(ctx);
  if (removed && !events.some((e) => e.id === removed.id)) return { ok: true, event: removed };
  const exact = events.find((e) => e.id === text) ?? events.find((e) => e.title.toLowerCase() === text);
  if (exact) return { ok: true, event: exact };
  const holding = events.filter((e) => e.title.toLowerCase().includes(text));
  if (holding.length === 1 && holding[0]) return { ok: true, event: holding[0] };
  if (holding.length === 0) return { ok: false, message: none };
  const shown = holding
    .slice(0, 3)
    .map((e) => `“${safeText(truncate(e.title, 60))}”`)
    .join(", ");
  return {
    ok: false,
    message: `Several events match “${safeText(truncate(typed?.trim() ?? "", 80))}” (${shown}${holding.length > 3 ? ", …" : ""}): pick one from the list as you type.`,
  };
}

export function submitEventForm(ctx: SubmitContext, action: ModerationAction): Interactive {
  const gate = requireModerator(ctx);
  if (!gate.ok) return say(gate.message);
  const { mod } = gate;
  const values = readForm(EVENT_FIELDS, ctx.fields);
  const kb = ctx.services.engine.knowledge(mod.guildId);
  const target =
    action.kind === "event-edit-form"
      ? [...kb.allEvents()].find((e) =>
          action.event.startsWith("~") ? refersTo(action.event, e.id) : e.id === action.event,
        )
      : undefined;
  if (action.kind === "event-edit-form" && !target)
    return say("That event is not in this server. Nothing was saved.");
  const keep = () =>
    saveFormDraft(ctx.services.drafts, {
      v: 1,
      form: "event",
      guildId: mod.guildId,
      userId: ctx.userId,
      values,
      ...(target && action.kind === "event-edit-form"
        ? { target: { id: target.id, base: action.base } }
        : {}),
    });
  const parsed = parseEventForm(values);
  if (!parsed.ok) return reply(recordProblemsReply(parsed.problems, keep()));
  const records = mod.storage.records;
  const written = keptIfTroubled(ctx, reopen(keep), () =>
    target && action.kind === "event-edit-form"
      ? records.editEvent(mod.guildId, mod.actor, target.id, parsed.fields, action.base)
      : action.kind === "event-form"
        ? records.addEvent(mod.guildId, mod.actor, parsed.fields)
        : undefined,
  );
  if (!written.done) return reply(written.kept);
  const result = written.value;
  if (!result) return say("That form is from an older version of the bot. Please start again.");
  if (!result.ok) return reply(problemReply(result, keep()));
  ctx.services.logger.info("record changed", {
    action: action.kind === "event-form" ? "event add" : "event edit",
    guildId: mod.guildId,
    id: result.record.id,
    revision: result.revision,
    userId: mod.actor.userId,
  });
  return reply(eventSaved(ctx, mod, result.record, result.revision));
}

function eventSaved(ctx: Requester, mod: Moderator, event: Event, revision: number): ReplyModel {
  const kb = ctx.services.engine.knowledge(mod.guildId);
  const who = event.participants
    .map((p) => `${safeText(kb.entity(p.entity)?.name ?? p.entity)}${p.role ? ` (${safeText(p.role)})` : ""}`)
    .join(", ");
  return {
    content:
      revision === 1 ? "Saved: /event shows it in this server from now on." : `Saved revision ${revision}.`,
    cards: [
      {
        tone: "event",
        title: truncate(safeText(event.title), LIMITS.embedTitle),
        description: truncate(safeText(event.summary), LIMITS.embedDescription),
        fields: [
          { name: "Date", value: formatDate(event.date), inline: true },
          ...(event.place ? [{ name: "Place", value: safeText(event.place), inline: true }] : []),
          { name: "Participants", value: truncate(who, LIMITS.embedFieldValue) },
        ],
        footer: `${event.id} · revision ${revision}`,
      },
    ],
    buttons: [
      [
        {
          customId: encodeModerationId({ kind: "event-fact", event: factRef(event.id) }),
          label: "Add a fact to this event",
          emoji: "➕",
          style: "primary",
        },
      ],
    ],
    ephemeral: true,
  };
}
