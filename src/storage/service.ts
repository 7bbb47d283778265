import { isDeepStrictEqual } from "node:util";
import type { Engine } from "../engine/engine.ts";
import type { KnowledgeBase } from "../engine/knowledge.ts";
import { phraseKey, tokenize } from "../engine/language/normalize.ts";
import type { Entity, Event, Fact } from "../engine/schema.ts";
import type { Store } from "./database.ts";
import {
  EntityInputSchema,
  type FactInput,
  type FactPatch,
  freeId,
  type InputProblem,
  inputOf,
  nameUse,
  resolveEntity,
  slugOf,
  validateFactInput,
} from "./input.ts";
import { holdsOverlay, OnDemandEngine } from "./on-demand.ts";
import {
  applyImport,
  exportOverlay,
  type ImportCounts,
  type ImportProblem,
  type OverlayExport,
  planImport,
} from "./overlay-file.ts";
import type { CurrentRecord, OverlaySource, StoredRevision } from "./overlay-store.ts";
import { applyRecord, replayOverlays } from "./replay.ts";
import { hiddenCharacterProblem } from "./typed-text.ts";
import type { Actor, RecordState, RevisionAction } from "./types.ts";

/** Where a fact's citation points. */
export interface Citation {
  sourceId: string;
  outlet: string;
  title: string;
  date: string;
  url?: string;
}

/** A fact as one server sees it, with what a moderator needs to edit it. */
export interface FactView {
  id: string;
  /** The server's version; for a removed fact, its last version. */
  fact: Fact;
  status: "active" | "removed";
  /** "base": from the curated data (possibly edited here); "server": added by this server. */
  origin: "base" | "server";
  /** The server has its own version or removal of a base fact, or added the fact. */
  changed: boolean;
  /** Pass this as `baseRevision` to edit or remove it. */
  revision: number;
  citation: Citation;
  updatedAt?: string;
}

export interface FactRevision {
  revision: number;
  /** "curated": the implicit revision 1 of a base fact (the version in data/). */
  action: RevisionAction | "curated";
  state: RecordState;
  /** Undefined for the implicit curated revision. */
  at?: string;
  actor: Actor;
  reason?: string;
  revertedTo?: number;
  /** What the server saw before and after (null: nothing, e.g. after a removal). */
  before: Fact | null;
  after: Fact | null;
}

export interface FactPage {
  items: FactView[];
  /** 1-based. */
  page: number;
  pageCount: number;
  total: number;
}

export interface ListOptions {
  /** Words that must all occur in the fact (any form), or part of its id. */
  query?: string;
  page?: number;
  pageSize?: number;
  /** "visible" (default), "removed", "changed" (this server's additions, edits and removals) or "all". */
  filter?: "visible" | "removed" | "changed" | "all";
}

export type NotFound = { ok: false; kind: "not-found"; factId: string; message: string };
export type Conflict = {
  ok: false;
  kind: "conflict";
  factId: string;
  /** The revision the moderator started from, and what happened since. */
  baseRevision: number;
  current: FactView | undefined;
  changesSince: FactRevision[];
  /** Given back untouched, so nothing typed is lost. */
  yourInput?: FactPatch;
  yourReason?: string;
};
export type Invalid = {
  ok: false;
  kind: "invalid";
  problems: InputProblem[];
  yourInput?: FactInput | FactPatch;
  yourReason?: string;
};
/** The change would change nothing (same text, already removed, ...): no revision was made. */
export type Unchanged = { ok: false; kind: "unchanged"; factId: string; message: string };

export type FactWritten = { ok: true; fact: FactView; revision: number };
export type AddFactResult = FactWritten | Invalid;
export type EditFactResult = FactWritten | Conflict | Invalid | NotFound | Unchanged;
export type RemoveFactResult = FactWritten | Conflict | Invalid | NotFound | Unchanged;
export type RevertFactResult = FactWritten | Conflict | Invalid | NotFound | Unchanged;
export type HistoryResult = { ok: true; factId: string; revisions: FactRevision[] } | NotFound;
export type AddAliasResult =
  /** `sharedWith`: the other entities the alias names too (a question using it alone asks which). */
  | { ok: true; entityId: string; alias: string; sharedWith?: string[] }
  | { ok: false; kind: "invalid"; problems: InputProblem[] }
  | { ok: false; kind: "unchanged"; message: string };
export type RemoveAliasResult =
  | { ok: true; entityId: string; alias: string }
  | { ok: false; kind: "invalid"; problems: InputProblem[] }
  | { ok: false; kind: "not-found"; message: string };
