/**
 * "By when?" asks the time something must be done by: "Castel made the advance payment in June
 * 2026" tells when it was made, not by when it had to be, and is no answer; "the payment is due
 * by 30 June 2026", "to report within six months" or "by the end of 2027" are.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const story = (withDeadline: boolean) =>
  madeUpStore(withDeadline ? "elm-gas-advance-due" : "elm-gas-advance", {
    outlet: "Elm Sea Ledger",
    title: "The interim gas deal",
    date: "2026-07-10",
    entities: [
      ...norvikAndCastel(),
      {
        id: "interim-deal",
        kind: "initiative",
        name: "Norvik–Castel interim gas deal",
        aliases: ["interim gas deal"],
        description: "Interim deal on gas deliveries from Norvik to Castel",
      },
    ],
    meetings: [
      {
        id: "2026-06-16-interim-gas-deal",
        title: "Signing of the Norvik–Castel interim gas deal",
        date: "2026-06-16",
        place: "Castel City",
        participants: NORVIK_AND_CASTEL,
        topics: ["gas", "payment"],
        facts: [
          [
            "advance-size",
            "Under the interim gas deal Castel has to make an advance payment of 15 million dollars.",
            ["castel", "interim-deal"],
          ],
          [
            "advance-made",
            "Castel made the 15 million dollar advance payment in June 2026 under the interim deal.",
            ["castel", "interim-deal"],
            "2026-07-01",
          ],
          ...(withDeadline
            ? ([
                [
                  "advance-due",
                  "Castel has to make the advance payment under the interim gas deal by 30 June 2026.",
                  ["castel", "interim-deal"],
                ],
              ] as [string, string, string[]][])
            : []),
        ],
      },
    ],
  });

const withoutLimit = engineFrom(story(false));
const withLimit = engineFrom(story(true));

describe("'by when?' is answered only by a time told as a limit", () => {
  it("does not answer with the day the payment was made", () => {
    const result = askedIn(
      withoutLimit,
      "by when?",
      "how big is the advance payment castel has to make under the interim gas deal",
    );
    expect(result.answer).not.toContain("made the 15 million dollar");
  });

  it("answers with the day it is due by when the store tells it", () => {
    const result = askedIn(
      withLimit,
      "by when does castel have to make the advance payment under the interim gas deal?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("30 June 2026");
  });
});
