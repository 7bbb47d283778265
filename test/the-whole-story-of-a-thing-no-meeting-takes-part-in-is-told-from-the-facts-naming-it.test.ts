/**
 * "Give me the whole Norvik–Castel canal dredging story from the start": the name the question
 * asks is the canal, which no meeting has among its parties (the commission and the two countries
 * meet; the canal is what they speak of), so no meeting is named by it. The story is that of the
 * meetings whose facts name the canal, oldest first, and "what's the latest on it?" is the newest of
 * them. "The whole canal row from the start" asks the same story in another word for it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const COMMISSION: [string, string][] = [
  ["norvik", "party"],
  ["castel", "party"],
  ["varn-commission", "the commission that met"],
];
const TOPICS = ["dredging", "shipping lane", "budget"];

const engine = engineFrom(
  madeUpStore("delta-courier-canal", {
    outlet: "Delta Courier",
    title: "The Varn commission's year",
    date: "2026-11-20",
    entities: [
      ...norvikAndCastel(),
      {
        id: "varn-commission",
        kind: "organization",
        name: "Varn Joint Commission",
        description: "Joint commission of Norvik and Castel on the Varn delta",
      },
      {
        id: "varn-canal",
        kind: "other",
        name: "Norvik–Castel canal dredging",
        description: "Dredging of the shared Varn canal between Norvik and Castel",
        aliases: ["Varn canal dredging", "canal row"],
      },
    ],
    meetings: [
      {
        id: "2026-02-11-varn-first",
        title: "First session of the Varn Joint Commission in Doss",
        date: "2026-02-11",
        place: "Doss",
        participants: COMMISSION,
        topics: TOPICS,
        facts: [
          [
            "depth",
            "Norvik and Castel agreed to dredge the Varn canal to a depth of nine metres.",
            ["norvik", "castel", "varn-canal"],
          ],
        ],
      },
      {
        id: "2026-11-18-varn-second",
        title: "Second session of the Varn Joint Commission in Ekko",
        date: "2026-11-18",
        place: "Ekko",
        participants: COMMISSION,
        topics: TOPICS,
        facts: [
          [
            "postponed",
            "The dredging of the Varn canal was put off to 2028 because Castel has not paid its half.",
            ["varn-canal", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("the whole story of a thing no meeting takes part in is told from the facts naming it", () => {
  it("tells the dredging story, each meeting by its fact on the canal, oldest first", () => {
    const result = engine.answer("give me the whole norvik-castel canal dredging story from the start");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2 meetings");
    expect(result.answer).toContain("nine metres");
    expect(result.answer).toContain("put off to 2028");
  });

  it("gives the latest on it as the newest of those meetings", () => {
    const result = engine.answer("what's the latest on the norvik-castel canal dredging?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Ekko");
  });

  it("reads the whole canal row from the start as its story", () => {
    const result = engine.answer("give me the whole canal row from the start");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2 meetings");
  });
});
