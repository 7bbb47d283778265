/**
 * A server's knowledge reads the curated base's index of which events name which entity (one
 * copy for every server that changed no event and no name). Replaying the removal of an entity
 * or event the server had added itself hid an id the curated data never had: after a restart
 * that server built an index of its own over every curated event, and looked up every word the
 * slow way, for a record that is not there. Now only a curated record is hidden; the server's own
 * record, removed, leaves nothing behind after a restart.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { Engine } from "../src/engine/engine.ts";
import { openStorage, type Storage } from "../src/storage/index.ts";
import { alice } from "./fixtures/storage/support.ts";
import { engineFrom, SEED_DIR } from "./support/engines.ts";
import { moderationServices } from "./support/moderation-services.ts";

const bot = moderationServices();
const HERE = "900000000000000031";

const reopened: Storage[] = [];
afterAll(() => {
  for (const storage of reopened) storage.store.close();
});

/** The bot started again on the same database. */
function restarted(): Storage {
  const opened = openStorage(engineFrom(SEED_DIR), bot.file);
  if (!opened.ok) throw new Error(opened.error.message);
  reopened.push(opened.storage);
  return opened.storage;
}

/** A curated entity some curated event's title or place names (what the naming index holds). */
function namedByAnEvent(engine: Engine): string {
  const named = [...engine.base.allEntities()].find(
    (entity) => engine.base.eventsNaming(entity.id).length > 0,
  );
  if (!named) throw new Error("the seed article's events name no entity");
  return named.id;
}

/** Whether the server reads the curated base's naming index itself, not a copy of its own. */
function readsCuratedNaming(engine: Engine): boolean {
  const id = namedByAnEvent(engine);
  return engine.knowledge(HERE).eventsNaming(id) === engine.base.eventsNaming(id);
}

describe("a server that removed an entity and an event it had added itself", () => {
  it("after a restart hides nothing and reads the curated events' naming as every unchanged server does", () => {
    const records = bot.storage.records;
    const entity = records.addEntity(HERE, alice, {
      kind: "person",
      name: "Zorbel Quint",
      description: "Envoy of a made-up lake council",
      aliases: [],
    });
    expect(entity).toMatchObject({ ok: true, record: { id: "zorbel-quint" } });
    const event = records.addEvent(HERE, alice, {
      title: "Zorbel Quint visits the lake council",
      date: "2025-03-02",
      participants: [{ name: "Zorbel Quint" }],
      summary: "A made-up visit.",
      outlet: "Example Wire",
      sourceDate: "2025-03-03",
    });
    expect(event.ok).toBe(true);
    if (!event.ok) return;
    expect(records.remove(HERE, alice, "event", event.record.id)).toMatchObject({ ok: true });
    expect(records.remove(HERE, alice, "entity", "zorbel-quint")).toMatchObject({ ok: true });

    const after = restarted();
    const kb = after.facts.engine.knowledge(HERE);
    expect([...kb.hiddenEntities, ...kb.hiddenEvents]).toEqual([]);
    expect(kb.entity("zorbel-quint")).toBeUndefined();
    expect(kb.event(event.record.id)).toBeUndefined();
    expect(readsCuratedNaming(after.facts.engine)).toBe(true);
    // What the server removed is still removed, in its records as in its history.
    expect(after.records.state(HERE, "entity", "zorbel-quint")).toMatchObject({ removed: true });
  });

  it("still hides a curated event it removed, and then reads naming of its own", () => {
    const [curated] = [...bot.engine.base.allEvents()];
    if (!curated) throw new Error("the seed article has no event");
    const facts = [...bot.engine.knowledge(HERE).factsOfEventVisible(curated.id)].map((f) => f.fact.id);
    for (const fact of facts)
      expect(bot.storage.facts.removeFact(HERE, alice, fact)).toMatchObject({ ok: true });
    expect(bot.storage.records.remove(HERE, alice, "event", curated.id)).toMatchObject({ ok: true });

    const after = restarted();
    const kb = after.facts.engine.knowledge(HERE);
    expect([...kb.hiddenEvents]).toEqual([curated.id]);
    expect(readsCuratedNaming(after.facts.engine)).toBe(false);
  });
});
