import { afterAll, describe, expect, it } from "vitest";
import { type EntityFields, RecordService } from "../src/storage/records.ts";
import { alice, bob, boot, freshDatabase, tempDirs } from "./fixtures/storage/support.ts";
import { countingRecordsRead, storeRemovals } from "./support/records-read.ts";

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

/** An article as approving its draft imports it: its source, a new person, its event and two facts. */
const ARTICLE = {
  sources: [
    {
      id: "example-wire-2025-05-03-talks",
      outlet: "Example Wire",
      title: "Veloria and Azerbaijan hold talks",
      date: "2025-05-03",
      url: "https://example.org/talks",
      text: "Anna Kessel, Foreign Minister of Veloria, met Ilham Aliyev in Baku on 2 May. They discussed ferries.",
    },
  ],
  entities: [
    { id: "veloria", kind: "country", name: "Veloria", description: "Country on Lake Amari", aliases: [] },
    {
      id: "anna-kessel",
      kind: "person",
      name: "Anna Kessel",
      description: "Foreign Minister of Veloria",
      aliases: [],
    },
  ],
  events: [
    {
      id: "2025-05-02-kessel-meets-aliyev",
      title: "Anna Kessel meets Ilham Aliyev in Baku",
      date: "2025-05-02",
      place: "Baku",
      participants: [{ entity: "anna-kessel" }, { entity: "ilham-aliyev" }],
      summary: "Anna Kessel, Foreign Minister of Veloria, met Ilham Aliyev in Baku.",
      topics: ["ferries"],
      source: "example-wire-2025-05-03-talks",
    },
  ],
  facts: [
    {
      id: "kessel-met-aliyev",
      statement: "Anna Kessel met Ilham Aliyev in Baku on 2 May 2025.",
      entities: ["anna-kessel", "ilham-aliyev"],
      event: "2025-05-02-kessel-meets-aliyev",
      source: "example-wire-2025-05-03-talks",
      quote: "Anna Kessel, Foreign Minister of Veloria, met Ilham Aliyev in Baku on 2 May",
      date: "2025-05-02",
    },
    {
      id: "kessel-and-aliyev-discussed-ferries",
      statement: "Anna Kessel and Ilham Aliyev discussed ferries.",
      entities: ["anna-kessel", "ilham-aliyev"],
      event: "2025-05-02-kessel-meets-aliyev",
      source: "example-wire-2025-05-03-talks",
      quote: "They discussed ferries.",
    },
  ],
};

function withArticle() {
  const s = start();
  const imported = s.service.importOverlay("A", alice, ARTICLE);
  if (!imported.ok) throw new Error(JSON.stringify(imported));
  return s;
}

