/**
 * "Committee" is an alias of a vaccine study's committee, but "the trilateral power committee" is
 * qualified by words that committee's name and description lack ("power"): it describes another
 * committee, one of another story, and the words are read as words. Unqualified, "the committee"
 * is still the vaccine study's.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-two-committees-qualified", {
    outlet: "Elm Gazette",
    title: "A committee and another",
    date: "2026-11-20",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm Sea" },
      { id: "castel", kind: "country", name: "Castel", description: "A neighbouring country" },
      { id: "arden", kind: "country", name: "Arden", description: "An inland country" },
      { id: "brisk", kind: "country", name: "Brisk", description: "A mountain country" },
      {
        id: "vaccine-committee",
        kind: "organization",
        name: "Joint steering committee of the Norvik vaccine study",
        description: "Joint Norvik–Castel committee that steers the vaccine study",
        aliases: ["committee", "steering committee"],
      },
    ],
    meetings: [
      {
        id: "2026-11-10-norvik-castel-vaccine-talks",
        title: "Norvik–Castel vaccine talks",
        date: "2026-11-10",
        place: "Port Elm",
        participants: [
          ["norvik", "participant"],
          ["castel", "participant"],
        ],
        topics: ["vaccine", "health"],
        facts: [
          [
            "vaccine-next",
            "The joint steering committee of the Norvik vaccine study will meet next in Vell in May 2027.",
            ["vaccine-committee", "norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-11-17-arden-brisk-power-talks",
        title: "Arden–Brisk power talks",
        date: "2026-11-17",
        place: "Lornas",
        participants: [
          ["arden", "participant"],
          ["brisk", "participant"],
        ],
        topics: ["power", "electricity"],
        facts: [
          [
            "power-next",
            "The trilateral power committee of Arden, Brisk and Norvik will meet next in Lornas in March 2027.",
            ["arden", "brisk", "norvik"],
          ],
        ],
      },
    ],
  }),
);

describe("words before an ordinary alias that its entity lacks describe another", () => {
  it("answers about the committee the words describe", () => {
    const result = engine.answer("where will the trilateral power committee meet next?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Lornas/);
  });

  it("reads the alias alone as its entity", () => {
    const result = engine.answer("where will the vaccine steering committee meet next?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Vell/);
  });
});
