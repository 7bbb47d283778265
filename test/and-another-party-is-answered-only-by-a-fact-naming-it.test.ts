/**
 * "And how many in Castel?" after "how many camera traps were planned on the Norvik side?" is the
 * previous question asked of Castel in Norvik's place, so it is answered only by a fact that names
 * Castel ("… 140 in Norvik and 100 in Castel"), not by the corridor's total that names neither.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import {
  type MadeUpMeeting,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const store = (facts: MadeUpMeeting["facts"]) =>
  madeUpStore("and-another-party", {
    outlet: "Elm Courier",
    title: "Norvik and Castel install camera traps in the lynx corridor",
    date: "2026-09-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "lynx-corridor",
        kind: "initiative",
        name: "Elm Lynx Corridor",
        description: "Wildlife corridor for lynx across the border of Norvik and Castel",
        aliases: ["lynx corridor"],
      },
    ],
    meetings: [
      {
        id: "2026-09-10-lynx-corridor-review",
        title: "Norvik–Castel lynx corridor review",
        date: "2026-09-10",
        place: "Elmford",
        participants: NORVIK_AND_CASTEL,
        topics: ["lynx", "camera traps"],
        facts,
      },
    ],
  });

const engine = engineFrom(
  store([
    [
      "sides",
      "Under the corridor plan, 240 camera traps will be installed by the end of June 2026, 140 on the Norvik side and 100 in Castel.",
      ["lynx-corridor", "norvik", "castel"],
    ],
    [
      "total",
      "Of the camera traps planned on the side of the lynx corridor where the lynx cross most, 96 have been installed, and they have recorded 38 lynx.",
      ["lynx-corridor"],
    ],
  ]),
);

describe("and another party is answered only by a fact naming it", () => {
  it("answers 'and how many in castel?' from the fact that names Castel", () => {
    const result = askedIn(
      engine,
      "and how many in castel?",
      "how many camera traps were planned on the norvik side of the lynx corridor",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("100 in Castel");
    expect(result.answer).not.toContain("96 have been");
  });

  it("refuses when no fact names the one put in the other's place", () => {
    const without = engineFrom(
      store([
        [
          "norvik-side",
          "Norvik planned 140 camera traps on its side of the lynx corridor.",
          ["norvik", "lynx-corridor"],
        ],
        [
          "total",
          "Of the 240 camera traps planned in the lynx corridor, 196 have been installed, and they have recorded 38 lynx.",
          ["lynx-corridor"],
        ],
      ]),
    );
    const result = askedIn(
      without,
      "and how many in castel?",
      "how many camera traps were planned on the norvik side of the lynx corridor",
    );
    expect(result.answer).not.toContain("196");
  });
});
