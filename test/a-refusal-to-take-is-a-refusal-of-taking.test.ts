/**
 * "Why did Castel refuse to take Norvik's medical students in Vessa?" when in Vessa Castel agreed to
 * take them: the act turned down is the taking, however light a verb "take" is, and Norvik's refusal
 * of something else there ("Castel proposed that students who fail repay …, but Norvik refused")
 * is not its reason.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-scholars-vessa", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel choose their first scholars",
    date: "2026-11-19",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm Sea" },
      { id: "castel", kind: "country", name: "Castel", description: "A neighbouring country" },
      { id: "vessa", kind: "place", name: "Vessa", description: "University town in Castel" },
    ],
    meetings: [
      {
        id: "2026-11-18-scholars-meeting-vessa",
        title: "Norvik–Castel scholars meeting in Vessa",
        date: "2026-11-18",
        place: "Vessa, Castel",
        participants: [
          ["castel", "host"],
          ["norvik", "participant"],
        ],
        topics: ["students", "exchange"],
        facts: [
          [
            "repay-refused",
            "In Vessa Castel proposed that students who fail their semester repay the allowance, but Norvik refused, saying poor students would stop applying.",
            ["castel", "norvik"],
          ],
          [
            "medical-agreed",
            "In Vessa Castel agreed to take ten Norvik medical students a year from 2028.",
            ["castel", "norvik"],
          ],
        ],
      },
    ],
  }),
);

describe("a refusal to take", () => {
  it("is not answered by another's refusal of something else", () => {
    const result = engine.answer("why did castel refuse to take norvik's medical students in vessa?");
    expect(result.answer).not.toContain("poor students would stop applying");
  });
});
