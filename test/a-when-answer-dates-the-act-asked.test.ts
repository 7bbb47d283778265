/**
 * A when-answer gives the day of the act asked, not the day of the sentence that tells of it beside
 * its own act: "signed two agreements …, but settled only half of their dispute over Castel's ban"
 * is dated by the signing. The ban's day is the one a sentence gives the ban itself ("dates back
 * to March 2025, when Castel banned …": a clause right after a time is dated by it).
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

/** A made-up article: two countries sign agreements and half settle a cheese ban. */
const engine = engineFrom(
  madeUpStore("elm-gazette-cheese-ban", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel settle half their cheese dispute",
    date: "2026-09-17",
    entities: [
      ...norvikAndCastel("A dairy country"),
      {
        id: "petra-lund",
        kind: "person",
        name: "Petra Lund",
        description: "Chair of the Dairy Board of Norvik",
        aliases: ["Lund"],
      },
      {
        id: "ivo-brandt",
        kind: "person",
        name: "Ivo Brandt",
        description: "Former chair of the Dairy Board of Norvik",
        aliases: ["Brandt"],
      },
    ],
    meetings: [
      {
        id: "2026-09-16-norvik-castel-port-elm-agreements",
        title: "Norvik–Castel agreements in Port Elm",
        date: "2026-09-16",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        summary: "Norvik and Castel signed two agreements.",
        topics: ["trade"],
        facts: [
          [
            "agreements-signed",
            "On 16 September 2026 Norvik and Castel signed two agreements in Port Elm, but settled only half of their long dispute over Castel's ban on Norvik's cheese.",
            ["norvik", "castel"],
          ],
          [
            "ban-began",
            "The dispute dates back to March 2025, when Castel banned imports of cheese from twelve Norvik dairies.",
            ["castel", "norvik"],
            null,
          ],
          [
            "lund-new-chair",
            "Petra Lund took over as chair of the Dairy Board on 1 September 2026 from Ivo Brandt, who had led the board from 2019 until August 2026.",
            ["petra-lund", "ivo-brandt"],
            "2026-09-01",
          ],
        ],
      },
    ],
  }),
);

describe("a when-answer dates the act asked", () => {
  it("does not date a ban by the signing of a sentence that mentions it beside its own act", () => {
    const result = engine.answer("when did Castel ban the Norvik cheese?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("March 2025");
    expect(result.answer).not.toContain("16 September 2026");
  });
});