export type AddEntityResult =
  | { ok: true; entity: Entity }
  | { ok: false; kind: "invalid"; problems: InputProblem[] };
export type ImportResult =
  | { ok: true; counts: ImportCounts }
  | { ok: false; kind: "invalid"; problems: ImportProblem[] };

/**
 * A reason is kept in the history and printed by `/fact history` and `facts history`: like the
 * text of a fact, it may not hold a control character or a direction override. One problem on the
 * field "reason", or none.
 */
export function reasonProblems(reason: string | undefined): InputProblem[] {
  const hidden = reason === undefined ? undefined : hiddenCharacterProblem(reason);
  return hidden ? [{ field: "reason", message: `the reason ${hidden}` }] : [];
}

/** The actor of changes that come with the curated data. */
export const CURATED: Actor = { userId: "curated", tag: "curated data (data/)" };

interface FactState {
  origin: "base" | "server";
  revision: number;
  state: RecordState;
  /** What the server sees now. */
  visible: Fact | undefined;
  /** The visible version, or the last one before a removal. */
  last: Fact | undefined;
  updatedAt?: string;
}

/**
 * Moderators' changes to one server's facts: validated, written as revisions in one transaction,
 * then applied to that server's overlay in the engine (its indexes change incrementally).
 * Expected failures are values; exceptions mean bugs or a broken database.
 */
export class FactService {
  constructor(
    readonly engine: Engine,
    readonly store: Store,
  ) {}

  // ---- reads ----

  getFact(guildId: string, factId: string): FactView | undefined {
    const state = this.state(guildId, factId);
    return state ? this.view(guildId, factId, state) : undefined;
  }

  /** The input that recreates the fact: what an edit form starts from. */
  inputFor(guildId: string, factId: string): FactInput | undefined {
    const fact = this.state(guildId, factId)?.last;
    return fact ? inputOf(fact, this.kb(guildId)) : undefined;
  }

  listFacts(guildId: string, options: ListOptions = {}): FactPage {
    const filter = options.filter ?? "visible";
    const pageSize = Math.max(1, Math.min(100, Math.floor(options.pageSize ?? 10)));
    const kb = this.kb(guildId);
    const changed = new Map(this.store.overlays.records(guildId, "fact").map((r) => [r.recordId, r]));
    const ids: string[] = [];
    if (filter !== "removed") {
      for (const indexed of kb.allFacts()) {
        if (filter === "changed" && !changed.has(indexed.fact.id)) continue;
        ids.push(indexed.fact.id);
      }
    }
    if (filter !== "visible") {
      for (const record of changed.values()) if (record.state === "removed") ids.push(record.recordId);
    }
    const wanted = options.query ? tokenize(options.query).map((t) => t.stem) : [];
    const idQuery = options.query?.trim().toLowerCase() ?? "";
    const views = ids
      .map((id) => {
        const state = this.stateFrom(id, changed.get(id));
        return state ? this.view(guildId, id, state) : undefined;
      })
      .filter((view): view is FactView => view !== undefined)
      .filter((view) => {
        if (wanted.length === 0 || view.id.includes(idQuery)) return true;
        const terms = kb.fact(view.id)?.terms;
        const stems = terms
          ? new Set(terms.keys())
          : new Set(tokenize(`${view.fact.statement} ${view.fact.quote}`).map((t) => t.stem));
        return wanted.every((stem) => stems.has(stem));
      });
    // The server's own changes first, newest first; then the curated facts in their order.
    const order = (view: FactView) => (view.changed ? (view.updatedAt ?? "") : "");
    views.sort((a, b) => order(b).localeCompare(order(a)));
    const pageCount = Math.max(1, Math.ceil(views.length / pageSize));
    const page = Math.max(1, Math.min(pageCount, Math.floor(options.page ?? 1)));
    return {
      items: views.slice((page - 1) * pageSize, page * pageSize),
      page,
      pageCount,
      total: views.length,
    };
  }

  history(guildId: string, factId: string): HistoryResult {
    const state = this.state(guildId, factId);
    if (!state) return notFound(factId);
    const stored = this.store.overlays.revisions(guildId, "fact", factId).map(toFactRevision);
    const revisions: FactRevision[] = [];
    // A base fact's first stored revision is 2: revision 1 is the curated version.
    if (stored[0]?.revision !== 1) {
      const curated = this.engine.base.fact(factId)?.fact ?? stored[0]?.before ?? null;
      revisions.push({
        revision: 1,
        action: "curated",
        state: "base",
        actor: CURATED,
        before: null,
        after: curated,
      });
    }
    revisions.push(...stored);
    return { ok: true, factId, revisions };
  }

