import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import type { KnowledgeBase } from "../engine/knowledge.ts";
import { type Entity, EntityKind, Event, type Fact, IsoDate } from "../engine/schema.ts";
import { citeSource, freeId, type InputProblem, nameUse, resolveEntity, slugOf } from "./input.ts";
import { AliasRecord } from "./overlay-file.ts";
import type { OverlaySource } from "./overlay-store.ts";
import { applyRecord } from "./replay.ts";
import { CURATED, type FactService, reasonProblems } from "./service.ts";
import { TypedText } from "./typed-text.ts";
import type { Actor, RecordState, RevisionAction } from "./types.ts";

/**
 * A server's own people, countries, organisations and events, kept like its facts: every change is
 * a revision (who, when, before, after, why) in the server's overlay, edits name the revision they
 * started from, history and revert work the same way, and the engine sees a change at once.
 */

const Text = TypedText;

export const EntityFields = z.object({
  kind: EntityKind,
  name: Text(200),
  description: Text(300),
  aliases: z.array(Text(200)).max(20, "at most 20 aliases").default([]),
});
export type EntityFields = z.input<typeof EntityFields>;

export const EventFields = z.object({
  title: Text(200),
  date: IsoDate,
  place: Text(200).optional(),
  /** Names, aliases or ids, each with the role they had. */
  participants: z
    .array(z.object({ name: Text(200), role: Text(200).optional() }))
    .min(1, "name at least one participant")
    .max(20, "at most 20 participants"),
  summary: Text(1500),
  topics: z.array(Text(100)).max(12, "at most 12 topics").default([]),
  /** The citation: outlet, its date, and the link if there is one. */
  outlet: Text(100),
  sourceDate: IsoDate,
  url: z.httpUrl("must be a web address (https://…)").optional(),
});
export type EventFields = z.input<typeof EventFields>;

export type RecordKindOf = { entity: Entity; event: Event };
type Kind = keyof RecordKindOf;

export interface RecordRevision<T> {
  revision: number;
  action: RevisionAction | "curated";
  at?: string;
  actor: Actor;
  reason?: string;
  revertedTo?: number;
  before: T | null;
  after: T | null;
}

export type RecordWritten<T> = {
  ok: true;
  record: T;
  revision: number;
  /** The revert dropped this server's override: it follows the curated data again. */
  followsCurated?: true;
};
export type RecordProblem =
  | { ok: false; kind: "invalid"; problems: InputProblem[] }
  /** Facts (or events) of this server still name it: removing it would leave them pointing nowhere. */
  | { ok: false; kind: "in-use"; message: string; facts: number; events: number }
  | { ok: false; kind: "not-found"; message: string }
  | { ok: false; kind: "unchanged"; message: string }
  | { ok: false; kind: "conflict"; message: string; current: number };
export type RecordResult<T> = RecordWritten<T> | RecordProblem;

/** Where a record stands in one server: its revision number and what the server sees. */
export interface RecordStanding<T> {
  revision: number;
  origin: "base" | "server";
  /** What the server sees; for a removed record, its last version (revert brings it back). */
  current: T;
  removed: boolean;
}

/** What taking back an article removes, or brought back: counted for the moderator to confirm. */
export interface ArticleParts {
  sourceId: string;
  facts: Fact[];
  events: Event[];
  /** This server's entities that only these facts and events name. */
  entities: Entity[];
}

/**
 * The reason every revision of one article's take-back carries: history shows why each record went,
 * and a restore finds exactly what that take-back removed (not a fact removed on its own before).
 */
export function takeBackReason(sourceId: string, reason?: string): string {
  return `${TAKE_BACK} ${sourceId}${reason ? `: ${reason}` : ""}`;
}
const TAKE_BACK = "article taken back:";

/** Whether a removal's reason is the one the take-back of this article gave (`takeBackReason`). */
function takenBackBy(reason: string | undefined, sourceId: string): boolean {
  const marker = takeBackReason(sourceId);
  return reason === marker || reason?.startsWith(`${marker}: `) === true;
}

