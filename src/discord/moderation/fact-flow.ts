import type { KnowledgeBase } from "../../engine/knowledge.ts";
import type { Actor, FactView, Gap } from "../../storage/index.ts";
import { reasonProblems } from "../../storage/index.ts";
import { withoutHiddenCharacters } from "../../storage/typed-text.ts";
import type {
  Choice,
  CommandContext,
  ComponentContext,
  ComponentInteractive,
  Interactive,
  Requester,
  SubmitContext,
} from "../command.ts";
import { shortHash } from "../custom-id.ts";
import { truncate } from "../limits.ts";
import { safeText } from "../markdown.ts";
import type { ReplyModel } from "../reply-model.ts";
import {
  encodeModerationId,
  factRef,
  LIST_FILTERS,
  type ListFilter,
  type ModerationAction,
  refersTo,
} from "./custom-id.ts";
import { type Draft, draftValues, loadDraft, saveDraft } from "./drafts.ts";
import { newNamesReply, openNewNameForm, unknownNamesOf } from "./entity-flow.ts";
import {
  type FactFormValues,
  type FormProblem,
  factForm,
  formProblems,
  parseFactForm,
  patchOf,
  readValues,
  unknownNames,
  valuesFor,
} from "./fact-form.ts";
import { type Moderator, requireModerator } from "./gate.ts";
import {
  conflictReply,
  ephemeral,
  gapsReply,
  historyReply,
  keptIfTroubled,
  LIST_PAGE_SIZE,
  listReply,
  problemsReply,
  removeConfirmReply,
  replyWith,
  say,
  setAside,
  writtenReply,
} from "./views.ts";

/**
 * /fact: what moderators do to their server's facts, and the buttons and forms that go with it.
 * Every entry point starts with requireModerator(ctx); every write is scoped to `mod.guildId`,
 * the interaction's own server.
 */

const reply = replyWith;
const update = (model: ReplyModel): ComponentInteractive => ({ kind: "update", reply: model });

const GAPS_SHOWN = 10;
/** Gaps looked at to find those shown (answering each costs about a millisecond). */
const GAPS_CONSIDERED = 100;

// ---- the slash command ----

export function runFactCommand(ctx: CommandContext): Interactive {
  const gate = requireModerator(ctx);
  if (!gate.ok) return say(gate.message);
  const { mod } = gate;
  const sub = ctx.options.subcommand?.();
  switch (sub) {
    case "add":
      return { kind: "form", form: addForm() };
    case "edit": {
      const found = findFact(mod, ctx.options.string("id"), "visible");
      return found.ok ? openEditForm(ctx, mod, found.view) : say(found.message);
    }
    case "remove": {
      const found = findFact(mod, ctx.options.string("id"), "visible");
      if (!found.ok) return say(found.message);
      if (found.view.status === "removed")
        return say(`${code(found.view.id)} is already removed in this server.`);
      const reason = ctx.options.string("reason")?.trim();
      const badReason = reasonRefused(reason, "removed");
      if (badReason) return say(badReason);
      const reasonHash = reason ? ctx.services.drafts.remember(truncate(reason, 200)) : undefined;
      return reply(removeConfirmReply(found.view, kbOf(ctx, mod), reasonHash));
    }
    case "history": {
      const found = findFact(mod, ctx.options.string("id"), "all");
      return found.ok ? reply(history(mod, found.view.id, 0)) : say(found.message);
    }
    case "revert":
      return revert(ctx, mod);
    case "list": {
      const query = ctx.options.string("query")?.trim() || undefined;
      const filter = LIST_FILTERS.find((f) => f === ctx.options.string("show")) ?? "visible";
      const queryHash = query ? ctx.services.drafts.remember(query) : undefined;
      return reply(list(mod, filter, query, queryHash, 0));
    }
    case "gaps":
      return reply(gaps(ctx, mod));
    case "export":
      return exportOverlay(mod, ctx.attachmentSizeLimit ?? MIN_ATTACHMENT_SIZE_LIMIT);
    default:
      return say(
        "Pick one of the /fact subcommands: add, edit, remove, history, revert, list, gaps, export.",
      );
  }
}

function code(text: string): string {
  return `\`${text.replaceAll("`", "'")}\``;
}

function kbOf(ctx: Requester, mod: Moderator): KnowledgeBase {
  return ctx.services.engine.knowledge(mod.guildId);
}

type Found = { ok: true; view: FactView } | { ok: false; message: string };