describe("a server takes back the entities and events it added", () => {
  it("an entity is removed as a revision: the server no longer sees it, revert brings it back, other servers never had it", () => {
    const s = start();
    s.records.addEntity("A", alice, NEW_COUNTRIES[1]);
    s.records.addEntity("B", alice, NEW_COUNTRIES[1]);
    const removed = s.records.remove("A", bob, "entity", "norland", { reason: "misspelt" });
    expect(removed).toMatchObject({ ok: true, revision: 2 });
    expect(s.engine.knowledge("A").entity("norland")).toBeUndefined();
    expect(s.engine.knowledge("A").entitiesNamed("norland")).toEqual([]);
    expect(s.engine.knowledge("B").entity("norland")?.name).toBe("Norland");
    expect(s.records.history("A", "entity", "norland")?.map((r) => [r.action, r.reason])).toEqual([
      ["add", undefined],
      ["remove", "misspelt"],
    ]);
    expect(s.records.remove("A", bob, "entity", "norland")).toMatchObject({ ok: false, kind: "unchanged" });
    expect(
      s.records.editEntity("A", bob, "norland", { ...NEW_COUNTRIES[1], description: "Kingdom" }, 2),
    ).toMatchObject({ ok: false, kind: "not-found" });
    s.store.close();
    const again = start(s.file);
    expect(again.engine.knowledge("A").entity("norland")).toBeUndefined();
    expect(again.records.revert("A", alice, "entity", "norland", 1)).toMatchObject({ ok: true, revision: 3 });
    expect(again.engine.knowledge("A").entitiesNamed("norland")).toEqual(["norland"]);
    again.store.close();
  });

  it("an entity that facts or events still name is refused, saying how many", () => {
    const s = withArticle();
    const refused = s.records.remove("A", bob, "entity", "anna-kessel");
    expect(refused).toMatchObject({ ok: false, kind: "in-use", facts: 2, events: 1 });
    if (!refused.ok && refused.kind === "in-use")
      expect(refused.message).toMatch(/^2 facts and 1 event of this server still name it/);
    expect(s.engine.knowledge("A").entity("anna-kessel")).toBeDefined();
    s.store.close();
  });

  it("a curated entity is removed for one server alone, once none of its facts there names it, and kept over a restart", () => {
    const s = start();
    expect(s.records.remove("A", bob, "entity", "kazakhstan")).toMatchObject({
      ok: false,
      kind: "in-use",
      facts: 1,
    });
    s.service.removeFact("A", bob, "aliyev-thanked-member-countries-kazakhstan");
    expect(s.records.remove("A", bob, "entity", "kazakhstan")).toMatchObject({ ok: true, revision: 2 });
    expect(s.records.entities("A").map((e) => e.id)).not.toContain("kazakhstan");
    expect(s.records.entities("B").map((e) => e.id)).toContain("kazakhstan");
    s.store.close();
    const again = start(s.file);
    expect(again.records.entities("A").map((e) => e.id)).not.toContain("kazakhstan");
    expect(again.records.removedHere("A", "entity").map((e) => e.id)).toEqual(["kazakhstan"]);
    expect(again.records.history("A", "entity", "kazakhstan")?.map((r) => r.action)).toEqual([
      "curated",
      "remove",
    ]);
    expect(again.records.revert("A", alice, "entity", "kazakhstan", 1)).toMatchObject({
      ok: true,
      revision: 3,
    });
    expect(again.records.entities("A").map((e) => e.id)).toContain("kazakhstan");
    again.store.close();
  });

  it("an event with no facts is removed and leaves the server's list of events; its facts keep one", () => {
    const s = withArticle();
    const refused = s.records.remove("A", bob, "event", "2025-05-02-kessel-meets-aliyev");
    expect(refused).toMatchObject({ ok: false, kind: "in-use", facts: 2 });
    const added = s.records.addEvent("A", alice, {
      title: "Talks on ferries",
      date: "2025-05-01",
      participants: [{ name: "Anna Kessel" }],
      summary: "They talked.",
      ...SOURCE,
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(s.records.remove("A", bob, "event", added.record.id)).toMatchObject({ ok: true, revision: 2 });
    expect(s.engine.events("A").map((e) => e.id)).not.toContain(added.record.id);
    expect(s.engine.events("A").map((e) => e.id)).toContain("2025-05-02-kessel-meets-aliyev");
    s.store.close();
  });
});

describe("a server takes back an approved article, and restores it", () => {
  it("lists what would go: its facts, its event, and the entities nothing else names", () => {
    const s = withArticle();
    const parts = s.records.articleParts("A", "example-wire-2025-05-03-talks");
    expect(parts.facts.map((f) => f.id).sort()).toEqual([
      "kessel-and-aliyev-discussed-ferries",
      "kessel-met-aliyev",
    ]);
    expect(parts.events.map((e) => e.id)).toEqual(["2025-05-02-kessel-meets-aliyev"]);
    // Ilham Aliyev is curated; Veloria is named by nothing of the article.
    expect(parts.entities.map((e) => e.id)).toEqual(["anna-kessel"]);
    s.store.close();
  });

  it("taking it back removes each as a revision in this server only; restoring brings back exactly those", () => {
    const s = withArticle();
    s.service.importOverlay("B", alice, ARTICLE);
    // Removed on its own before: a restore of the article leaves it removed.
    s.service.addFact("A", alice, {
      statement: "Anna Kessel is Veloria's foreign minister.",
      entities: ["Anna Kessel"],
      outlet: "Example Wire",
      date: "2025-05-03",
      url: "https://example.org/talks",
      quote: "Anna Kessel, Foreign Minister of Veloria",
    });
    const own = s.service.listFacts("A", { query: "foreign minister", filter: "changed" }).items[0]!;
    s.service.removeFact("A", bob, own.id);

    const taken = s.records.takeBackArticle("A", bob, "example-wire-2025-05-03-talks", "wrong server");
    expect([taken.facts.length, taken.events.length, taken.entities.length]).toEqual([2, 1, 1]);
    const a = s.engine.knowledge("A");
    expect(a.fact("kessel-met-aliyev")).toBeUndefined();
    expect(a.event("2025-05-02-kessel-meets-aliyev")).toBeUndefined();
    expect(a.entity("anna-kessel")).toBeUndefined();
    expect(s.engine.knowledge("B").fact("kessel-met-aliyev")).toBeDefined();
    expect(s.service.history("A", "kessel-met-aliyev")).toMatchObject({
      revisions: [
        { action: "import" },
        { action: "remove", reason: "article taken back: example-wire-2025-05-03-talks: wrong server" },
      ],
    });
    s.store.close();

    const again = start(s.file);
    expect(again.engine.knowledge("A").entity("anna-kessel")).toBeUndefined();
    const restored = again.records.restoreArticle("A", alice, "example-wire-2025-05-03-talks");
    if (!restored.ok) throw new Error(JSON.stringify(restored));
    expect([restored.facts.length, restored.events.length, restored.entities.length]).toEqual([2, 1, 1]);
    const back = again.engine.knowledge("A");
    expect(back.fact("kessel-met-aliyev")?.fact.statement).toBe(ARTICLE.facts[0]!.statement);
    expect(back.event("2025-05-02-kessel-meets-aliyev")).toBeDefined();
    expect(back.entity("anna-kessel")).toBeDefined();
    expect(again.service.getFact("A", own.id)?.status).toBe("removed");
    expect(again.records.restoreArticle("A", alice, "example-wire-2025-05-03-talks")).toMatchObject({
      ok: true,
      facts: [],
    });
    again.store.close();
  });
});

describe("a server that removed thousands of records finds the articles it took back", () => {
  it("from the reasons of the take-back's removals alone: no record is read, and the answer is the same", () => {
    const s = withArticle();
    // A thousand facts of another article, removed one by one: not taken back, never restorable.
    storeRemovals(s.store, "A", bob, "fact", 1000, (i) => ({
      id: `unrelated-${i}`,
      ...(i % 2 === 0 ? { reason: "duplicate" } : {}),
      data: { ...ARTICLE.facts[0]!, id: `unrelated-${i}`, source: "another-wire-2025-05-04" },
    }));
    // A moderator's own reason that only looks like a take-back's marker, for another article.
    s.service.removeFact("A", bob, "kessel-and-aliyev-discussed-ferries", {
      reason: "article taken back: another-wire-2025-05-04",
    });
    const before = countingRecordsRead(s.store, () => s.records.articlesHere("A"));
    expect(before.recordsRead).toBe(0);
    expect(before.result.map((a) => [a.source.id, a.restorable, a.inUse])).toEqual([
      ["example-wire-2025-05-03-talks", false, true],
    ]);

    s.records.takeBackArticle("A", bob, "example-wire-2025-05-03-talks");
    const after = countingRecordsRead(s.store, () => s.records.articlesHere("A"));
    expect(after.recordsRead).toBe(0);
    expect(after.result.map((a) => [a.source.id, a.restorable, a.inUse])).toEqual([
      ["example-wire-2025-05-03-talks", true, false],
    ]);
    expect(s.records.articlesHere("B")).toEqual([]);

    // The restore reads the take-back's own removals, not the thousand others, and brings back
    // what it took, not the fact removed on its own.
    const restored = countingRecordsRead(s.store, () =>
      s.store.overlays.removals("A", "fact", "article taken back: example-wire-2025-05-03-talks"),
    );
    expect(restored.result.map((r) => r.recordId)).toEqual(["kessel-met-aliyev"]);
    expect(restored.recordsRead).toBe(1);
    const back = s.records.restoreArticle("A", alice, "example-wire-2025-05-03-talks");
    expect(back.ok && back.facts.map((f) => f.id)).toEqual(["kessel-met-aliyev"]);
    s.store.close();
  });

  it("lists the entities and events it removed, and those it still sees, without reading the rest", () => {
    const s = withArticle();
    storeRemovals(s.store, "A", bob, "event", 1000, (i) => ({
      id: `2025-01-01-unrelated-${i}`,
      data: { ...ARTICLE.events[0]!, id: `2025-01-01-unrelated-${i}` },
    }));
    const seen = countingRecordsRead(s.store, () => s.records.events("A"));
    expect(seen.recordsRead).toBe(0);
    expect(seen.result.map((e) => e.id)).toContain("2025-05-02-kessel-meets-aliyev");
    const removed = countingRecordsRead(s.store, () => s.records.removedHere("A", "entity"));
    expect(removed).toEqual({ result: [], recordsRead: 0 });
    s.store.close();
  });
});

describe("another process hears of a removal", () => {
  it("an entity removed by one process is gone from the other's server after it syncs", () => {
    const file = freshDatabase(dirs.make());
    const one = start(file);
    const other = start(file);
    one.records.addEntity("A", alice, NEW_COUNTRIES[1]);
    other.service.syncExternalChanges();
    expect(other.engine.knowledge("A").entity("norland")).toBeDefined();
    one.records.remove("A", bob, "entity", "norland");
    other.service.syncExternalChanges();
    expect(other.engine.knowledge("A").entity("norland")).toBeUndefined();
    expect(other.engine.knowledge("A").entitiesNamed("norland")).toEqual([]);
    one.store.close();
    other.store.close();
  });
});

describe("a curated entity or event taken back to its curated revision", () => {
  it("is no longer the server's own: its export leaves it out, and another process shows the curated one after it syncs", () => {
    const file = freshDatabase(dirs.make());
    const one = start(file);
    const other = start(file);
    const curated = one.engine.base.entity("kazakhstan")!;
    const { id: _id, ...fields } = curated;
    one.records.editEntity("A", alice, "kazakhstan", { ...fields, description: "Our neighbour" }, 1);
    const event = "2024-04-17-aliyev-receives-sarybay";
    const summary = one.engine.base.event(event)!.summary;
    const eventFields = one.records.eventFields("A", one.records.state("A", "event", event)!.current);
    one.records.editEvent("A", alice, event, { ...eventFields, summary: "Our own account" }, 1);
    other.service.syncExternalChanges();
    expect(other.engine.knowledge("A").entity("kazakhstan")?.description).toBe("Our neighbour");
    expect(other.engine.knowledge("A").event(event)?.summary).toBe("Our own account");

    expect(one.records.revert("A", bob, "entity", "kazakhstan", 1)).toMatchObject({
      ok: true,
      revision: 3,
      followsCurated: true,
    });
    expect(one.records.revert("A", bob, "event", event, 1)).toMatchObject({ ok: true, revision: 3 });
    const exported = one.service.exportOverlay("A");
    expect([exported.entities, exported.events]).toEqual([[], []]);
    expect(one.engine.knowledge("A").entity("kazakhstan")?.description).toBe(curated.description);

    other.service.syncExternalChanges();
    expect(other.engine.knowledge("A").entity("kazakhstan")?.description).toBe(curated.description);
    expect(other.engine.knowledge("A").event(event)?.summary).toBe(summary);
    one.store.close();
    other.store.close();
  });
});
