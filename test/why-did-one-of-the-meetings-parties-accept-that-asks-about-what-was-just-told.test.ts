/**
 * "Why did Castel accept that?" right after "where will the Kolna desalination plant be built?"
 * names one of the two countries that met, though the fact just told, of the plant alone, names
 * neither: "that" is the plant's site, so Castel's reason for accepting something else at another
 * meeting (a customs window) drifts off the thread. The answer is Castel's reason for the site, or
 * none. Asked with its own object, the other matter is still found.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kolna-desalination", {
    outlet: "Elm Sea Ledger",
    title: "Norvik and Castel choose where to build their desalination plant",
    date: "2026-11-19",
    entities: [
      ...norvikAndCastel(),
      {
        id: "kolna-plant",
        kind: "initiative",
        name: "Kolna desalination plant",
        description: "Joint desalination plant of Norvik and Castel near Kolna",
      },
    ],
    meetings: [
      {
        id: "2026-11-18-water-talks-kolna",
        title: "Norvik–Castel water talks in Kolna",
        date: "2026-11-18",
        place: "Kolna",
        participants: NORVIK_AND_CASTEL,
        topics: ["water"],
        facts: [
          ["plant-site", "The Kolna desalination plant will be built at Brena Point.", ["kolna-plant"]],
          [
            "castel-accepted-site",
            "Castel agreed to the Brena Point site for the plant because its pipeline to Castel is 46 kilometres shorter.",
            ["castel", "kolna-plant"],
          ],
        ],
      },
      {
        id: "2026-03-02-customs-talks-orsa",
        title: "Norvik–Castel customs talks in Orsa",
        date: "2026-03-02",
        place: "Orsa",
        participants: NORVIK_AND_CASTEL,
        topics: ["customs"],
        facts: [
          [
            "castel-accepted-window",
            "Castel accepted a single customs window because trucks had waited two days at the border.",
            ["castel"],
          ],
        ],
      },
    ],
  }),
);

const ASKED = "where will the kolna desalination plant be built?";

describe("why one of the meeting's parties accepted that, right after what was told", () => {
  it("is answered by its reason for what was just told, not for another thing it accepted", () => {
    expect(engine.answer(ASKED).answer).toContain("Brena Point");
    const result = askedIn(engine, "why did castel accept that?", ASKED);
    expect(result.answer).not.toContain("customs");
    if (result.answered) expect(result.answer).toContain("pipeline");
  });

  it("still finds the other reason when the question names it", () => {
    expect(askedIn(engine, "why did castel accept the customs window?", ASKED).answer).toContain("trucks");
  });
});
