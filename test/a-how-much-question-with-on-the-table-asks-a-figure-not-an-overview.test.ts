/**
 * "How much cash is Norvik putting on the table for the Kolna bridge?" asks a figure: "on the
 * table" there is the idiom of an offer, not a meeting's agenda, so the question is not read as a
 * request for a meeting's overview (which states no figure): the sum answers it, or nothing does.
 * "What was on the table at the Kolna talks?" still asks for the meeting as a whole.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kolna-bridge-offer", {
    outlet: "Elm Sea Ledger",
    title: "Norvik offers to pay for most of the Kolna bridge",
    date: "2026-06-26",
    entities: [
      ...norvikAndCastel(),
      {
        id: "kolna-bridge",
        kind: "initiative",
        name: "Kolna bridge",
        description: "Planned road bridge between Norvik and Castel at Kolna",
      },
    ],
    meetings: [
      {
        id: "2026-06-24-kolna-talks",
        title: "Norvik–Castel talks on the Kolna bridge",
        date: "2026-06-24",
        place: "Kolna",
        participants: NORVIK_AND_CASTEL,
        topics: ["bridge", "transport"],
        summary: "Norvik and Castel discussed how to share the cost of the Kolna bridge.",
        facts: [
          [
            "norvik-cash",
            "Norvik offered 12 million euros in cash for the Kolna bridge.",
            ["norvik", "kolna-bridge"],
          ],
          ["castel-share", "Castel will pay for the bridge's approach roads.", ["castel", "kolna-bridge"]],
        ],
      },
    ],
  }),
);

describe("a how-much question that says 'on the table'", () => {
  it("is not answered by the meeting's overview", () => {
    const result = askedIn(engine, "how much cash was norvik putting on the table for the kolna bridge?");
    expect(result.answer).not.toContain("discussed how to share");
    if (result.answered) expect(result.answer).toContain("12 million euros");
  });

  it("still reads 'what was on the table' as the meeting as a whole", () => {
    expect(askedIn(engine, "what was on the table at the kolna talks?").answer).not.toContain("I don't have");
  });
});
