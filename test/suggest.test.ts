import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { KnowledgeBase } from "../src/engine/knowledge.ts";
import type { Fact } from "../src/engine/schema.ts";
import { clip, Suggester } from "../src/engine/suggest.ts";
import { applyRecord } from "../src/storage/replay.ts";
import type { RecordState } from "../src/storage/types.ts";
import { alice, bob, boot, MEMORANDUM, tempDirs } from "./fixtures/storage/support.ts";
import { engineFrom, SEED_DIR } from "./support/engines.ts";

const engine = engineFrom(SEED_DIR);

describe("autocomplete suggests questions and facts as the member types", () => {
  it("offers questions before anything is typed", () => {
    const choices = engine.suggest("");
    expect(choices.length).toBeGreaterThan(3);
    expect(choices[0]).toMatch(/\?$/);
  });

  it("completes the word being typed", () => {
    expect(engine.suggest("who ch")).toContain("Who chairs CICA?");
    expect(engine.suggest("what did sarybay con")[0]).toBe("What did Sarybay congratulate Azerbaijan on?");
  });

  it("finds names typed with a slip", () => {
    expect(engine.suggest("sarybai")).toContain("Who is Kairat Sarybay?");
    expect(engine.suggest("aliev")).toContain("Who is Ilham Aliyev?");
  });

  it("offers fact statements too", () => {
    expect(
      engine.suggest("green transportation").some((s) => s.startsWith("The meeting discussed the green")),
    ).toBe(true);
  });

  it("suggests only things the engine can answer when the suggestion is a question", () => {
    for (const choice of engine.suggest("").filter((s) => s.endsWith("?"))) {
      expect(engine.answer(choice).answered, choice).toBe(true);
    }
  });
});

describe("long suggestions are shortened at a word boundary", () => {
  it("keeps short text as it is", () => expect(clip("Who chairs CICA?")).toBe("Who chairs CICA?"));
  it("cuts long text to 100 characters with an ellipsis", () => {
    const clipped = clip("word ".repeat(40));
    expect(clipped.length).toBeLessThanOrEqual(100);
    expect(clipped.endsWith("…")).toBe(true);
  });
});

