/**
 * /source add drafts on a worker thread (src/drafting/draft-in-worker.ts): the same draft as
 * drafting in place, and whatever goes wrong there (too slow, a crash, a throw, garbage) is one
 * line for the moderator, with the worker ended and the next article drafted by a fresh one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { draftArticle } from "../src/drafting/draft.ts";
import { Drafter, type DraftOutcome } from "../src/drafting/draft-in-worker.ts";
import { loadDataset } from "../src/engine/load.ts";
import type { Source } from "../src/engine/schema.ts";
import { SEED_DIR, THIRD_EVENT_DIR } from "./support/engines.ts";

const drafters: Drafter[] = [];
afterAll(async () => {
  await Promise.all(drafters.map((drafter) => drafter.close()));
});

function drafter(options: ConstructorParameters<typeof Drafter>[0] = {}): Drafter {
  const made = new Drafter(options);
  drafters.push(made);
  return made;
}

/** A moderator's line: one line, no stack frame, saying nothing was saved. */
function expectOneLine(outcome: DraftOutcome, problem: "timeout" | "crashed" | "failed"): void {
  if (outcome.ok) throw new Error("expected the draft to fail");
  expect(outcome.problem).toBe(problem);
  for (const line of [outcome.message, outcome.detail]) {
    expect(line).not.toContain("\n");
    expect(line).not.toMatch(/\bat .*:\d+:\d+/);
  }
  expect(outcome.message).toMatch(/nothing was saved/);
}

describe("an article drafted off the bot's thread is the draft the moderator would have had", () => {
  it("gives the same facts, entities, event and report for a fixture article, known entities and taken ids included", async () => {
    const folder = join(THIRD_EVENT_DIR, readdirSync(THIRD_EVENT_DIR)[0] ?? "");
    const source = JSON.parse(readFileSync(join(folder, "source.json"), "utf8")) as Source;
    const seed = loadDataset(SEED_DIR);
    if (!seed.ok) throw new Error("the seed article does not load");
    const input = {
      text: readFileSync(join(folder, "article.txt"), "utf8"),
      outlet: source.outlet,
      date: source.date,
      url: "https://example.org/article",
      title: source.title,
      known: [...seed.dataset.entities.values()],
      takenIds: new Set([...seed.dataset.facts.keys(), ...seed.dataset.sources.keys()]),
    };
    const inPlace = draftArticle(input);
    expect(inPlace.facts.length).toBeGreaterThan(5);

    const worker = drafter();
    expect(await worker.draft(input)).toEqual({ ok: true, draft: inPlace });
    // The worker stays for the next article.
    expect(worker.liveWorkers).toBe(1);
    expect(await worker.draft(input)).toEqual({ ok: true, draft: inPlace });
  }, 60_000);
});

describe("a draft that goes wrong on the worker is one line for the moderator", () => {
  const stub = new URL("./support/stub-draft-worker.ts", import.meta.url);

  it("an article that drafts past the time limit: the worker is terminated, and the next article gets a fresh one", async () => {
    const worker = drafter({ entry: stub, timeLimitMs: 300 });
    const outcome = await worker.draft({ text: "hang for ever", outlet: "Stub Daily", date: "2024-10-09" });
    expectOneLine(outcome, "timeout");
    expect(outcome.ok || outcome.message).toMatch(/took longer than 300 ms, so I stopped it/);
    expect(worker.liveWorkers).toBe(0);

    const next = await worker.draft({ text: "Stub met Stub.", outlet: "Stub Daily", date: "2024-10-09" });
    expect(next.ok && next.draft.facts.map((f) => f.statement)).toEqual(["Stub met Stub."]);
    expect(worker.liveWorkers).toBe(1);
  }, 60_000);

  it.each([
    ["a worker that exits halfway", "exit now", /exited \(code 3\)/],
    ["a worker that throws (a message with a stack)", "throw up", /^stub drafter broke$/],
    ["a worker that answers with something that is not a draft", "garbage in", /malformed message/],
    ["a worker that runs out of memory (the bot does not)", "hog memory", /out of memory/i],
  ])(
    "%s: the drafter stopped, nothing saved, and no worker left behind",
    async (_, text, detail) => {
      const worker = drafter({ entry: stub, maxHeapMb: 64 });
      const outcome = await worker.draft({ text, outlet: "Stub Daily", date: "2024-10-09" });
      expectOneLine(outcome, "crashed");
      expect(outcome.ok || outcome.detail).toMatch(detail);
      expect(worker.liveWorkers).toBe(0);
    },
    60_000,
  );
});
