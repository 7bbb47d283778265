/**
 * "And where is it going now?" right after "where did Albania want to put its Prespa sewage plant
 * in March?": "now" asks where a thing stands today, and a meeting that was held does not move, so "it"
 * is not the March meeting the answer came from (whose place and day would be no answer). "Where
 * was it?" after a question about a meeting is still that meeting.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  askedIn,
  combinedDataDir,
  engineFrom,
  NINTH_EVENT_DIR,
  SIXTEENTH_EVENT_DIR,
} from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

// (The Prespa story's Greece and North Macedonia are defined in the ninth and sixteenth stories.)
const prespa = engineFrom(
  combinedDataDir(
    NINTH_EVENT_DIR,
    SIXTEENTH_EVENT_DIR,
    join(import.meta.dirname, "fixtures", "twenty-ninth-event"),
  ),
);

const engine = engineFrom(
  madeUpStore("dora-lake", {
    outlet: "Elm Sea Ledger",
    title: "Norvik and Castel argue over a sewage plant on Lake Dora",
    date: "2026-03-12",
    entities: [
      ...norvikAndCastel(),
      { id: "pelis", kind: "place", name: "Pelis", description: "Village on the Castel shore of Lake Dora" },
    ],
    meetings: [
      {
        id: "2026-03-11-dora-council",
        title: "First meeting of the Lake Dora Water Council in Kolna",
        date: "2026-03-11",
        place: "Kolna",
        participants: NORVIK_AND_CASTEL,
        topics: ["lake dora", "sewage"],
        facts: [
          [
            "plant-site-march",
            "In March Castel wanted to put its Lake Dora sewage plant on the shore at Pelis, which Norvik opposed.",
            ["castel", "norvik", "pelis"],
          ],
          [
            "council-agenda",
            "Castel asked the council in Kolna for help to pay for the sewage plant.",
            ["castel"],
          ],
        ],
      },
    ],
  }),
);

describe("'where is it now?' after a question about a thing", () => {
  it("is not the meeting the answer was reported from", () => {
    const previous = "where did albania want to put its prespa sewage plant in march";
    const result = askedIn(prespa, "and where is it going now?", previous);
    expect(result.reading ?? "").not.toContain("First meeting of the Prespa Lakes Water Council");
    expect(result.answer).not.toContain("11 March 2026");
  });

  it("leaves 'where was it?' after a question about the meeting as that meeting", () => {
    const result = askedIn(
      engine,
      "and where was it?",
      "what did castel ask the council for at the first meeting?",
    );
    expect(result.reading ?? "").toContain("First meeting of the Lake Dora Water Council");
    expect(result.answer).toContain("Kolna");
  });
});
