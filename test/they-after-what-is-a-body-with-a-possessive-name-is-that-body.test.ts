/**
 * "What were they asking for?" right after "what is the Tarn boatmen's guild?": "they" is the guild
 * the question named, though its name, typed with "boatmen's", is read without the possessive; not
 * the countries of the meeting where the guild was spoken of.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("tarn-guild", {
    outlet: "Tarn Valley Courier",
    title: "Boatmen want moorings on the Tarn",
    date: "2026-09-02",
    entities: [
      ...norvikAndCastel(),
      {
        id: "tarn-guild",
        kind: "organization",
        name: "Tarn Boatmen's Guild",
        description: "Guild of about 700 boatmen on the lower Tarn river in Castel",
      },
      {
        id: "tarn-board",
        kind: "organization",
        name: "Tarn River Board",
        description: "Joint Norvik–Castel river board",
      },
    ],
    meetings: [
      {
        id: "2026-09-01-tarn-board",
        title: "Tarn River Board session in Norvik",
        date: "2026-09-01",
        place: "Norvik",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
          ["tarn-board", "body that met"],
        ],
        topics: ["river", "moorings"],
        facts: [
          [
            "guild-members",
            "The Tarn Boatmen's Guild has about 700 members on the lower Tarn in Castel.",
            ["tarn-guild", "castel"],
          ],
          [
            "guild-request",
            "The Tarn Boatmen's Guild wrote to the Tarn River Board asking for 40 new public moorings.",
            ["tarn-guild", "tarn-board"],
          ],
          [
            "countries-request",
            "Norvik and Castel asked the Tarn River Board for a dredging plan by December.",
            ["norvik", "castel", "tarn-board"],
          ],
        ],
      },
    ],
  }),
);

describe("'they' after 'what is <a body>?' is that body, its possessive name and all", () => {
  it("reads 'what were they asking for?' as the guild's request", () => {
    const result = askedIn(engine, "what were they asking for?", "what is the tarn boatmen's guild?");
    expect(result.reading).toBe(`Taking "they" as Tarn Boatmen's Guild`);
    expect(result.answer).toContain("40 new public moorings");
  });
});
