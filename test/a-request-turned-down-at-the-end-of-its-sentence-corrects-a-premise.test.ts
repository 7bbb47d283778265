/**
 * "Castel had asked the fund to cancel 40 million dollars of its debt, and the fund refused": a
 * refusal that ends its sentence turns down the request told before it, so a question that takes
 * the request as granted ("why did the fund agree to cancel 40 million dollars of Castel's debt?")
 * is answered with that sentence as a correction, though the one who asked is named before the
 * refuser. Two countries refusing together ("Norvik and Castel refused") are not a request of one
 * of them to the other.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-castel-debt-deal", {
    outlet: "Elm Gazette",
    title: "Norvik fund reschedules Castel's debt",
    date: "2026-03-05",
    entities: [
      ...norvikAndCastel(),
      {
        id: "harbour-fund",
        kind: "organization",
        name: "Norvik Harbour Fund",
        description: "A Norvik state development fund that lends to Castel",
        aliases: ["Harbour Fund"],
      },
    ],
    meetings: [
      {
        id: "2026-03-04-port-elm-debt-signing",
        title: "Signing of the Castel debt agreement in Port Elm",
        date: "2026-03-04",
        place: "Port Elm",
        participants: [...NORVIK_AND_CASTEL, ["harbour-fund", "lender"]],
        summary: "The Norvik Harbour Fund rescheduled Castel's loans but would not cancel any of them.",
        topics: ["debt"],
        facts: [
          [
            "cancel-refused",
            "Castel had asked the Norvik Harbour Fund to cancel 40 million dollars of its debt outright, and the fund refused.",
            ["castel", "harbour-fund"],
          ],
          [
            "both-refused",
            "Asked to pay a harbour levy to the fund, Norvik and Castel refused.",
            ["norvik", "castel", "harbour-fund"],
          ],
        ],
      },
    ],
  }),
);

describe("a request turned down at the end of its sentence corrects a premise", () => {
  it("answers with the refusal when the question has the request granted", () => {
    const result = engine.answer(
      "why did the Harbour Fund agree to cancel 40 million dollars of Castel's debt?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(
      /^That isn't what my sources say: Castel had asked the Norvik Harbour Fund/,
    );
  });

  it("does not read two refusers named together as one asking the other", () => {
    const result = engine.answer("why did Castel agree to pay Norvik a harbour levy?");
    expect(result.answer ?? "").not.toMatch(/^That isn't what my sources say/);
  });
});
