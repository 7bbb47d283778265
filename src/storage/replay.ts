import type { Engine } from "../engine/engine.ts";
import type { KnowledgeBase } from "../engine/knowledge.ts";
import { Entity, Event, Fact } from "../engine/schema.ts";
import type { Store } from "./database.ts";
import type { CurrentRecord, OverlaySource } from "./overlay-store.ts";
import type { RecordKind, RecordState } from "./types.ts";

export interface ReplayReport {
  guilds: number;
  sources: number;
  records: number;
  /** Records that could not be applied (skipped), one line each. */
  warnings: string[];
}

export interface RecordChange {
  kind: RecordKind;
  recordId: string;
  state: RecordState;
  data: unknown;
}

/**
 * Puts one record's current state into a server's overlay. The knowledge base updates only the
 * indexes of that record, so this is cheap whatever the size of the base.
 */
export function applyRecord(kb: KnowledgeBase, record: RecordChange): void {
  switch (record.kind) {
    case "fact":
      if (record.state === "present") kb.addFact(record.data as Fact);
      else if (record.state === "removed") kb.removeFact(record.recordId);
      else kb.restoreParentFact(record.recordId);
      return;
    case "entity":
      if (record.state === "present") kb.addEntity(record.data as Entity);
      else if (record.state === "removed") kb.removeEntity(record.recordId);
      return;
    case "event":
      if (record.state === "present") kb.addEvent(record.data as Event);
      else if (record.state === "removed") kb.removeEvent(record.recordId);
      return;
    case "alias": {
      const { entity, alias } = record.data as { entity: string; alias: string };
      if (record.state === "present") kb.addAlias(entity, alias);
      else kb.removeAlias(entity, alias);
      return;
    }
  }
}

/**
 * Start-up: rebuilds every server's overlay (or only `guilds`) from the database's current state.
 * Records are re-validated against the schemas; a record that no longer validates (the database
 * was edited by hand) is skipped with a warning rather than stopping the bot.
 */
export function replayOverlays(engine: Engine, store: Store, guilds?: readonly string[]): ReplayReport {
  // One server at a time reads only that server's rows (a shard loading a server on first use).
  if (guilds?.length === 1)
    return replayRows(engine, store.overlays.sources(guilds[0]), store.overlays.records(guilds[0]));
  const wanted = guilds ? new Set(guilds) : undefined;
  const keep = <T extends { guildId: string }>(rows: T[]) =>
    wanted ? rows.filter((row) => wanted.has(row.guildId)) : rows;
  return replayRows(engine, keep(store.overlays.sources()), keep(store.overlays.records()));
}

function replayRows(
  engine: Engine,
  sources: { guildId: string; source: OverlaySource }[],
  records: CurrentRecord[],
): ReplayReport {
  const report: ReplayReport = { guilds: 0, sources: 0, records: 0, warnings: [] };
  const touched = new Set<KnowledgeBase>();
  for (const { guildId, source } of sources) {
    const kb = engine.overlay(guildId);
    kb.addSource({ textFile: "article.txt", ...source });
    touched.add(kb);
    report.sources++;
  }
  for (const record of records) {
    const kb = engine.overlay(record.guildId);
    touched.add(kb);
    if (record.state === "present") {
      const schema = { fact: Fact, entity: Entity, event: Event, alias: undefined }[record.kind];
      const checked = schema?.safeParse(record.data);
      if (checked && !checked.success) {
        report.warnings.push(
          `guild ${record.guildId}: ${record.kind} "${record.recordId}" skipped: ${checked.error.issues[0]?.message}`,
        );
        continue;
      }
    }
    applyRecord(kb, record);
    report.records++;
  }
  for (const kb of touched) engine.touched(kb);
  report.guilds = touched.size;
  return report;
}
