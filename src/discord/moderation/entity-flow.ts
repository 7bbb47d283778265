import type { Entity } from "../../engine/schema.ts";
import type { InputProblem, RecordProblem, RecordRevision } from "../../storage/index.ts";
import { resolveEntity } from "../../storage/input.ts";
import { removedMessage } from "../../storage/service.ts";
import type {
  Choice,
  CommandContext,
  ComponentContext,
  ComponentInteractive,
  Interactive,
  Requester,
  SubmitContext,
} from "../command.ts";
import { LIMITS, truncate } from "../limits.ts";
import { safeText } from "../markdown.ts";
import type { ActionButton, ReplyModel } from "../reply-model.ts";
import { encodeModerationId, factRef, type ModerationAction, refersTo } from "./custom-id.ts";
import { loadDraft } from "./drafts.ts";
import { reasonRefused, saveFactDraft } from "./fact-flow.ts";
import { splitNames } from "./fact-form.ts";
import { type Moderator, requireModerator } from "./gate.ts";
import { markedRemoved } from "./options.ts";
import {
  ENTITY_FIELDS,
  type EntityFormValues,
  EVENT_FIELDS,
  entityForm,
  entityValues,
  eventForm,
  guessKind,
  loadFormDraft,
  parseEntityForm,
  readForm,
  saveFormDraft,
} from "./record-forms.ts";
import { articleForm, FACT_FIELDS as DRAFTED_FACT_FIELDS, factDraftForm } from "./source-flow.ts";
import { ephemeral, keptIfTroubled, linesToFix, replyWith, say, setAside, when } from "./views.ts";

/**
 * /entity and the fact form's new names: moderators add and edit the people, countries,
 * organisations and places their server's facts are about. Every entry point runs
 * requireModerator first; every write goes to the interaction's own server.
 */

const reply = replyWith;

export const FORM_EXPIRED =
  "I no longer have the text you typed: it is kept for 24 hours and not across a restart. Please start again.";

// ---- /entity ----

export function runEntityCommand(ctx: CommandContext): Interactive {
  const gate = requireModerator(ctx);
  if (!gate.ok) return say(gate.message);
  const { mod } = gate;
  switch (ctx.options.subcommand?.()) {
    case "add":
      return { kind: "form", form: addEntityForm({}) };
    case "edit": {
      const found = findEntity(ctx, mod, ctx.options.string("name"));
      if (!found.ok) return say(found.message);
      const state = mod.storage.records.state(mod.guildId, "entity", found.entity.id);
      if (!state) return say(`There is no ${safeText(found.entity.name)} in this server.`);
      if (state.removed)
        return say(`${safeText(removedMessage("entity", found.entity.name, found.entity.id))}.`);
      return {
        kind: "form",
        form: editEntityForm(found.entity.id, state.revision, entityValues(state.current)),
      };
    }
    case "remove": {
      const found = findEntity(ctx, mod, ctx.options.string("name"));
      if (!found.ok) return say(found.message);
      return say(removeRecord(ctx, mod, "entity", found.entity.id, found.entity.name));
    }
    case "history": {
      const found = findEntity(ctx, mod, ctx.options.string("name"), { removed: true });
      if (!found.ok) return say(found.message);
      const revisions = mod.storage.records.history(mod.guildId, "entity", found.entity.id) ?? [];
      return reply(
        recordHistoryReply(
          found.entity.name,
          found.entity.id,
          revisions,
          (e) => `${e.name} (${e.kind}): ${e.description}`,
        ),
      );
    }
    case "revert": {
      const found = findEntity(ctx, mod, ctx.options.string("name"), { removed: true });
      if (!found.ok) return say(found.message);
      const revision = ctx.options.integer?.("revision");
      if (revision === undefined) return say("Give the revision to go back to (see /entity history).");
      const reason = ctx.options.string("reason")?.trim() || undefined;
      const badReason = reasonRefused(reason, "reverted");
      if (badReason) return say(badReason);
      const result = mod.storage.records.revert(
        mod.guildId,
        mod.actor,
        "entity",
        found.entity.id,
        revision,
        reason,
      );
      if (!result.ok)
        return result.kind === "invalid"
          ? say(`Nothing was saved: ${safeText(result.problems.map((p) => p.message).join("; "))}.`)
          : say(`Nothing was saved: ${safeText(result.message)}.`);
      logWrite(ctx, mod, "entity revert", found.entity.id, result.revision);
      const revisions = mod.storage.records.history(mod.guildId, "entity", found.entity.id) ?? [];
      return say(
        `${safeText(result.record.name)} is as it was at revision ${revision} (saved as revision ${result.revision}).${result.followsCurated ? FOLLOWS_CURATED : ""}${setAside(revisions, mod.actor, revision, result.revision)}`,
      );
    }
    default:
      return say("Pick one of the /entity subcommands: add, edit, remove, revert, history.");
  }
}

