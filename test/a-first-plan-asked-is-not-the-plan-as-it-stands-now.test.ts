/**
 * "When was the replanting originally meant to begin?" asks the story's first account: a later
 * article's "is now due to begin in December 2027" tells the plan as it stands after a change, and
 * is no answer to it, however well its words fit; a sentence that tells the first plan itself
 * ("had originally been due …, but is now …", "will now start in July rather than June") still is.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A country with a forest to replant", "A lending country"),
  {
    id: "lorn-forest",
    kind: "place",
    name: "Lorn Forest Reserve",
    description: "Forest reserve in Norvik to be replanted under the debt swap",
    aliases: ["Lorn"],
  },
  {
    id: "lorn-ferry",
    kind: "initiative",
    name: "Lorn ferry",
    description: "Ferry Norvik and Castel plan across the Lorn",
  },
  {
    id: "lorn-dam",
    kind: "initiative",
    name: "Lorn dam",
    description: "Dam Norvik and Castel plan on the Lorn",
  },
];
const article = norvikCastelStory("Elm Courier", "elm-swap", entities, ["debt", "forests"]);

const first = article("elm-swap", "2026-07-09", {
  id: "2026-07-07-elm-swap-committee",
  title: "Norvik–Castel debt swap committee in Castelmar",
  date: "2026-07-07",
  place: "Castelmar",
  facts: [
    [
      "replanting-plan",
      "Replanting in the Lorn Forest Reserve was due to start on 15 November 2026, with the first rains.",
      ["lorn-forest"],
      null,
    ],
    ["dam-plan", "Building the Lorn dam was due to start in May 2027.", ["lorn-dam"], null],
    ["sailings-plan", "Ferry sailings across the Lorn were due to start in June 2026.", ["lorn-ferry"], null],
  ],
});
const second = article("elm-swap-slips", "2026-10-15", {
  id: "2026-10-13-elm-swap-review",
  title: "Norvik–Castel debt swap review in Port Elm",
  date: "2026-10-13",
  place: "Port Elm",
  facts: [
    [
      "replanting-now",
      "Replanting in the Lorn Forest Reserve is now due to begin in December 2027.",
      ["lorn-forest"],
      null,
    ],
    [
      "dam-now",
      "Building the Lorn dam had originally been due to begin in May 2027 but is now due to begin in 2028.",
      ["lorn-dam"],
      null,
    ],
    [
      "sailings-now",
      "Ferry sailings across the Lorn will now start in July 2026 rather than June 2026.",
      ["lorn-ferry"],
      null,
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-lorn-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a first plan asked is not the plan as it stands now", () => {
  it("does not answer 'originally' with the day the replanting is now due", () => {
    const result = engine.answer("when was the lorn replanting originally meant to begin?");
    expect(result.answer).not.toContain("December 2027");
  });

  it("still answers from a sentence that tells the first plan beside the new one", () => {
    const result = engine.answer("when was building the lorn dam originally meant to begin?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("May 2027");
  });

  it("still answers from a sentence that tells the new plan rather than the first", () => {
    const result = engine.answer("when were lorn ferry sailings originally meant to start?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("June 2026");
  });
});
