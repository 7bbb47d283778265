/**
 * "From when does the sand cap apply?" asks where it starts: "dredgers took 3.4 million cubic metres
 * from the border stretch between July and October 2026, within the cap that applies until the end
 * of 2026" says where the sand came from and when the old cap ends, not when one starts.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-sand-from", {
    outlet: "Elm Gazette",
    title: "Sand on the Elm",
    date: "2026-11-12",
    entities: norvikAndCastel(),
    meetings: [
      {
        id: "2026-11-11-norvik-castel-river-session",
        title: "Norvik–Castel river session",
        date: "2026-11-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["sand", "rivers"],
        facts: [
          [
            "took",
            "Norvik's panel chair said dredgers took about 3.4 million cubic metres of sand from the border stretch between July and October 2026, within the sand cap of 8 million cubic metres a year that applies until the end of 2026.",
            ["norvik"],
          ],
        ],
      },
    ],
  }),
);

describe("from when is not met by a place after from", () => {
  it("does not answer from when the sand cap applies with where the sand came from", () => {
    const result = engine.answer("from when does the norvik sand cap apply?");
    expect(result.answer).not.toContain("between July and October 2026");
  });
});