/** What /source restore brought back, or why it brought back nothing (each problem names a revert). */
export type ArticleRestored =
  | ({ ok: true } & ArticleParts)
  | { ok: false; kind: "invalid"; problems: InputProblem[] };

export class RecordService {
  constructor(private readonly facts: FactService) {}

  // ---- entities ----

  /** Adds a person, country, organisation ... that this server's facts can then name. */
  addEntity(guildId: string, actor: Actor, fields: EntityFields, reason?: string): RecordResult<Entity> {
    const added = this.facts.addEntity(guildId, actor, fields, reason);
    return added.ok ? { ok: true, record: added.entity, revision: 1 } : added;
  }

  editEntity(
    guildId: string,
    actor: Actor,
    entityId: string,
    fields: EntityFields,
    baseRevision: number,
    reason?: string,
  ): RecordResult<Entity> {
    const kb = this.facts.scope(guildId);
    return this.write(guildId, "entity", entityId, baseRevision, actor, reason, () => {
      const parsed = EntityFields.safeParse(fields);
      if (!parsed.success) return invalid(parsed.error.issues);
      const problems = nameProblems(kb, [parsed.data.name, ...parsed.data.aliases], entityId);
      if (problems.length > 0) return { ok: false, kind: "invalid", problems };
      return { ok: true, record: { id: entityId, ...parsed.data } };
    });
  }

  // ---- events ----

  addEvent(guildId: string, actor: Actor, fields: EventFields, reason?: string): RecordResult<Event> {
    const kb = this.facts.scope(guildId);
    const badReason = reasonProblems(reason);
    if (badReason.length > 0) return { ok: false, kind: "invalid", problems: badReason };
    const result = this.facts.transact(() => {
      const built = buildEvent(kb, fields, (id) => this.idIsFree(guildId, "event", id));
      if (!built.ok) return built;
      const removed = this.removedParticipants(guildId, built.event);
      if (removed) return removed;
      if (built.source) this.facts.store.overlays.putSource(guildId, built.source);
      this.facts.store.overlays.append({
        guildId,
        kind: "event",
        recordId: built.event.id,
        revision: 1,
        action: "add",
        state: "present",
        before: null,
        after: built.event,
        actor,
        reason,
      });
      return { ok: true as const, event: built.event, source: built.source };
    });
    if (!result.ok) return result;
    this.apply(guildId, "event", result.event, result.source);
    return { ok: true, record: result.event, revision: 1 };
  }

  editEvent(
    guildId: string,
    actor: Actor,
    eventId: string,
    fields: EventFields,
    baseRevision: number,
    reason?: string,
  ): RecordResult<Event> {
    const kb = this.facts.scope(guildId);
    let source: OverlaySource | undefined;
    const result = this.write(guildId, "event", eventId, baseRevision, actor, reason, () => {
      const built = buildEvent(kb, fields, () => true, eventId);
      if (!built.ok) return built;
      const removed = this.removedParticipants(guildId, built.event);
      if (removed) return removed;
      source = built.source;
      if (source) this.facts.store.overlays.putSource(guildId, source);
      return { ok: true, record: built.event };
    });
    if (result.ok && source && !kb.sources.has(source.id))
      kb.addSource({ textFile: "article.txt", ...source });
    return result;
  }

  /** What the event form starts from: the event as fields (names rather than ids). */
  eventFields(guildId: string, event: Event): EventFields {
    const kb = this.facts.scope(guildId);
    const source = kb.source(event.source);
    return {
      title: event.title,
      date: event.date,
      ...(event.place ? { place: event.place } : {}),
      participants: event.participants.map((p) => ({
        name: kb.entity(p.entity)?.name ?? p.entity,
        ...(p.role ? { role: p.role } : {}),
      })),
      summary: event.summary,
      topics: [...event.topics],
      outlet: source?.outlet ?? "",
      sourceDate: source?.date ?? event.date,
      ...(source?.url ? { url: source.url } : {}),
    };
  }