  // ---- writes ----

  addFact(guildId: string, actor: Actor, input: FactInput, reason?: string): AddFactResult {
    const kb = this.kb(guildId);
    const badReason = reasonProblems(reason);
    if (badReason.length > 0) return invalid(badReason, input, reason);
    const result = this.write(() => {
      const validated = validateFactInput(kb, input, { idIsFree: (id) => this.idIsFree(guildId, id) });
      if (!validated.ok) return invalid(validated.problems, input, reason);
      const removed = this.removedNamed(guildId, validated.fact);
      if (removed.length > 0) return invalid(removed, input, reason);
      // Sent again after "cannot tell whether it was saved" (or twice by accident): not a second copy.
      const same = this.factSaying(guildId, validated.fact.statement);
      if (same) {
        const problem = {
          field: "statement",
          message: `fact "${same}" already says exactly this, so nothing was added (see its history, or edit it)`,
        };
        return invalid([problem], input, reason);
      }
      if (validated.source) this.store.overlays.putSource(guildId, validated.source);
      this.store.overlays.append({
        guildId,
        kind: "fact",
        recordId: validated.fact.id,
        revision: 1,
        action: "add",
        state: "present",
        before: null,
        after: validated.fact,
        actor,
        reason,
      });
      return { ok: true as const, fact: validated.fact, source: validated.source };
    });
    if (!result.ok) return result;
    this.apply(guildId, result.fact.id, "present", result.fact, result.source);
    return this.written(guildId, result.fact.id);
  }

  editFact(
    guildId: string,
    actor: Actor,
    factId: string,
    input: FactPatch,
    baseRevision: number,
    reason?: string,
  ): EditFactResult {
    const kb = this.kb(guildId);
    const badReason = reasonProblems(reason);
    if (badReason.length > 0) return invalid(badReason, input, reason);
    const result = this.write(() => {
      const state = this.state(guildId, factId);
      if (!state?.last) return notFound(factId);
      if (state.revision !== baseRevision) return this.conflict(guildId, factId, baseRevision, input, reason);
      const current = inputOf(state.last, kb);
      const merged: FactInput = { ...current, ...withoutUndefined(input) };
      // A different outlet, date or link is another source: it does not inherit the old title.
      const recited = (["outlet", "date", "url"] as const).some(
        (key) => input[key] !== undefined && input[key] !== current[key],
      );
      if (recited && input.title === undefined) delete merged.title;
      const validated = validateFactInput(kb, merged, { factId, idIsFree: () => true });
      if (!validated.ok) return invalid(validated.problems, input, reason);
      const removed = this.removedNamed(guildId, validated.fact);
      if (removed.length > 0) return invalid(removed, input, reason);
      if (state.visible && isDeepStrictEqual(validated.fact, state.visible)) {
        return unchanged(factId, "the edit changes nothing");
      }
      if (validated.source) this.store.overlays.putSource(guildId, validated.source);
      this.store.overlays.append({
        guildId,
        kind: "fact",
        recordId: factId,
        revision: state.revision + 1,
        action: "edit",
        state: "present",
        before: state.visible ?? null,
        after: validated.fact,
        actor,
        reason,
      });
      return { ok: true as const, fact: validated.fact, source: validated.source };
    });
    if (!result.ok) return result;
    this.apply(guildId, factId, "present", result.fact, result.source);
    return this.written(guildId, factId);
  }

  /** Soft removal: the fact stops being answered here; history and revert bring it back. */
  removeFact(
    guildId: string,
    actor: Actor,
    factId: string,
    options: { reason?: string; baseRevision?: number } = {},
  ): RemoveFactResult {
    this.kb(guildId);
    const badReason = reasonProblems(options.reason);
    if (badReason.length > 0) return invalid(badReason, undefined, options.reason);
    const result = this.write(() => {
      const state = this.state(guildId, factId);
      if (!state?.last) return notFound(factId);
      if (options.baseRevision !== undefined && state.revision !== options.baseRevision) {
        return this.conflict(guildId, factId, options.baseRevision, undefined, options.reason);
      }
      if (!state.visible) return unchanged(factId, `fact "${factId}" is already removed`);
      this.store.overlays.append({
        guildId,
        kind: "fact",
        recordId: factId,
        revision: state.revision + 1,
        action: "remove",
        state: "removed",
        before: state.visible,
        after: null,
        actor,
        reason: options.reason,
      });
      return { ok: true as const };
    });
    if (!result.ok) return result;
    this.apply(guildId, factId, "removed", undefined);
    return this.written(guildId, factId);
  }

