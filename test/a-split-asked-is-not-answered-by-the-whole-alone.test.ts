/**
 * "How was the 16.8 million for the Elm park split up?" is not answered by "the cost, to be split
 * between Norvik and Castel, rose from 14.5 million to 16.8 million euros": that fact gives the
 * whole, and what it rose from, but no part. The facts beside it whose sums make up the whole answer instead, part by part ("Norvik will
 * pay 9 million euros of the Elm park's cost and Castel 7.8 million").
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-park-money", {
    outlet: "Elm Gazette",
    title: "The Elm park's cost rises",
    date: "2026-06-20",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-park",
        kind: "place",
        name: "Elm park",
        description: "A national park on the Norvik–Castel border",
      },
      {
        id: "vessa-bridge",
        kind: "place",
        name: "Vessa bridge",
        description: "A bridge between Norvik and Castel",
      },
    ],
    meetings: [
      {
        id: "2026-06-18-elm-park-council",
        title: "Elm park council",
        date: "2026-06-18",
        place: "Vessa",
        participants: NORVIK_AND_CASTEL,
        topics: ["park", "cost"],
        facts: [
          [
            "cost",
            "In June 2026 the cost of the Elm park, to be split between Norvik and Castel, rose from 14.5 million to 16.8 million euros.",
            ["elm-park"],
          ],
          [
            "shares",
            "Under the agreement Norvik will pay 9 million euros of the park's cost and Castel 7.8 million.",
            ["norvik", "castel", "elm-park"],
          ],
          [
            "bridge",
            "The Vessa bridge will cost 41.6 million euros: Norvik will pay 22.4 million euros and Castel 19.2 million.",
            ["norvik", "castel", "vessa-bridge"],
          ],
        ],
      },
    ],
  }),
);

describe("a split asked is not answered by the whole alone", () => {
  it("answers the split with the parts, not the whole's rise alone", () => {
    const result = askedIn(engine, "how was the 16.8 million for the elm park split up in june?");
    expect(result.answer).toContain("9 million");
    expect(result.answer).toContain("7.8 million");
  });
});