  // ---- both ----

  state<K extends Kind>(guildId: string, kind: K, id: string): RecordStanding<RecordKindOf[K]> | undefined {
    const base = this.base(kind, id);
    const record = this.facts.store.overlays.current(guildId, kind, id);
    if (!record) return base ? { revision: 1, origin: "base", current: base, removed: false } : undefined;
    const data = (record.data ?? base) as RecordKindOf[K] | null;
    return data
      ? {
          revision: record.revision,
          origin: base ? "base" : "server",
          current: data,
          removed: record.state === "removed",
        }
      : undefined;
  }

  history<K extends Kind>(
    guildId: string,
    kind: K,
    id: string,
  ): RecordRevision<RecordKindOf[K]>[] | undefined {
    const state = this.state(guildId, kind, id);
    if (!state) return undefined;
    const stored = this.facts.store.overlays.revisions(guildId, kind, id).map(
      (r): RecordRevision<RecordKindOf[K]> => ({
        revision: r.revision,
        action: r.action,
        at: r.at,
        actor: r.actor,
        ...(r.reason !== undefined ? { reason: r.reason } : {}),
        ...(r.revertedTo !== undefined ? { revertedTo: r.revertedTo } : {}),
        before: (r.before as RecordKindOf[K] | null) ?? null,
        after: (r.after as RecordKindOf[K] | null) ?? null,
      }),
    );
    const base = this.base(kind, id);
    return stored[0]?.revision !== 1 && base
      ? [{ revision: 1, action: "curated", actor: CURATED, before: null, after: base }, ...stored]
      : stored;
  }

  /**
   * Makes the record what it was at `revisionNumber`, as a new revision. Going back to the curated
   * version (revision 1 of a curated record, or a later revert to it) drops this server's override,
   * as for facts: the server follows the curated data again, later corrections to it included.
   */
  revert<K extends Kind>(
    guildId: string,
    actor: Actor,
    kind: K,
    id: string,
    revisionNumber: number,
    reason?: string,
  ): RecordResult<RecordKindOf[K]> {
    const kb = this.facts.scope(guildId);
    const state = this.state(guildId, kind, id);
    if (!state) return { ok: false, kind: "not-found", message: `no ${kind} "${id}" in this server` };
    const wanted = this.history(guildId, kind, id)?.find((r) => r.revision === revisionNumber);
    if (wanted && this.isCurated(guildId, kind, id, wanted))
      return this.followCurated(guildId, actor, kind, id, revisionNumber, reason);
    const target = wanted?.after;
    if (!target)
      return {
        ok: false,
        kind: "not-found",
        message: wanted
          ? `revision ${revisionNumber} of ${kind} "${id}" is its removal: go back to the one before it`
          : `${kind} "${id}" has no revision ${revisionNumber}`,
      };
    return this.write(
      guildId,
      kind,
      id,
      state.revision,
      actor,
      reason,
      () => {
        if (kind === "entity") {
          const entity = target as Entity;
          const problems = [
            ...nameProblems(kb, [entity.name, ...entity.aliases], id),
            ...this.givenNameProblems(guildId, kb, id),
          ];
          if (problems.length > 0) return { ok: false, kind: "invalid", problems };
        }
        const removed = kind === "event" ? this.removedParticipants(guildId, target as Event) : undefined;
        if (removed) return removed;
        return { ok: true, record: target };
      },
      revisionNumber,
    );
  }

  /**
   * The names this server gave the entity (/alias add) that another entity has taken as its full
   * name meanwhile: they name nothing while the entity is removed, and would name it again when it
   * comes back, so bringing it back is refused as an /alias add of them would be.
   */
  private givenNameProblems(guildId: string, kb: KnowledgeBase, id: string): InputProblem[] {
    const problems: InputProblem[] = [];
    for (const record of this.facts.store.overlays.records(guildId, "alias")) {
      const given = AliasRecord.safeParse(record.data);
      if (record.state !== "present" || !given.success || given.data.entity !== id) continue;
      const use = nameUse(kb, given.data.alias, false, id);
      if (!use.ok)
        problems.push({
          field: "aliases",
          message: `${use.message}; this server gave "${id}" that name (/alias add), which would name it again`,
        });
    }
    return problems;
  }