/** Said when a revert went back to the curated version: later corrections to it reach the server. */
export const FOLLOWS_CURATED = " It follows the curated data again, later corrections included.";

function addEntityForm(values: Partial<EntityFormValues>, pending?: string) {
  return entityForm(
    encodeModerationId({ kind: "entity-form", ...(pending ? { draft: pending } : {}) }),
    "Add a person, country, organisation…",
    values,
  );
}

function editEntityForm(id: string, base: number, values: Partial<EntityFormValues>) {
  return entityForm(
    encodeModerationId({ kind: "entity-edit-form", entity: factRef(id), base }),
    `Edit ${id}`,
    values,
  );
}

type FoundEntity = { ok: true; entity: Entity } | { ok: false; message: string };

/**
 * The entity a moderator named, among those the server sees; with `removed`, also among those it
 * removed (by id or name), which history and revert still reach.
 */
function findEntity(
  ctx: Requester,
  mod: Moderator,
  typed: string | undefined,
  options: { removed?: boolean } = {},
): FoundEntity {
  const text = typed?.trim() ?? "";
  if (!text) return { ok: false, message: "Name it: start typing and pick it from the list." };
  const resolved = resolveEntity(ctx.services.engine.knowledge(mod.guildId), text);
  if (resolved.ok) return resolved;
  const removed = options.removed ? removedRecord<Entity>(mod, "entity", text, (e) => e.name) : undefined;
  if (removed) return { ok: true, entity: removed };
  return { ok: false, message: `${safeText(resolved.problem.message)}. Pick one from the list as you type.` };
}

/** A record this server removed, by its id or (case aside) its name or title. */
export function removedRecord<T>(
  mod: Moderator,
  kind: "entity" | "event",
  typed: string,
  nameOf: (record: T) => string,
): T | undefined {
  const lower = typed.trim().toLowerCase();
  const removed = mod.storage.store.overlays
    .records(mod.guildId, kind)
    .filter((record) => record.state === "removed" && record.data !== null);
  const match =
    removed.find((record) => record.recordId === typed.trim()) ??
    removed.find((record) => nameOf(record.data as T).toLowerCase() === lower);
  return match?.data as T | undefined;
}

/**
 * /entity remove and /event remove: one line, whatever happened. A removal is a revision, so the
 * line names the revert that undoes it.
 */
export function removeRecord(
  ctx: CommandContext,
  mod: Moderator,
  kind: "entity" | "event",
  id: string,
  name: string,
): string {
  const reason = ctx.options.string("reason")?.trim() || undefined;
  const badReason = reasonRefused(reason, "removed");
  if (badReason) return badReason;
  const curated = mod.storage.records.state(mod.guildId, kind, id)?.origin === "base";
  const result = mod.storage.records.remove(mod.guildId, mod.actor, kind, id, reason ? { reason } : {});
  if (!result.ok) {
    const why = result.kind === "invalid" ? result.problems.map((p) => p.message).join("; ") : result.message;
    return `Nothing was removed: ${safeText(name)}: ${safeText(why)}.`;
  }
  logWrite(ctx, mod, `${kind} remove`, id, result.revision);
  const others = curated ? " It comes with the curated data: other servers keep it." : "";
  return `Removed ${safeText(name)} from this server (revision ${result.revision}): questions, lists and autocomplete here no longer see it.${others} To bring it back: /${kind} revert name:${id} revision:${result.revision - 1}`;
}

