/**
 * "How is the 4.1 billion for the Kulla causeway split?": the fact that names the whole may state a
 * part too ("agreed to lend 1.2 billion dollars …, settling how the 4.1-billion-dollar project will
 * be paid for"), and that part counts with the others of its meeting ("Norvia will pay 1.9 billion
 * dollars … and Estmark 1 billion dollars") when together they make the whole.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kulla-courier-causeway-money", {
    outlet: "Kulla Courier",
    title: "A fund closes the Kulla causeway's financing",
    date: "2026-11-05",
    entities: [
      { id: "norvia", kind: "country", name: "Norvia", description: "Country west of the Kulla strait" },
      { id: "estmark", kind: "country", name: "Estmark", description: "Country east of the Kulla strait" },
      {
        id: "kulla-fund",
        kind: "organization",
        name: "Kulla Infrastructure Fund",
        description: "Made-up regional lender",
      },
      {
        id: "kulla-causeway",
        kind: "initiative",
        name: "Kulla causeway",
        description: "Second road and rail causeway across the Kulla strait",
      },
    ],
    meetings: [
      {
        id: "2026-11-03-kulla-causeway-committee",
        title: "Joint causeway committee meeting in Riva",
        date: "2026-11-03",
        place: "Riva",
        participants: [
          ["norvia", "host"],
          ["estmark", "participant"],
          ["kulla-fund", "lender"],
        ],
        topics: ["causeway", "financing"],
        facts: [
          [
            "fund-lends",
            "The Kulla Infrastructure Fund agreed to lend 1.2 billion US dollars for the motorway on the Kulla causeway, settling how the 4.1-billion-dollar project will be paid for.",
            ["kulla-fund", "kulla-causeway"],
          ],
          [
            "split",
            "Under the financing plan, Norvia will pay 1.9 billion dollars for the railway and Estmark 1 billion dollars for the stations, with the fund's loan covering the motorway.",
            ["norvia", "estmark", "kulla-causeway"],
          ],
        ],
      },
    ],
  }),
);

describe("a split counts the part told beside the whole", () => {
  it("gives the lender's part and the two countries' parts", () => {
    const result = askedIn(engine, "how is the 4.1 billion for the kulla causeway split?");
    expect(result.answered).toBe(true);
    for (const figure of ["1.2 billion", "1.9 billion", "1 billion"]) expect(result.answer).toContain(figure);
  });
});
