import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import type { KnowledgeBase } from "../engine/knowledge.ts";
import { phraseKey } from "../engine/language/normalize.ts";
import { crossCheck, jsonPath, type Problem, readDataFolder } from "../engine/load.ts";
import { type Dataset, Entity, Event, Fact, Id, Source } from "../engine/schema.ts";
import type { Store } from "./database.ts";
import type { OverlaySource } from "./overlay-store.ts";
import type { RecordChange } from "./replay.ts";
import { hiddenCharacterProblem, mentionProblem } from "./typed-text.ts";
import type { Actor } from "./types.ts";

/** A problem with an import, located by file and JSON path like the loader's. */
export type ImportProblem = Problem;

export const OverlaySourceSchema = Source.omit({ textFile: true }).extend({
  /** The source's text (the article, or for a moderator's citation the quote). */
  text: z.string().min(1),
});

const EntitiesFile = z.array(Entity);
const EventsFile = z.array(Event);
const FactsFile = z.array(Fact);

export const AliasRecord = z.strictObject({ entity: Id, alias: z.string().trim().min(1).max(200) });

/**
 * An overlay (or the base) as one JSON document: the collections of data/ (sources with their
 * text inline instead of a text file), plus the aliases a server gave entities it did not add and
 * the base facts, entities and events it removed. Version 2 added the removed entities and events
 * (a version 1 file, which has none, still imports); version 3 carries each record the server
 * added and removed as its last version, not its id alone, so that an import removes only a copy
 * of it (another server's own record may have the same id).
 */
export const OVERLAY_FORMAT_VERSION = 3;
export const OverlayFile = z.strictObject({
  format: z.literal("attache-overlay").optional(),
  version: z.union([z.literal(1), z.literal(2), z.literal(OVERLAY_FORMAT_VERSION)]).optional(),
  guild: z.string().optional(),
  exportedAt: z.string().optional(),
  sources: z.array(OverlaySourceSchema).default([]),
  entities: EntitiesFile.default([]),
  events: EventsFile.default([]),
  facts: FactsFile.default([]),
  aliases: z.array(AliasRecord).default([]),
  removedFacts: z.array(Id).default([]),
  removedEntities: z.array(Id).default([]),
  removedEvents: z.array(Id).default([]),
  // The records the server added itself and removed, each as its last version: removed where the
  // importing server has that very version (a mirror, which imported an earlier export), and
  // nothing to do elsewhere (a fresh server, or one whose own record merely has the same id).
  removedOwnFacts: FactsFile.default([]),
  removedOwnEntities: EntitiesFile.default([]),
  removedOwnEvents: EventsFile.default([]),
  // The names the server gave entities and removed (since version 3): retired, each as a revision,
  // where the importing server has them (a mirror), and nothing to do where it does not.
  removedAliases: z.array(AliasRecord).default([]),
});
export type OverlayExport = z.output<typeof OverlayFile>;

export interface ImportCounts {
  sources: number;
  entities: number;
  events: number;
  aliases: number;
  facts: number;
  removed: number;
  /** Records equal to what the server already had: skipped. */
  unchanged: number;
}

interface PlannedRecord extends RecordChange {
  revision: number;
  before: unknown;
}

export interface ImportPlan {
  sources: OverlaySource[];
  records: PlannedRecord[];
  unchanged: number;
}