  /**
   * Makes the fact what it was after `revisionNumber`, as a new revision (history is never
   * rewritten). Revision 1 of a base fact is the curated version: reverting to it follows the
   * base again, including later curated corrections.
   */
  revertFact(
    guildId: string,
    actor: Actor,
    factId: string,
    revisionNumber: number,
    reason?: string,
    baseRevision?: number,
  ): RevertFactResult {
    const kb = this.kb(guildId);
    const badReason = reasonProblems(reason);
    if (badReason.length > 0) return invalid(badReason, undefined, reason);
    const result = this.write(() => {
      const state = this.state(guildId, factId);
      if (!state) return notFound(factId);
      if (baseRevision !== undefined && state.revision !== baseRevision) {
        return this.conflict(guildId, factId, baseRevision, undefined, reason);
      }
      const target = this.targetOf(guildId, factId, state, revisionNumber);
      if (!target) {
        return notFound(factId, `fact "${factId}" has no revision ${revisionNumber}`);
      }
      if (target.state === state.state && isDeepStrictEqual(target.fact ?? null, state.visible ?? null)) {
        return unchanged(factId, `fact "${factId}" is already as it was at revision ${revisionNumber}`);
      }
      if (target.state !== "removed" && target.fact) {
        // A curated version is valid against the base; either may name what this server removed.
        const problems = [
          ...(target.state === "present" ? stillValid(target.fact, kb) : []),
          ...this.removedNamed(guildId, target.fact),
        ];
        if (problems.length > 0) return invalid(problems, undefined, reason);
      }
      this.store.overlays.append({
        guildId,
        kind: "fact",
        recordId: factId,
        revision: state.revision + 1,
        action: "revert",
        state: target.state,
        before: state.visible ?? null,
        after: target.fact ?? null,
        actor,
        reason,
        revertedTo: revisionNumber,
      });
      return { ok: true as const, state: target.state, fact: target.fact };
    });
    if (!result.ok) return result;
    this.apply(guildId, factId, result.state, result.fact);
    return this.written(guildId, factId);
  }

  /** Teaches the server another name for an entity (given by id, name or alias). */
  addAlias(guildId: string, actor: Actor, entity: string, alias: string, reason?: string): AddAliasResult {
    const kb = this.kb(guildId);
    const result = this.write(() => {
      const problems: InputProblem[] = [];
      const resolved = resolveEntity(kb, entity);
      if (!resolved.ok) problems.push({ field: "entity", ...resolved.problem });
      else if (this.isRemovedHere(guildId, "entity", resolved.entity.id)) {
        const { id, name } = resolved.entity;
        problems.push({ field: "entity", message: removedMessage("entity", name, id) });
      }
      const text = alias.trim();
      const key = phraseKey(text);
      const hidden = hiddenCharacterProblem(text);
      if (hidden) problems.push({ field: "alias", message: `the alias ${hidden}` });
      else if (text.length === 0 || text.length > 200 || key.length === 0) {
        problems.push({
          field: "alias",
          message: "an alias has letters or digits and at most 200 characters",
        });
      }
      problems.push(...reasonProblems(reason));
      if (!resolved.ok || problems.length > 0)
        return { ok: false as const, kind: "invalid" as const, problems };
      const owners = kb.entitiesNamed(key);
      // Another entity's alias may be shared (two ministers called Ferrante); its full name may not.
      const use = nameUse(kb, text, false, resolved.entity.id);
      if (!use.ok) {
        return {
          ok: false as const,
          kind: "invalid" as const,
          problems: [{ field: "alias", message: use.message }],
        };
      }
      if (owners.includes(resolved.entity.id)) {
        return {
          ok: false as const,
          kind: "unchanged" as const,
          message: `"${text}" already names ${resolved.entity.name}`,
        };
      }
      const recordId = `${resolved.entity.id}:${key}`;
      const previous = this.store.overlays.current(guildId, "alias", recordId);
      const after = { entity: resolved.entity.id, alias: text };
      this.store.overlays.append({
        guildId,
        kind: "alias",
        recordId,
        revision: (previous?.revision ?? 0) + 1,
        action: "add",
        state: "present",
        before: null,
        after,
        actor,
        reason,
      });
      const sharedWith = use.sharedWith.map((entity) => entity.id);
      return {
        ok: true as const,
        entityId: resolved.entity.id,
        alias: text,
        ...(sharedWith.length > 0 ? { sharedWith } : {}),
      };
    });
    if (!result.ok) return result;
    kb.addAlias(result.entityId, result.alias);
    this.engine.touched(kb);
    return result;
  }

