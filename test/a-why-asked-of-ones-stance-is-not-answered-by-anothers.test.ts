/**
 * "Why did Norvik refuse the joint command?" takes for granted that Norvik refused. When Norvik
 * proposed it and Castel refused, the Castel minister's "Castel will train with Norvik every year
 * but will not put its boats under a joint flag" is Castel's reason, not Norvik's, however well its
 * words match; and "Norvik asked for salt to be included" is no refusal of Norvik's at all (at
 * most it corrects the question). A
 * why-question about an actor's refusal or acceptance is answered only by a fact in which the
 * stance is that actor's (or that of one who speaks for it); Castel's own reason still answers
 * "why did Castel refuse …?".
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-joint-command", {
    outlet: "Elm Sea Ledger",
    title: "Castel turns down Norvik's plan for a joint coast guard command",
    date: "2026-09-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "ana-rell",
        kind: "person",
        name: "Ana Rell",
        description: "Castel's Minister of Defence",
      },
      {
        id: "joint-command",
        kind: "initiative",
        name: "permanent joint coast guard command",
        description: "Norvik's proposal for a permanent joint coast guard command; refused by Castel",
      },
      {
        id: "salt-trade",
        kind: "initiative",
        name: "Norvik–Castel grain agreement",
        description: "Trade agreement on grain between Norvik and Castel",
      },
    ],
    meetings: [
      {
        id: "2026-09-10-elm-defence-talks",
        title: "Norvik–Castel defence and trade talks in Kolna",
        date: "2026-09-10",
        place: "Kolna",
        participants: [...NORVIK_AND_CASTEL, ["ana-rell", "Castel's Minister of Defence"]],
        topics: ["defence", "trade"],
        facts: [
          [
            "norvik-proposes",
            "Norvik proposed turning the yearly Elm Sea patrol into a permanent joint coast guard command.",
            ["norvik", "joint-command"],
          ],
          [
            "castel-refuses",
            "Castel refused Norvik's proposal for a permanent joint coast guard command.",
            ["castel", "norvik", "joint-command"],
          ],
          [
            "rell-flag",
            "Ana Rell said Castel will train with Norvik every year but will not put its boats under a joint flag.",
            ["ana-rell", "castel", "norvik", "joint-command"],
            undefined,
            ["joint flag", "refusal", "why"],
          ],
          [
            "rell-answer",
            "Ana Rell said Castel's boats answer only to Castel, explaining Castel's refusal of a permanent joint coast guard command.",
            ["ana-rell", "castel", "joint-command"],
          ],
          [
            "norvik-salt",
            "Norvik asked for salt to be included in the Norvik–Castel grain agreement, because its salt works have lost their buyers.",
            ["norvik", "salt-trade"],
          ],
        ],
      },
    ],
  }),
);

/** A party's "objective" is no objection of its own; the refusal in the sentence is the other's. */
const lakeFund = engineFrom(
  madeUpStore("elm-lake-fund", {
    outlet: "Elm Sea Ledger",
    title: "Norvik stays out of Castel's lake fund",
    date: "2026-09-14",
    entities: [
      ...norvikAndCastel(),
      {
        id: "lake-fund",
        kind: "initiative",
        name: "joint lake fund",
        description: "Castel's proposal for a fund shared with Norvik",
      },
    ],
    meetings: [
      {
        id: "2026-09-13-elm-lake-talks",
        title: "Norvik–Castel lake talks in Kolna",
        date: "2026-09-13",
        place: "Kolna",
        participants: NORVIK_AND_CASTEL,
        topics: ["water"],
        facts: [
          [
            "castel-objective",
            "Castel's objective was a joint lake fund, which Norvik refused to join because it wants to keep its own fishing levy.",
            ["castel", "norvik", "lake-fund"],
          ],
        ],
      },
    ],
  }),
);

describe("a why-question about one party's refusal", () => {
  it("is not answered by the reason another party gave for its own refusal", () => {
    const result = engine.answer("why did norvik refuse the permanent joint coast guard command?");
    expect(result.answer).not.toContain("joint flag");
  });

  it("is not answered by the party asking for the very thing it is said to have refused", () => {
    const result = engine.answer("why did norvik refuse to include salt in the grain agreement?");
    // (Said as what it is, the correction of the question, or not at all.)
    if (result.answered) expect(result.answer).toMatch(/^No — Norvik did not refuse/);
  });

  it("is not answered by another's refusal after the party's objective (no objection of its own)", () => {
    const result = lakeFund.answer("why did castel refuse the joint lake fund?");
    expect(result.answer).not.toContain("fishing levy");
    expect(lakeFund.answer("why did norvik refuse the joint lake fund?").answer).toContain("fishing levy");
  });

  it("is still answered by the reason of the party that did refuse", () => {
    const result = engine.answer("why did castel refuse the permanent joint coast guard command?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/answer only to Castel|joint flag/);
  });
});