export function exportOverlay(store: Store, guildId: string, now: Date): OverlayExport {
  const records = store.overlays.records(guildId);
  // Sorted by id, so that exports of equal overlays are equal files.
  const sorted = [...records].sort((a, b) => a.recordId.localeCompare(b.recordId));
  const present = <T>(kind: string) =>
    sorted.filter((r) => r.kind === kind && r.state === "present").map((r) => r.data as T);
  const facts = present<Fact>("fact");
  const events = present<Event>("event");
  const cited = new Set([...facts.map((f) => f.source), ...events.map((e) => e.source)]);
  const removed = (kind: "fact" | "entity" | "event") => {
    // In the file's one order (the database's depends on its collation: PostgreSQL's may not be
    // SQLite's), so that exports of equal overlays are equal files on either.
    const curated = store.overlays.removedCuratedIds(guildId, kind).sort((a, b) => a.localeCompare(b));
    const isCurated = new Set(curated);
    // A removed record's data is its last version, which tells a copy of it from another server's
    // own record with the same id.
    const own = sorted.filter((r) => r.kind === kind && r.state === "removed" && !isCurated.has(r.recordId));
    return { curated, own: own.map((r) => r.data) };
  };
  const [removedFacts, removedEntities, removedEvents] = [
    removed("fact"),
    removed("entity"),
    removed("event"),
  ];
  // The names the server gave entities it added and removed are nothing where those never were.
  const ownGone = new Set(removedEntities.own.map((entity) => (entity as Entity).id));
  return {
    format: "attache-overlay",
    version: OVERLAY_FORMAT_VERSION,
    guild: guildId,
    exportedAt: now.toISOString(),
    sources: store.overlays
      .sources(guildId)
      .map((s) => s.source)
      .filter((s) => cited.has(s.id))
      .sort((a, b) => a.id.localeCompare(b.id)),
    entities: present<Entity>("entity"),
    events,
    facts,
    aliases: present<{ entity: string; alias: string }>("alias").filter(({ entity }) => !ownGone.has(entity)),
    removedAliases: sorted
      .filter((r) => r.kind === "alias" && r.state === "removed")
      .map((r) => r.data as { entity: string; alias: string })
      .filter(({ entity }) => !ownGone.has(entity)),
    // Only curated ones: a record the server added and removed is nothing elsewhere (and an
    // import elsewhere would refuse it as unknown).
    removedFacts: removedFacts.curated,
    removedEntities: removedEntities.curated,
    removedEvents: removedEvents.curated,
    removedOwnFacts: removedFacts.own as Fact[],
    removedOwnEntities: removedEntities.own as Entity[],
    removedOwnEvents: removedEvents.own as Event[],
  };
}

/** The curated base in the same JSON layout. */
export function exportKnowledge(dataset: Dataset): OverlayExport {
  return {
    format: "attache-overlay",
    version: OVERLAY_FORMAT_VERSION,
    sources: [...dataset.sources.values()].map(({ textFile: _file, ...source }) => source),
    entities: [...dataset.entities.values()],
    events: [...dataset.events.values()],
    facts: [...dataset.facts.values()],
    aliases: [],
    removedFacts: [],
    removedEntities: [],
    removedEvents: [],
    removedOwnFacts: [],
    removedOwnEntities: [],
    removedOwnEvents: [],
    removedAliases: [],
  };
}

/**
 * Validates an import against what the server sees (base + its overlay) and works out the
 * revisions it makes. Nothing is written. Every problem is reported, with `file` and JSON path.
 */
