import { SlashCommandBuilder, type SlashCommandStringOption } from "discord.js";
import { type CommandContext, defineCommand, EVERYWHERE, type Requester } from "../src/discord/command.ts";
import { UserError } from "../src/discord/errors.ts";
import { fitChoices, LIMITS, truncate } from "../src/discord/limits.ts";
import { link, safeText } from "../src/discord/markdown.ts";
import {
  EVENT_ADMIN,
  removedEvents,
  runEventAdmin,
  submitEventForm,
} from "../src/discord/moderation/event-flow.ts";
import { markedRemoved, reasonOption, revisionOption } from "../src/discord/moderation/options.ts";
import { withoutForms } from "../src/discord/moderation/views.ts";
import type { Card, CardField, ReplyModel } from "../src/discord/reply-model.ts";
import { eventsSeen } from "../src/discord/server-view.ts";
import { formatDate } from "../src/engine/compose.ts";
import type { Event } from "../src/engine/schema.ts";

/** How many other events the card lists when no event was named. */
const RECENT_LIST = 5;

/** /event: the card of one event (the latest when none is named). */
const nameOption = (required: boolean) => (option: SlashCommandStringOption) =>
  option
    .setName("name")
    .setDescription(
      required
        ? "The event (start typing to search)"
        : "The event (start typing to search); empty: the most recent",
    )
    .setRequired(required)
    .setMaxLength(200)
    .setAutocomplete(true);

/**
 * /event show: the card of one event (the latest when none is named), for everyone.
 * /event add, /event edit: moderators keep their server's events (checked on every use).
 */
export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("event")
    .setDescription("Show an event: date, place, who took part, what was discussed; moderators add events")
    .addSubcommand((sub) =>
      sub
        .setName("show")
        .setDescription("Show an event: date, place, who took part and in what role, what was discussed")
        .addStringOption(nameOption(false))
        .addBooleanOption((option) => option.setName("private").setDescription("Only you see the card")),
    )
    .addSubcommand((sub) =>
      sub.setName("add").setDescription("Moderators: add an event to this server (opens a form)"),
    )
    .addSubcommand((sub) =>
      sub
        .setName("edit")
        .setDescription("Moderators: change an event of this server (opens a form)")
        .addStringOption(nameOption(true)),
    )
    .addSubcommand((sub) =>
      sub
        .setName("remove")
        .setDescription("Moderators: remove an event this server added (revert brings it back)")
        .addStringOption(nameOption(true))
        .addStringOption(reasonOption),
    )
    .addSubcommand((sub) =>
      sub
        .setName("history")
        .setDescription("Moderators: every revision of an event in this server")
        .addStringOption(nameOption(true)),
    )
    .addSubcommand((sub) =>
      sub
        .setName("revert")
        .setDescription("Moderators: make an event what it was at an earlier revision")
        .addStringOption(nameOption(true))
        .addIntegerOption(revisionOption)
        .addStringOption(reasonOption),
    )
    .setContexts(...EVERYWHERE.contexts)
    .setIntegrationTypes(...EVERYWHERE.integrationTypes)
    .toJSON(),

  execute: show,

  interact(ctx) {
    const sub = adminSubcommand(ctx);
    return sub ? runEventAdmin(ctx, sub) : { kind: "reply", reply: show(ctx) };
  },

  autocomplete(ctx) {
    const typed = ctx.focused.value.trim().toLowerCase();
    const matches = (event: Event) => !typed || searchText(ctx, event).includes(typed);
    const label = (event: Event) => `${formatDate(event.date)} · ${event.title}`;
    // History and revert reach the events this server removed too, marked so (first: a revert is
    // usually for them); show, edit and remove only the events it sees.
    const sub = adminSubcommand(ctx);
    const removed = sub === "history" || sub === "revert" ? removedEvents(ctx).filter(matches) : [];
    return fitChoices([
      ...removed.map((event) => ({ name: markedRemoved(label(event)), value: event.id })),
      ...eventsSeen(ctx)
        .filter(matches)
        .map((event) => ({ name: label(event), value: event.id })),
    ]);
  },

  ephemeralWhenDeferred: (ctx: CommandContext) =>
    ctx.options.boolean("private") === true || adminSubcommand(ctx) !== undefined,
  writes: (ctx: CommandContext) => ["revert", "remove"].includes(adminSubcommand(ctx) ?? ""),

  moderationKinds: ["event-form", "event-edit-form"],
  onSubmit: submitEventForm,
});