  /** The revision is the curated version: the synthetic revision 1, or a revert that followed it. */
  private isCurated(guildId: string, kind: Kind, id: string, wanted: RecordRevision<unknown>): boolean {
    if (!this.base(kind, id)) return false;
    if (wanted.action === "curated") return true;
    return this.facts.store.overlays.revision(guildId, kind, id, wanted.revision)?.state === "base";
  }

  /**
   * Drops this server's override of a curated record (a revision whose state is "base"), bringing
   * it back if the server had removed it; refused when the server already follows the curated one.
   */
  private followCurated<K extends Kind>(
    guildId: string,
    actor: Actor,
    kind: K,
    id: string,
    revisionNumber: number,
    reason: string | undefined,
  ): RecordResult<RecordKindOf[K]> {
    const badReason = reasonProblems(reason);
    if (badReason.length > 0) return { ok: false, kind: "invalid", problems: badReason };
    const result = this.facts.transact((): RecordResult<RecordKindOf[K]> => {
      const state = this.state(guildId, kind, id);
      const base = this.base(kind, id);
      if (!state || !base)
        return { ok: false, kind: "not-found", message: `no ${kind} "${id}" in this server` };
      const current = this.facts.store.overlays.current(guildId, kind, id);
      if (!current || current.state === "base")
        return {
          ok: false,
          kind: "unchanged",
          message: `${kind} "${id}" already follows the curated version (revision ${revisionNumber})`,
        };
      if (kind === "entity") {
        const entity = base as Entity;
        // Another entity of this server may have taken one of the curated names meanwhile.
        const kb = this.facts.scope(guildId);
        const problems = [
          ...nameProblems(kb, [entity.name, ...entity.aliases], id),
          ...this.givenNameProblems(guildId, kb, id),
        ];
        if (problems.length > 0) return { ok: false, kind: "invalid", problems };
      }
      // As for a fact brought back: an event may not name what this server removed since.
      const removed = kind === "event" ? this.removedParticipants(guildId, base as Event) : undefined;
      if (removed) return removed;
      this.facts.store.overlays.append({
        guildId,
        kind,
        recordId: id,
        revision: state.revision + 1,
        action: "revert",
        state: "base" satisfies RecordState,
        before: state.removed ? null : state.current,
        after: base,
        actor,
        reason,
        revertedTo: revisionNumber,
      });
      return { ok: true, record: base, revision: state.revision + 1, followsCurated: true };
    });
    // The server's knowledge keeps an override's words in its indexes: read it afresh instead.
    if (result.ok) this.facts.reload(guildId);
    return result;
  }

  /**
   * Soft removal of an entity or event in this server: a revision (revert brings it back), after
   * which the server's lists, autocomplete and forms no longer see it. Refused while this server's
   * facts (or, for an entity, its events) still name it: the engine answers only from facts, so
   * with none left a removed record answers nothing here. A curated record is removed for this
   * server alone: every other server keeps it (see `entities` and `events`).
   */
  remove<K extends Kind>(
    guildId: string,
    actor: Actor,
    kind: K,
    id: string,
    options: { reason?: string; baseRevision?: number } = {},
  ): RecordResult<RecordKindOf[K]> {
    const badReason = reasonProblems(options.reason);
    if (badReason.length > 0) return { ok: false, kind: "invalid", problems: badReason };
    const result = this.facts.transact((): RecordResult<RecordKindOf[K]> => {
      const state = this.state(guildId, kind, id);
      if (!state) return { ok: false, kind: "not-found", message: `no ${kind} "${id}" in this server` };
      if (state.removed)
        return { ok: false, kind: "unchanged", message: `it is already removed in this server` };
      if (options.baseRevision !== undefined && state.revision !== options.baseRevision) {
        return {
          ok: false,
          kind: "conflict",
          current: state.revision,
          message: `someone changed it since (it is now at revision ${state.revision})`,
        };
      }
      const use = this.usesOf(guildId, kind, id);
      if (use.facts + use.events > 0)
        return { ok: false, kind: "in-use", ...use, message: inUseMessage(kind, use) };
      this.facts.store.overlays.append({
        guildId,
        ...this.removedRevision(kind, state.current, state.revision + 1, actor, options.reason),
      });
      return { ok: true, record: state.current, revision: state.revision + 1 };
    });
    if (result.ok) this.facts.reload(guildId);
    return result;
  }

