/**
 * Answering's code warm-up (src/engine/warm-up.ts): after start-up, questions of every common shape
 * are answered on a small private store of made-up data, so that the first members' questions do
 * not pay for code run for the first time. It must change nothing a member sees: every answer is
 * the one an engine gives in a process where no warm-up ran, and the real store is left as it was.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FOURTH_STORE_PARTS, loadEvalEngine, readCases, run, STORE_PARTS } from "../eval/evaluate.ts";
import { PROJECT_ROOT } from "../src/config/paths.ts";
import { answerQuestion } from "../src/engine/answer.ts";
import { Engine } from "../src/engine/engine.ts";
import { KnowledgeBase } from "../src/engine/knowledge.ts";
import { loadDataset } from "../src/engine/load.ts";
import { answeringCodeWarmed, warmUpDataset, warmUpQuestions } from "../src/engine/warm-up.ts";
import { combinedDataDir, ELEVENTH_EVENT_DIR, engineFrom, SIXTH_EVENT_DIR } from "./support/engines.ts";

const QUESTIONS = join(PROJECT_ROOT, "eval", "questions");

/**
 * Every answer, whole (text, confidence, facts, suggestions, the turn kept for follow-ups), of the
 * eval's dev and test questions on their store and of its conversations on theirs, each on an
 * engine built afresh.
 */
function everyAnswer(): string[] {
  const groups = [
    { store: STORE_PARTS, files: ["dev.jsonl", "test.jsonl"] },
    { store: FOURTH_STORE_PARTS, files: ["dev-dialogues.jsonl"] },
  ];
  return groups.flatMap(({ store, files }) => {
    const engine = loadEvalEngine(store);
    const cases = files.flatMap((file) => readCases(join(QUESTIONS, file)));
    return run(engine, cases).map((outcome) => JSON.stringify([outcome.case.q, outcome.result]));
  });
}

/** Waits for the event loop to run what `warm` left for after it returned, up to `turns` turns. */
async function untilWarmed(turns = 10_000): Promise<void> {
  for (let i = 0; i < turns && !answeringCodeWarmed(); i++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe("answering's code warm-up", () => {
  let before: string[] = [];

  beforeAll(() => {
    // Before any warm-up in this process: the answers members would get without one.
    expect(answeringCodeWarmed()).toBe(false);
    before = everyAnswer();
  });

  it("is run after warm() returns, between other work, and leaves the real store's records as they were", async () => {
    const loaded = loadDataset(join(PROJECT_ROOT, "data"));
    if (!loaded.ok) throw new Error("data/ does not load");
    const dataset = loaded.dataset;
    const copy = structuredClone(dataset);
    const engine = new Engine(dataset);
    const kb = engine.base;
    const records = () => ({
      facts: [...kb.allFacts()].map((indexed) => ({ ...indexed })),
      entities: [...kb.allEntities()],
      events: [...kb.allEvents()],
      sources: [...kb.allSources()],
      versions: [kb.factsVersion, kb.entitiesVersion, kb.eventsVersion, engine.version(kb)],
      stats: engine.stats(),
    });
    const recordsBefore = structuredClone(records());

    engine.warm();
    expect(answeringCodeWarmed()).toBe(false);
    await untilWarmed();
    expect(answeringCodeWarmed()).toBe(true);

    expect(dataset).toEqual(copy);
    expect(records()).toEqual(recordsBefore);
  });

  it("changes no answer: the eval's questions get the same answers as before it ran", () => {
    expect(answeringCodeWarmed()).toBe(true);
    const after = everyAnswer();
    expect(after.length).toBe(before.length);
    for (let i = 0; i < before.length; i++) expect(after[i]).toBe(before[i]);
  });

  it("asks questions its own store answers, about its own made-up names", () => {
    const dataset = warmUpDataset();
    const kb = KnowledgeBase.fromDataset(dataset);
    const names = [...dataset.entities.values()].map((e) => e.name.split(" ").at(-1)!);
    const questions = warmUpQuestions(dataset);
    expect(questions.length).toBeGreaterThan(30);
    expect(questions.filter((q) => q.after !== undefined).length).toBeGreaterThan(5);
    const answered = questions.filter(({ question }) => answerQuestion(question, kb).answered);
    expect(answered.length).toBeGreaterThan(questions.length / 2);
    expect(
      questions.filter(({ question, after }) => names.some((n) => `${after} ${question}`.includes(n))).length,
    ).toBeGreaterThan(questions.length / 2);
  });
});

describe("the index of events that name someone, built after warm() returns", () => {
  it("is the index the first question would build: the same events for every entity, in an overlay too", async () => {
    const dir = combinedDataDir(SIXTH_EVENT_DIR, ELEVENTH_EVENT_DIR);
    const warmed = engineFrom(dir);
    const fresh = engineFrom(dir);
    warmed.warm({ answering: false });
    await new Promise((resolve) => setImmediate(resolve));
    const ids = [...fresh.base.allEntities()].map((e) => e.id);
    expect(ids.some((id) => fresh.base.eventsNaming(id).length > 0)).toBe(true);
    for (const id of ids) expect(warmed.base.eventsNaming(id), id).toEqual(fresh.base.eventsNaming(id));
    const overlay = warmed.overlay("server");
    overlay.warmEventsNaming();
    for (const id of ids) expect(overlay.eventsNaming(id), id).toEqual(fresh.base.eventsNaming(id));
  });
});
