/**
 * "Where will the Orla satellite launch from?" asks where the launch is, as "where will it be
 * launched?" does: "from" closes the place of the act asked, not where someone is from, and the
 * satellite that launches is the one a fact says "will be launched". "Where is she from?" still asks
 * where a person is from.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-orla-satellite", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel agree to build the Orla satellite",
    date: "2026-03-06",
    entities: [
      ...norvikAndCastel(),
      { id: "orla-1", kind: "other", name: "Orla-1", description: "Earth observation satellite" },
      {
        id: "skarp-launch-centre",
        kind: "place",
        name: "Skarp Launch Centre",
        description: "Norvik's rocket launch site",
      },
      {
        id: "ida-varn",
        kind: "person",
        name: "Ida Varn",
        description: "Castel's space agency director, an engineer from Port Elm",
      },
    ],
    meetings: [
      {
        id: "2026-03-04-orla-signing",
        title: "Norvik–Castel satellite agreement signing",
        date: "2026-03-04",
        place: "Norvik City",
        participants: [...NORVIK_AND_CASTEL, ["ida-varn", "director"]],
        topics: ["space", "science"],
        facts: [
          [
            "launch-site",
            "Orla-1 will be launched on a Kestrel rocket from the Skarp Launch Centre in northern Norvik.",
            ["orla-1", "skarp-launch-centre", "norvik"],
          ],
          ["launch-mass", "Orla-1 will weigh 640 kilograms at launch.", ["orla-1"]],
          [
            "engineers-stay",
            "Ten Castel engineers will stay in Norvik until the launch of Orla-1.",
            ["castel", "norvik", "orla-1"],
          ],
          [
            "varn-role",
            "Ida Varn, an engineer from Port Elm, leads Castel's part of the Orla-1 work.",
            ["ida-varn", "castel", "orla-1"],
          ],
        ],
      },
    ],
  }),
);

describe("where a thing will launch from is where it will be launched", () => {
  it("answers with the launch site", () => {
    const result = askedIn(engine, "where will orla-1 launch from");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Skarp Launch Centre");
  });

  it("still reads 'where is she from?' as where a person is from", () => {
    const result = askedIn(engine, "where is ida varn from?");
    expect(result.answer).toContain("Port Elm");
  });
});
