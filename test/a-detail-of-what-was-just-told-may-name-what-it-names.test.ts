/**
 * A follow-up with no "it" that asks a detail of what the answer just told and names something that
 * fact names ("how many in Estmark?" right after the survey's count of homes, split between Norvia
 * and Estmark) is read as about that fact, even when it asks the same kind of detail again (a count
 * of the part, not the whole). Only the facts told that name everything it names answer; a name the
 * told fact does not have keeps the question's own reading.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const homes = engineFrom(
  madeUpStore("storm-homes", {
    outlet: "Twin Isles Ledger",
    title: "Norvia and Estmark count the homes the storm wrecked",
    date: "2026-06-02",
    entities: [
      { id: "norvia", kind: "country", name: "Norvia", description: "Island state hit by Storm Tobin" },
      { id: "estmark", kind: "country", name: "Estmark", description: "Island state hit by Storm Tobin" },
      { id: "velmar", kind: "country", name: "Velmar", description: "Island state spared by Storm Tobin" },
      {
        id: "home-survey",
        kind: "initiative",
        name: "Joint survey of storm-damaged homes",
        description: "Door-to-door survey of the homes Storm Tobin damaged in Norvia and Estmark",
      },
    ],
    meetings: [
      {
        id: "2026-06-01-storm-homes-talks",
        title: "Norvia–Estmark talks on rebuilding homes after Storm Tobin",
        date: "2026-06-01",
        place: "Port Alder",
        participants: [
          ["norvia", "Party"],
          ["estmark", "Party"],
        ],
        facts: [
          [
            "survey-count",
            "A door-to-door survey counted 4,800 homes that need rebuilding, 2,900 in Norvia and 1,900 in Estmark.",
            ["home-survey", "norvia", "estmark"],
          ],
          [
            "talks-held",
            "On 1 June 2026 Norvia and Estmark held talks in Port Alder on rebuilding homes after Storm Tobin.",
            ["norvia", "estmark"],
          ],
          ["estmark-boats", "Estmark has 14 coast guard boats.", ["estmark"]],
          ["estmark-shelters", "Estmark opened 35 storm shelters in 2025.", ["estmark"]],
          ["estmark-builders", "Estmark trained 600 builders in 2025.", ["estmark"]],
          ["estmark-schools", "Storm Tobin closed 40 schools in Estmark for a week.", ["estmark"]],
          ["estmark-roads", "Estmark reopened 12 roads by the end of May 2026.", ["estmark"]],
          [
            "velmar-offer",
            "Velmar offered to send builders to both islands.",
            ["velmar", "norvia", "estmark"],
          ],
        ],
      },
    ],
  }),
);

describe("a detail of what was just told that names what the fact names", () => {
  it("gives the part of the count the question names from the fact just told", () => {
    const before = askedIn(homes, "how many homes need rebuilding?");
    expect(before.answer).toContain("4,800");
    const result = askedIn(homes, "how many in estmark?", "how many homes need rebuilding?");
    expect(result.answered).toBe(true);
    expect(result.reading).toBe("Reading it as about what was just said");
    expect(result.answer).toContain("1,900 in Estmark");
  });

  it("does not read a question naming what the fact told does not name as about it", () => {
    const result = askedIn(homes, "how many in velmar?", "how many homes need rebuilding?");
    expect(result.reading ?? "").not.toContain("what was just said");
    expect(result.answer).not.toContain("1,900");
  });
});
