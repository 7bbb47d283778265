/**
 * "Which bank got cold feet on the terminal?": getting cold feet is withdrawing. WordNet's "cold
 * feet" is only the timidity, with no act beside it; its "back out", retreating from a commitment,
 * is "withdraw". An idiom of general English in the phrase table, no article's wording.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-herald-ferry-money", {
    outlet: "Elm Herald",
    title: "Who pays for the Elm ferry",
    date: "2026-08-03",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-bank",
        kind: "organization",
        name: "Elm Coast Bank",
        description: "Regional development lender of the Elm Sea",
      },
      {
        id: "gull-bank",
        kind: "organization",
        name: "Gull Investment Bank",
        description: "Private lender based in Castel",
      },
    ],
    meetings: [
      {
        id: "2026-08-01-elm-ferry-money",
        title: "Talks on financing the Elm ferry in Port Elm",
        date: "2026-08-01",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry", "financing"],
        facts: [
          [
            "lend",
            "The Elm Coast Bank agreed to lend 40 million euros for the new ferry between Norvik and Castel.",
            ["elm-bank", "norvik", "castel"],
          ],
          [
            "withdraw",
            "The Gull Investment Bank withdrew from the ferry terminal project in Castel.",
            ["gull-bank", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("getting cold feet is withdrawing", () => {
  it("answers who got cold feet with who withdrew", () => {
    const result = engine.answer("which bank got cold feet on the ferry terminal project?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Gull Investment Bank");
    expect(result.answer).not.toContain("Elm Coast Bank");
  });
});
