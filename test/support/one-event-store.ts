import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import type { Engine } from "../../src/engine/engine.ts";
import type { Entity, Event, Source } from "../../src/engine/schema.ts";
import { engineFrom } from "./engines.ts";

/** One fact: its id, its statement (also its quote and a line of the article), the entities it is about. */
export type Statement = [id: string, statement: string, entities: string[]];

/** A made-up article that tells of one event, every fact of it said at that event. */
export interface OneEventStore {
  /** The name of the temporary folder's prefix, e.g. "attache-why-". */
  prefix: string;
  /** The article's folder inside it, e.g. "2026-03-11-elm-gazette-sea-patrols". */
  folder: string;
  /** The article; its text is article.txt, the statements one a line. */
  source: Omit<Source, "textFile">;
  entities: Entity[];
  /** The one event; its source is the article. */
  event: Omit<Event, "source">;
  /** The facts, each quoting itself, told of the event and dated on its day. */
  statements: Statement[];
}

const made: string[] = [];
// The folders go when the spec file's specs are done, not pile up in /tmp.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `store` as one article's folder in a fresh temporary folder and loads an engine from it. */
export function oneEventStore(store: OneEventStore): Engine {
  const dir = mkdtempSync(join(tmpdir(), store.prefix));
  made.push(dir);
  const folder = join(dir, store.folder);
  mkdirSync(folder, { recursive: true });
  const { source, event, statements } = store;
  writeFileSync(join(folder, "article.txt"), statements.map(([, statement]) => statement).join("\n"));
  const write = (name: string, value: unknown) =>
    writeFileSync(join(folder, name), JSON.stringify(value, null, 2));
  write("source.json", { ...source, textFile: "article.txt" });
  write("entities.json", store.entities);
  write("events.json", [{ ...event, source: source.id }]);
  write(
    "facts.json",
    statements.map(([id, statement, entities]) => ({
      id,
      statement,
      entities,
      event: event.id,
      source: source.id,
      quote: statement,
      date: event.date,
    })),
  );
  return engineFrom(dir);
}
