/**
 * "Summarize the whole Elm bridge saga from the start": a commission that meets three times on a
 * bridge and on flood gauges, its curators naming one topic differently from one article to the
 * next ("flood polders" in March, "polders" in July, "cycle lane" then), is one story, told oldest
 * first, each meeting by its fact on the bridge rather than by its own leading fact. Two meetings
 * of the same two countries with no one else in common stay two stories, however alike their topics.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const COMMISSION: [string, string] = ["elm-commission", "the commission that met"];

const engine = engineFrom(
  madeUpStore("elm-courier-bridge", {
    outlet: "Elm Courier",
    title: "The Elm bridge commission's year",
    date: "2026-11-06",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-commission",
        kind: "organization",
        name: "Norvik–Castel Elm Commission",
        description: "Joint commission of Norvik and Castel on the Elm river",
      },
      {
        id: "elm-bridge",
        kind: "other",
        name: "Elm bridge",
        description: "Road bridge planned across the Elm",
      },
      {
        id: "ana-berg",
        kind: "person",
        name: "Ana Berg",
        description: "Norvik's co-chair of the commission",
      },
      { id: "ferry-line", kind: "other", name: "Tarn ferry", description: "Ferry across the Tarn lake" },
    ],
    meetings: [
      {
        id: "2026-03-17-elm-first",
        title:
          "First session of the Norvik–Castel Elm Commission in Skara on the Elm bridge and river gauges",
        date: "2026-03-17",
        place: "Skara",
        participants: [["norvik", "host"], ["castel", "participant"], ["ana-berg", "co-chair"], COMMISSION],
        topics: ["Elm bridge", "flood polders", "river gauges", "cost"],
        facts: [
          [
            "gauges-first",
            "Norvik and Castel agreed to install twenty shared river gauges along the lower Elm.",
            ["norvik", "castel"],
          ],
          [
            "bridge-first",
            "The commission agreed to build the Elm bridge for 31 million euros.",
            ["elm-bridge", "elm-commission"],
          ],
        ],
      },
      {
        id: "2026-07-02-elm-second",
        title: "Second session of the Norvik–Castel Elm Commission in Brod: builder chosen",
        date: "2026-07-02",
        place: "Brod",
        participants: [["castel", "host"], ["norvik", "participant"], ["ana-berg", "co-chair"], COMMISSION],
        topics: ["polders", "cycle lane", "cost revised", "tender"],
        facts: [
          [
            "polder-second",
            "The commission turned down a request to add a second polder near Brod.",
            ["elm-commission"],
          ],
          [
            "bridge-second",
            "The cost of the Elm bridge rose to 36 million euros after the tender.",
            ["elm-bridge"],
          ],
        ],
      },
      {
        id: "2026-11-04-elm-third",
        title: "Third session of the Norvik–Castel Elm Commission at Vara Castle; gauge network completed",
        date: "2026-11-04",
        place: "Vara",
        participants: [["norvik", "host"], ["castel", "participant"], ["ana-berg", "co-chair"], COMMISSION],
        topics: ["gauge network", "cycle lane", "bridge delay", "river gauges", "cost revised"],
        facts: [
          [
            "gauges-third",
            "Twelve of the twenty shared river gauges on the lower Elm have been installed.",
            ["norvik", "castel"],
          ],
          [
            "bridge-third",
            "The Elm bridge will now open in June 2029 instead of October 2028.",
            ["elm-bridge"],
          ],
        ],
      },
      {
        id: "2026-05-10-tarn-ferry",
        title: "Norvik–Castel talks in Tarn on the ferry",
        date: "2026-05-10",
        place: "Tarn",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
        ],
        topics: ["cost", "gauges", "ferry"],
        facts: [
          [
            "ferry-fare",
            "Norvik and Castel agreed that a ticket on the Tarn ferry will cost four euros.",
            ["ferry-line", "norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("a saga of one thing tells each meeting by its part of that thing", () => {
  it("tells every meeting of the commission, oldest first, each by its fact on the bridge", () => {
    const result = engine.answer("summarize the whole elm bridge saga from the start");
    expect(result.answered).toBe(true);
    const order = ["31 million", "36 million", "June 2029"].map((part) => result.answer.indexOf(part));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Neither the gauges nor the polders lead a meeting asked for its bridge, nor the ferry talks join.
    expect(result.answer).not.toContain("river gauges along");
    expect(result.answer).not.toContain("Tarn");
  });

  it("tells the commission's whole story by each meeting's own leading fact", () => {
    const result = engine.answer("give me the whole story of the elm commission so far");
    expect(result.answered).toBe(true);
    for (const place of ["Skara", "Brod", "Vara"]) expect(result.answer).toContain(place);
    expect(result.answer).not.toContain("Tarn");
  });

  it("still refuses the saga of a thing the store never speaks of", () => {
    expect(engine.answer("summarize the whole lirac tunnel saga from the start").answered).toBe(false);
  });
});
