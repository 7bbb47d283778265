/**
 * "How big is the lake behind the Tarn weir?", "how many farms will water along the Sarn canal?":
 * a preposition of place before what it places ("behind the weir", "along the canal") says where,
 * as "at" or "in" would, in words a fact need not share ("the Tarn weir's reservoir", "the Sarn
 * canal will water 340 farms"); the thing asked and its place are what a fact must have. A place
 * the store does not know is still refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("tarn-weir", {
    outlet: "Elm Valley Post",
    title: "Norvik and Castel plan the Tarn weir",
    date: "2026-07-03",
    entities: [
      ...norvikAndCastel(),
      {
        id: "tarn-weir",
        kind: "initiative",
        name: "Tarn weir",
        description: "Weir Norvik and Castel plan on the Tarn river",
      },
      {
        id: "sarn-canal",
        kind: "initiative",
        name: "Sarn canal",
        description: "Irrigation canal fed by the Tarn weir",
      },
    ],
    meetings: [
      {
        id: "2026-07-02-tarn",
        title: "Norvik–Castel water talks in Tarn",
        date: "2026-07-02",
        place: "Tarn",
        participants: NORVIK_AND_CASTEL,
        topics: ["water"],
        facts: [
          [
            "weir-reservoir",
            "The Tarn weir's reservoir will cover 12 square kilometres.",
            ["tarn-weir"],
            undefined,
            ["lake"],
          ],
          ["canal-farms", "The Sarn canal will water 340 farms.", ["sarn-canal"]],
        ],
      },
    ],
  }),
);

describe("a preposition of place before what it places is no word to find", () => {
  it("answers 'how many farms will water along the sarn canal' with the farms the canal waters", () => {
    expect(engine.answer("how many farms will water along the sarn canal?").answer).toContain("340");
  });

  it("still refuses a place the store does not know", () => {
    expect(engine.answer("how big is the reservoir behind the kolna weir").answered).toBe(false);
  });
});
