/**
 * "Which countries are putting money into the Norvia–Estmark line?": payers asked by their kind are
 * every country the story's facts say pays for it, however each says it ("will pay 80 million
 * euros towards the line", "offered a loan of up to 150 million euros for the line", "joined the
 * power line project with a grant of 20 million euros"), even one whose fact has few of the
 * question's words.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kulla-courier-power-line", {
    outlet: "Kulla Courier",
    title: "Lirac joins the Norvia–Estmark power line",
    date: "2026-11-19",
    entities: [
      { id: "norvia", kind: "country", name: "Norvia", description: "Country west of the Kulla" },
      { id: "estmark", kind: "country", name: "Estmark", description: "Country east of the Kulla" },
      { id: "tarsh", kind: "country", name: "Tarsh", description: "Country that lends for the line" },
      { id: "lirac", kind: "country", name: "Lirac", description: "Country that gives a grant for the line" },
      {
        id: "kulla-line",
        kind: "initiative",
        name: "Norvia–Estmark line",
        description: "Power line between Norvia and Estmark across the Kulla",
        aliases: ["Kulla line"],
      },
      {
        id: "kulla-station",
        kind: "initiative",
        name: "Kulla converter station",
        description: "Converter station of the Norvia–Estmark line",
      },
    ],
    meetings: [
      {
        id: "2026-02-11-kulla-line-talks",
        title: "Norvia–Estmark power line talks in Kulla Town",
        date: "2026-02-11",
        place: "Kulla Town",
        participants: [
          ["norvia", "host"],
          ["estmark", "participant"],
        ],
        topics: ["power line", "electricity"],
        facts: [
          [
            "split",
            "Norvia will pay 80 million euros and Estmark 55 million euros towards the Norvia–Estmark line.",
            ["norvia", "estmark", "kulla-line"],
          ],
          [
            "tarsh-loan",
            "Tarsh offered a loan of up to 150 million euros for the new Norvia–Estmark line.",
            ["tarsh", "kulla-line"],
          ],
          ["length", "The Norvia–Estmark line will be 96 km long.", ["kulla-line"]],
        ],
      },
      {
        id: "2026-11-18-kulla-line-steering",
        title: "Norvia–Estmark power line steering committee in Riva",
        date: "2026-11-18",
        place: "Riva",
        participants: [
          ["estmark", "host"],
          ["norvia", "participant"],
        ],
        topics: ["power line", "electricity"],
        facts: [
          [
            "lirac-grant",
            "Lirac joined the project in November with a grant of 20 million euros for the converter station, the committee said.",
            ["lirac", "kulla-station", "kulla-line"],
          ],
          ["delay", "The Norvia–Estmark line will open a year late, in 2029.", ["kulla-line"]],
        ],
      },
    ],
  }),
);

describe("payers asked by their kind are every payer of the story", () => {
  it("lists the lender and the later giver of a grant beside the two that pay", () => {
    const result = askedIn(engine, "which countries are putting money into the norvia estmark line?");
    expect(result.answered).toBe(true);
    for (const name of ["Tarsh", "Lirac"]) expect(result.answer).toContain(name);
  });
});
