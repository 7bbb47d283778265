/**
 * "How many boats sank off Harlow?" is not answered by "31 boats sank off Harlow, Brenna and Keld":
 * the figure counts the places listed together, and the question asks one of them. Asked of all of
 * them, or with no place, the figure answers; a fact that shares the figure out ("each") answers
 * for one.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norviaAndEstmark } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("korrin-storm", {
    outlet: "Korrin Sound Herald",
    title: "A storm on the Korrin Sound",
    date: "2026-11-12",
    entities: [...norviaAndEstmark()],
    meetings: [
      {
        id: "2026-11-10-storm-talks",
        title: "Norvia and Estmark count the storm's damage",
        date: "2026-11-10",
        place: "Harlow",
        participants: [
          ["norvia", "host"],
          ["estmark", "guest"],
        ],
        topics: ["storm"],
        facts: [
          [
            "boats-sank",
            "On 8 November 2026, 31 fishing boats sank in the harbours of Harlow, Brenna and Keld.",
            ["norvia"],
          ],
          ["pumps-each", "Estmark sent 12 pumps each to Ostby and Vellan.", ["estmark"]],
        ],
      },
    ],
  }),
);

describe("a count of places listed together is not the count of one", () => {
  it("does not answer one harbour's count with the count of three", () => {
    expect(askedIn(engine, "how many fishing boats sank in the harbour of brenna").answered).toBe(false);
  });

  it("still answers the count of all of them, or with no place asked", () => {
    expect(askedIn(engine, "how many fishing boats sank in the storm").answer).toMatch(/31 fishing boats/);
    expect(
      askedIn(engine, "how many fishing boats sank in the harbours of harlow, brenna and keld").answer,
    ).toMatch(/31 fishing boats/);
  });

  it("still answers one place's share where the fact gives each its own", () => {
    expect(askedIn(engine, "how many pumps did estmark send to ostby").answer).toMatch(/12 pumps each/);
  });
});
