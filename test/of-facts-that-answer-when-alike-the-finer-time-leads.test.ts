/**
 * "When does Estria take over the chair?" answered as well by "Estria takes over the chair in 2027"
 * as by "Estria takes over the chair of the committee in January 2027": of facts that cover the
 * question alike and rank beside each other, the one whose sentence says the time more finely (a
 * day over a month, a month over a year) leads. A fact that says no time of its own in its
 * sentence takes no part in this.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("border-daily-chair", {
    outlet: "Border Daily",
    title: "The Ras border crossing reopens",
    date: "2026-07-02",
    entities: [
      { id: "norvane", kind: "country", name: "Norvane", description: "Country on the Ras crossing" },
      { id: "estria", kind: "country", name: "Estria", description: "Country on the Ras crossing" },
      {
        id: "ras-committee",
        kind: "organization",
        name: "Ras Joint Committee",
        description: "Committee of Norvane and Estria that runs the Ras border crossing",
      },
    ],
    meetings: [
      {
        id: "2026-07-01-ras-reopening",
        title: "Reopening of the Ras border crossing",
        date: "2026-07-01",
        place: "Ras",
        participants: [
          ["norvane", "party"],
          ["estria", "party"],
        ],
        topics: ["border crossing", "trade"],
        facts: [
          [
            "year",
            "Estria takes over the chair of the Ras Joint Committee in 2027, after a year of Norvane in the chair.",
            ["ras-committee", "norvane", "estria"],
            null,
          ],
          [
            "month",
            "Estria takes over the chair of the Ras Joint Committee in January 2027, and the next meeting is planned for Varn in March 2027.",
            ["ras-committee", "estria"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("of facts that answer when alike, the finer time leads", () => {
  it("answers with the month rather than the year", () => {
    const result = engine.answer("when does estria take over the chair of the ras joint committee?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/January 2027/);
  });
});