export function planImport(
  json: unknown,
  kb: KnowledgeBase,
  store: Store,
  guildId: string,
  file: string,
): { ok: true; plan: ImportPlan } | { ok: false; problems: ImportProblem[] } {
  const parsed = OverlayFile.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        file,
        path: jsonPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const problems: ImportProblem[] = [];
  // The file's own removals this server has (`removedOwn…`) are removed as the others are, after
  // them in their list; a problem with one is told at its place in its own list.
  const ownPlace = new Map<string, string>();
  const at = (path: string, message: string) =>
    problems.push({
      file,
      path: path.replace(/^\$\.removed\w+\[\d+\]/, (place) => ownPlace.get(place) ?? place),
      message,
    });
  const { data, unknownOwn } = withOwnRemovals(parsed.data, kb, store, guildId, ownPlace);

  // Every text an import brings, as /fact add and /entity add would take it: no hidden characters.
  const hidden = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === "string") {
      const problem = hiddenCharacterProblem(value);
      if (problem) at(jsonPath(path), `the text ${problem}`);
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) hidden(item, [...path, i]);
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) hidden(item, [...path, key]);
    }
  };
  hidden(parsed.data, []);
  if (problems.length > 0) return { ok: false, problems };

  for (const kind of ["sources", "entities", "events", "facts"] as const) {
    const seen = new Map<string, number>();
    data[kind].forEach((record, i) => {
      const first = seen.get(record.id);
      if (first !== undefined)
        at(`$.${kind}[${i}].id`, `duplicate id "${record.id}" (first at $.${kind}[${first}])`);
      else seen.set(record.id, i);
    });
  }

  // Sources: new ones are added; one that exists must be identical (sources are immutable).
  const newSources: OverlaySource[] = [];
  data.sources.forEach((source, i) => {
    const existing = kb.source(source.id);
    if (!existing) newSources.push(source);
    else if (!sameSource(existing, source)) {
      at(`$.sources[${i}].id`, `source "${source.id}" already exists with different content`);
    }
  });

  // The loader's cross-checks, on what the server would see after the import.
  const dataset: Dataset = { sources: new Map(), entities: new Map(), events: new Map(), facts: new Map() };
  for (let scope: KnowledgeBase | undefined = kb; scope; scope = scope.parent) {
    for (const source of scope.sources.values())
      if (!dataset.sources.has(source.id)) dataset.sources.set(source.id, source);
  }
  for (const source of data.sources) {
    if (!dataset.sources.has(source.id))
      dataset.sources.set(source.id, { textFile: "article.txt", ...source });
  }
  const extraAliases = new Map<string, string[]>();
  for (const record of store.overlays.records(guildId, "alias")) {
    if (record.state !== "present") continue;
    const { entity, alias } = record.data as { entity: string; alias: string };
    extraAliases.set(entity, [...(extraAliases.get(entity) ?? []), alias]);
  }
  for (const entity of kb.allEntities()) {
    dataset.entities.set(entity.id, {
      ...entity,
      aliases: [...entity.aliases, ...(extraAliases.get(entity.id) ?? [])],
    });
  }
  for (const event of kb.allEvents()) dataset.events.set(event.id, event);
  // What the server would see after the import: without what the file removes (a removal still
  // named is `removedRecordsProblems`' to refuse), so that its names are free for the file's.
  const removing = new Set(data.removedEntities);
  for (const id of removing) dataset.entities.delete(id);
  for (const id of data.removedEvents) dataset.events.delete(id);
  const marker = { entity: "\0entities", event: "\0events", fact: "\0facts" } as const;
  const origins = {
    entity: new Map<string, string>(),
    event: new Map<string, string>(),
    fact: new Map<string, string>(),
    source: new Map<string, string>(),
    index: new Map<string, number>(),
  };
  const put = <T extends { id: string }>(map: Map<string, T>, kind: keyof typeof marker, records: T[]) => {
    records.forEach((record, i) => {
      map.delete(record.id); // imported records come last, so clashes are reported on them
      map.set(record.id, record);
      origins[kind].set(record.id, marker[kind]);
      origins.index.set(`${kind}:${record.id}`, i);
    });
  };
  put(dataset.entities, "entity", data.entities);
  put(dataset.events, "event", data.events);
  put(dataset.facts, "fact", data.facts);
  for (const problem of crossCheck(dataset, origins)) {
    const kind = Object.entries(marker)
      .find(([, m]) => m === problem.file)?.[1]
      .slice(1);
    if (kind) at(`$.${kind}${problem.path.slice(1)}`, problem.message);
  }

  // A full name names one entity alone, so an imported entity's name may not be an alias another
  // entity already has. The loader's check files that clash on the entity with the alias, which
  // is not one of the import's when that entity is the server's: say it here, on the import.
  const importedIds = new Set(data.entities.map((entity) => entity.id));
  const aliasedBy = new Map<string, string[]>();
  for (const entity of dataset.entities.values()) {
    if (importedIds.has(entity.id)) continue;
    for (const key of new Set(entity.aliases.map(phraseKey))) {
      if (key) aliasedBy.set(key, [...(aliasedBy.get(key) ?? []), entity.id]);
    }
  }
  data.entities.forEach((entity, i) => {
    const others = aliasedBy.get(phraseKey(entity.name));
    if (others) {
      at(
        `$.entities[${i}].name`,
        `"${entity.name}" already names ${others.map((id) => `"${id}"`).join(", ")}; a full name names ` +
          "one entity alone (give a fuller one, and this as an alias)",
      );
    }
  });

  // An alias may be shared by several entities, but may not be another entity's full name.
  const fullNames = new Map<string, string>();
  for (const entity of dataset.entities.values()) {
    const key = phraseKey(entity.name);
    if (key && !fullNames.has(key)) fullNames.set(key, entity.id);
  }
  // A Discord mention is no name: "@here" would make the word "here" name the entity.
  data.entities.forEach((entity, i) => {
    [entity.name, ...entity.aliases].forEach((name, j) => {
      const mention = mentionProblem(name);
      if (mention) at(`$.entities[${i}].${j === 0 ? "name" : `aliases[${j - 1}]`}`, mention);
    });
  });
  data.aliases.forEach(({ entity, alias }, i) => {
    const key = phraseKey(alias);
    const owner = fullNames.get(key);
    const mention = mentionProblem(alias);
    if (mention) at(`$.aliases[${i}].alias`, mention);
    // An alias of an entity the file removes moves with the removal (an export carries those of
    // a curated entity the server removed); one the server does not know is refused there.
    else if (!dataset.entities.has(entity) && !removing.has(entity))
      at(`$.aliases[${i}].entity`, `unknown entity "${entity}"`);
    else if (!key) at(`$.aliases[${i}].alias`, `alias "${alias}" has no letters or digits`);
    else if (owner !== undefined && owner !== entity) {
      at(
        `$.aliases[${i}].alias`,
        `alias "${alias}" is the full name of entity "${owner}"; a full name names one entity alone`,
      );
    }
  });

  // The names this server gave an entity the file brings (back) name it again: one another entity
  // has taken as its full name meanwhile (while this one was removed) is refused, as a revert is.
  data.entities.forEach((entity, i) => {
    for (const alias of extraAliases.get(entity.id) ?? []) {
      const owner = fullNames.get(phraseKey(alias));
      if (owner !== undefined && owner !== entity.id) {
        at(
          `$.entities[${i}].id`,
          `this server named "${entity.id}" "${alias}" (/alias add), the full name of entity "${owner}"; ` +
            "a full name names one entity alone",
        );
      }
    }
  });

  const imported = new Set(data.facts.map((f) => f.id));
  data.removedFacts.forEach((id, i) => {
    if (imported.has(id)) at(`$.removedFacts[${i}]`, `fact "${id}" is both imported and removed`);
    else if (!kb.fact(id) && store.overlays.current(guildId, "fact", id)?.state !== "removed") {
      at(`$.removedFacts[${i}]`, `unknown fact "${id}"`);
    }
  });
  const givenNow = new Set(data.aliases.map(({ entity, alias }) => `${entity}:${phraseKey(alias)}`));
  data.removedAliases.forEach(({ entity, alias }, i) => {
    if (givenNow.has(`${entity}:${phraseKey(alias)}`))
      at(`$.removedAliases[${i}]`, `alias "${alias}" of entity "${entity}" is both imported and removed`);
  });
  const removals = removedRecordsProblems(data, kb, store, guildId);
  for (const problem of removals) at(problem.path, problem.message);
  if (problems.length > 0) return { ok: false, problems };

  // The revisions: only records that differ from what the server sees.
  const plan: ImportPlan = { sources: newSources, records: [], unchanged: unknownOwn };
  const revisionOf = (kind: RecordChange["kind"], id: string, implicitBase: boolean) =>
    (store.overlays.current(guildId, kind, id)?.revision ?? (implicitBase ? 1 : 0)) + 1;
  const change = (kind: RecordChange["kind"], id: string, before: unknown, after: unknown, base: boolean) => {
    if (isDeepStrictEqual(before ?? null, after)) {
      plan.unchanged++;
      return;
    }
    plan.records.push({
      kind,
      recordId: id,
      state: "present",
      data: after,
      before: before ?? null,
      revision: revisionOf(kind, id, base),
    });
  };
  // An edit of a curated record is its revision 2, as a moderator's is: revision 1 stays the
  // curated version, which a revert to it brings back.
  const base = kb.parent ?? kb;
  for (const entity of data.entities) {
    const curated = base !== kb && base.entity(entity.id) !== undefined;
    change("entity", entity.id, kb.entity(entity.id), entity, curated);
  }
  for (const event of data.events) {
    change("event", event.id, kb.event(event.id), event, base !== kb && base.event(event.id) !== undefined);
  }
  for (const { entity, alias } of data.aliases) {
    const key = phraseKey(alias);
    if (kb.entitiesNamed(key).includes(entity)) {
      plan.unchanged++;
      continue;
    }
    change("alias", `${entity}:${key}`, undefined, { entity, alias: alias.trim() }, false);
  }
  for (const fact of data.facts) {
    change("fact", fact.id, kb.fact(fact.id)?.fact, fact, base !== kb && base.fact(fact.id) !== undefined);
  }
  for (const id of data.removedFacts) {
    const visible = kb.fact(id)?.fact;
    if (!visible) {
      plan.unchanged++;
      continue;
    }
    plan.records.push({
      kind: "fact",
      recordId: id,
      state: "removed",
      data: visible,
      before: visible,
      revision: revisionOf("fact", id, base !== kb && base.fact(id) !== undefined),
    });
  }
  // A name the file's server removed is retired where this server has that alias record (it came
  // from an earlier import of the file's server, or this server gave it too).
  const retired = new Set<string>();
  for (const { entity, alias } of data.removedAliases) {
    const recordId = `${entity}:${phraseKey(alias)}`;
    const here = store.overlays.current(guildId, "alias", recordId);
    if (here?.state !== "present" || retired.has(recordId)) {
      plan.unchanged++;
      continue;
    }
    retired.add(recordId);
    plan.records.push({
      kind: "alias",
      recordId,
      state: "removed",
      data: here.data,
      before: here.data,
      revision: here.revision + 1,
    });
  }
  for (const [kind, ids] of [
    ["entity", data.removedEntities],
    ["event", data.removedEvents],
  ] as const) {
    for (const id of ids) {
      const visible = seenHere(kb, store, guildId, kind, id);
      if (!visible) {
        plan.unchanged++;
        continue;
      }
      const curated = base !== kb && (kind === "entity" ? base.entity(id) : base.event(id)) !== undefined;
      plan.records.push({
        kind,
        recordId: id,
        state: "removed",
        data: visible,
        before: visible,
        revision: revisionOf(kind, id, curated),
      });
    }
  }
  return { ok: true, plan };
}