  /**
   * The entities this server sees: the engine's, less the curated ones this server removed. The
   * server's knowledge base hides those too once it has read the removal (replay.ts); the records
   * kept here say so even before.
   */
  entities(guildId: string): Entity[] {
    const removed = this.removedIds(guildId, "entity");
    const entities = this.facts.engine.entities(guildId);
    return removed.size === 0 ? entities : entities.filter((entity) => !removed.has(entity.id));
  }

  /** The events this server sees, newest first: the engine's, less the curated ones it removed. */
  events(guildId: string): Event[] {
    const removed = this.removedIds(guildId, "event");
    const events = this.facts.engine.events(guildId);
    return removed.size === 0 ? events : events.filter((event) => !removed.has(event.id));
  }

  /** Whether this server removed the entity or event (its own, or a curated one). */
  removedHereById(guildId: string, kind: Kind, id: string): boolean {
    return this.facts.isRemovedHere(guildId, kind, id);
  }

  /**
   * The entities or events this server removed, each as it was when removed (what history and
   * revert still reach, and what their autocomplete offers marked as removed): the removed rows
   * alone are read, not every record of the server.
   */
  removedHere<K extends Kind>(guildId: string, kind: K): RecordKindOf[K][] {
    return this.facts.store.overlays
      .removals(guildId, kind)
      .filter((removal) => removal.data !== null)
      .map((removal) => removal.data as RecordKindOf[K]);
  }

  /**
   * This server's articles, newest first, each with what /source restore and /source remove can
   * do with it: `restorable`, a take-back's removals wait to be restored (the test `restoreArticle`
   * makes: a fact removed on its own is its own revert's); `inUse`, a fact or event of this server
   * still cites it. Asked on every keystroke of /source autocomplete, so it reads only the reasons
   * of the removals a take-back marked, never the records themselves.
   */
  articlesHere(guildId: string): { source: OverlaySource; restorable: boolean; inUse: boolean }[] {
    const kb = this.facts.scope(guildId);
    const inUse = new Set<string>();
    for (const indexed of kb.facts.values()) if (indexed.live) inUse.add(indexed.fact.source);
    for (const event of kb.events.values()) inUse.add(event.source);
    const takeBacks = this.facts.store.overlays.removalReasons(guildId, TAKE_BACK);
    return this.sources(guildId).map((source) => ({
      source,
      restorable: takeBacks.some((reason) => takenBackBy(reason, source.id)),
      inUse: inUse.has(source.id),
    }));
  }

  /** The sources this server added (by /source add, /fact add, /event add or an import), newest first. */
  sources(guildId: string): OverlaySource[] {
    return this.facts.store.overlays
      .sources(guildId)
      .map((row) => row.source)
      .reverse();
  }

