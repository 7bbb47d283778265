/**
 * "Why does Castel want the gauges?" is answered by what Castel's minister said of them, never by a
 * saying of one of Castel's people who does not speak for it (its hydrologist chairing a panel).
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-gauges-and-locks", {
    outlet: "Elm Gazette",
    title: "Castel wants river gauges and a new lock",
    date: "2026-07-09",
    entities: [
      ...norvikAndCastel(),
      { id: "lena-varga", kind: "person", name: "Lena Varga", description: "Castel's Minister of Finance" },
      {
        id: "ana-sol",
        kind: "person",
        name: "Ana Sol",
        description: "Hydrologist of Castel, chair of the Elm water panel",
      },
      { id: "elm-gauges", kind: "other", name: "Elm river gauges", description: "Gauges on the Elm" },
      { id: "elm-lock", kind: "other", name: "Elm lock", description: "A river lock on the Elm" },
    ],
    meetings: [
      {
        id: "2026-07-08-elm-talks",
        title: "Norvik–Castel talks in Elmford",
        date: "2026-07-08",
        place: "Elmford",
        participants: NORVIK_AND_CASTEL,
        topics: ["gauges", "lock"],
        facts: [
          [
            "sol-gauges",
            "Ana Sol said the Elm river gauges warn the villages of floods.",
            ["ana-sol", "castel", "elm-gauges"],
          ],
          [
            "varga-lock",
            "Lena Varga said the Elm lock saves barges two days of waiting at the falls.",
            ["lena-varga", "castel", "elm-lock"],
          ],
        ],
      },
    ],
  }),
);

describe("what a country wants is said by one who speaks for it", () => {
  it("answers with the reason its minister gave", () => {
    const result = engine.answer("why does castel want the elm lock?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("two days");
  });

  it("does not take its hydrologist's saying as the country's reason", () => {
    expect(engine.answer("why does castel want the elm river gauges?").answer).not.toContain("floods");
  });
});