/**
 * The removed entities and events an import cannot apply, one line each: one the server does not
 * know (nor removed already), one the import also brings, and one that facts or events the server
 * would still see after the import name (a removal is refused while anything names it, as
 * /entity remove and /event remove refuse it: the facts would point nowhere).
 */
function removedRecordsProblems(
  data: OverlayExport,
  kb: KnowledgeBase,
  store: Store,
  guildId: string,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const goingFacts = new Set(data.removedFacts);
  const goingEvents = new Set(data.removedEvents);
  const importedFacts = new Map(data.facts.map((fact) => [fact.id, fact]));
  const importedEvents = new Map(data.events.map((event) => [event.id, event]));
  // What the server would see after the import: its facts and events as replaced by the import's.
  const factsAfter = (visit: (found: (indexed: { fact: Fact }) => boolean) => void): Fact[] => {
    const seen: Fact[] = [];
    visit(({ fact }) => {
      if (!importedFacts.has(fact.id) && !goingFacts.has(fact.id)) seen.push(fact);
      return true;
    });
    return seen;
  };
  const eventsAfter = [
    ...[...kb.allEvents()].filter((event) => !importedEvents.has(event.id) && !goingEvents.has(event.id)),
    ...data.events,
  ];
  const stillNamed = (facts: number, events: number) =>
    [facts > 0 ? plural(facts, "fact") : "", events > 0 ? plural(events, "event") : ""]
      .filter(Boolean)
      .join(" and ");

  for (const [kind, ids, field, imported] of [
    ["entity", data.removedEntities, "removedEntities", new Set(data.entities.map((e) => e.id))],
    ["event", data.removedEvents, "removedEvents", new Set(data.events.map((e) => e.id))],
  ] as const) {
    ids.forEach((id, i) => {
      const path = `$.${field}[${i}]`;
      if (imported.has(id)) {
        problems.push({ path, message: `${kind} "${id}" is both imported and removed` });
        return;
      }
      if (store.overlays.current(guildId, kind, id)?.state === "removed") return;
      if (!seenHere(kb, store, guildId, kind, id)) {
        problems.push({ path, message: `unknown ${kind} "${id}"` });
        return;
      }
      const facts =
        kind === "entity"
          ? [
              ...factsAfter((found) => kb.visitFactsAbout(id, found)),
              ...data.facts.filter((f) => f.entities.includes(id)),
            ]
          : [
              ...factsAfter((found) => kb.visitFactsOfEvent(id, found)),
              ...data.facts.filter((f) => f.event === id),
            ];
      const events =
        kind === "entity" ? eventsAfter.filter((e) => e.participants.some((p) => p.entity === id)) : [];
      if (facts.length + events.length > 0) {
        problems.push({
          path,
          message:
            `${kind} "${id}" cannot be removed: ${stillNamed(facts.length, events.length)} here would still ` +
            `name it (${kind === "entity" ? "remove them in removedFacts and removedEvents" : "remove them in removedFacts"}, or keep the ${kind})`,
        });
      }
    });
  }
  return problems;
}