/**
 * The fact a moderator named: its id (what autocomplete fills in), else the one fact whose words
 * match what they typed.
 */
function findFact(mod: Moderator, typed: string | undefined, filter: "visible" | "all"): Found {
  const text = typed?.trim() ?? "";
  if (!text) return { ok: false, message: "Name the fact: start typing and pick it from the list." };
  const facts = mod.storage.facts;
  const direct = facts.getFact(mod.guildId, text);
  if (direct && (filter === "all" || direct.status === "active")) return { ok: true, view: direct };
  const matches = facts.listFacts(mod.guildId, { query: text, filter, pageSize: 2 });
  if (matches.total === 1 && matches.items[0]) return { ok: true, view: matches.items[0] };
  const shown = safeText(truncate(text, 80));
  return {
    ok: false,
    message:
      matches.total > 1
        ? `Several facts match “${shown}”: pick one from the list as you type, or find its id with /fact list.`
        : direct
          ? `${code(direct.id)} is removed in this server: bring it back with /fact revert, or see /fact history.`
          : `There is no fact “${shown}” in this server. Pick one from the list as you type, or see /fact list.`,
  };
}

/** A fact ref from a custom_id, resolved among this server's facts (including removed ones). */
function resolveRef(ctx: Requester, mod: Moderator, ref: string): FactView | undefined {
  const facts = mod.storage.facts;
  if (!ref.startsWith("~")) return facts.getFact(mod.guildId, ref);
  for (const indexed of kbOf(ctx, mod).allFacts()) {
    if (refersTo(ref, indexed.fact.id)) return facts.getFact(mod.guildId, indexed.fact.id);
  }
  for (const record of mod.storage.store.overlays.records(mod.guildId, "fact")) {
    if (refersTo(ref, record.recordId)) return facts.getFact(mod.guildId, record.recordId);
  }
  return undefined;
}

// ---- forms ----

function addForm(values?: FactFormValues, statementHint?: string, event?: string) {
  return factForm({
    customId: encodeModerationId(
      event ? { kind: "event-fact-form", event: factRef(event) } : { kind: "add-form" },
    ),
    title: event ? "Add a fact to this event" : "Add a fact to this server",
    ...(values ? { values } : {}),
    ...(statementHint ? { statementHint } : {}),
    editing: false,
  });
}

function editForm(factId: string, base: number, values: FactFormValues) {
  return factForm({
    customId: encodeModerationId({ kind: "edit-form", fact: factRef(factId), base }),
    title: `Edit ${factId}`,
    values,
    editing: true,
  });
}

function openEditForm(ctx: Requester, mod: Moderator, view: FactView): Interactive {
  const input = mod.storage.facts.inputFor(mod.guildId, view.id);
  if (!input) return say(`There is no fact ${code(view.id)} in this server.`);
  return { kind: "form", form: editForm(view.id, view.revision, valuesFor(input, kbOf(ctx, mod))) };
}

function draftFor(ctx: Requester, mod: Moderator, fields: Omit<Draft, "v" | "guildId" | "userId">): string {
  return saveDraft(ctx.services.drafts, { v: 1, guildId: mod.guildId, userId: ctx.userId, ...fields });
}

/** A submitted add or edit form. */
export function submitFactForm(ctx: SubmitContext, action: ModerationAction): Interactive {
  const gate = requireModerator(ctx);
  if (!gate.ok) return say(gate.message);
  const { mod } = gate;
  const values = readValues(ctx.fields);
  if (action.kind === "add-form") return submitAdd(ctx, mod, values);
  if (action.kind === "event-fact-form") {
    const event = resolveEventRef(ctx, mod, action.event);
    if (!event) return say("That event is not in this server. Nothing was saved.");
    return submitAdd(ctx, mod, values, event);
  }
  if (action.kind === "edit-form") return submitEdit(ctx, mod, values, action.fact, action.base);
  return say("That form is from an older version of the bot. Please start again.");
}

/** The form's own problems, and the names that do not resolve here: everything at once. */
function allProblems(
  ctx: Requester,
  mod: Moderator,
  values: FactFormValues,
  problems: FormProblem[],
): FormProblem[] {
  if (problems.some((problem) => problem.field === "entities")) return problems;
  return [...problems, ...unknownNames(kbOf(ctx, mod), values)];
}