  /**
   * Takes back a name this server taught (with /alias add or an import): it no longer names the
   * entity here. Curated names are not a server's to remove.
   */
  removeAlias(
    guildId: string,
    actor: Actor,
    entity: string,
    alias: string,
    reason?: string,
  ): RemoveAliasResult {
    const kb = this.kb(guildId);
    const badReason = reasonProblems(reason);
    if (badReason.length > 0) return { ok: false, kind: "invalid", problems: badReason };
    const result = this.write(() => {
      const resolved = resolveEntity(kb, entity);
      if (!resolved.ok) {
        return {
          ok: false as const,
          kind: "invalid" as const,
          problems: [{ field: "entity", ...resolved.problem }],
        };
      }
      const key = phraseKey(alias);
      const recordId = `${resolved.entity.id}:${key}`;
      const current = this.store.overlays.current(guildId, "alias", recordId);
      if (current?.state !== "present") {
        const curated = [resolved.entity.name, ...resolved.entity.aliases].some(
          (name) => phraseKey(name) === key,
        );
        return {
          ok: false as const,
          kind: "not-found" as const,
          message: curated
            ? `"${alias.trim()}" is one of ${resolved.entity.name}'s curated names, which servers cannot remove`
            : `this server has not given ${resolved.entity.name} the name "${alias.trim()}"`,
        };
      }
      const before = current.data as { entity: string; alias: string };
      this.store.overlays.append({
        guildId,
        kind: "alias",
        recordId,
        revision: current.revision + 1,
        action: "remove",
        state: "removed",
        before,
        after: null,
        actor,
        reason,
      });
      return { ok: true as const, entityId: resolved.entity.id, alias: before.alias };
    });
    if (!result.ok) return result;
    kb.removeAlias(result.entityId, result.alias);
    this.engine.touched(kb);
    return result;
  }

  /** The names this server has given entities, for moderators to review or take back. */
  aliases(guildId: string): { entityId: string; alias: string }[] {
    return this.store.overlays
      .records(guildId, "alias")
      .filter((r) => r.state === "present")
      .map((r) => r.data as { entity: string; alias: string })
      .map(({ entity, alias }) => ({ entityId: entity, alias }));
  }

  /** Adds an entity to the server (a person, country ... that the curated data does not know). */
  addEntity(guildId: string, actor: Actor, input: unknown, reason?: string): AddEntityResult {
    const kb = this.kb(guildId);
    const badReason = reasonProblems(reason);
    if (badReason.length > 0) return { ok: false, kind: "invalid", problems: badReason };
    const result = this.write(() => {
      const parsed = EntityInputSchema.safeParse(input);
      if (!parsed.success) {
        return {
          ok: false as const,
          kind: "invalid" as const,
          problems: parsed.error.issues.map((issue) => ({
            field: issue.path.map(String).join(".") || "input",
            message: issue.message,
          })),
        };
      }
      const problems: InputProblem[] = [];
      const idIsFree = (id: string) => !kb.entity(id) && !this.store.overlays.everUsed(guildId, "entity", id);
      const id = parsed.data.id ?? freeId(slugOf(parsed.data.name), idIsFree);
      if (parsed.data.id !== undefined && !idIsFree(id)) {
        problems.push({ field: "id", message: `id "${id}" is already used` });
      }
      const names = [parsed.data.name, ...parsed.data.aliases];
      names.forEach((name, i) => {
        const use = nameUse(kb, name, i === 0);
        if (!use.ok) problems.push({ field: i === 0 ? "name" : `aliases[${i - 1}]`, message: use.message });
      });
      if (problems.length > 0) return { ok: false as const, kind: "invalid" as const, problems };
      const entity: Entity = { ...parsed.data, id };
      this.store.overlays.append({
        guildId,
        kind: "entity",
        recordId: id,
        revision: 1,
        action: "add",
        state: "present",
        before: null,
        after: entity,
        actor,
        reason,
      });
      return { ok: true as const, entity };
    });
    if (!result.ok) return result;
    kb.addEntity(result.entity);
    this.engine.touched(kb);
    return result;
  }