/**
 * The entity or event as this server sees it, or undefined when it has none or removed it (a
 * knowledge base still finds a curated record the server removed by its id: what names it is
 * told how to bring it back).
 */
/**
 * The file with its own removals (`removedOwnFacts`, …) that this server has put after its other
 * removals, and how many it does not have (nothing to remove: unchanged). It has one only as that
 * very version, its own record of that id (an untouched copy from an earlier import of the file's
 * server); its own record with the same id but other content is another record, which stays (an
 * own id is made from a name, so two servers can have one for different things). `ownPlace` maps
 * each one's place in the merged list to its place in the file.
 */
function withOwnRemovals(
  file: OverlayExport,
  kb: KnowledgeBase,
  store: Store,
  guildId: string,
  ownPlace: Map<string, string>,
): { data: OverlayExport; unknownOwn: number } {
  let unknownOwn = 0;
  const merged = (
    kind: "fact" | "entity" | "event",
    list: "removedFacts" | "removedEntities" | "removedEvents",
    own: "removedOwnFacts" | "removedOwnEntities" | "removedOwnEvents",
  ): string[] => {
    const ids = [...file[list]];
    const schema = { fact: Fact, entity: Entity, event: Event }[kind];
    file[own].forEach((record, i) => {
      const id = record.id;
      const here = store.overlays.current(guildId, kind, id);
      const has =
        here?.state === "present" &&
        (kind === "fact"
          ? kb.fact(id) !== undefined
          : seenHere(kb, store, guildId, kind, id) !== undefined) &&
        sameRecord(schema, here.data, record);
      if (!has || ids.includes(id)) {
        unknownOwn++;
        return;
      }
      ownPlace.set(`$.${list}[${ids.length}]`, `$.${own}[${i}]`);
      ids.push(id);
    });
    return ids;
  };
  const data = {
    ...file,
    removedFacts: merged("fact", "removedFacts", "removedOwnFacts"),
    removedEntities: merged("entity", "removedEntities", "removedOwnEntities"),
    removedEvents: merged("event", "removedEvents", "removedOwnEvents"),
  };
  return { data, unknownOwn };
}

