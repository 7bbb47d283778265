/**
 * "When will Norvik and Castel sign the Tarn water treaty?" is asked of the story as it stands: the
 * February article's target ("in May 2026"), which a later article says was put off "from May 2026
 * to November 2026", is no longer the plan, and an answer that tells it as the plan is the worst
 * kind of wrong. Its evidence says so (`superseded`): the answering fact has a later fact of its
 * story that turns from its very day or figure, and the question asks for no earlier state. Asked
 * "at first", "originally" or "in February", the earlier account is what is asked, and nothing
 * weighs against it.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Engine } from "../src/engine/engine.ts";
import { FEATURE_NAMES, type Judgement } from "../src/engine/evidence.ts";
import { engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A lake country", "Norvik's neighbour across Lake Tarn"),
  {
    id: "tarn-treaty",
    kind: "initiative",
    name: "Tarn water treaty",
    description: "Treaty between Norvik and Castel on sharing the waters of Lake Tarn",
  },
  {
    id: "tarn-hatchery",
    kind: "initiative",
    name: "Tarn trout hatchery",
    description: "Joint Norvik–Castel fish hatchery on Lake Tarn",
  },
];
const article = norvikCastelStory("Tarn Lakeside Herald", "tarn-first", entities, ["water", "fisheries"]);

const first = article("tarn-first", "2026-02-12", {
  id: "2026-02-11-tarn-water-talks",
  title: "Norvik–Castel Lake Tarn water talks",
  date: "2026-02-11",
  place: "Port Elm",
  facts: [
    [
      "target",
      "In February 2026 Norvik and Castel set a target of signing the Tarn water treaty in Port Elm in May 2026.",
      ["norvik", "castel", "tarn-treaty"],
    ],
    [
      "trout-1",
      "The Tarn trout hatchery will release 400,000 young trout into the lake each year.",
      ["tarn-hatchery"],
    ],
  ],
});
const second = article("tarn-later", "2026-09-24", {
  id: "2026-09-23-tarn-water-talks",
  title: "Norvik–Castel Lake Tarn talks stall",
  date: "2026-09-23",
  place: "Castelmar",
  facts: [
    [
      "put-off",
      "Norvik and Castel have put off the signing of the Tarn water treaty from May 2026 to November 2026, after they failed to agree on the summer water level of the lake.",
      ["norvik", "castel", "tarn-treaty"],
    ],
    [
      "trout-2",
      "The Tarn trout hatchery will release 250,000 young trout a year instead of 400,000, because the lake ran low in the summer.",
      ["tarn-hatchery"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-tarn-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

/** What the verdict weighed for the answering fact: whether it was read as overtaken since. */
function superseded(asked: Engine, question: string): number | undefined {
  let seen: Judgement | undefined;
  asked.answer(question, undefined, {
    observe: (judgement: Judgement) => {
      seen = judgement;
    },
  });
  return seen?.features[FEATURE_NAMES.indexOf("superseded")];
}

describe("an earlier plan a later article changed is not told as the plan now", () => {
  it("tells the day the later article moved it to, beside the first target it overtook", () => {
    const result = engine.answer("when are norvik and castel signing the tarn water treaty?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Later \(.*November 2026/);
  });

  it("still answers the first target when it is what is asked", () => {
    for (const question of [
      "when did norvik and castel first plan to sign the tarn water treaty?",
      "when were norvik and castel originally going to sign the tarn water treaty?",
    ]) {
      expect(superseded(engine, question)).not.toBe(1);
      expect(engine.answer(question).answer).toMatch(/May 2026/);
    }
  });

  it("a figure told anew is what the hatchery releases now; the first one stays what was planned at first", () => {
    const now = engine.answer("how many young trout will the tarn hatchery release each year?");
    if (now.answered) expect(now.answer).toMatch(/250,000/);
    expect(
      superseded(engine, "how many young trout did the tarn hatchery plan to release at first?"),
    ).not.toBe(1);
  });
});
