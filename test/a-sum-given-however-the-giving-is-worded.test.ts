/**
 * "How much is Castel giving?", "how much cash is the fund putting in?": a sum given is asked with
 * any verb of giving money (WordNet's giving senses of pay, lend, contribute, donate and grant, and
 * the verbs under them), and the fact may say it with another one ("will lend") or with the noun of
 * what is given ("offered a grant of"). Cash and currency are money. A party that gives no sum is
 * still not answered with another's.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-bridge-money", {
    outlet: "Elm Gazette",
    title: "Who pays for the Port Elm bridge",
    date: "2026-05-14",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-fund",
        kind: "organization",
        name: "Elm Harbour Fund",
        description: "Regional lender owned by the Elm Sea countries",
        aliases: ["EHF"],
      },
      {
        id: "elm-bridge",
        kind: "initiative",
        name: "Port Elm bridge",
        description: "Road bridge planned between Norvik and Castel at Port Elm",
      },
    ],
    meetings: [
      {
        id: "2026-05-12-bridge-financing",
        title: "Port Elm bridge financing talks",
        date: "2026-05-12",
        place: "Port Elm",
        participants: [
          ["norvik", "participant"],
          ["castel", "participant"],
          ["elm-fund", "lender"],
        ],
        topics: ["bridge", "financing"],
        facts: [
          [
            "fund-loan",
            "The Elm Harbour Fund will lend 40 million euros for the Port Elm bridge over 20 years.",
            ["elm-fund", "elm-bridge"],
          ],
          [
            "castel-grant",
            "Castel offered a grant of 12 million euros for the Port Elm bridge.",
            ["castel", "elm-bridge"],
          ],
          [
            "norvik-study",
            "Norvik agreed to carry out a study of the bridge's foundations.",
            ["norvik", "elm-bridge"],
          ],
        ],
      },
    ],
  }),
);

describe("a sum given, however the giving is worded", () => {
  it("answers a loan asked as cash put in", () => {
    const result = engine.answer("how much cash is the elm harbour fund putting into the port elm bridge?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/40 million euros/);
  });

  it("answers a grant asked as giving", () => {
    const result = engine.answer("how much is castel giving for the port elm bridge?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/12 million euros/);
  });

  it("answers in what currency a price is", () => {
    const result = engine.answer("in what currency is the loan for the port elm bridge?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/euros/);
  });

  it("does not answer for a party that gives no sum with another's", () => {
    const result = engine.answer("how much is norvik giving for the port elm bridge?");
    expect(result.answered).toBe(false);
    expect(result.answer).not.toMatch(/40 million|12 million/);
  });
});
