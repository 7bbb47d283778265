/**
 * "Who was quoted in the Fjord Ledger article?": one report tells of two meetings, an engineers'
 * review and the ministers' talks held on it a week later. The article quotes the review's lead
 * engineer as well as the ministers; each person it quotes is named, not only those of the meeting
 * it is filed under.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("fjord-ledger-tunnel", {
    outlet: "Fjord Ledger",
    title: "Engineers fault the Skarn tunnel plan as ministers meet in Brill",
    date: "2026-04-20",
    entities: [
      ...norvikAndCastel(),
      { id: "ada-holm", kind: "person", name: "Ada Holm", description: "Lead engineer of the tunnel review" },
      { id: "per-lund", kind: "person", name: "Per Lund", description: "Transport minister of Norvik" },
      { id: "eva-marr", kind: "person", name: "Eva Marr", description: "Transport minister of Castel" },
    ],
    meetings: [
      {
        id: "2026-04-18-tunnel-talks",
        title: "Norvik–Castel ministers' talks on the Skarn tunnel in Brill",
        date: "2026-04-18",
        place: "Brill",
        participants: [...NORVIK_AND_CASTEL, ["per-lund", "minister"], ["eva-marr", "minister"]],
        topics: ["Skarn tunnel", "review"],
        facts: [
          ["lund-said", "Per Lund said the Skarn tunnel would still open in 2030.", ["per-lund"]],
          ["marr-said", "Eva Marr said Castel would pay for a second survey.", ["eva-marr", "castel"]],
        ],
      },
      {
        id: "2026-04-11-tunnel-review",
        title: "Engineers' review of the Skarn tunnel plan in Osk",
        date: "2026-04-11",
        place: "Osk",
        participants: [["ada-holm", "lead engineer"]],
        topics: ["Skarn tunnel", "engineering review"],
        facts: [
          [
            "holm-said",
            "Ada Holm said the rock under the Skarn strait was weaker than the plan assumed.",
            ["ada-holm"],
          ],
        ],
      },
    ],
  }),
);

describe("who an article quotes includes those of each meeting it reports", () => {
  it("names the engineer quoted beside the ministers", () => {
    const result = engine.answer("who was quoted in the fjord ledger article?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Per Lund");
    expect(result.answer).toContain("Eva Marr");
    expect(result.answer).toContain("Ada Holm");
  });
});