function resolveEntityRef(ctx: Requester, mod: Moderator, ref: string): Entity | undefined {
  const kb = ctx.services.engine.knowledge(mod.guildId);
  if (!ref.startsWith("~")) return kb.entity(ref);
  return [...kb.allEntities()].find((entity) => refersTo(ref, entity.id));
}

/**
 * Entities for the `name` option, by name, alias or id: those this server sees, and with
 * `removed` (history, revert) also those it removed, marked so, which are otherwise found only by
 * their exact id. Removed ones come first: they are what a revert is usually for.
 */
export function entityChoices(ctx: Requester, typed: string, options: { removed?: boolean } = {}): Choice[] {
  const gate = requireModerator(ctx, "moderator", { quiet: true });
  if (!gate.ok) return [];
  const { mod } = gate;
  const wanted = typed.trim().toLowerCase();
  const matches = (entity: Entity) =>
    !wanted || [entity.id, entity.name, ...entity.aliases].some((n) => n.toLowerCase().includes(wanted));
  const choices: Choice[] = [];
  // Removed ones are read only where they are offered (history, revert), not on every keystroke
  // of add, edit or remove: the entities this server sees already leave them out.
  if (options.removed) {
    for (const entity of mod.storage.records.removedHere(mod.guildId, "entity").filter(matches)) {
      choices.push({
        name: markedRemoved(`${entity.name} — ${entity.kind}: ${entity.description}`, entity.name),
        value: entity.id,
      });
    }
  }
  const offered = new Set(choices.map((choice) => choice.value));
  for (const entity of mod.storage.records.entities(mod.guildId)) {
    if (choices.length >= 25) break;
    if (offered.has(entity.id) || !matches(entity)) continue;
    choices.push({
      name: truncate(`${entity.name} (${entity.kind}) — ${entity.description}`, 100),
      value: entity.id,
    });
  }
  return choices.slice(0, 25);
}

// ---- forms ----

export function submitEntityForm(ctx: SubmitContext, action: ModerationAction): Interactive {
  const gate = requireModerator(ctx);
  if (!gate.ok) return say(gate.message);
  const { mod } = gate;
  const values = readForm(ENTITY_FIELDS, ctx.fields);
  if (action.kind === "entity-form") {
    const parsed = parseEntityForm(values);
    const pending = action.draft;
    const keep = () => keepEntityForm(ctx, mod, values, pending ? { pending } : {});
    if (!parsed.ok) return reply(recordProblemsReply(parsed.problems, keep()));
    const written = keptIfTroubled(ctx, reopen(keep), () =>
      mod.storage.records.addEntity(mod.guildId, mod.actor, parsed.fields, parsed.reason),
    );
    if (!written.done) return reply(written.kept);
    const added = written.value;
    if (!added.ok) return reply(problemReply(added, keep()));
    logWrite(ctx, mod, "entity add", added.record.id, added.revision);
    const headline = `Added ${safeText(added.record.name)} (${added.record.kind}) to this server.`;
    if (pending) return saveFactDraft(ctx, mod, pending, headline);
    return say(`${headline} Facts here can name it from now on; change it with /entity edit.`);
  }
  if (action.kind === "entity-edit-form") {
    const entity = resolveEntityRef(ctx, mod, action.entity);
    if (!entity) return say("That is not in this server. Nothing was saved.");
    const keep = () => keepEntityForm(ctx, mod, values, { target: { id: entity.id, base: action.base } });
    const parsed = parseEntityForm(values);
    if (!parsed.ok) return reply(recordProblemsReply(parsed.problems, keep()));
    const written = keptIfTroubled(ctx, reopen(keep), () =>
      mod.storage.records.editEntity(
        mod.guildId,
        mod.actor,
        entity.id,
        parsed.fields,
        action.base,
        parsed.reason,
      ),
    );
    if (!written.done) return reply(written.kept);
    const edited = written.value;
    if (!edited.ok) return reply(problemReply(edited, keep()));
    logWrite(ctx, mod, "entity edit", entity.id, edited.revision);
    return say(
      `Saved revision ${edited.revision} of ${safeText(edited.record.name)} (${edited.record.kind}).`,
    );
  }
  return say("That form is from an older version of the bot. Please start again.");
}

