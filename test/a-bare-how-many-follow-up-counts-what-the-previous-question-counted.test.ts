/**
 * "How many does it have now?" right after "how many truck lanes will the Kolna border post have
 * after the upgrade?" says nothing of its own but the count: it counts the lanes. A fact of the post
 * that counts trucks ("about 1,100 trucks cross every day") is a figure of something else, and the
 * question is refused rather than answered with it; a fact that counts the lanes answers it.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import {
  type MadeUpMeeting,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

function kolnaPost(name: string, facts: MadeUpMeeting["facts"]) {
  return engineFrom(
    madeUpStore(name, {
      outlet: "Elm Sea Ledger",
      title: "Kolna border post to be upgraded",
      date: "2026-05-12",
      entities: [
        ...norvikAndCastel(),
        {
          id: "kolna-post",
          kind: "place",
          name: "Kolna border post",
          aliases: ["Kolna"],
          description: "One-stop border post between Norvik and Castel",
        },
      ],
      meetings: [
        {
          id: "2026-05-10-kolna-talks",
          title: "Norvik–Castel border post talks in Kolna",
          date: "2026-05-10",
          place: "Kolna",
          participants: NORVIK_AND_CASTEL,
          topics: ["borders", "trade"],
          facts: [
            [
              "upgrade-agreed",
              "Norvik and Castel agreed to upgrade the Kolna border post with more truck lanes.",
              ["norvik", "castel", "kolna-post"],
            ],
            [
              "trucks-a-day",
              "About 1,100 trucks now cross at Kolna every day, and clearing one takes about five hours.",
              ["kolna-post"],
            ],
            ...facts,
          ],
        },
      ],
    }),
  );
}

const LANES = "how many truck lanes will the kolna border post have after the upgrade?";

describe("a bare 'how many … now?' right after a count", () => {
  it("is not answered by a count of other things", () => {
    const engine = kolnaPost("kolna-trucks", []);
    const result = askedIn(engine, "how many does it have now?", LANES);
    expect(result.answer).not.toContain("1,100");
  });

  it("is answered by a count of the same things", () => {
    const engine = kolnaPost("kolna-lanes", [
      ["lanes-now", "The Kolna border post has six truck lanes now.", ["kolna-post"]],
    ]);
    expect(askedIn(engine, "how many does it have now?", LANES).answer).toContain("six");
  });
});
