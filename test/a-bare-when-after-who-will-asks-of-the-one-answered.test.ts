/**
 * "When?" right after "who will take over the chair from Ada Berg?": "who" was the subject, so the
 * question asked again puts the one the answer gave in its place ("when will Luc Moreau take over
 * the chair from Ada Berg?"), not nobody ("when will take over …?"). After "who is Norvik's
 * minister?" the question asked again is as before ("since when is Norvik's minister?").
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-panel", {
    outlet: "Elm Sea Ledger",
    title: "New chair for the Elm Sea sand panel",
    date: "2026-09-02",
    entities: [
      ...norvikAndCastel(),
      {
        id: "sand-panel",
        kind: "organization",
        name: "Elm Sea Sand Monitoring Panel",
        aliases: ["sand panel"],
        description: "Joint Norvik–Castel panel counting the sand dredged from the Elm Sea",
      },
      {
        id: "ada-berg",
        kind: "person",
        name: "Ada Berg",
        description: "Norvik's Minister of Water; chairs the Elm Sea Sand Monitoring Panel",
      },
      {
        id: "luc-moreau",
        kind: "person",
        name: "Luc Moreau",
        description: "Castel's Minister of Water",
      },
    ],
    meetings: [
      {
        id: "2026-09-01-sand-panel",
        title: "Elm Sea Sand Monitoring Panel meeting in Kolna",
        date: "2026-09-01",
        place: "Kolna",
        participants: NORVIK_AND_CASTEL,
        topics: ["sand dredging"],
        facts: [
          [
            "chair-handover",
            "Ada Berg will hand the chair of the Elm Sea Sand Monitoring Panel to Luc Moreau on 1 January 2027.",
            ["ada-berg", "luc-moreau", "sand-panel"],
          ],
          [
            "berg-since",
            "Ada Berg has been Norvik's Minister of Water since March 2024.",
            ["ada-berg", "norvik"],
          ],
        ],
      },
    ],
  }),
);

describe("a bare 'when?' after 'who will …?'", () => {
  it("asks when the one answered will do it", () => {
    const question = "who will take over the chair of the sand panel from ada berg?";
    expect(engine.answer(question).answer).toContain("Luc Moreau");
    const result = askedIn(engine, "when?", question);
    expect(result.reading).toContain("when will Luc Moreau take over");
    expect(result.answer).toContain("1 January 2027");
  });

  it("leaves a who-is question asked again as before", () => {
    const result = askedIn(engine, "since when?", "who is norvik's minister of water?");
    expect(result.reading ?? "").not.toContain("Luc Moreau");
  });
});