describe("a server's autocomplete follows its moderators' changes at once", () => {
  const dirs = tempDirs();
  afterAll(() => dirs.cleanup());
  const server = () => boot(join(dirs.make(), "attache.db"));
  const MEMORANDUM_ASKED = "What memorandum did Azerbaijan and Kazakhstan sign?";

  it("a fact added by a moderator is suggested on the next keystroke, in that server only", () => {
    const { engine, store, service } = server();
    expect(engine.suggest("what memo", "A")).not.toContain(MEMORANDUM_ASKED);
    const added = service.addFact("A", alice, { ...MEMORANDUM, questions: [MEMORANDUM_ASKED] });
    expect(added.ok).toBe(true);
    expect(engine.suggest("what memo", "A")).toContain(MEMORANDUM_ASKED);
    expect(engine.suggest("digital coop", "A")).toContain(MEMORANDUM.statement);
    expect(engine.suggest("what memo", "B")).not.toContain(MEMORANDUM_ASKED);
    expect(engine.suggest("what memo")).not.toContain(MEMORANDUM_ASKED);
    store.close();
  });

  it("an edited fact is suggested in its new words, no longer in its old ones", () => {
    const { engine, store, service } = server();
    const added = service.addFact("A", alice, MEMORANDUM);
    if (!added.ok) throw new Error("the fact was not added");
    engine.suggest("digital", "A");
    const statement = "Azerbaijan and Kazakhstan signed a memorandum on satellite cooperation in Astana.";
    expect(service.editFact("A", alice, added.fact.id, { statement }, 1).ok).toBe(true);
    expect(engine.suggest("satellite coop", "A")).toContain(statement);
    expect(engine.suggest("digital coop", "A")).not.toContain(MEMORANDUM.statement);
    store.close();
  });

  it("a removed fact is no longer suggested, and is again once reverted", () => {
    const { engine, store, service } = server();
    const added = service.addFact("A", alice, { ...MEMORANDUM, questions: [MEMORANDUM_ASKED] });
    if (!added.ok) throw new Error("the fact was not added");
    expect(engine.suggest("what memo", "A")).toContain(MEMORANDUM_ASKED);
    expect(service.removeFact("A", bob, added.fact.id).ok).toBe(true);
    expect(engine.suggest("what memo", "A")).not.toContain(MEMORANDUM_ASKED);
    expect(engine.suggest("digital coop", "A")).not.toContain(MEMORANDUM.statement);
    expect(service.revertFact("A", bob, added.fact.id, 1).ok).toBe(true);
    expect(engine.suggest("what memo", "A")).toContain(MEMORANDUM_ASKED);
    store.close();
  });

  it("a curated fact a server removes is no longer suggested there, and still is elsewhere", () => {
    const { engine, store, service } = server();
    expect(engine.suggest("who ch", "A")).toContain("Who chairs CICA?");
    expect(service.removeFact("A", bob, "azerbaijan-chairs-cica").ok).toBe(true);
    expect(engine.suggest("who ch", "A")).not.toContain("Who chairs CICA?");
    expect(engine.suggest("who ch", "B")).toContain("Who chairs CICA?");
    store.close();
  });

  it("a person a moderator adds is suggested by name", () => {
    const { engine, store, service } = server();
    engine.suggest("who is", "A");
    const added = service.addEntity("A", alice, {
      kind: "person",
      name: "Dariga Nurlanovna",
      description: "Ambassador of Kazakhstan to Azerbaijan",
      aliases: [],
    });
    expect(added.ok).toBe(true);
    expect(engine.suggest("who is dariga", "A")).toContain("Who is Dariga Nurlanovna?");
    store.close();
  });
});

describe("autocomplete kept up to date change by change suggests what a full rebuild would", () => {
  // Few texts, so that facts share questions and statements (the first one offering a text gives
  // the suggestion, the next takes over when it goes) and ids are reused (edits).
  const texts = [
    "Who chairs CICA?",
    "Azerbaijan signed a memorandum with Kazakhstan.",
    "What did Aliyev sign?",
    "Aliyev thanked Kazakhstan for its support.",
    "Who is Kairat Sarybay?",
    "Sarybay congratulated Azerbaijan on COP29.",
  ];
  const fact = (id: string, statement: string, questions: string[]): Fact => ({
    id,
    statement,
    entities: ["azerbaijan"],
    source: "news-az-2024-04-17-aliyev-sarybay",
    quote: statement,
    keywords: [],
    questions,
  });
  const ids = ["new-1", "new-2", "new-3", "azerbaijan-chairs-cica", "aliyev-is-president-of-azerbaijan"];
  const change = fc.oneof(
    fc.record({
      kind: fc.constant("fact" as const),
      id: fc.constantFrom(...ids),
      state: fc.constantFrom("present", "present", "removed", "base"),
      statement: fc.constantFrom(...texts),
      questions: fc.array(fc.constantFrom(...texts), { maxLength: 3 }),
    }),
    fc.record({
      kind: fc.constant("entity" as const),
      id: fc.constantFrom("zhanar", "bolat"),
      name: fc.constantFrom("Zhanar Aitzhanova", "Bolat Akchulakov", "Timur Suleimenov"),
    }),
    fc.record({
      kind: fc.constant("event" as const),
      id: fc.constantFrom("talks-1", "talks-2"),
      title: fc.constantFrom("Astana talks", "Baku talks", "Aliyev meets Sarybay"),
    }),
  );
  const typed = ["", "who", "who ch", "aliyev", "what did", "kazakh", "talks", "zhanar", "sign", "cop"];

  it("after any sequence of additions, edits, removals and restorations", () => {
    const base = engineFrom(SEED_DIR).base;
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 25 }), (changes) => {
        const kb = new KnowledgeBase(base);
        const live = new Suggester(kb);
        for (const c of changes) {
          if (c.kind === "fact") {
            applyRecord(kb, {
              kind: "fact",
              recordId: c.id,
              state: c.state as RecordState,
              data: c.state === "present" ? fact(c.id, c.statement, c.questions) : null,
            });
          } else if (c.kind === "entity") {
            kb.addEntity({ id: c.id, kind: "person", name: c.name, description: "Envoy", aliases: [] });
          } else {
            kb.addEvent({
              id: c.id,
              title: c.title,
              date: "2024-05-02",
              participants: [],
              summary: c.title,
              topics: [],
              source: "news-az-2024-04-17-aliyev-sarybay",
            });
          }
          live.update();
          const rebuilt = new Suggester(kb);
          for (const partial of typed) {
            // Everything, in order, not only the first 25.
            expect(live.suggest(partial, 1_000, kb.hidden), partial).toEqual(
              rebuilt.suggest(partial, 1_000, kb.hidden),
            );
          }
        }
      }),
      { numRuns: 250 },
    );
  });
});

