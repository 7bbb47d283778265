import { afterAll, describe, expect, it, vi } from "vitest";
import { Engine } from "../src/engine/engine.ts";
import { KnowledgeBase } from "../src/engine/knowledge.ts";
import { loadDataset } from "../src/engine/load.ts";
import { openStorage } from "../src/storage/index.ts";
import { RecordService } from "../src/storage/records.ts";
import { replayOverlays } from "../src/storage/replay.ts";
import { FactService } from "../src/storage/service.ts";
import {
  alice,
  baseEngine,
  bob,
  boot,
  DATA_DIR,
  freshDatabase,
  MEMORANDUM,
  MEMORANDUM_QUESTION,
  openAt,
  PRESIDENT_FACT,
  PRESIDENT_QUESTION,
  tempDirs,
} from "./fixtures/storage/support.ts";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

/** A new database: a SQLite file, or a PostgreSQL database in the "postgres" project. */
const dbFile = () => freshDatabase(dirs.make());
const citedIds = (engine: Engine, question: string, scope?: string) =>
  engine.answer(question, scope).facts.map((f) => f.id);

describe("each server has its own overlay on the shared base", () => {
  it("a fact added in A is answered in A only, and still after a restart", () => {
    const file = dbFile();
    const { engine, store, service } = boot(file);
    const added = service.addFact("A", alice, MEMORANDUM, "from today's news");
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const id = added.fact.id;
    expect(added.fact).toMatchObject({ revision: 1, origin: "server", status: "active" });
    expect(added.fact.citation).toMatchObject({ outlet: "Trend News Agency", date: "2024-05-02" });

    expect(citedIds(engine, MEMORANDUM_QUESTION, "A")).toEqual([id]);
    expect(engine.answer(MEMORANDUM_QUESTION, "A").facts[0]?.source.quote).toBe(MEMORANDUM.quote);
    expect(citedIds(engine, MEMORANDUM_QUESTION, "B")).not.toContain(id);
    expect(citedIds(engine, MEMORANDUM_QUESTION)).not.toContain(id);
    store.close();

    const restarted = boot(file);
    expect(citedIds(restarted.engine, MEMORANDUM_QUESTION, "A")).toEqual([id]);
    expect(citedIds(restarted.engine, MEMORANDUM_QUESTION, "B")).not.toContain(id);
    expect(citedIds(restarted.engine, MEMORANDUM_QUESTION)).not.toContain(id);
    const history = restarted.service.history("A", id);
    expect(history.ok && history.revisions[0]).toMatchObject({
      revision: 1,
      action: "add",
      actor: alice,
      reason: "from today's news",
    });
    restarted.store.close();
  });

  it("edit, removal and revert of a base fact change A only, and survive a restart", () => {
    const file = dbFile();
    const { engine, store, service } = boot(file);
    const baseAnswer = engine.answer(PRESIDENT_QUESTION).answer;
    const statement = "Ilham Aliyev has been President of the Republic of Azerbaijan since 2003.";

    const edited = service.editFact("A", alice, PRESIDENT_FACT, { statement }, 1, "more precise");
    expect(edited.ok && edited.revision).toBe(2);
    expect(engine.answer(PRESIDENT_QUESTION, "A").answer).toContain("since 2003");
    expect(engine.answer(PRESIDENT_QUESTION, "B").answer).toBe(baseAnswer);
    expect(engine.answer(PRESIDENT_QUESTION).answer).toBe(baseAnswer);
    // The edit kept citing the curated article: the quote still occurs in it.
    expect(edited.ok && edited.fact.citation.sourceId).toBe("news-az-2024-04-17-aliyev-sarybay");

    const removed = service.removeFact("A", bob, PRESIDENT_FACT, { reason: "duplicate", baseRevision: 2 });
    expect(removed.ok && removed.fact.status).toBe("removed");
    expect(citedIds(engine, PRESIDENT_QUESTION, "A")).not.toContain(PRESIDENT_FACT);
    expect(citedIds(engine, PRESIDENT_QUESTION, "B")).toContain(PRESIDENT_FACT);
    store.close();

    let booted = boot(file);
    expect(citedIds(booted.engine, PRESIDENT_QUESTION, "A")).not.toContain(PRESIDENT_FACT);
    expect(citedIds(booted.engine, PRESIDENT_QUESTION, "B")).toContain(PRESIDENT_FACT);
    // Revert to the edit (revision 2): answered again, with the edited text.
    const reverted = booted.service.revertFact("A", alice, PRESIDENT_FACT, 2, "removed by mistake");
    expect(reverted.ok && reverted.revision).toBe(4);
    expect(booted.engine.answer(PRESIDENT_QUESTION, "A").answer).toContain("since 2003");
    booted.store.close();

    booted = boot(file);
    expect(booted.engine.answer(PRESIDENT_QUESTION, "A").answer).toContain("since 2003");
    expect(booted.engine.answer(PRESIDENT_QUESTION, "B").answer).toBe(baseAnswer);
    booted.store.close();
  });

  it("an alias added in A is understood in A only", () => {
    const { engine, store, service } = boot(dbFile());
    const before = engine.answer("Who is Sarybay-aga?", "A");
    const result = service.addAlias("A", alice, "Kairat Sarybay", "Sarybay-aga");
    expect(result).toEqual({ ok: true, entityId: "kairat-sarybay", alias: "Sarybay-aga" });
    expect(engine.answer("Who is Sarybay-aga?", "A").answer).toContain("Secretary General");
    expect(engine.answer("Who is Sarybay-aga?", "B").answer).toBe(before.answer);
    expect(service.addAlias("A", alice, "kairat-sarybay", "sarybay aga").ok).toBe(false);
    // Another entity's full name is no alias (its alias may be shared: see namesakes.test.ts).
    const clash = service.addAlias("A", alice, "cica", "Ilham Aliyev");
    expect(clash).toMatchObject({ ok: false, kind: "invalid" });
    expect(service.addAlias("A", alice, "Sarybai-x", "whatever")).toMatchObject({
      ok: false,
      problems: [
        { field: "entity", candidates: expect.arrayContaining(["Kairat Sarybay (kairat-sarybay)"]) },
      ],
    });
    store.close();
  });

  it("an alias taken back stops naming the entity, in this server, also after a restart", () => {
    const file = dbFile();
    const { engine, store, service } = boot(file);
    const question = "Who is Sarybay-aga?";
    expect(engine.answer(question, "A").answered).toBe(false);
    service.addAlias("A", alice, "Kairat Sarybay", "Sarybay-aga");
    service.addAlias("B", bob, "Kairat Sarybay", "Sarybay-aga");
    expect(service.aliases("A")).toEqual([{ entityId: "kairat-sarybay", alias: "Sarybay-aga" }]);

    expect(service.removeAlias("A", alice, "kairat-sarybay", "sarybay aga", "a joke")).toEqual({
      ok: true,
      entityId: "kairat-sarybay",
      alias: "Sarybay-aga",
    });
    expect(engine.answer(question, "A").answered).toBe(false);
    expect(engine.answer(question, "B").answer).toContain("Secretary General");
    expect(service.aliases("A")).toEqual([]);
    // Twice, or a name the server never gave, or a curated one: nothing to take back.
    expect(service.removeAlias("A", alice, "kairat-sarybay", "Sarybay-aga")).toMatchObject({
      ok: false,
      kind: "not-found",
    });
    expect(service.removeAlias("A", alice, "cica", "CICA")).toMatchObject({
      ok: false,
      kind: "not-found",
      message: expect.stringMatching(/curated names/),
    });
    store.close();

    const restarted = boot(file);
    expect(restarted.engine.answer(question, "A").answered).toBe(false);
    expect(restarted.engine.answer(question, "B").answer).toContain("Secretary General");
    restarted.store.close();
  });

  it("a server can add an entity and facts about it", () => {
    const { engine, store, service } = boot(dbFile());
    const entity = service.addEntity("A", alice, {
      kind: "person",
      name: "Zhanna Example",
      description: "Special envoy for digital affairs",
      aliases: ["Envoy Example"],
    });
    expect(entity.ok).toBe(true);
    const fact = service.addFact("A", alice, {
      statement: "Zhanna Example opened the digital forum in Baku.",
      entities: ["Envoy Example", "Azerbaijan"],
      outlet: "Example Times",
      date: "2024-06-01",
      quote: "Zhanna Example opened the forum",
    });
    expect(fact.ok && fact.fact.fact.entities).toEqual(["zhanna-example", "azerbaijan"]);
    expect(engine.answer("Who opened the digital forum?", "A").answer).toContain("Zhanna Example");
    expect(engine.answer("Who is Zhanna Example?", "B").answered).toBe(false);
    store.close();
  });
});