/**
 * The fact form named people or things this server does not know: one button per name opens the
 * entity form with the name filled in, and the fact is saved once every name is described.
 */
export function newNamesReply(names: readonly string[], draftHash: string, headline?: string): ReplyModel {
  const shown = names.slice(0, 4);
  const buttons: ActionButton[] = shown.map((name, index) => ({
    customId: encodeModerationId({ kind: "new-name", draft: draftHash, index }),
    label: truncate(`Describe “${name}”`, LIMITS.buttonLabel),
    emoji: "🆕",
    style: "primary",
  }));
  buttons.push({
    customId: encodeModerationId({ kind: "open-draft", draft: draftHash }),
    label: "Change the fact instead",
    emoji: "✏️",
    style: "secondary",
  });
  const list = names.map((name) => `“${safeText(name)}”`).join(", ");
  return {
    content: truncate(
      `${headline ? `${headline}\n` : ""}New to this server: ${list}. Describe ${
        names.length === 1 ? "it" : "each one"
      } (kind, one line, other names) and the fact is saved. Nothing is saved until then; your text is kept for 24 hours.`,
      LIMITS.content,
    ),
    buttons: [buttons],
    ephemeral: true,
  };
}

/** The new-name button: the entity form, pre-filled with the name the fact form used. */
export function openNewNameForm(
  ctx: ComponentContext,
  mod: Moderator,
  draftHash: string,
  index: number,
): Interactive {
  const found = loadDraft(ctx.services.drafts, draftHash, { guildId: mod.guildId, userId: ctx.userId });
  if (!found.ok) return say(found.message);
  const kb = ctx.services.engine.knowledge(mod.guildId);
  const names = unknownNamesOf(ctx, mod, found.draft.values.entities);
  const name = names[index] ?? names[0];
  if (!name) return say("Every name in that fact is known now: press “Change the fact instead” to send it.");
  return { kind: "form", form: addEntityForm({ name, kind: guessKind(name, kb) }, draftHash) };
}

/** The names of a fact form's "About" line that this server does not know. */
export function unknownNamesOf(ctx: Requester, mod: Moderator, about: string): string[] {
  const kb = ctx.services.engine.knowledge(mod.guildId);
  return splitNames(about).filter((name) => {
    const resolved = resolveEntity(kb, name);
    return !resolved.ok && /^unknown entity/.test(resolved.problem.message);
  });
}

// ---- reopen a form with its text ----

export function onEntityButton(ctx: ComponentContext, action: ModerationAction): ComponentInteractive {
  const gate = requireModerator(ctx);
  if (!gate.ok) return say(gate.message);
  const { mod } = gate;
  if (action.kind !== "reopen")
    return say("That button is from an older version of the bot. Please start again.");
  const draft = loadFormDraft(ctx.services.drafts, action.draft, {
    guildId: mod.guildId,
    userId: ctx.userId,
  });
  if (!draft) return say(FORM_EXPIRED);
  if (draft.form === "source") {
    const { text, outlet, date, link, title } = draft.values;
    return { kind: "form", form: articleForm({ text, outlet, date, link, title }) };
  }
  if (draft.form === "drafted-fact") {
    if (!draft.drafted) return say(FORM_EXPIRED);
    const { draft: id, index, fact } = draft.drafted;
    const values = readForm(DRAFTED_FACT_FIELDS, new Map(Object.entries(draft.values)));
    return { kind: "form", form: factDraftForm(id, index, fact, values) };
  }
  if (draft.form === "entity") {
    const values = readForm(ENTITY_FIELDS, new Map(Object.entries(draft.values)));
    if (draft.target)
      return { kind: "form", form: editEntityForm(draft.target.id, draft.target.base, values) };
    return { kind: "form", form: addEntityForm(values, draft.pending) };
  }
  const values = readForm(EVENT_FIELDS, new Map(Object.entries(draft.values)));
  const customId = draft.target
    ? encodeModerationId({
        kind: "event-edit-form",
        event: factRef(draft.target.id),
        base: draft.target.base,
      })
    : encodeModerationId({ kind: "event-form" });
  return {
    kind: "form",
    form: eventForm(customId, draft.target ? `Edit ${draft.target.id}` : "Add an event", values),
  };
}