describe("autocomplete built after start-up suggests what a build at start-up would", () => {
  const typed = [
    "",
    "who",
    "who ch",
    "sarybai",
    "aliev",
    "what did sarybay con",
    "cop",
    "azerbaijan sign",
    "xq",
  ];
  const full = new Suggester(engine.base);

  it("answers its first call in full while the build has not begun", () => {
    const deferred = new Suggester(engine.base, { deferred: true });
    for (const partial of typed)
      expect(deferred.suggest(partial, 1_000), partial).toEqual(full.suggest(partial, 1_000));
  });

  it("is the same built in slices, and its first call mid-way finishes it", () => {
    const sliced = new Suggester(engine.base, { deferred: true });
    // A zero budget still advances one step: it ends after finitely many calls.
    let steps = 0;
    while (!sliced.buildFor(0)) steps++;
    expect(steps).toBeGreaterThan(0);
    const midway = new Suggester(engine.base, { deferred: true });
    midway.buildFor(0);
    for (const partial of typed) {
      expect(sliced.suggest(partial, 1_000), partial).toEqual(full.suggest(partial, 1_000));
      expect(midway.suggest(partial, 1_000), partial).toEqual(full.suggest(partial, 1_000));
    }
  });

  it("follows a change made before it was finished", () => {
    const kb = new KnowledgeBase(engine.base);
    kb.addFact({
      id: "deferred-1",
      statement: "Aliyev opened the Caspian water forum.",
      entities: ["azerbaijan"],
      source: "news-az-2024-04-17-aliyev-sarybay",
      quote: "Aliyev opened the Caspian water forum.",
      keywords: [],
      questions: ["What did Aliyev open?"],
    });
    const deferred = new Suggester(kb, { deferred: true });
    deferred.buildFor(0);
    kb.removeFact("deferred-1");
    kb.addFact({
      id: "deferred-2",
      statement: "Sarybay closed the Caspian water forum.",
      entities: ["azerbaijan"],
      source: "news-az-2024-04-17-aliyev-sarybay",
      quote: "Sarybay closed the Caspian water forum.",
      keywords: [],
      questions: ["What did Sarybay close?"],
    });
    deferred.update();
    const rebuilt = new Suggester(kb);
    for (const partial of [...typed, "caspian", "what did"]) {
      expect(deferred.suggest(partial, 1_000), partial).toEqual(rebuilt.suggest(partial, 1_000));
    }
  });

  it("an engine warmed and asked at once suggests in full", () => {
    const warmed = engineFrom(SEED_DIR);
    warmed.warm();
    for (const partial of typed) expect(warmed.suggest(partial), partial).toEqual(engine.suggest(partial));
  });
});
