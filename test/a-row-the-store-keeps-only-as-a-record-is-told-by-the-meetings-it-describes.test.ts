/**
 * "What's the latest on the Norvik–Castel embassy row?": the curators keep the row as a record of
 * its own, saying who and what it is about (the two countries, the embassies closed), but no fact and
 * no meeting names it. Its meetings are those with its countries among their people whose title or
 * topics have a word of its name ("embassy"), not another meeting of the same two countries (their
 * fishing talks): the latest on it is the newest of them, its whole story all of them.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("embassy-row", {
    outlet: "Skarn Courier",
    title: "The embassy row's year",
    date: "2026-12-02",
    entities: [
      ...norvikAndCastel(),
      {
        id: "embassy-row",
        kind: "other",
        name: "Norvik–Castel embassy row",
        description:
          "2026 row: Norvik closed Castel's embassy in Ubra in March; Castel closed Norvik's embassy in Vesk in June; both reopened in November",
        aliases: ["Norvik-Castel embassy row", "Castel–Norvik embassy row"],
      },
    ],
    meetings: [
      {
        id: "2026-03-10-ubra-embassy-closed",
        title: "Norvik orders Castel's embassy in Ubra closed",
        date: "2026-03-10",
        place: "Ubra",
        participants: NORVIK_AND_CASTEL,
        topics: ["embassy closure", "expelled diplomats"],
        facts: [
          [
            "ubra-closed",
            "Norvik ordered Castel's embassy in Ubra closed within a week.",
            ["norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-06-18-vesk-embassy-closed",
        title: "Castel orders Norvik's embassy in Vesk closed",
        date: "2026-06-18",
        place: "Vesk",
        participants: NORVIK_AND_CASTEL,
        topics: ["retaliation", "visa queues"],
        facts: [
          ["vesk-closed", "Castel ordered Norvik's embassy in Vesk closed in return.", ["norvik", "castel"]],
        ],
      },
      {
        id: "2026-09-01-fishing-talks",
        title: "Norvik and Castel hold fishing talks in Lirac",
        date: "2026-09-01",
        place: "Lirac",
        participants: NORVIK_AND_CASTEL,
        topics: ["fishing quotas"],
        facts: [
          [
            "fishing",
            "Norvik and Castel agreed to cut their herring quotas by a tenth.",
            ["norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-11-25-embassies-reopen",
        title: "Norvik and Castel reopen their embassies with half the staff",
        date: "2026-11-25",
        place: "Ubra",
        participants: NORVIK_AND_CASTEL,
        topics: ["reopening", "staff numbers"],
        facts: [
          [
            "reopened",
            "Norvik and Castel reopened their embassies on 25 November 2026 with eight diplomats each.",
            ["norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-12-01-lirac-fishing-second",
        title: "Norvik and Castel hold a second round of fishing talks in Lirac",
        date: "2026-12-01",
        place: "Lirac",
        participants: NORVIK_AND_CASTEL,
        topics: ["fishing quotas", "net sizes"],
        facts: [
          ["nets", "Norvik and Castel agreed on a larger mesh for herring nets.", ["norvik", "castel"]],
        ],
      },
    ],
  }),
);

describe("a row the store keeps only as a record is told by the meetings it describes", () => {
  it("tells the newest of the row's meetings as the latest on it, not the newer fishing talks", () => {
    const result = engine.answer("what's the latest on the norvik castel embassy row");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("reopen their embassies");
    expect(result.answer).not.toContain("fishing");
  });

  it("recaps the row from its first closure to the reopening", () => {
    const result = engine.answer("give me the whole norvik-castel embassy row from the start");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("within a week");
    expect(result.answer).toContain("in return");
    expect(result.answer).toContain("eight diplomats");
    expect(result.answer).not.toContain("herring");
  });
});
