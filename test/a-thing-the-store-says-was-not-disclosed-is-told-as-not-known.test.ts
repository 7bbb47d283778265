/**
 * "What interest rate is the bank charging on the loan?" against "the loan runs for 15 years; its
 * interest rate was not disclosed": the thing a what- or which-question asks for is the subject of
 * a clause that says it was not disclosed or is not known, so the store's word is that it is not
 * known, told as such rather than as an answer, and no later figure of something else (the loan's
 * sum) overtakes it. A question about something else the fact says is still answered by it.
 */
import { describe, expect, it } from "vitest";
import { statesAsUnknown } from "../src/engine/verify.ts";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-undisclosed-rate", {
    outlet: "Elm Gazette",
    title: "A loan for the Kora bridge",
    date: "2026-11-19",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-bank",
        kind: "organization",
        name: "Elm Sea Development Bank",
        description: "Regional development lender",
        aliases: ["ESDB"],
      },
      {
        id: "kora-bridge",
        kind: "other",
        name: "Kora bridge",
        description: "Road bridge between Norvik and Castel",
      },
    ],
    meetings: [
      {
        id: "2026-11-17-kora-bridge-loan",
        title: "Signing of the Kora bridge loan in Port Elm",
        date: "2026-11-17",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["bridge", "loan"],
        facts: [
          [
            "term",
            "The Elm Sea Development Bank's loan for the Kora bridge runs for 20 years; its interest rate was not disclosed.",
            ["elm-bank", "kora-bridge", "norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("a thing the store says was not disclosed is told as not known", () => {
  it("does not answer the interest rate with the loan's term", () => {
    const result = engine.answer("what interest rate is on the esdb loan for the kora bridge?");
    expect(result.answered).toBe(false);
    expect(result.answer).toContain("not known");
  });

  it("still answers how long the loan runs from the same fact", () => {
    const result = engine.answer("how long does the esdb loan for the kora bridge run?");
    expect(result.answer).toContain("20 years");
    expect(result.answer).not.toContain("not known");
  });

  it("reads the thing asked as the subject of the undisclosed clause", () => {
    const fact = "The bank's loan runs for 15 years; its interest rate was not disclosed.";
    expect(statesAsUnknown("what interest rate is the bank charging?", fact)).toBe(true);
    expect(statesAsUnknown("and what interest rate?", fact)).toBe(true);
    expect(statesAsUnknown("what term does the loan have?", fact)).toBe(false);
    expect(statesAsUnknown("which fee has not been disclosed yet?", "The fee was disclosed in May.")).toBe(
      false,
    );
  });
});