  /**
   * What taking back an article would remove now: the facts that cite it, the events it is the
   * source of (this server's own), and this server's entities nothing else would name afterwards.
   */
  articleParts(guildId: string, sourceId: string): ArticleParts {
    const kb = this.facts.scope(guildId);
    const facts = [...kb.allFacts()].map((f) => f.fact).filter((fact) => fact.source === sourceId);
    const events = [...kb.allEvents()].filter(
      (event) => event.source === sourceId && this.state(guildId, "event", event.id)?.origin === "server",
    );
    const going = new Set([...facts.map((f) => f.id), ...events.map((e) => e.id)]);
    const named = new Set([
      ...facts.flatMap((fact) => fact.entities),
      ...events.flatMap((event) => event.participants.map((p) => p.entity)),
    ]);
    const entities: Entity[] = [];
    for (const id of named) {
      const state = this.state(guildId, "entity", id);
      if (state?.origin !== "server" || state.removed) continue;
      // Counted, not searched: the server's facts may be the whole curated base.
      const ownFacts = facts.filter((fact) => fact.entities.includes(id)).length;
      const elsewhere =
        kb.entityFactCount(id) > ownFacts ||
        [...kb.allEvents()].some((e) => !going.has(e.id) && e.participants.some((p) => p.entity === id));
      if (!elsewhere) entities.push(state.current);
    }
    return { sourceId, facts, events, entities };
  }

  /**
   * Takes back an approved article in one transaction: each of its facts, events and the entities
   * only it named gets a removal revision carrying `takeBackReason`, so history shows why and
   * `restoreArticle` (or each record's own revert) brings them back.
   */
  takeBackArticle(guildId: string, actor: Actor, sourceId: string, reason?: string): ArticleParts {
    const stamp = takeBackReason(sourceId, reason);
    const parts = this.facts.transact(() => {
      const parts = this.articleParts(guildId, sourceId);
      const overlays = this.facts.store.overlays;
      for (const fact of parts.facts) {
        const current = overlays.current(guildId, "fact", fact.id);
        overlays.append({
          guildId,
          kind: "fact",
          recordId: fact.id,
          revision: (current?.revision ?? 1) + 1,
          action: "remove",
          state: "removed",
          before: fact,
          after: null,
          actor,
          reason: stamp,
        });
      }
      for (const [kind, records] of [
        ["event", parts.events],
        ["entity", parts.entities],
      ] as const) {
        for (const record of records) {
          const revision = (overlays.current(guildId, kind, record.id)?.revision ?? 1) + 1;
          overlays.append({ guildId, ...this.removedRevision(kind, record, revision, actor, stamp) });
        }
      }
      return parts;
    });
    if (parts.facts.length + parts.events.length + parts.entities.length > 0) this.facts.reload(guildId);
    return parts;
  }

  /**
   * Brings back what the take-back of this article removed (and nothing removed on its own), or
   * nothing at all when a part of it names an entity or event this server removed since: restored,
   * that fact would be answered while what it names stays hidden, and could no longer be edited.
   */
  restoreArticle(guildId: string, actor: Actor, sourceId: string): ArticleRestored {
    const result = this.facts.transact((): ArticleRestored => {
      const overlays = this.facts.store.overlays;
      const waiting = (["entity", "event", "fact"] as const).flatMap((kind) =>
        overlays
          .removals(guildId, kind, takeBackReason(sourceId))
          .filter((removal) => takenBackBy(removal.reason, sourceId))
          .map((removal) => ({ kind, removal })),
      );
      const returning = new Set(waiting.filter((w) => w.kind !== "fact").map((w) => w.removal.recordId));
      const problems = waiting.flatMap(({ kind, removal }) =>
        kind === "entity" ? [] : this.facts.removedNamedBy(guildId, removal.data as Fact | Event, returning),
      );
      if (problems.length > 0) return { ok: false, kind: "invalid", problems };
      const restored: ArticleParts = { sourceId, facts: [], events: [], entities: [] };
      for (const { kind, removal } of waiting) {
        overlays.append({
          guildId,
          kind,
          recordId: removal.recordId,
          revision: removal.revision + 1,
          action: "revert",
          state: "present",
          before: null,
          after: removal.data,
          actor,
          reason: `article restored: ${sourceId}`,
          revertedTo: removal.revision - 1,
        });
        if (kind === "fact") restored.facts.push(removal.data as Fact);
        else if (kind === "event") restored.events.push(removal.data as Event);
        else restored.entities.push(removal.data as Entity);
      }
      return { ok: true, ...restored };
    });
    if (result.ok && result.facts.length + result.events.length + result.entities.length > 0)
      this.facts.reload(guildId);
    return result;
  }