  /** The server's overlay as JSON in the layout of data/ (sources carry their text). */
  exportOverlay(guildId: string): OverlayExport {
    return exportOverlay(this.store, guildId, this.store.now());
  }

  /**
   * Brings an exported overlay (or a data/-style dataset) into the server, all or nothing:
   * validated with the loader's schemas and cross-checks against what the server sees; records
   * equal to what the server already has are skipped.
   */
  importOverlay(
    guildId: string,
    actor: Actor,
    json: unknown,
    options: { file?: string; reason?: string } = {},
  ): ImportResult {
    const kb = this.kb(guildId);
    const result = this.write(() => {
      const plan = planImport(json, kb, this.store, guildId, options.file ?? "(import)");
      if (!plan.ok) return { ok: false as const, kind: "invalid" as const, problems: plan.problems };
      const counts = applyImport(plan.plan, this.store, guildId, actor, options.reason);
      return { ok: true as const, counts, plan: plan.plan };
    });
    if (!result.ok) return result;
    // A knowledge base keeps a removed own entity's or event's words in its indexes: a server where
    // the import removed one is read afresh from the database, as every other removal does.
    if (
      result.plan.records.some((r) => r.state !== "present" && (r.kind === "entity" || r.kind === "event"))
    ) {
      this.reload(guildId);
      return { ok: true, counts: result.counts };
    }
    for (const source of result.plan.sources) kb.addSource({ textFile: "article.txt", ...source });
    for (const record of result.plan.records) applyRecord(kb, record);
    this.engine.touched(kb);
    return { ok: true, counts: result.counts };
  }

  /**
   * Applies changes that other processes (the command line) wrote since this service last looked.
   * Cheap when nothing changed; call it before answering, or on a timer.
   */
  syncExternalChanges(): number {
    const seq = this.store.overlays.lastSeq();
    if (seq <= this.seenSeq) return 0;
    // A server this process has not loaded yet reads its whole overlay when first needed.
    const records = this.store.overlays
      .changedSince(this.seenSeq)
      .filter((record) => holdsOverlay(this.engine, record.guildId));
    const touched = new Set<KnowledgeBase>();
    // A knowledge base hides a removed entity or event but keeps its own one's words in its
    // indexes (and cannot drop an override to show the curated one again): a server where one was
    // removed or went back to the curated version is read afresh from the database instead.
    const rebuilt = new Set(
      records
        .filter((r) => r.state !== "present" && (r.kind === "entity" || r.kind === "event"))
        .map((r) => r.guildId),
    );
    for (const guildId of rebuilt) this.reload(guildId);
    for (const guildId of new Set(records.map((r) => r.guildId))) {
      if (rebuilt.has(guildId)) continue;
      const kb = this.kb(guildId);
      for (const { source } of this.store.overlays.sources(guildId)) {
        if (!kb.sources.has(source.id)) kb.addSource({ textFile: "article.txt", ...source });
      }
    }
    for (const record of records) {
      if (rebuilt.has(record.guildId)) continue;
      const kb = this.kb(record.guildId);
      applyRecord(kb, record);
      touched.add(kb);
    }
    for (const kb of touched) this.engine.touched(kb);
    this.seenSeq = seq;
    return records.length;
  }

  /** Marks the revisions replayed at start-up as seen (see syncExternalChanges). */
  markSynced(): void {
    this.seenSeq = this.store.overlays.lastSeq();
  }

  private seenSeq = 0;

  /** One write transaction, for the other record services (entities, events): see `write`. */
  transact<T>(fn: () => T): T {
    return this.write(fn);
  }

  /**
   * Reads the server's overlay afresh from the database: after an entity or event was removed,
   * which a knowledge base cannot take out of its indexes (an engine that loads servers on demand
   * reads it again on its next use).
   */
  reload(guildId: string): void {
    this.engine.dropOverlay(guildId);
    if (!(this.engine instanceof OnDemandEngine)) replayOverlays(this.engine, this.store, [guildId]);
  }

  /** The knowledge a server's changes go to (its overlay). */
  scope(guildId: string): KnowledgeBase {
    return this.kb(guildId);
  }

  /**
   * One write transaction. When nothing from elsewhere was pending, this service's own revisions
   * count as seen, so syncExternalChanges does not apply them a second time.
   */
  private write<T>(fn: () => T): T {
    return this.store.overlays.transaction(() => {
      const upToDate = this.store.overlays.lastSeq() === this.seenSeq;
      const result = fn();
      if (upToDate) this.seenSeq = this.store.overlays.lastSeq();
      return result;
    });
  }