/** The text of an entity form, kept for 24 hours so "Fix and send again" gives it back. */
function keepEntityForm(
  ctx: Requester,
  mod: Moderator,
  values: EntityFormValues,
  extra: { pending?: string; target?: { id: string; base: number } },
): string {
  return saveFormDraft(ctx.services.drafts, {
    v: 1,
    form: "entity",
    guildId: mod.guildId,
    userId: ctx.userId,
    values,
    ...extra,
  });
}

// ---- replies ----

const FIELD_NAMES: Record<string, string> = {
  name: "Name",
  kind: "Kind",
  description: "Description",
  reason: "Reason or note",
  title: "Title",
  date: "Date",
  participants: "Participants",
  summary: "Summary",
  source: "Source",
  outlet: "Source",
  sourceDate: "Source",
  url: "Source",
};

/** Nothing was saved: every problem, one line each, and a button back to the form with the text. */
export function recordProblemsReply(problems: readonly InputProblem[], draftHash: string): ReplyModel {
  const lines = problems.map((problem) => {
    const head = problem.field.split(/[[.]/)[0] ?? "";
    const label = head === "aliases" ? "Other names" : (FIELD_NAMES[head] ?? "");
    const candidates = problem.candidates?.length ? ` (did you mean ${problem.candidates.join(", ")}?)` : "";
    return `• ${label ? `**${label}**: ` : ""}${safeText(problem.message)}${safeText(candidates)}`;
  });
  return linesToFix(lines, encodeModerationId({ kind: "reopen", draft: draftHash }));
}

export function problemReply(problem: RecordProblem, draftHash: string): ReplyModel {
  switch (problem.kind) {
    case "invalid":
      return recordProblemsReply(problem.problems, draftHash);
    case "conflict":
      return recordProblemsReply(
        [
          {
            field: "form",
            message: `Nothing was saved: ${problem.message}. Reopen the form to see it again.`,
          },
        ],
        draftHash,
      );
    case "not-found":
    case "unchanged":
    case "in-use":
      return ephemeral(`Nothing was saved: ${safeText(problem.message)}.`);
  }
}

/** Every revision of an entity or event: number, what, when, who, why, and what it became. */
export function recordHistoryReply<T>(
  title: string,
  id: string,
  revisions: readonly RecordRevision<T>[],
  describe: (record: T) => string,
): ReplyModel {
  const lines = revisions.map((r) => {
    const what = r.action === "revert" ? `reverted to r${r.revertedTo}` : r.action;
    const after = r.after ? ` → ${safeText(describe(r.after))}` : "";
    return `**r${r.revision}** ${what} ${when(r.at)} by ${safeText(r.actor.tag)}${r.reason ? ` — ${safeText(r.reason)}` : ""}${after}`;
  });
  return {
    cards: [
      {
        tone: "info",
        title: truncate(`History of ${title}`, LIMITS.embedTitle),
        description: truncate(lines.join("\n") || "No revisions.", LIMITS.embedDescription),
        footer: id,
      },
    ],
    ephemeral: true,
  };
}

function logWrite(ctx: Requester, mod: Moderator, action: string, id: string, revision: number): void {
  ctx.services.logger.info("record changed", {
    action,
    guildId: mod.guildId,
    id,
    revision,
    userId: mod.actor.userId,
  });
}

/** The custom id of the button that reopens an entity or event form with a kept draft. */
export function reopen(keep: () => string): () => string {
  return () => encodeModerationId({ kind: "reopen", draft: keep() });
}
