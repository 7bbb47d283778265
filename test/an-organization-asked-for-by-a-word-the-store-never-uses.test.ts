/**
 * "Which outfit is bankrolling the ferry?", "which telco …": a word the store never uses whose
 * commonest sense WordNet files as a kind of organization asks for one, as "which organisation"
 * would; only as the kind asked for, right after "which" or "what" ("who's going to staff the
 * line?" asks for no organization). Getting cold feet is withdrawing (WordNet's "cold feet"
 * names no act; its "back out" is "withdraw").
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

describe("an organization asked for by a word the store never uses", () => {
  it("reads 'which outfit' as asking for an organization", () => {
    const result = engine.answer("which outfit is lending money for the new ferry?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Elm Coast Bank");
  });

  it("reads getting cold feet as backing out", () => {
    const result = engine.answer("which bank got cold feet on the ferry terminal project?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Gull Investment Bank");
  });

  it("does not read a word asked after 'who' as the organization asked for", () => {
    const result = engine.answer("who's going to staff the ferry terminal in castel?");
    expect(result.answered).toBe(false);
  });
});