  /**
   * How many facts this server sees, and (for an entity) events, name the record: counted one by
   * one, since a curated record's facts this server removed are still in the base's counts.
   */
  private usesOf(guildId: string, kind: Kind, id: string): { facts: number; events: number } {
    const kb = this.facts.scope(guildId);
    let facts = 0;
    const count = () => {
      facts++;
      return true;
    };
    if (kind === "event") {
      kb.visitFactsOfEvent(id, count);
      return { facts, events: 0 };
    }
    kb.visitFactsAbout(id, count);
    const events = this.events(guildId).filter((e) => e.participants.some((p) => p.entity === id)).length;
    return { facts, events };
  }

  /** An event's participants this server removed (curated ones its forms still find), as problems. */
  private removedParticipants(guildId: string, event: Event): RecordProblem | undefined {
    const problems = this.facts.removedNamedBy(guildId, event);
    return problems.length > 0 ? { ok: false, kind: "invalid", problems } : undefined;
  }

  private removedIds(guildId: string, kind: Kind): Set<string> {
    return this.facts.store.overlays.removedIds(guildId, kind);
  }

  // ---- internals ----

  private write<K extends Kind>(
    guildId: string,
    kind: K,
    id: string,
    baseRevision: number,
    actor: Actor,
    reason: string | undefined,
    build: () => RecordResult<RecordKindOf[K]> | { ok: true; record: RecordKindOf[K] },
    revertedTo?: number,
  ): RecordResult<RecordKindOf[K]> {
    const badReason = reasonProblems(reason);
    if (badReason.length > 0) return { ok: false, kind: "invalid", problems: badReason };
    const result = this.facts.transact((): RecordResult<RecordKindOf[K]> => {
      const state = this.state(guildId, kind, id);
      if (!state) return { ok: false, kind: "not-found", message: `no ${kind} "${id}" in this server` };
      if (state.removed && revertedTo === undefined) {
        return {
          ok: false,
          kind: "not-found",
          message: `${kind} "${id}" was removed in this server (/${kind} revert brings it back)`,
        };
      }
      if (state.revision !== baseRevision) {
        return {
          ok: false,
          kind: "conflict",
          current: state.revision,
          message: `someone changed it since (it is now at revision ${state.revision})`,
        };
      }
      const built = build();
      if (!built.ok) return built;
      if (!state.removed && isDeepStrictEqual(built.record, state.current)) {
        return { ok: false, kind: "unchanged", message: "that changes nothing" };
      }
      this.facts.store.overlays.append({
        guildId,
        kind,
        recordId: id,
        revision: state.revision + 1,
        action: revertedTo === undefined ? "edit" : "revert",
        state: "present" satisfies RecordState,
        before: state.removed ? null : state.current,
        after: built.record,
        actor,
        reason,
        ...(revertedTo !== undefined ? { revertedTo } : {}),
      });
      return { ok: true, record: built.record, revision: state.revision + 1 };
    });
    if (result.ok) this.apply(guildId, kind, result.record);
    return result;
  }

  private removedRevision(
    kind: Kind,
    record: Entity | Event,
    revision: number,
    actor: Actor,
    reason?: string,
  ) {
    return {
      kind,
      recordId: record.id,
      revision,
      action: "remove" as const,
      state: "removed" as const,
      before: record,
      after: null,
      actor,
      reason,
    };
  }

  private apply(guildId: string, kind: Kind, record: Entity | Event, source?: OverlaySource): void {
    const kb = this.facts.scope(guildId);
    if (source && !kb.sources.has(source.id)) kb.addSource({ textFile: "article.txt", ...source });
    applyRecord(kb, { kind, recordId: record.id, state: "present", data: record });
    this.facts.engine.touched(kb);
  }

