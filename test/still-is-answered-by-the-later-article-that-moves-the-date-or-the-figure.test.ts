/**
 * "Is the Kessel Lock still due to open in 2029?" and "is Castel still paying 75 million for it?"
 * answered from the first article would give the plan as it stood then. A later article about the
 * same lock (filed as a place, as a dam or a port is) that says the day was moved ("eighteen months
 * later than planned") or the share "rises to 90 million" is where it stands now, though its meeting
 * shares no topic with the first and its sentence keeps none of the question's own words ("due").
 * Of two later figures for the party, the one told as the change is the share now, not a part of
 * the extra cost.
 */
import { describe, expect, it } from "vitest";
import { engineFrom, storesTogether } from "./support/engines.ts";
import {
  type MadeUpEntity,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A river country upstream", "A river country downstream"),
  {
    id: "kessel-lock",
    kind: "place",
    name: "Kessel Lock",
    description: "Ship lock on the Orrin River between Norvik and Castel",
  },
  {
    id: "kessel-treaty",
    kind: "initiative",
    name: "Kessel Lock treaty",
    description: "Treaty of Norvik and Castel to build and pay for the Kessel Lock",
  },
];

const first = madeUpStore("orrin-gazette-lock-treaty", {
  outlet: "Orrin Gazette",
  title: "Norvik and Castel sign the Kessel Lock treaty",
  date: "2026-02-20",
  entities,
  meetings: [
    {
      id: "2026-02-18-kessel-lock-signing",
      title: "Signing of the Kessel Lock treaty in Port Elm",
      date: "2026-02-18",
      place: "Port Elm",
      participants: NORVIK_AND_CASTEL,
      topics: ["ship lock", "financing"],
      facts: [
        ["lock-due", "The Kessel Lock is due to open in September 2029.", ["kessel-lock"]],
        [
          "castel-share",
          "Castel will pay 75 million euros of the cost of the Kessel Lock.",
          ["castel", "kessel-lock", "kessel-treaty"],
        ],
      ],
    },
  ],
});

const later = madeUpStore("orrin-gazette-lock-delay", {
  outlet: "Orrin Gazette",
  title: "The Kessel Lock is late and dearer",
  date: "2026-11-05",
  entities: [],
  meetings: [
    {
      id: "2026-11-03-kessel-lock-board",
      title: "Kessel Lock board meeting in Castelmar",
      date: "2026-11-03",
      place: "Castelmar",
      participants: NORVIK_AND_CASTEL,
      topics: ["delay", "cost increase"],
      facts: [
        [
          "lock-late",
          "The Kessel Lock will not open before March 2031, eighteen months later than planned.",
          ["kessel-lock"],
        ],
        [
          "extra-split",
          "Of the extra 30 million euros for the Kessel Lock, Norvik will pay 20 million and Castel 10 million.",
          ["norvik", "castel", "kessel-lock"],
        ],
        [
          "castel-new",
          "Castel's share of the Kessel Lock cost rises to 90 million euros.",
          ["castel", "kessel-lock"],
        ],
      ],
    },
  ],
});

const engine = engineFrom(storesTogether(first, later));

describe("'still' is answered by the later article that moves the date or the figure", () => {
  it("sets the day first planned beside the day it was moved to", () => {
    const result = engine.answer("is the kessel lock still due to open in 2029?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("March 2031");
  });

  it("gives the party's share as the later article says it rose, not its part of the extra cost", () => {
    const result = engine.answer("is castel still paying 75 million for the kessel lock?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("90 million");
    expect(result.answer).not.toContain("10 million");
  });
});
