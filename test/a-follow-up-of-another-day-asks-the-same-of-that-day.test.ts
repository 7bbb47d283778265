/**
 * "And on June 9?" after "how many boats did Ombrel release on 3 May?": the same question with the
 * new day in the place of the old one, said either way round ("9 June", "June 9th"), as "and in
 * July?" already is of a month.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("salt-coast-boats-released", {
    outlet: "Harbour Ledger",
    title: "Ombrel releases seized boats",
    date: "2026-06-20",
    entities: [
      { id: "ombrel", kind: "country", name: "Ombrel", description: "A country on the Salt Coast" },
      { id: "tarsia", kind: "country", name: "Tarsia", description: "A country on the Salt Coast" },
    ],
    meetings: [
      {
        id: "2026-05-03-boats-released",
        title: "Ombrel releases Tarsian fishing boats",
        date: "2026-05-03",
        place: "Ombrel",
        participants: [
          ["ombrel", "host"],
          ["tarsia", "guest"],
        ],
        topics: ["fishing", "boats"],
        facts: [
          [
            "first-release",
            "Ombrel released 14 seized Tarsian fishing boats on 3 May 2026.",
            ["ombrel", "tarsia"],
          ],
          [
            "second-release",
            "Ombrel released a further 9 seized Tarsian fishing boats on 9 June 2026.",
            ["ombrel", "tarsia"],
            "2026-06-09",
          ],
          [
            "consulate",
            "Tarsia reopened its consulate in the Ombrelian port of Vessa on 9 June 2026.",
            ["tarsia", "ombrel"],
            "2026-06-09",
          ],
        ],
      },
    ],
  }),
);

const FIRST = "how many boats did ombrel release on 3 may?";

describe("a follow-up of another day asks the same of that day", () => {
  for (const day of ["and on june 9?", "and on 9 june?", "what about june 9th?"]) {
    it(`reads '${day}' as the same question of that day`, () => {
      const result = askedIn(engine, day, FIRST);
      expect(result.answered).toBe(true);
      expect(result.answer).toMatch(/a further 9/);
    });
  }
});