describe("validation lists every problem and gives the input back", () => {
  it("reports bad fields and unknown names with close candidates, writing nothing", () => {
    const { store, service } = boot(dbFile());
    const input = {
      statement: "  ",
      entities: ["Ilham Aliev", "Aliyevv", "Sarybey", "Nobody At All"],
      outlet: "Example",
      date: "2024-02-30",
      quote: "words",
      url: "not a url",
      event: "no-such-event",
    };
    const result = service.addFact("A", alice, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe("invalid");
    if (result.kind !== "invalid") return;
    expect(result.yourInput).toEqual(input);
    const byField = Object.fromEntries(result.problems.map((p) => [p.field, p]));
    expect(Object.keys(byField).sort()).toEqual(
      ["date", "entities[1]", "entities[2]", "entities[3]", "event", "statement", "url"].sort(),
    );
    expect(byField["entities[1]"]?.candidates).toContain("Ilham Aliyev (ilham-aliyev)");
    expect(byField["entities[2]"]?.candidates).toContain("Kairat Sarybay (kairat-sarybay)");
    expect(byField["entities[3]"]?.candidates).toBeUndefined();
    expect(store.overlays.records("A")).toEqual([]);
    store.close();
  });

  it("an edit with another citation cites a new source whose text is the quote", () => {
    const { engine, store, service } = boot(dbFile());
    const cited = {
      outlet: "APA",
      date: "2024-05-01",
      quote: "Aliyev, the head of state",
      url: "https://example.org/apa",
    };
    const result = service.editFact("A", alice, PRESIDENT_FACT, cited, 1);
    expect(result.ok && result.fact.citation).toMatchObject({
      outlet: "APA",
      date: "2024-05-01",
      url: cited.url,
      title: "APA, 1 May 2024",
    });
    const sourceId = result.ok ? result.fact.citation.sourceId : "";
    expect(engine.knowledge("A").source(sourceId)?.text).toBe(cited.quote);
    expect(engine.knowledge("B").source(sourceId)).toBeUndefined();
    const answer = engine.answer(PRESIDENT_QUESTION, "A");
    expect(answer.facts[0]).toMatchObject({
      id: PRESIDENT_FACT,
      source: { outlet: "APA", quote: cited.quote },
    });
    // Changing only the keywords keeps that citation.
    const again = service.editFact("A", alice, PRESIDENT_FACT, { keywords: ["head of state"] }, 2);
    expect(again.ok && again.fact.citation.sourceId).toBe(sourceId);
    store.close();
  });

  it("an edit that changes nothing is not a revision", () => {
    const { store, service } = boot(dbFile());
    const result = service.editFact("A", alice, PRESIDENT_FACT, {}, 1);
    expect(result).toMatchObject({ ok: false, kind: "unchanged" });
    expect(service.editFact("A", alice, "no-such-fact", {}, 1)).toMatchObject({
      ok: false,
      kind: "not-found",
    });
    store.close();
  });
});

describe("optimistic concurrency", () => {
  it("two moderators edit the same revision: one wins, the other gets a conflict with their text back", () => {
    const file = dbFile();
    const first = boot(file);
    const second = new FactService(first.engine, first.store);
    const view = first.service.getFact("A", PRESIDENT_FACT);
    expect(view?.revision).toBe(1);
    const aliceEdit = { statement: "Ilham Aliyev is the President of Azerbaijan (alice's version)." };
    const bobEdit = {
      statement: "Ilham Aliyev is the President of Azerbaijan (bob's version).",
      keywords: ["head"],
    };
    const won = first.service.editFact("A", alice, PRESIDENT_FACT, aliceEdit, 1, "alice's reason");
    const lost = second.editFact("A", bob, PRESIDENT_FACT, bobEdit, 1, "bob's reason");
    expect(won.ok).toBe(true);
    expect(lost.ok).toBe(false);
    if (lost.ok || lost.kind !== "conflict")
      throw new Error(`expected a conflict, got ${JSON.stringify(lost)}`);
    expect(lost.yourInput).toEqual(bobEdit);
    expect(lost.yourReason).toBe("bob's reason");
    expect(lost.current?.fact.statement).toBe(aliceEdit.statement);
    expect(lost.current?.revision).toBe(2);
    expect(lost.changesSince.map((r) => [r.revision, r.actor.tag, r.after?.statement])).toEqual([
      [2, alice.tag, aliceEdit.statement],
    ]);
    // Retrying from the current revision works.
    expect(second.editFact("A", bob, PRESIDENT_FACT, bobEdit, 2).ok).toBe(true);
    expect(first.engine.answer(PRESIDENT_QUESTION, "A").answer).toContain("bob's version");
    first.store.close();
  });

  it("the same race through two database connections (two processes) also has one winner", () => {
    const file = dbFile();
    const one = boot(file);
    const two = boot(file);
    const a = one.service.removeFact("A", alice, PRESIDENT_FACT, { baseRevision: 1 });
    const b = two.service.editFact("A", bob, PRESIDENT_FACT, { statement: "Bob's text survives." }, 1);
    expect(a.ok).toBe(true);
    expect(b).toMatchObject({
      ok: false,
      kind: "conflict",
      yourInput: { statement: "Bob's text survives." },
    });
    // The other process picks up the change without a restart.
    expect(two.service.syncExternalChanges()).toBe(1);
    expect(citedIds(two.engine, PRESIDENT_QUESTION, "A")).not.toContain(PRESIDENT_FACT);
    // Its own writes are not applied twice; the other side's are picked up.
    expect(two.service.revertFact("A", bob, PRESIDENT_FACT, 1).ok).toBe(true);
    expect(two.service.syncExternalChanges()).toBe(0);
    expect(one.service.syncExternalChanges()).toBe(1);
    expect(citedIds(one.engine, PRESIDENT_QUESTION, "A")).toContain(PRESIDENT_FACT);
    one.store.close();
    two.store.close();
  });
});

describe("history and revert", () => {
  it("round trip: curated revision 1, edits, revert to an edit, revert to the curated version", () => {
    const { engine, store, service } = boot(dbFile());
    const curated = engine.base.fact(PRESIDENT_FACT)?.fact;
    service.editFact("A", alice, PRESIDENT_FACT, { statement: "Version two." }, 1);
    service.editFact("A", bob, PRESIDENT_FACT, { statement: "Version three.", keywords: ["x"] }, 2);
    const history = service.history("A", PRESIDENT_FACT);
    if (!history.ok) throw new Error("no history");
    expect(history.revisions.map((r) => [r.revision, r.action, r.after?.statement])).toEqual([
      [1, "curated", curated?.statement],
      [2, "edit", "Version two."],
      [3, "edit", "Version three."],
    ]);
    expect(history.revisions[2]?.before?.statement).toBe("Version two.");

    const back = service.revertFact("A", alice, PRESIDENT_FACT, 2, "three was wrong");
    expect(back.ok && back.fact.fact).toEqual(history.revisions[1]?.after);
    expect(service.revertFact("A", alice, PRESIDENT_FACT, 2)).toMatchObject({ ok: false, kind: "unchanged" });
    expect(service.revertFact("A", alice, PRESIDENT_FACT, 9)).toMatchObject({ ok: false, kind: "not-found" });

    const curatedAgain = service.revertFact("A", alice, PRESIDENT_FACT, 1);
    expect(curatedAgain.ok && curatedAgain.fact).toMatchObject({
      revision: 5,
      changed: false,
      fact: curated,
    });
    expect(engine.answer(PRESIDENT_QUESTION, "A").answer).toBe(engine.answer(PRESIDENT_QUESTION).answer);
    const last = service.history("A", PRESIDENT_FACT);
    expect(last.ok && last.revisions.at(-1)).toMatchObject({
      action: "revert",
      revertedTo: 1,
      state: "base",
    });
    store.close();
  });

  it("removal is soft: a server's own fact can be brought back", () => {
    const { engine, store, service } = boot(dbFile());
    const added = service.addFact("A", alice, MEMORANDUM);
    if (!added.ok) throw new Error("not added");
    service.removeFact("A", alice, added.fact.id);
    expect(citedIds(engine, MEMORANDUM_QUESTION, "A")).not.toContain(added.fact.id);
    expect(service.removeFact("A", alice, added.fact.id)).toMatchObject({ ok: false, kind: "unchanged" });
    expect(service.listFacts("A", { filter: "removed" }).items.map((v) => v.id)).toEqual([added.fact.id]);
    service.revertFact("A", alice, added.fact.id, 1);
    expect(citedIds(engine, MEMORANDUM_QUESTION, "A")).toEqual([added.fact.id]);
    store.close();
  });
});

describe("listing", () => {
  it("pages through what the server sees, its own changes first, with a word query", () => {
    const { store, service } = boot(dbFile());
    const added = service.addFact("A", alice, MEMORANDUM);
    const all = service.listFacts("A", { pageSize: 5 });
    expect(all.total).toBe(24);
    expect(all.pageCount).toBe(5);
    expect(all.items[0]?.id).toBe(added.ok ? added.fact.id : "");
    expect(service.listFacts("A", { page: 5, pageSize: 5 }).items).toHaveLength(4);
    expect(service.listFacts("B").total).toBe(23);
    const found = service.listFacts("A", { query: "Memorandum digital" });
    expect(found.items.map((v) => v.id)).toEqual([added.ok ? added.fact.id : ""]);
    expect(service.listFacts("A", { filter: "changed" }).total).toBe(1);
    store.close();
  });
});

describe("export and import", () => {
  it("carries the curated entities a server removed to another server, and not one it added and removed", () => {
    const { engine, store, service } = boot(dbFile());
    const records = new RecordService(service);
    service.removeFact("A", alice, "aliyev-thanked-member-countries-kazakhstan");
    expect(records.remove("A", alice, "entity", "kazakhstan")).toMatchObject({ ok: true });
    records.addEntity("A", alice, {
      kind: "country",
      name: "Norland",
      description: "Country north of a lake",
    });
    expect(records.remove("A", alice, "entity", "norland")).toMatchObject({ ok: true });

    const exported = JSON.parse(JSON.stringify(service.exportOverlay("A")));
    expect(exported).toMatchObject({
      version: 3,
      removedFacts: ["aliyev-thanked-member-countries-kazakhstan"],
      removedEntities: ["kazakhstan"],
      removedEvents: [],
    });
    expect(service.importOverlay("C", bob, exported)).toMatchObject({ ok: true, counts: { removed: 2 } });
    expect(records.entities("C").map((entity) => entity.id)).not.toContain("kazakhstan");
    expect(engine.knowledge("C").hiddenEntities.has("kazakhstan")).toBe(true);
    expect(records.entities("B").map((entity) => entity.id)).toContain("kazakhstan");
    store.close();
  });

  it("round trip: A's overlay exported and imported into C gives C the same answers", () => {
    const { engine, store, service } = boot(dbFile());
    const added = service.addFact("A", alice, MEMORANDUM);
    if (!added.ok) throw new Error("not added");
    service.editFact("A", alice, PRESIDENT_FACT, { statement: "Ilham Aliyev is President since 2003." }, 1);
    service.removeFact("A", alice, "meeting-reported-by-news-az");
    service.addAlias("A", alice, "cica", "Asian conference");

    const exported = JSON.parse(JSON.stringify(service.exportOverlay("A")));
    expect(exported.facts).toHaveLength(2);
    expect(exported.sources).toHaveLength(1);
    expect(exported.sources[0].text).toBe(MEMORANDUM.quote);
    expect(exported.removedFacts).toEqual(["meeting-reported-by-news-az"]);
    expect(exported.aliases).toEqual([{ entity: "cica", alias: "Asian conference" }]);

    const imported = service.importOverlay("C", bob, exported, { reason: "copy of A" });
    expect(imported).toEqual({
      ok: true,
      counts: { sources: 1, entities: 0, events: 0, aliases: 1, facts: 2, removed: 1, unchanged: 0 },
    });
    for (const question of [MEMORANDUM_QUESTION, PRESIDENT_QUESTION, "Which outlet reported the meeting?"]) {
      expect(engine.answer(question, "C")).toEqual(engine.answer(question, "A"));
    }
    // The same document again changes nothing; neither does importing A's own export into A.
    const again = service.importOverlay("C", bob, exported);
    expect(again.ok && again.counts).toMatchObject({ facts: 0, removed: 0, aliases: 0, unchanged: 4 });
    const self = service.importOverlay("A", bob, exported);
    expect(self.ok && self.counts.unchanged).toBe(4);

    const cExport = service.exportOverlay("C");
    expect({ ...cExport, guild: "A", exportedAt: exported.exportedAt }).toEqual(exported);
    const history = service.history("C", PRESIDENT_FACT);
    expect(history.ok && history.revisions.map((r) => r.action)).toEqual(["curated", "import"]);
    store.close();
  });

  it("is all or nothing, and names every problem by JSON path", () => {
    const { store, service } = boot(dbFile());
    const good = {
      id: "good-fact",
      statement: "A good fact.",
      entities: ["azerbaijan"],
      source: "news-az-2024-04-17-aliyev-sarybay",
      quote: "News.Az reports",
    };
    const document = {
      sources: [{ id: "s1", outlet: "X", title: "T", date: "2024-01-01", text: "Some text here." }],
      facts: [
        good,
        { ...good, id: "bad-quote", source: "s1", quote: "not in the text" },
        { ...good, id: "bad-entity", entities: ["atlantis"] },
        { ...good, id: "good-fact" },
      ],
      removedFacts: ["no-such-fact"],
      aliases: [{ entity: "cica", alias: "Ilham Aliyev" }],
    };
    const result = service.importOverlay("A", alice, document, { file: "overlay.json" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.file} ${p.path}`).sort()).toEqual(
      [
        "overlay.json $.aliases[0].alias",
        "overlay.json $.facts[1].quote",
        "overlay.json $.facts[2].entities[0]",
        "overlay.json $.facts[3].id",
        "overlay.json $.removedFacts[0]",
      ].sort(),
    );
    expect(store.overlays.records("A")).toEqual([]);
    expect(store.overlays.sources("A")).toEqual([]);

    const shape = service.importOverlay("A", alice, { facts: [{ id: "X Y" }], extra: 1 }, { file: "f.json" });
    expect(shape.ok).toBe(false);
    if (!shape.ok) expect(shape.problems.map((p) => p.path)).toContain("$.facts[0].id");
    store.close();
  });
});

describe("start-up", () => {
  it("openStorage opens, migrates and replays every server", () => {
    const file = dbFile();
    const first = boot(file);
    first.service.addFact("A", alice, MEMORANDUM);
    first.service.addFact("B", bob, { ...MEMORANDUM, statement: "B's copy of the memorandum fact." });
    first.store.close();

    const clean = baseEngine();
    const opened = openStorage(clean, file);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.storage.replay).toMatchObject({ guilds: 2, records: 2, warnings: [] });
    expect(clean.answer(MEMORANDUM_QUESTION, "B").answer).toContain("B's copy");
    opened.storage.store.close();
  });
});

describe("changes reach the engine incrementally", () => {
  it("an edit on a large base indexes one fact, not the base, and autocomplete sees it", () => {
    const loaded = loadDataset(DATA_DIR);
    if (!loaded.ok) throw new Error("data does not load");
    const template = [...loaded.dataset.facts.values()][0]!;
    for (let i = 0; i < 2000; i++) {
      const id = `synthetic-${i}`;
      loaded.dataset.facts.set(id, { ...template, id, statement: `Synthetic statement number ${i}.` });
    }
    const engine = new Engine(loaded.dataset);
    const store = openAt(dbFile());
    replayOverlays(engine, store);
    const service = new FactService(engine, store);
    const indexed = vi.spyOn(KnowledgeBase.prototype, "addFact");
    try {
      const edited = service.editFact("A", alice, "synthetic-42", { statement: "Zanzibar accord text." }, 1);
      expect(edited.ok).toBe(true);
      expect(indexed).toHaveBeenCalledTimes(1);
      expect(engine.base.size).toBe(2023);
      expect(engine.suggest("Zanzibar", "A")).toContain("Zanzibar accord text.");
      expect(engine.suggest("Zanzibar", "B")).not.toContain("Zanzibar accord text.");
    } finally {
      indexed.mockRestore();
      store.close();
    }
  });
});