  // ---- internals ----

  private kb(guildId: string): KnowledgeBase {
    // The engine reads an empty scope as "no scope" (the base): writing there would be lost.
    if (guildId.length === 0) throw new Error("FactService: guildId must not be empty");
    return this.engine.overlay(guildId);
  }

  /**
   * The id of a fact this server sees that makes the same statement (spaces aside): in the
   * database, which has every change however it was made (another process, a commit whose answer
   * was lost), or among the curated facts the server has not removed.
   */
  private factSaying(guildId: string, statement: string): string | undefined {
    const key = statementKey(statement);
    for (const record of this.store.overlays.records(guildId, "fact")) {
      const fact = record.data as Fact | null;
      if (record.state === "present" && fact && statementKey(fact.statement) === key) return record.recordId;
    }
    for (const { fact } of this.kb(guildId).allFacts()) {
      if (statementKey(fact.statement) !== key) continue;
      // A fact the database says this server removed is no longer one it sees.
      const record = this.store.overlays.current(guildId, "fact", fact.id);
      if (record?.state !== "removed") return fact.id;
    }
    return undefined;
  }

  /**
   * The curated entities and event a fact names that this server removed: the server's knowledge
   * still holds them underneath (its removals are kept as revisions), so a form naming one finds
   * it, and a fact naming it would bring it back in part without a revision saying so.
   */
  private removedNamed(guildId: string, fact: Fact): InputProblem[] {
    return this.removedNamedBy(guildId, fact);
  }

  /** Whether this server removed the entity or event (its own, or a curated one). */
  isRemovedHere(guildId: string, kind: "entity" | "event", id: string): boolean {
    return this.store.overlays.current(guildId, kind, id)?.state === "removed";
  }

  /**
   * What a fact or an event names that this server removed (a fact's entities and event, an
   * event's participants), each as a problem naming the revert that brings it back. Every path
   * that makes a fact or event visible again asks this (add, edit, revert, /source restore):
   * otherwise it would be answered while what it names stays hidden, and could not be edited.
   * `returning` holds the ids coming back in the same write, which do not count as removed.
   */
  removedNamedBy(guildId: string, record: Fact | Event, returning?: ReadonlySet<string>): InputProblem[] {
    const kb = this.kb(guildId);
    const removed = (kind: "entity" | "event", id: string, field: string): InputProblem[] => {
      if (returning?.has(id)) return [];
      const current = this.store.overlays.current(guildId, kind, id);
      if (current?.state !== "removed") return [];
      // The removal keeps the record as it was: a server's own entity is gone from its knowledge.
      const kept = current.data as { name?: string; title?: string } | null;
      const name =
        kind === "entity"
          ? (kb.entity(id)?.name ?? kept?.name ?? id)
          : (kb.event(id)?.title ?? kept?.title ?? id);
      return [{ field, message: removedMessage(kind, name, id) }];
    };
    if ("participants" in record)
      return record.participants.flatMap((p, i) => removed("entity", p.entity, `participants[${i}]`));
    return [
      ...record.entities.flatMap((id, i) => removed("entity", id, `entities[${i}]`)),
      ...(record.event ? removed("event", record.event, "event") : []),
    ];
  }

  private idIsFree(guildId: string, id: string): boolean {
    return (
      !this.engine.base.fact(id) &&
      !this.kb(guildId).fact(id) &&
      !this.store.overlays.everUsed(guildId, "fact", id)
    );
  }

  private state(guildId: string, factId: string): FactState | undefined {
    return this.stateFrom(factId, this.store.overlays.current(guildId, "fact", factId));
  }

  private stateFrom(factId: string, record: CurrentRecord | undefined): FactState | undefined {
    const base = this.engine.base.fact(factId)?.fact;
    if (!record) {
      return base ? { origin: "base", revision: 1, state: "base", visible: base, last: base } : undefined;
    }
    const origin = base ? "base" : "server";
    const data = record.data === null ? undefined : (record.data as Fact);
    const visible = record.state === "present" ? data : record.state === "base" ? base : undefined;
    const last = visible ?? data ?? base;
    return {
      origin,
      revision: record.revision,
      state: record.state,
      visible,
      last,
      updatedAt: record.updatedAt,
    };
  }

