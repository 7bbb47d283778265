/**
 * A headcount or a wage asked in everyday words: "how many delegates came to the signing?" is
 * attending it (any meeting noun of the lexicon); "how many staff are on the agency's payroll?" is
 * met by "the agency employs 46 staff"; "how much
 * do the workers get paid a month?" is met by the rule that employers "must pay" them. Nearby
 * questions the store cannot answer stay refused.
 */
import { describe, expect, it } from "vitest";
import { isPersonnelNoun } from "../src/engine/language/thesaurus.ts";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-seasonal-work", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel sign a seasonal work deal",
    date: "2026-09-17",
    entities: [
      ...norvikAndCastel(),
      {
        id: "harvest-agency",
        kind: "organization",
        name: "Elm Harvest Agency",
        description: "The agency that places Castel's seasonal workers on Norvik's farms",
      },
      {
        id: "vessa-signing",
        kind: "event",
        name: "Vessa signing",
        description: "Signing of the Norvik–Castel seasonal work agreement in Vessa",
      },
    ],
    meetings: [
      {
        id: "2026-09-16-seasonal-work-signing-vessa",
        title: "Signing of the Norvik–Castel seasonal work agreement in Vessa",
        date: "2026-09-16",
        place: "Vessa",
        participants: NORVIK_AND_CASTEL,
        topics: ["seasonal work", "farms"],
        facts: [
          [
            "delegates",
            "About 70 delegates attended the Vessa signing of the seasonal work agreement.",
            ["norvik", "castel", "vessa-signing"],
          ],
          ["agency-staff", "The Elm Harvest Agency employs 46 staff.", ["harvest-agency"]],
          [
            "people-covered",
            "The agreement lets people from Castel work on Norvik's farms for up to six months a year.",
            ["castel", "norvik"],
          ],
          [
            "wage",
            "Employers must pay each Castelian seasonal worker at least 1,900 euros a month.",
            ["castel", "norvik"],
          ],
        ],
      },
    ],
  }),
);

describe("a headcount or a wage asked in everyday words", () => {
  it("reads coming to a signing as attending it", () => {
    const result = askedIn(engine, "how many delegates came to the vessa signing?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("About 70 delegates");
  });

  it("reads being on a payroll as being employed", () => {
    const result = askedIn(engine, "how many staff are on the elm harvest agency's payroll?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("46 staff");
  });

  it("meets a wage asked with 'get paid' by the rule employers must follow", () => {
    const result = askedIn(engine, "how much do seasonal workers get paid a month?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("1,900 euros");
  });

  it("counts an organisation's staff as people, not its trucks or a unit", () => {
    expect(isPersonnelNoun("staff")).toBe(true);
    expect(isPersonnelNoun("workforce")).toBe(true);
    expect(isPersonnelNoun("trucks")).toBe(false);
    expect(isPersonnelNoun("delegation")).toBe(false);
  });

  it("still refuses what the store does not say", () => {
    expect(askedIn(engine, "how many journalists came to the vessa signing?").answered).toBe(false);
    expect(askedIn(engine, "how much is the elm harvest agency's director paid?").answered).toBe(false);
    expect(askedIn(engine, "how many trucks does the elm harvest agency employ?").answered).toBe(false);
  });
});
