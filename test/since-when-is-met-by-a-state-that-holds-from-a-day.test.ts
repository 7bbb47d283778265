/**
 * "Since when has the Norvik–Castel family category been suspended?" is answered by "the family
 * category of the Norvik–Castel visa-free agreement was suspended from 1 October 2026": a state that
 * holds from a day began that day, as one said to hold "since" it does. A span that also ends ("was
 * closed from 3 May 2026 to 10 May 2026") is not when a state that still holds began.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-visa-category", {
    outlet: "Elm Sea Gazette",
    title: "Norvik suspends a visa category for Castel",
    date: "2026-10-20",
    entities: [
      ...norvikAndCastel(),
      {
        id: "visa-agreement",
        kind: "initiative",
        name: "Norvik–Castel visa-free agreement",
        description: "Visa-free travel agreement between Norvik and Castel",
        aliases: ["visa agreement"],
      },
      {
        id: "family-category",
        kind: "other",
        name: "Norvik–Castel family category",
        description: "Category of the Norvik–Castel visa-free agreement for relatives of students",
        aliases: ["family category"],
      },
    ],
    meetings: [
      {
        id: "elm-visa-review",
        title: "Norvik–Castel visa review in Harbourg",
        date: "2026-10-20",
        place: "Harbourg",
        participants: NORVIK_AND_CASTEL,
        topics: ["visas", "travel"],
        facts: [
          [
            "student-category-suspended",
            "The family category of the Norvik–Castel visa-free agreement was suspended from 1 October 2026.",
            ["family-category", "visa-agreement", "norvik", "castel"],
            "2026-10-01",
            ["suspended", "since when", "date"],
          ],
          [
            "border-post-closed",
            "The Harbourg border post was closed from 3 May 2026 to 10 May 2026 for repairs.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("since when is met by a state that holds from a day", () => {
  it("dates a suspension from the day it holds from", () => {
    const result = engine.answer("since when has the norvik-castel family category been suspended?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("1 October 2026");
  });

  it("does not take the first day of a span that ended as the beginning of a state", () => {
    const result = engine.answer("since when has the harbourg border post been closed?");
    expect(result.answer).not.toMatch(/^The Harbourg border post was closed from 3 May/);
  });
});