  private view(guildId: string, factId: string, state: FactState): FactView | undefined {
    const fact = state.last;
    if (!fact) return undefined;
    const source = this.kb(guildId).source(fact.source);
    return {
      id: factId,
      fact,
      status: state.visible ? "active" : "removed",
      origin: state.origin,
      changed: state.origin === "server" || state.state !== "base",
      revision: state.revision,
      citation: {
        sourceId: fact.source,
        outlet: source?.outlet ?? "unknown outlet",
        title: source?.title ?? "",
        date: source?.date ?? "",
        ...(source?.url ? { url: source.url } : {}),
      },
      ...(state.updatedAt ? { updatedAt: state.updatedAt } : {}),
    };
  }

  private targetOf(
    guildId: string,
    factId: string,
    state: FactState,
    revisionNumber: number,
  ): { state: RecordState; fact: Fact | undefined } | undefined {
    const stored = this.store.overlays.revision(guildId, "fact", factId, revisionNumber);
    if (stored) {
      const fact =
        stored.state === "base" ? this.engine.base.fact(factId)?.fact : (stored.after as Fact | null);
      return { state: stored.state, fact: fact ?? undefined };
    }
    if (revisionNumber === 1 && state.origin === "base") {
      return { state: "base", fact: this.engine.base.fact(factId)?.fact };
    }
    return undefined;
  }

  private conflict(
    guildId: string,
    factId: string,
    baseRevision: number,
    input: FactPatch | undefined,
    reason: string | undefined,
  ): Conflict {
    const history = this.history(guildId, factId);
    return {
      ok: false,
      kind: "conflict",
      factId,
      baseRevision,
      current: this.getFact(guildId, factId),
      changesSince: history.ok ? history.revisions.filter((r) => r.revision > baseRevision) : [],
      ...(input !== undefined ? { yourInput: input } : {}),
      ...(reason !== undefined ? { yourReason: reason } : {}),
    };
  }

  private apply(
    guildId: string,
    factId: string,
    state: RecordState,
    fact: Fact | undefined,
    source?: OverlaySource,
  ): void {
    const kb = this.kb(guildId);
    if (source && !kb.sources.has(source.id)) kb.addSource({ textFile: "article.txt", ...source });
    applyRecord(kb, { kind: "fact", recordId: factId, state, data: fact ?? null });
    this.engine.touched(kb);
  }

  private written(guildId: string, factId: string): FactWritten {
    const view = this.getFact(guildId, factId);
    if (!view) throw new Error(`fact ${factId} vanished after a write in guild ${guildId}`);
    return { ok: true, fact: view, revision: view.revision };
  }
}

/** A removed entity or event named where it cannot be: how to bring it back. */
export function removedMessage(kind: "entity" | "event", name: string, id: string): string {
  return `${name} was removed in this server (/${kind} revert name:${id} brings it back)`;
}

/** A statement as compared for duplicates: the same words, whatever the spacing. */
function statementKey(statement: string): string {
  return statement.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Checks that a fact from an old revision still fits what the server sees now. */
function stillValid(fact: Fact, kb: KnowledgeBase): InputProblem[] {
  const problems: InputProblem[] = [];
  fact.entities.forEach((id, i) => {
    if (!kb.entity(id))
      problems.push({ field: `entities[${i}]`, message: `entity "${id}" no longer exists` });
  });
  if (fact.event && !kb.event(fact.event)) {
    problems.push({ field: "event", message: `event "${fact.event}" no longer exists` });
  }
  if (!kb.source(fact.source))
    problems.push({ field: "source", message: `source "${fact.source}" no longer exists` });
  return problems;
}

function toFactRevision(stored: StoredRevision): FactRevision {
  return {
    revision: stored.revision,
    action: stored.action,
    state: stored.state,
    at: stored.at,
    actor: stored.actor,
    ...(stored.reason !== undefined ? { reason: stored.reason } : {}),
    ...(stored.revertedTo !== undefined ? { revertedTo: stored.revertedTo } : {}),
    before: (stored.before as Fact | null) ?? null,
    after: (stored.after as Fact | null) ?? null,
  };
}

function notFound(factId: string, message = `no fact "${factId}" in this server`): NotFound {
  return { ok: false, kind: "not-found", factId, message };
}

function unchanged(factId: string, message: string): Unchanged {
  return { ok: false, kind: "unchanged", factId, message };
}

function invalid(
  problems: InputProblem[],
  input: FactInput | FactPatch | undefined,
  reason?: string,
): Invalid {
  return {
    ok: false,
    kind: "invalid",
    problems,
    ...(input !== undefined ? { yourInput: input } : {}),
    ...(reason !== undefined ? { yourReason: reason } : {}),
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