  private base<K extends Kind>(kind: K, id: string): RecordKindOf[K] | undefined {
    const base = this.facts.engine.base;
    return (kind === "entity" ? base.entity(id) : base.event(id)) as RecordKindOf[K] | undefined;
  }

  private idIsFree(guildId: string, kind: Kind, id: string): boolean {
    const kb = this.facts.scope(guildId);
    const taken = kind === "entity" ? kb.entity(id) : kb.event(id);
    return !taken && !this.facts.store.overlays.everUsed(guildId, kind, id);
  }
}

/**
 * Names another entity already has, each by its field: a full name names its entity alone, an
 * alias may be shared but not be another's full name (`nameUse`).
 */
function nameProblems(kb: KnowledgeBase, names: string[], self?: string): InputProblem[] {
  const problems: InputProblem[] = [];
  names.forEach((name, i) => {
    const use = nameUse(kb, name, i === 0, self);
    if (!use.ok) problems.push({ field: i === 0 ? "name" : `aliases[${i - 1}]`, message: use.message });
  });
  return problems;
}

function inUseMessage(kind: Kind, use: { facts: number; events: number }): string {
  const counted = [
    use.facts > 0 ? `${use.facts} fact${use.facts === 1 ? "" : "s"}` : "",
    use.events > 0 ? `${use.events} event${use.events === 1 ? "" : "s"}` : "",
  ].filter(Boolean);
  const one = use.facts + use.events === 1;
  return kind === "event"
    ? `${counted.join(" and ")} of this server ${one ? "belongs" : "belong"} to it: remove ${one ? "it" : "them"} first, or take back the whole article with /source remove`
    : `${counted.join(" and ")} of this server still ${one ? "names" : "name"} it: edit or remove ${one ? "it" : "them"} first`;
}

function invalid(issues: readonly z.core.$ZodIssue[]): RecordProblem {
  return {
    ok: false,
    kind: "invalid",
    problems: issues.map((issue) => ({
      field: issue.path.map(String).join(".") || "input",
      message: issue.message,
    })),
  };
}

function buildEvent(
  kb: KnowledgeBase,
  fields: EventFields,
  idIsFree: (id: string) => boolean,
  eventId?: string,
): { ok: true; event: Event; source?: OverlaySource } | RecordProblem {
  const parsed = EventFields.safeParse(fields);
  const problems: InputProblem[] = [];
  if (!parsed.success) return invalid(parsed.error.issues);
  const input = parsed.data;
  const participants: Event["participants"] = [];
  input.participants.forEach((p, i) => {
    const resolved = resolveEntity(kb, p.name);
    if (!resolved.ok) problems.push({ field: `participants[${i}]`, ...resolved.problem });
    else if (!participants.some((q) => q.entity === resolved.entity.id)) {
      participants.push({ entity: resolved.entity.id, ...(p.role ? { role: p.role } : {}) });
    }
  });
  if (input.sourceDate < input.date) {
    problems.push({
      field: "date",
      message: `the event (${input.date}) is after its source (${input.sourceDate})`,
    });
  }
  if (problems.length > 0) return { ok: false, kind: "invalid", problems };
  const citation = citeSource(kb, {
    outlet: input.outlet,
    date: input.sourceDate,
    url: input.url,
    title: undefined,
    quote: input.summary,
  });
  const id =
    eventId ?? freeId(`${input.date}-${slugOf(input.title)}`.slice(0, 70).replace(/-+$/, ""), idIsFree);
  const event = Event.safeParse({
    id,
    title: input.title,
    date: input.date,
    ...(input.place ? { place: input.place } : {}),
    participants,
    summary: input.summary,
    topics: input.topics,
    source: citation.sourceId,
  });
  if (!event.success) return invalid(event.error.issues);
  return { ok: true, event: event.data, ...(citation.source ? { source: citation.source } : {}) };
}