/** Whether a stored record is the file's, as the schema reads both (defaults filled in). */
function sameRecord(schema: z.ZodType, stored: unknown, record: unknown): boolean {
  const a = schema.safeParse(stored);
  const b = schema.safeParse(record);
  return a.success && b.success && isDeepStrictEqual(plain(a.data), plain(b.data));
}

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function seenHere(
  kb: KnowledgeBase,
  store: Store,
  guildId: string,
  kind: "entity" | "event",
  id: string,
): Entity | Event | undefined {
  if (store.overlays.current(guildId, kind, id)?.state === "removed") return undefined;
  return kind === "entity" ? kb.entity(id) : kb.event(id);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** Writes a planned import. Call inside the store's transaction. */
export function applyImport(
  plan: ImportPlan,
  store: Store,
  guildId: string,
  actor: Actor,
  reason: string | undefined,
): ImportCounts {
  const counts: ImportCounts = {
    sources: plan.sources.length,
    entities: 0,
    events: 0,
    aliases: 0,
    facts: 0,
    removed: 0,
    unchanged: plan.unchanged,
  };
  for (const source of plan.sources) store.overlays.putSource(guildId, source);
  for (const record of plan.records) {
    store.overlays.append({
      guildId,
      kind: record.kind,
      recordId: record.recordId,
      revision: record.revision,
      action: "import",
      state: record.state,
      before: record.before,
      after: record.state === "present" ? record.data : null,
      actor,
      reason,
    });
    if (record.state === "removed") counts.removed++;
    else if (record.kind === "fact") counts.facts++;
    else if (record.kind === "entity") counts.entities++;
    else if (record.kind === "event") counts.events++;
    else counts.aliases++;
  }
  return counts;
}

function sameSource(a: Omit<Source, "textFile"> & { text: string }, b: OverlaySource): boolean {
  const pick = (s: Omit<Source, "textFile"> & { text: string }) => [
    s.id,
    s.outlet,
    s.title,
    s.date,
    s.url,
    s.text,
  ];
  return isDeepStrictEqual(pick(a), pick(b));
}

export type DirectoryRead =
  | { ok: true; document: OverlayExport; locate: (problem: Problem) => Problem }
  | { ok: false; problems: Problem[] };

/**
 * Reads a folder in the layout of data/ as one import document, with the loader's own reader
 * (same schemas, same messages). Cross-checks are left to the import, which knows what the
 * server already has. `locate` turns a problem in the document back into its file and JSON path.
 */
export function readDatasetDirectory(dir: string): DirectoryRead {
  const read = readDataFolder(dir);
  const problems = read.problems.filter((p) => !/no source\.json found/.test(p.message));
  if (!read.found || problems.length > 0)
    return { ok: false, problems: read.found ? problems : read.problems };
  const { dataset, origins } = read;
  const document: OverlayExport = {
    sources: [...dataset.sources.values()].map(({ textFile: _textFile, ...source }) => source),
    entities: [...dataset.entities.values()],
    events: [...dataset.events.values()],
    facts: [...dataset.facts.values()],
    aliases: [],
    removedFacts: [],
    removedEntities: [],
    removedEvents: [],
    removedOwnFacts: [],
    removedOwnEntities: [],
    removedOwnEvents: [],
    removedAliases: [],
  };
  const kinds = { sources: "source", entities: "entity", events: "event", facts: "fact" } as const;
  const locate = (problem: Problem): Problem => {
    const match = /^\$\.(sources|entities|events|facts)\[(\d+)\](.*)$/.exec(problem.path);
    if (!match) return problem;
    const collection = match[1] as keyof typeof kinds;
    const record = document[collection][Number(match[2])];
    const kind = kinds[collection];
    const file = record ? origins[kind].get(record.id) : undefined;
    if (!record || !file) return problem;
    const index = origins.index.get(`${kind}:${record.id}`);
    const rest = match[3] ?? "";
    return { ...problem, file, path: index === undefined ? `$${rest}` : `$[${index}]${rest}` };
  };
  return { ok: true, document, locate };
}
