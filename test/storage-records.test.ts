import { afterAll, describe, expect, it } from "vitest";
import { type EntityFields, RecordService } from "../src/storage/records.ts";
import { alice, bob, boot, freshDatabase, tempDirs } from "./fixtures/storage/support.ts";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

function start(file = freshDatabase(dirs.make())) {
  const booted = boot(file);
  return { ...booted, file, records: new RecordService(booted.service) };
}

const SOURCE = { outlet: "Example Wire", sourceDate: "2025-05-03", url: "https://example.org/talks" };
const NEW_COUNTRIES: [EntityFields, EntityFields] = [
  {
    kind: "country",
    name: "Veloria",
    description: "Country on Lake Amari",
    aliases: ["Republic of Veloria"],
  },
  { kind: "country", name: "Norland", description: "Country north of Lake Amari", aliases: [] },
];

describe("a server adds the people, countries and organisations its facts are about", () => {
  it("a new entity is a revision of the server's overlay, named in this server only, and kept over a restart", () => {
    const s = start();
    const added = s.records.addEntity("A", alice, NEW_COUNTRIES[0], "asked in #general");
    expect(added).toMatchObject({ ok: true, revision: 1, record: { id: "veloria", kind: "country" } });
    expect(s.engine.knowledge("A").entity("veloria")?.name).toBe("Veloria");
    expect(s.engine.knowledge("B").entity("veloria")).toBeUndefined();
    expect(s.engine.knowledge().entity("veloria")).toBeUndefined();
    s.store.close();
    const again = start(s.file);
    expect(again.engine.knowledge("A").entity("veloria")?.aliases).toEqual(["Republic of Veloria"]);
    expect(
      again.records.history("A", "entity", "veloria")?.map((r) => [r.revision, r.action, r.actor.tag]),
    ).toEqual([[1, "add", alice.tag]]);
    again.store.close();
  });

  it("edits name the revision they start from; a stale edit is refused, history and revert work", () => {
    const s = start();
    s.records.addEntity("A", alice, NEW_COUNTRIES[1]);
    const edited = s.records.editEntity(
      "A",
      alice,
      "norland",
      { ...NEW_COUNTRIES[1], aliases: ["Nordland"] },
      1,
    );
    expect(edited).toMatchObject({ ok: true, revision: 2 });
    expect(s.engine.knowledge("A").entitiesNamed("nordland")).toEqual(["norland"]);
    const stale = s.records.editEntity(
      "A",
      bob,
      "norland",
      { ...NEW_COUNTRIES[1], description: "Kingdom" },
      1,
    );
    expect(stale).toMatchObject({ ok: false, kind: "conflict", current: 2 });
    const reverted = s.records.revert("A", bob, "entity", "norland", 1, "the alias was wrong");
    expect(reverted).toMatchObject({ ok: true, revision: 3, record: { aliases: [] } });
    expect(s.records.history("A", "entity", "norland")?.map((r) => r.action)).toEqual([
      "add",
      "edit",
      "revert",
    ]);
    s.store.close();
  });

  it("a name another entity has is refused, each problem by its field", () => {
    const s = start();
    const taken = s.records.addEntity("A", alice, {
      kind: "person",
      name: "Someone New",
      description: "A person",
      aliases: ["Kazakhstan"],
    });
    expect(taken).toMatchObject({ ok: false, kind: "invalid" });
    if (!taken.ok && taken.kind === "invalid") expect(taken.problems[0]?.field).toBe("aliases[0]");
    s.store.close();
  });
});

describe("a server adds its events", () => {
  it("an event with participants named by name, its citation, answered and listed in this server only", () => {
    const s = start();
    for (const country of NEW_COUNTRIES) s.records.addEntity("A", alice, country);
    const added = s.records.addEvent("A", alice, {
      title: "Veloria and Norland water talks",
      date: "2025-05-02",
      place: "Port Sella",
      participants: [
        { name: "Veloria", role: "host" },
        { name: "Norland", role: "guest" },
      ],
      summary: "Veloria and Norland discussed sharing the waters of Lake Amari.",
      topics: ["water"],
      ...SOURCE,
    });
    expect(added).toMatchObject({
      ok: true,
      revision: 1,
      record: { id: "2025-05-02-veloria-and-norland-water-talks" },
    });
    if (!added.ok) return;
    expect(s.engine.events("A").map((e) => e.id)).toContain(added.record.id);
    expect(s.engine.events("B").map((e) => e.id)).not.toContain(added.record.id);
    expect(s.engine.knowledge("A").source(added.record.source)).toMatchObject({ outlet: "Example Wire" });

    const fields = s.records.eventFields("A", added.record);
    expect(fields.participants).toEqual([
      { name: "Veloria", role: "host" },
      { name: "Norland", role: "guest" },
    ]);
    const moved = s.records.editEvent("A", bob, added.record.id, { ...fields, place: "Norland" }, 1);
    expect(moved).toMatchObject({ ok: true, revision: 2, record: { place: "Norland" } });
    s.store.close();
    const again = start(s.file);
    expect(again.engine.knowledge("A").event(added.record.id)?.place).toBe("Norland");
    again.store.close();
  });

  it("unknown participants and an event after its source are listed at once; nothing is written", () => {
    const s = start();
    const result = s.records.addEvent("A", alice, {
      title: "Talks",
      date: "2025-06-01",
      participants: [{ name: "Atlantis" }],
      summary: "They talked.",
      topics: [],
      ...SOURCE,
    });
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    if (!result.ok && result.kind === "invalid") {
      expect(result.problems.map((p) => p.field)).toEqual(["participants[0]", "date"]);
    }
    expect(s.engine.events("A").some((e) => e.title === "Talks")).toBe(false);
    s.store.close();
  });
});
