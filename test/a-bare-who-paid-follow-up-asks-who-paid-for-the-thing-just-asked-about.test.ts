/**
 * "Who paid?" right after "how much did the satellite maps cost?" names nothing of its own: what was
 * paid for is the maps. A fact of the same meeting that says who pays for something else (a border
 * pillar) fits the bare question's one word better than the maps' cost "shared equally by Norvik and
 * Castel", but it drifts off the thread: the answer is the payer of the maps, or none. Asked with
 * its own object ("who will pay for the pillar?"), the pillar's payer answers as before.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-border-survey", {
    outlet: "Elm Sea Ledger",
    title: "Norvik and Castel agree where their border meets Velmar's",
    date: "2026-06-26",
    entities: [
      ...norvikAndCastel(),
      { id: "velmar", kind: "country", name: "Velmar", description: "A country upstream of Norvik" },
      {
        id: "border-survey",
        kind: "initiative",
        name: "Norvik–Castel border survey",
        description: "Joint survey of the Norvik–Castel border from satellite images",
      },
      {
        id: "tri-point-pillar",
        kind: "other",
        name: "tri-point pillar",
        description: "Concrete pillar where the borders of Norvik, Castel and Velmar meet",
      },
    ],
    meetings: [
      {
        id: "2026-06-24-tri-point-meeting",
        title: "Norvik–Castel–Velmar tri-point meeting in Kolna",
        date: "2026-06-24",
        place: "Kolna",
        participants: [...NORVIK_AND_CASTEL, ["velmar", "participant"]],
        topics: ["borders"],
        facts: [
          [
            "maps-cost",
            "The satellite maps for the Norvik–Castel border survey cost 1.4 million US dollars, shared equally by Norvik and Castel.",
            ["border-survey", "norvik", "castel"],
          ],
          [
            "velmar-pays-pillar",
            "The Velmar minister said Velmar would pay for the tri-point pillar.",
            ["velmar", "tri-point-pillar"],
            undefined,
            ["who pays", "cost"],
          ],
        ],
      },
    ],
  }),
);

const MAPS = "how much did the satellite maps for the norvik-castel border survey cost?";

describe("a bare 'who paid?' right after what something cost", () => {
  it("is answered by who paid for that thing, not for another thing of the meeting", () => {
    expect(engine.answer(MAPS).answer).toContain("1.4 million");
    const result = askedIn(engine, "who paid?", MAPS);
    expect(result.answer).not.toContain("pillar");
    if (result.answered) expect(result.answer).toContain("shared equally");
  });

  it("still finds the other thing's payer when the question names it", () => {
    expect(askedIn(engine, "who will pay for the pillar?", MAPS).answer).toContain("Velmar");
  });
});
