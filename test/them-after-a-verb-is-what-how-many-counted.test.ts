/**
 * "Who pays for them?" right after "how many sturgeon will Castel release each year?": "them" that
 * something is done to or for is what was counted, in what was being discussed, not the country
 * that counts them. "How many did they release?" (them as the ones who act) is read as before.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-sturgeon", {
    outlet: "Elm Sea Gazette",
    title: "Elm sturgeon programme",
    date: "2026-10-23",
    entities: [
      ...norvikAndCastel("A country on the Elm river", "Norvik's neighbour across the Elm"),
      { id: "sturgeon", kind: "other", name: "Sturgeon", description: "Fish of the Elm river" },
      {
        id: "elm-programme",
        kind: "initiative",
        name: "Elm sturgeon programme",
        description: "Joint restocking of sturgeon in the Elm",
      },
    ],
    meetings: [
      {
        id: "2026-10-22-elm-sturgeon",
        title: "Elm sturgeon programme meeting",
        date: "2026-10-22",
        place: "Castelmar",
        participants: NORVIK_AND_CASTEL,
        topics: ["fish"],
        facts: [
          [
            "castel-release",
            "Castel will release 15,000 young sturgeon a year into the Elm and will pay their cost of 0.9 million euros itself.",
            ["castel", "sturgeon", "elm-programme"],
          ],
          [
            "castel-bill",
            "Castel said it would pay its higher bill for the programme's office in full and on time.",
            ["castel", "elm-programme"],
          ],
        ],
      },
    ],
  }),
);

describe("them after a verb is what how many counted", () => {
  it("reads 'who pays for them?' as of the sturgeon counted", () => {
    const result = askedIn(
      engine,
      "who pays for them?",
      "how many sturgeon will castel release into the elm each year",
    );
    expect(result.answer).toMatch(/Taking "them" as the sturgeon/);
    expect(result.answer).toMatch(/0\.9 million euros itself/);
  });

  it("does not read 'them' as what was counted when it is who acts", () => {
    const result = askedIn(
      engine,
      "what did they say?",
      "how many sturgeon will castel release into the elm each year",
    );
    expect(result.answer).not.toMatch(/as the sturgeon/);
  });
});