function submitAdd(
  ctx: Requester,
  mod: Moderator,
  values: FactFormValues,
  event?: string,
  headline?: string,
): Interactive {
  const keep = () => draftFor(ctx, mod, { form: "add", values, ...(event ? { event } : {}) });
  const parsed = parseFactForm(values);
  if (!parsed.ok) return reply(problemsReply(allProblems(ctx, mod, values, parsed.problems), keep()));
  const input = event ? { ...parsed.input, event } : parsed.input;
  const written = keptIfTroubled(
    ctx,
    () => encodeModerationId({ kind: "open-draft", draft: keep() }),
    () => mod.storage.facts.addFact(mod.guildId, mod.actor, input, parsed.reason),
  );
  if (!written.done) return reply(written.kept);
  const result = written.value;
  if (!result.ok) {
    // Names this server does not know yet are offered for creation, one step each; not refused.
    const unknown = unknownNamesOf(ctx, mod, values.entities);
    const onlyUnknown = result.problems.every((p) => /^unknown entity "/.test(p.message));
    if (unknown.length > 0 && onlyUnknown) return reply(newNamesReply(unknown, keep(), headline));
    return reply(problemsReply(formProblems(result.problems, values), keep()));
  }
  logWrite(ctx, mod, "add", result.fact.id, result.revision);
  return reply(
    writtenReply(
      `Added ${result.fact.id}`,
      result.fact,
      kbOf(ctx, mod),
      `${headline ? `${headline}\n` : ""}Saved. Questions in this server are answered from it from now on.`,
    ),
  );
}

/** After a new name was described: save the fact the moderator typed, or offer the names still new. */
export function saveFactDraft(
  ctx: Requester,
  mod: Moderator,
  draftHash: string,
  headline: string,
): Interactive {
  const found = loadDraft(ctx.services.drafts, draftHash, { guildId: mod.guildId, userId: ctx.userId });
  if (!found.ok) return say(`${headline}\n${found.message}`);
  const { draft } = found;
  const unknown = unknownNamesOf(ctx, mod, draft.values.entities);
  if (unknown.length > 0) return reply(newNamesReply(unknown, draftHash, headline));
  if (draft.event && !kbOf(ctx, mod).event(draft.event))
    return say(`${headline}\nThat event is no longer here.`);
  if (draft.form === "edit") {
    if (!draft.factId || draft.base === undefined) return say(`${headline}\nThat fact is no longer here.`);
    return submitEdit(ctx, mod, draftValues(draft), factRef(draft.factId), draft.base, headline);
  }
  return submitAdd(ctx, mod, draftValues(draft), draft.event, headline);
}

/** An event ref from a custom_id, among the events this server sees. */
function resolveEventRef(ctx: Requester, mod: Moderator, ref: string): string | undefined {
  const kb = kbOf(ctx, mod);
  if (!ref.startsWith("~")) return kb.event(ref)?.id;
  return [...kb.allEvents()].find((event) => refersTo(ref, event.id))?.id;
}

function submitEdit(
  ctx: Requester,
  mod: Moderator,
  values: FactFormValues,
  ref: string,
  base: number,
  headline?: string,
): Interactive {
  const view = resolveRef(ctx, mod, ref);
  // A ref from another server's message names nothing here (or this server's own fact of that id).
  if (!view) return say(`There is no fact ${code(ref)} in this server. Nothing was saved.`);
  const parsed = parseFactForm(values);
  if (!parsed.ok) {
    const draft = draftFor(ctx, mod, { form: "edit", factId: view.id, base, values });
    return reply(problemsReply(allProblems(ctx, mod, values, parsed.problems), draft));
  }
  const written = keptIfTroubled(
    ctx,
    () =>
      encodeModerationId({
        kind: "open-draft",
        draft: draftFor(ctx, mod, { form: "edit", factId: view.id, base, values }),
      }),
    () =>
      mod.storage.facts.editFact(mod.guildId, mod.actor, view.id, patchOf(parsed.input), base, parsed.reason),
  );
  if (!written.done) return reply(written.kept);
  const result = written.value;
  if (result.ok) {
    logWrite(ctx, mod, "edit", view.id, result.revision);
    return reply(
      writtenReply(`Saved revision ${result.revision} of ${view.id}`, result.fact, kbOf(ctx, mod), headline),
    );
  }
  switch (result.kind) {
    case "conflict": {
      const current = result.current?.revision ?? base;
      const draft = draftFor(ctx, mod, { form: "edit", factId: view.id, base: current, values });
      return reply(conflictReply(result, values, kbOf(ctx, mod), draft));
    }
    case "invalid": {
      const draft = draftFor(ctx, mod, { form: "edit", factId: view.id, base, values });
      const unknown = unknownNamesOf(ctx, mod, values.entities);
      if (unknown.length > 0 && result.problems.every((p) => /^unknown entity "/.test(p.message)))
        return reply(newNamesReply(unknown, draft, headline));
      return reply(problemsReply(formProblems(result.problems, values), draft));
    }
    case "unchanged":
      return say(`Nothing to save: the form is the same as revision ${base} of ${code(view.id)}.`);
    case "not-found":
      return say(`There is no fact ${code(view.id)} in this server. Nothing was saved.`);
  }
}

function logWrite(ctx: Requester, mod: Moderator, action: string, factId: string, revision: number): void {
  ctx.services.logger.info("fact changed", {
    action,
    guildId: mod.guildId,
    factId,
    revision,
    userId: mod.actor.userId,
  });
}

// ---- buttons ----

export function onFactButton(ctx: ComponentContext, action: ModerationAction): ComponentInteractive {
  const gate = requireModerator(ctx);
  if (!gate.ok) return say(gate.message);
  const { mod } = gate;
  switch (action.kind) {
    case "open-draft": {
      const found = loadDraft(ctx.services.drafts, action.draft, {
        guildId: mod.guildId,
        userId: ctx.userId,
      });
      if (!found.ok) return say(found.message);
      const { draft } = found;
      if (draft.form === "add")
        return { kind: "form", form: addForm(draftValues(draft), undefined, draft.event) };
      const view = draft.factId ? mod.storage.facts.getFact(mod.guildId, draft.factId) : undefined;
      if (!view || draft.base === undefined) return say("That fact is no longer in this server.");
      return { kind: "form", form: editForm(view.id, draft.base, draftValues(draft)) };
    }
    case "gap": {
      const asked = gapQuestion(ctx, mod, action.question);
      if (!asked) return say("That question is no longer among this server's gaps. Run /fact gaps again.");
      // As asked, but without what the Reason may not hold (a member may paste anything).
      const question = withoutHiddenCharacters(asked);
      const values: Partial<FactFormValues> = { reason: truncate(`Answers the question “${question}”`, 200) };
      return {
        kind: "form",
        form: factForm({
          customId: encodeModerationId({ kind: "add-form" }),
          title: "Add a fact for a question",
          values,
          statementHint: truncate(`Answer to: ${question}`, 100),
          editing: false,
        }),
      };
    }
    case "edit": {
      const view = resolveRef(ctx, mod, action.fact);
      return view ? openEditForm(ctx, mod, view) : say("That fact is no longer in this server.");
    }
    case "remove":
      return confirmRemoval(ctx, mod, action.fact, action.base, action.reason);
    case "cancel":
      return update(ephemeral("Nothing was removed."));
    case "list": {
      const query = action.query ? ctx.services.drafts.recall(action.query) : undefined;
      if (action.query && query === undefined) {
        return update(ephemeral("This list is too old to turn its pages. Run /fact list again."));
      }
      return update(list(mod, action.filter, query, action.query, action.page));
    }
    case "history": {
      const view = resolveRef(ctx, mod, action.fact);
      return view
        ? update(history(mod, view.id, action.page))
        : say("That fact is no longer in this server.");
    }
    case "new-name":
      return openNewNameForm(ctx, mod, action.draft, action.index);
    case "event-fact": {
      const event = resolveEventRef(ctx, mod, action.event);
      return event
        ? { kind: "form", form: addForm(undefined, undefined, event) }
        : say("That event is not in this server.");
    }
    default:
      return say("That button is from an older version of the bot. Please start again.");
  }
}

function confirmRemoval(
  ctx: ComponentContext,
  mod: Moderator,
  ref: string,
  base: number,
  reasonHash: string | undefined,
): ComponentInteractive {
  const view = resolveRef(ctx, mod, ref);
  if (!view) return update(ephemeral("That fact is no longer in this server. Nothing was removed."));
  const reason = reasonHash ? ctx.services.drafts.recall(reasonHash) : undefined;
  if (reasonHash && reason === undefined) {
    return update(ephemeral("This confirmation is too old. Nothing was removed: run /fact remove again."));
  }
  const result = mod.storage.facts.removeFact(mod.guildId, mod.actor, view.id, {
    baseRevision: base,
    ...(reason ? { reason } : {}),
  });
  if (result.ok) {
    logWrite(ctx, mod, "remove", view.id, result.revision);
    return update(
      writtenReply(
        `Removed ${view.id}`,
        result.fact,
        kbOf(ctx, mod),
        `Removed from this server (revision ${result.revision}). ` +
          `To bring it back: /fact revert id:${view.id} revision:${base}`,
      ),
    );
  }
  switch (result.kind) {
    case "conflict":
      return update(
        ephemeral(
          `Nothing was removed: ${code(view.id)} changed since you asked (it is now at revision ${
            result.current?.revision ?? "?"
          }). Look at it again and run /fact remove if it should still go.`,
        ),
      );
    case "unchanged":
      return update(ephemeral(`${code(view.id)} is already removed in this server.`));
    case "not-found":
      return update(ephemeral("That fact is no longer in this server. Nothing was removed."));
    case "invalid":
      return update(
        ephemeral(`Nothing was removed: ${safeText(result.problems.map((p) => p.message).join("; "))}.`),
      );
  }
}

/**
 * The one line refusing a reason that holds a control character or a direction override (it would
 * be kept in the history as typed), before anything is asked or saved; undefined when it is fine.
 */
export function reasonRefused(reason: string | undefined, done: "removed" | "reverted"): string | undefined {
  const [problem] = reasonProblems(reason);
  return problem ? `Nothing was ${done}: ${safeText(problem.message)}.` : undefined;
}

function gapQuestion(ctx: Requester, mod: Moderator, hash: string): string | undefined {
  const remembered = ctx.services.drafts.recall(hash);
  if (remembered !== undefined) return remembered;
  // After a restart: the question is still among the server's gaps (it is stored with them).
  ctx.services.feedback.flush();
  return mod.storage.store.feedback.gaps(mod.guildId, 100).find((gap) => shortHash(gap.question) === hash)
    ?.question;
}

// ---- read-only views ----

function history(mod: Moderator, factId: string, page: number): ReplyModel {
  const result = mod.storage.facts.history(mod.guildId, factId);
  if (!result.ok) return ephemeral(`There is no fact ${code(factId)} in this server.`);
  return historyReply(factId, result.revisions, page);
}

function list(
  mod: Moderator,
  filter: ListFilter,
  query: string | undefined,
  queryHash: string | undefined,
  page: number,
): ReplyModel {
  const result = mod.storage.facts.listFacts(mod.guildId, {
    ...(query ? { query } : {}),
    filter,
    page: page + 1,
    pageSize: LIST_PAGE_SIZE,
  });
  return listReply(result, filter, query, queryHash);
}

/**
 * The most frequent gaps that are still gaps: a question nobody 👎'd that the server's facts now
 * answer (a moderator added the fact) is left out.
 */
function gaps(ctx: Requester, mod: Moderator): ReplyModel {
  ctx.services.feedback.flush();
  const found = mod.storage.store.feedback
    .gaps(mod.guildId, GAPS_CONSIDERED)
    .filter(
      (gap) =>
        (gap.downvotes > 0 && !actedOnSince(mod, gap)) ||
        !ctx.services.engine.answer(gap.question, mod.guildId).answered,
    )
    .slice(0, GAPS_SHOWN);
  const hashes = found.map((gap) => ctx.services.drafts.remember(gap.question));
  return gapsReply(found, hashes);
}

/**
 * Whether a moderator has changed a fact the 👎'd answers cited since the question was last asked:
 * the vote was acted on, and the gap stays only while the question is still unanswered.
 */
function actedOnSince(mod: Moderator, gap: Gap): boolean {
  return gap.factIds.some((id) =>
    mod.storage.store.overlays
      .revisions(mod.guildId, "fact", id)
      .some((revision) => revision.at > gap.lastAskedAt),
  );
}

function revert(ctx: CommandContext, mod: Moderator): Interactive {
  const found = findFact(mod, ctx.options.string("id"), "all");
  if (!found.ok) return say(found.message);
  const revision = ctx.options.integer?.("revision");
  if (revision === undefined || revision < 1)
    return say("Give the revision to go back to (see /fact history).");
  const reason = ctx.options.string("reason")?.trim() || undefined;
  const badReason = reasonRefused(reason, "reverted");
  if (badReason) return say(badReason);
  const result = mod.storage.facts.revertFact(mod.guildId, mod.actor, found.view.id, revision, reason);
  if (result.ok) {
    logWrite(ctx, mod, "revert", found.view.id, result.revision);
    return reply(
      writtenReply(
        `${found.view.id} is as it was at revision ${revision}`,
        result.fact,
        kbOf(ctx, mod),
        `Saved as revision ${result.revision}${result.fact.status === "removed" ? " (removed, as it was then)" : ""}.${setAside(revisionsOf(mod, found.view.id), mod.actor, revision, result.revision)}`,
      ),
    );
  }
  switch (result.kind) {
    case "invalid":
      return reply(problemsReply(formProblems(result.problems, readValues(new Map())), undefined));
    case "not-found":
    case "unchanged":
      return say(`${safeText(result.message)}.`);
    case "conflict":
      return say(`${code(found.view.id)} changed while reverting; look at /fact history and try again.`);
  }
}

function revisionsOf(mod: Moderator, factId: string): readonly { revision: number; actor: Actor }[] {
  const found = mod.storage.facts.history(mod.guildId, factId);
  return found.ok ? found.revisions : [];
}

/** What Discord lets a bot attach in any server (more in boosted ones): when it does not say. */
const MIN_ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

function exportOverlay(mod: Moderator, attachmentSizeLimit: number): Interactive {
  const overlay = mod.storage.facts.exportOverlay(mod.guildId);
  const data = Buffer.from(`${JSON.stringify(overlay, null, 2)}\n`, "utf8");
  // Discord would refuse the whole reply, and the moderator would see only that something failed.
  if (data.length > attachmentSizeLimit) {
    return say(
      `This server's changes are ${byteSize(data.length)} as a file, more than Discord lets me attach here ` +
        `(${byteSize(attachmentSizeLimit)}). On the bot's host: \`npm run facts -- export --guild ${mod.guildId}\``,
    );
  }
  const counts = [
    `${overlay.facts.length} fact${overlay.facts.length === 1 ? "" : "s"}`,
    // The facts, entities, events and names this server removed: an import removes them too.
    `${
      overlay.removedFacts.length +
      overlay.removedEntities.length +
      overlay.removedEvents.length +
      overlay.removedOwnFacts.length +
      overlay.removedOwnEntities.length +
      overlay.removedOwnEvents.length +
      overlay.removedAliases.length
    } removed`,
    `${overlay.aliases.length} alias${overlay.aliases.length === 1 ? "" : "es"}`,
    `${overlay.entities.length} entit${overlay.entities.length === 1 ? "y" : "ies"}`,
    `${overlay.sources.length} source${overlay.sources.length === 1 ? "" : "s"}`,
    `${overlay.events.length} event${overlay.events.length === 1 ? "" : "s"}`,
  ].join(", ");
  return {
    kind: "reply",
    reply: ephemeral(
      `This server's own changes: ${counts}. Same layout as data/; load it into a server with ` +
        "`npm run facts -- import FILE --guild ID`.",
    ),
    files: [
      {
        name: `attache-overlay-${mod.guildId}.json`,
        data,
      },
    ],
  };
}

function byteSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  return bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

// ---- autocomplete ----

/** Facts of this server for the `id` option: by id or words of the statement. */
export function factChoices(ctx: Requester, typed: string, filter: "visible" | "all"): Choice[] {
  const gate = requireModerator(ctx, "moderator", { quiet: true });
  if (!gate.ok) return [];
  const { mod } = gate;
  const facts = mod.storage.facts;
  const wanted = typed.trim().toLowerCase();
  const views: FactView[] = [];
  const seen = new Set<string>();
  const add = (view: FactView | undefined) => {
    if (!view || seen.has(view.id) || views.length >= 25) return;
    seen.add(view.id);
    views.push(view);
  };
  if (!wanted) {
    for (const view of facts.listFacts(mod.guildId, { filter, pageSize: 25 }).items) add(view);
  } else {
    add(facts.getFact(mod.guildId, wanted));
    for (const view of facts.listFacts(mod.guildId, { query: typed, filter, pageSize: 25 }).items) add(view);
    for (const indexed of kbOf(ctx, mod).allFacts()) {
      if (views.length >= 25) break;
      const fact = indexed.fact;
      if (fact.id.includes(wanted) || fact.statement.toLowerCase().includes(wanted))
        add(facts.getFact(mod.guildId, fact.id));
    }
    if (filter === "all") {
      for (const view of facts.listFacts(mod.guildId, { filter: "removed", pageSize: 100 }).items) {
        if (view.id.includes(wanted) || view.fact.statement.toLowerCase().includes(wanted)) add(view);
      }
    }
  }
  return views.map((view) => ({
    name: truncate(
      `${view.status === "removed" ? "[removed] " : ""}${view.id} — ${view.fact.statement}`,
      100,
    ),
    value: view.id,
  }));
}
