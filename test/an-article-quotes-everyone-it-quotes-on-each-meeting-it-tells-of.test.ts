/**
 * "Who was quoted in the Brackwater Post article?" where the article tells of the harbour talks and,
 * further down, of the survey mission before them: whom it quotes on the mission is quoted in it
 * too, not only those quoted on the meeting it is filed under.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("brackwater-post-harbour", {
    outlet: "Brackwater Post",
    title: "Harbour talks end with a survey still disputed",
    date: "2026-07-03",
    entities: [
      ...norvikAndCastel(),
      { id: "ilse-varga", kind: "person", name: "Ilse Varga", description: "Norvik's harbour commissioner" },
      { id: "tomas-reuel", kind: "person", name: "Tomas Reuel", description: "Castel's transport minister" },
      {
        id: "odile-marsch",
        kind: "person",
        name: "Odile Marsch",
        description: "Engineer who led the survey mission to Brackwater harbour",
      },
    ],
    meetings: [
      {
        id: "2026-07-02-brackwater-harbour-talks",
        title: "Norvik–Castel talks on Brackwater harbour",
        date: "2026-07-02",
        place: "Brackwater",
        participants: [...NORVIK_AND_CASTEL, ["ilse-varga", "delegate"], ["tomas-reuel", "delegate"]],
        topics: ["harbour", "dredging"],
        facts: [
          [
            "varga",
            "Ilse Varga said the harbour cannot wait another winter for dredging.",
            ["ilse-varga", "norvik"],
          ],
          [
            "reuel",
            "Tomas Reuel said Castel will pay its half once the survey is agreed.",
            ["tomas-reuel", "castel"],
          ],
        ],
      },
      {
        id: "2026-05-20-brackwater-survey-mission",
        title: "Survey mission to Brackwater harbour",
        date: "2026-05-20",
        place: "Brackwater",
        participants: [["odile-marsch", "mission leader"]],
        topics: ["harbour", "survey"],
        facts: [
          [
            "marsch",
            "Odile Marsch said the silt in the harbour mouth had doubled since 2020.",
            ["odile-marsch"],
          ],
        ],
      },
    ],
  }),
);

describe("an article quotes everyone it quotes on each meeting it tells of", () => {
  it("names the one quoted on the earlier mission with those quoted on the talks", () => {
    const result = engine.answer("who was quoted in the brackwater post article");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Ilse Varga/);
    expect(result.answer).toMatch(/Tomas Reuel/);
    expect(result.answer).toMatch(/Odile Marsch/);
  });
});
