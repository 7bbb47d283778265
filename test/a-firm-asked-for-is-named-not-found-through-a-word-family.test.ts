/**
 * "Which engineering firm compared Kessa and Dorn?" is not answered by "the committee asked
 * engineers to compare Kessa and Dorn" because the sentence also says "site": the domain puts
 * "site" beside "newspaper" as an outlet, and WordNet files a newspaper under firms, but someone
 * asked for is named by a word for them, not through such a family.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-plant-site", {
    outlet: "Elm Gazette",
    title: "Where the Elm desalination plant goes",
    date: "2026-07-19",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-committee",
        kind: "organization",
        name: "Elm Joint Committee",
        description: "Joint committee of Norvik and Castel on the desalination plant",
      },
      {
        id: "kessa",
        kind: "place",
        name: "Kessa",
        description: "Coastal town in Norvik, home of a fish-canning firm",
      },
      { id: "dorn", kind: "place", name: "Dorn", description: "Coastal town in Castel" },
    ],
    meetings: [
      {
        id: "2026-07-17-elm-committee",
        title: "Meeting of the Elm Joint Committee in Port Elm",
        date: "2026-07-17",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["desalination plant", "site"],
        facts: [
          [
            "compare",
            "The desalination plant's site was still undecided: the Elm Joint Committee asked engineers to compare Kessa and Dorn.",
            ["elm-committee", "kessa", "dorn"],
          ],
        ],
      },
    ],
  }),
);

describe("a firm asked for is named, not found through a word family", () => {
  it("does not answer which firm compared the sites with the committee's engineers", () => {
    const result = engine.answer(
      "which engineering firm compared kessa and dorn for the desalination plant?",
    );
    expect(result.answered).toBe(false);
  });
});
