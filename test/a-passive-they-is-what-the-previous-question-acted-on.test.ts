/**
 * "How long were they held?" right after "when did Norvik free the Gull crew?": a "they" that is
 * the subject of a passive verb is what was acted on, the crew, not Norvik that freed them; "what
 * did they say?" after the same question, a "they" that acts, is still the country named.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-courier-gull-crew", {
    outlet: "Elm Courier",
    title: "Norvik frees the Gull crew",
    date: "2026-07-03",
    entities: [
      ...norvikAndCastel(),
      {
        id: "gull",
        kind: "other",
        name: "Gull",
        description: "A Castel fishing boat whose crew Norvik's coast guard detained",
      },
    ],
    meetings: [
      {
        id: "2026-07-02-norvik-castel-gull-release",
        title: "Release of the Gull crew in Port Elm",
        date: "2026-07-02",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["crew", "release"],
        facts: [
          [
            "gull-crew-freed",
            "Norvik freed the five men of the Gull crew on 2 July 2026.",
            ["norvik", "gull"],
            null,
            ["freed", "release", "when"],
          ],
          [
            "gull-crew-held",
            "The Gull crew were held in Port Elm for 23 days before they were freed.",
            ["gull"],
            null,
            ["held", "detained", "how long"],
          ],
        ],
      },
    ],
  }),
);

describe("a passive they is what the previous question acted on", () => {
  it("reads they as the crew freed, not the country that freed them", () => {
    const result = askedIn(engine, "how long were they held?", "when did norvik free the gull crew");
    expect(result.reading ?? "").toContain("gull crew");
    expect(result.reading ?? "").not.toContain("Norvik");
    expect(result.answer).toContain("23 days");
  });

  it("still reads a they that acts as the country named", () => {
    const result = askedIn(engine, "what did they say?", "when did norvik free the gull crew");
    expect(result.reading ?? "").toContain('"they" as Norvik');
  });
});
