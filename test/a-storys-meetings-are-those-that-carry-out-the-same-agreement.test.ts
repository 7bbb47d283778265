/**
 * "What's the latest on the Orrave fisheries truce?": a truce (the Ubra accord) signed by Norvik and
 * Castel, its first catches landed under it, then, months later, its review put off and its monitor
 * replaced, a meeting whose title no longer says "truce". The
 * curators named each article's topics afresh ("truce signed", "catches landed", "review delayed"),
 * so no two of the meetings share two topics; what ties them is the truce itself, which each meeting
 * has among its people. The latest on the truce is the newest of them, and its whole saga is all
 * three.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const TRUCE: [string, string] = ["orrave-truce", "the truce being carried out"];

const engine = engineFrom(
  madeUpStore("orrave-truce", {
    outlet: "Skarn Courier",
    title: "The Orrave truce's year",
    date: "2026-11-20",
    entities: [
      ...norvikAndCastel(),
      {
        id: "orrave-board",
        kind: "organization",
        name: "Skarn Fisheries Board",
        description: "Joint board of Norvik and Castel that watches their shared fishing grounds",
      },
      {
        id: "orrave-truce",
        kind: "initiative",
        name: "Ubra accord",
        description:
          "Accord signed by Norvik and Castel in Ubra in February 2026 to end their fishing quarrel",
      },
    ],
    meetings: [
      {
        id: "2026-02-11-truce-signed",
        title: "Norvik and Castel sign the Orrave fisheries truce in Ubra",
        date: "2026-02-11",
        place: "Ubra",
        participants: [["norvik", "signatory"], ["castel", "signatory"], ["orrave-board", "monitor"], TRUCE],
        topics: ["truce signed", "net limits", "patrol boats"],
        facts: [
          [
            "signed",
            "Norvik and Castel signed the Orrave fisheries truce in Ubra, limiting each fleet to 40 boats.",
            ["norvik", "castel", "orrave-truce"],
          ],
        ],
      },
      {
        id: "2026-04-02-first-catches",
        title: "First catches landed in Vesk under the Orrave fisheries truce",
        date: "2026-04-02",
        place: "Vesk",
        participants: [["castel", "host"], ["orrave-board", "counted the catches"], TRUCE],
        topics: ["catches landed", "harbour fees"],
        facts: [
          [
            "catches",
            "The first 300 tonnes of fish caught under the Orrave fisheries truce were landed in Vesk.",
            ["orrave-truce"],
          ],
        ],
      },
      {
        id: "2026-10-07-review-delayed",
        title: "Skarn board in Lirac delays its review to March 2027 and names a new monitor",
        date: "2026-10-07",
        place: "Lirac",
        participants: [["orrave-board", "delayed the review"], ["norvik", "member"], TRUCE],
        topics: ["review delayed", "monitor replaced"],
        facts: [
          [
            "delayed",
            "The Skarn Fisheries Board delayed its review of the Ubra accord to March 2027.",
            ["orrave-board", "orrave-truce"],
          ],
        ],
      },
    ],
  }),
);

describe("a story's meetings are those that carry out the same agreement", () => {
  it("tells the newest meeting of the truce as the latest on it", () => {
    const result = engine.answer("what's the latest on the orrave fisheries truce");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("March 2027");
  });

  it("recaps every meeting of the truce, its later ones included", () => {
    const result = engine.answer("recap the whole orrave truce saga from the start");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Ubra");
    expect(result.answer).toContain("Vesk");
    expect(result.answer).toContain("Lirac");
  });
});
