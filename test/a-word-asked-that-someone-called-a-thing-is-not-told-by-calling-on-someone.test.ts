/**
 * "What did Pavo Lind call the quota?" asks the word he gave it ("called the quota a noose"):
 * "Pavo Lind called on the council to scrap the quota" gives none, and neither does anything else
 * he said of it. A fact that calls the thing something answers; else the engine refuses.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

function story(withName: boolean): string {
  return madeUpStore(`salt-coast-called-${withName ? "told" : "untold"}`, {
    outlet: "Harbour Ledger",
    title: "Ombrel's minister on the herring quota",
    date: "2026-05-12",
    entities: [
      { id: "ombrel", kind: "country", name: "Ombrel", description: "A country on the Salt Coast" },
      {
        id: "salt-council",
        kind: "organization",
        name: "Salt Coast Council",
        description: "Body of the Salt Coast countries that sets fishing quotas",
      },
      {
        id: "herring-quota",
        kind: "other",
        name: "herring quota",
        description: "The Salt Coast herring quota",
      },
      { id: "pavo-lind", kind: "person", name: "Pavo Lind", description: "Minister of Fisheries of Ombrel" },
    ],
    meetings: [
      {
        id: "2026-05-10-salt-council-session",
        title: "Salt Coast Council session in Ombrel",
        date: "2026-05-10",
        place: "Ombrel",
        participants: [
          ["ombrel", "host"],
          ["salt-council", "body"],
        ],
        topics: ["fishing", "quota"],
        facts: [
          [
            "lind-calls-on",
            "Pavo Lind called on the Salt Coast Council to scrap the herring quota.",
            ["pavo-lind", "salt-council", "herring-quota"],
          ],
          ...(withName
            ? ([
                [
                  "lind-noose",
                  "Pavo Lind called the herring quota a noose around every fishing town.",
                  ["pavo-lind", "herring-quota"],
                ],
              ] as [string, string, string[]][])
            : []),
        ],
      },
    ],
  });
}

describe("a word asked that someone called a thing is not told by calling on someone", () => {
  it("answers with the word he gave the quota", () => {
    const result = askedIn(engineFrom(story(true)), "what did pavo lind call the herring quota?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/a noose/);
  });

  it("refuses rather than answer with his call on the council", () => {
    const result = askedIn(engineFrom(story(false)), "what did pavo lind call the herring quota?");
    expect(result.answered).toBe(false);
  });
});
