/**
 * "And when is it expected now?", "when does the market open now?", "and when do they go now?"
 * ask for a time still to come, as it is now planned: the story's newest plan ("is now expected in
 * the second half of 2035", "has been set for March 2027"), not a fact that merely has the
 * question's words ("expects 1,800 vehicles a day once the tunnel opens") nor the first plan.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A country on the Elm pass"),
  {
    id: "elm-pass-tunnel",
    kind: "initiative",
    name: "Elm pass tunnel",
    description: "Road tunnel under the Elm pass between Norvik and Castel",
  },
  {
    id: "elmford-market",
    kind: "initiative",
    name: "Elmford border market",
    description: "A border market at Elmford",
  },
];

const article = norvikCastelStory("Elm Gazette", "elm-talks", entities, ["tunnel", "Elm pass"]);

const first = article("elm-talks", "2026-03-13", {
  id: "2026-03-12-elm-pass-tunnel-talks",
  title: "Norvik–Castel talks on the Elm pass tunnel",
  date: "2026-03-12",
  place: "Elmford",
  facts: [
    [
      "open-2033",
      "In March 2026 the Elm pass tunnel was expected to open in 2033.",
      ["elm-pass-tunnel"],
      null,
    ],
    [
      "traffic",
      "About 240 trucks a day used the Elm pass road in 2025, and Castel expects 1,800 vehicles a day once the tunnel opens.",
      ["elm-pass-tunnel", "castel"],
      null,
    ],
    ["market-early", "The Elmford border market is due to open in early 2027.", ["elmford-market"], null],
  ],
});
const second = article("elm-board", "2026-11-19", {
  id: "2026-11-18-elm-pass-tunnel-board",
  title: "Board meeting on the Elm pass tunnel",
  date: "2026-11-18",
  place: "Castelbridge",
  facts: [
    [
      "open-2035",
      "The opening of the Elm pass tunnel, planned for 2033, is now expected in the second half of 2035.",
      ["elm-pass-tunnel"],
      null,
    ],
    [
      "market-march",
      "The opening of the Elmford border market has been set for March 2027 because its cold store will not be finished earlier.",
      ["elmford-market"],
      null,
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-elm-pass-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("'when is it expected now?' asks the time as now planned", () => {
  it("answers the follow-up with the newest plan, not a traffic forecast", () => {
    const result = askedIn(
      engine,
      "and when is it expected now?",
      "when was the elm pass tunnel supposed to open at first?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2035");
    expect(result.answer).not.toContain("1,800");
  });

  it("answers 'when does it open now?' with the time the newest article sets", () => {
    const result = engine.answer("when does the elmford border market open now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("March 2027");
  });
});
