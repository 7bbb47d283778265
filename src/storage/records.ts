import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import type { KnowledgeBase } from "../engine/knowledge.ts";
import { type Entity, EntityKind, Event, IsoDate } from "../engine/schema.ts";
import { citeSource, freeId, type InputProblem, nameUse, resolveEntity, slugOf } from "./input.ts";
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

export type RecordWritten<T> = { ok: true; record: T; revision: number };
export type RecordProblem =
  | { ok: false; kind: "invalid"; problems: InputProblem[] }
  | { ok: false; kind: "not-found"; message: string }
  | { ok: false; kind: "unchanged"; message: string }
  | { ok: false; kind: "conflict"; message: string; current: number };
export type RecordResult<T> = RecordWritten<T> | RecordProblem;

/** Where a record stands in one server: its revision number and what the server sees. */
export interface RecordStanding<T> {
  revision: number;
  origin: "base" | "server";
  current: T;
}

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
    if (!record) return base ? { revision: 1, origin: "base", current: base } : undefined;
    const data = (record.data ?? base) as RecordKindOf[K] | null;
    return data ? { revision: record.revision, origin: base ? "base" : "server", current: data } : undefined;
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

  /** Makes the record what it was at `revisionNumber`, as a new revision. */
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
    const target = this.history(guildId, kind, id)?.find((r) => r.revision === revisionNumber)?.after;
    if (!target)
      return { ok: false, kind: "not-found", message: `${kind} "${id}" has no revision ${revisionNumber}` };
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
          const problems = nameProblems(kb, [entity.name, ...entity.aliases], id);
          if (problems.length > 0) return { ok: false, kind: "invalid", problems };
        }
        return { ok: true, record: target };
      },
      revisionNumber,
    );
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
      if (isDeepStrictEqual(built.record, state.current)) {
        return { ok: false, kind: "unchanged", message: "that changes nothing" };
      }
      this.facts.store.overlays.append({
        guildId,
        kind,
        recordId: id,
        revision: state.revision + 1,
        action: revertedTo === undefined ? "edit" : "revert",
        state: "present" satisfies RecordState,
        before: state.current,
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