/** The moderators' subcommands (add, edit, remove, history, revert); undefined for show. */
function adminSubcommand(ctx: CommandContext): (typeof EVENT_ADMIN)[number] | undefined {
  const sub = ctx.options.subcommand?.();
  return EVENT_ADMIN.find((name) => name === sub);
}

function show(ctx: CommandContext): ReplyModel {
  const admin = adminSubcommand(ctx);
  if (admin) return withoutForms(runEventAdmin(ctx, admin));
  const events = eventsSeen(ctx);
  const latest = events[0];
  if (!latest) throw new UserError("I don't know any events yet.");
  const wanted = ctx.options.string("name")?.trim();
  const event = wanted ? findEvent(events, wanted) : latest;
  if (!event) {
    throw new UserError(
      `I don't know an event called “${safeText(truncate(wanted ?? "", 100))}”. ` +
        "Pick one from the list as you type, or run /event show without a name for the latest.",
    );
  }
  const others = wanted ? [] : events.slice(1, 1 + RECENT_LIST);
  return eventReply(ctx, event, others, ctx.options.boolean("private") === true);
}

/** By id (what autocomplete sends), else by title, date or words of the title. */
function findEvent(events: readonly Event[], wanted: string): Event | undefined {
  const lower = wanted.toLowerCase();
  const byId = events.find((event) => event.id === wanted);
  if (byId) return byId;
  const exact = events.find((event) => event.title.toLowerCase() === lower || event.date === wanted);
  if (exact) return exact;
  const contains = events.find((event) => event.title.toLowerCase().includes(lower));
  if (contains) return contains;
  const words = lower.split(/\W+/).filter((word) => word.length > 2);
  if (words.length === 0) return undefined;
  const scored = events
    .map((event) => {
      const title = event.title.toLowerCase();
      return { event, share: words.filter((word) => title.includes(word)).length / words.length };
    })
    .filter((entry) => entry.share >= 0.6)
    .sort((a, b) => b.share - a.share);
  return scored[0]?.event;
}

function searchText(ctx: Requester, event: Event): string {
  const kb = ctx.services.engine.knowledge(ctx.scope);
  const names = event.participants.flatMap((p) => {
    const entity = kb.entity(p.entity);
    return entity ? [entity.name, ...entity.aliases] : [];
  });
  return [event.title, event.date, formatDate(event.date), event.place ?? "", ...event.topics, ...names]
    .join(" | ")
    .toLowerCase();
}

export function eventReply(
  ctx: Requester,
  event: Event,
  others: readonly Event[],
  ephemeral: boolean,
): ReplyModel {
  const kb = ctx.services.engine.knowledge(ctx.scope);
  const source = kb.source(event.source);
  const participants = event.participants.map((participant) => {
    const name = kb.entity(participant.entity)?.name ?? participant.entity;
    return `• **${safeText(name)}**${participant.role ? ` — ${safeText(participant.role)}` : ""}`;
  });
  const fields: CardField[] = [{ name: "Date", value: formatDate(event.date), inline: true }];
  if (event.place) fields.push({ name: "Place", value: safeText(event.place), inline: true });
  fields.push({ name: "Participants", value: participants.join("\n") });
  if (event.topics.length > 0) {
    fields.push({ name: "Topics", value: event.topics.map((topic) => safeText(topic)).join(" · ") });
  }
  if (source) {
    const title = link(`*${safeText(source.title)}*`, source.url);
    fields.push({
      name: "Source",
      value: `**${safeText(source.outlet)}**, ${formatDate(source.date)}: ${title}`,
    });
  }
  if (others.length > 0) {
    fields.push({
      name: "Earlier events",
      value: others.map((other) => `${formatDate(other.date)} · ${safeText(other.title)}`).join("\n"),
    });
  }
  const card: Card = {
    tone: "event",
    title: truncate(safeText(event.title), LIMITS.embedTitle),
    description: safeText(event.summary),
    fields,
    footer:
      others.length > 0 ? "The most recent event. Name one with /event show name:…" : `Event id: ${event.id}`,
  };
  return { cards: [card], ephemeral };
}
