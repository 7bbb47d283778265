/**
 * "When did Norvik make its first payment to the Elm Fund? — how much was it?": "it" is the
 * payment, and the amount is of it; the previous question with "how much" in the place of "when"
 * ("how much did Norvik make its first payment …?") asks of nothing, and finds whichever sum of
 * Norvik's payments shares most of its words.
 */
import { describe, expect, it } from "vitest";
import { resolveContext } from "../src/engine/context.ts";
import { understand } from "../src/engine/understand.ts";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const store = madeUpStore("elm-fund", {
  outlet: "Elm Courier",
  title: "Norvik pays the Elm Fund",
  date: "2026-05-04",
  entities: [
    ...norvikAndCastel(),
    { id: "elm-fund", kind: "organization", name: "Elm Fund", description: "Castel's development fund" },
  ],
  meetings: [
    {
      id: "2026-05-03-elm-fund-review",
      title: "Elm Fund debt review",
      date: "2026-05-03",
      place: "Port Elm",
      participants: NORVIK_AND_CASTEL,
      topics: ["debt", "payment"],
      facts: [
        [
          "first-payment",
          "Norvik made its first reduced payment to the Elm Fund, of 4.7 million euros, on 3 May 2026.",
          ["norvik", "elm-fund"],
        ],
        [
          "yearly",
          "The debt deal cuts the yearly payments Norvik must make to the Elm Fund from 61 million euros to 19 million euros.",
          ["norvik", "elm-fund"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("how much was it after a when-question asks the amount of what was told", () => {
  it("never reads it as the when-question asked again with how much", () => {
    const previous = engine.answer("when did norvik make its first reduced payment to the elm fund").turn;
    const kb = engine.base;
    const readings = resolveContext(understand("how much was it?", kb), previous, kb);
    const asked = readings.flatMap((read) => (read.kind === "read" ? [read.understanding.question] : []));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.join(" | ")).not.toMatch(/how much did norvik make/i);
  });
});
