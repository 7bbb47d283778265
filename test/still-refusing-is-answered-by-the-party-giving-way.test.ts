/**
 * "Is Castel still refusing to let the survey ship count eels?" where the first article has the
 * refusal and a later one "Castel agreed to let the survey ship count eels, ending the quarrel": the
 * party asked giving way, told of it as its subject, is the later account that changes the refusal,
 * and the two side by side answer.
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
  ...norvikAndCastel("A lake country", "Its neighbour across the lake"),
  {
    id: "lindora-survey-ship",
    kind: "initiative",
    name: "Lindora survey ship",
    description: "Research ship built by Norvik and Castel to count the fish of Lake Lindora",
    aliases: ["survey ship"],
  },
];

const first = madeUpStore("lake-post-ship-talks", {
  outlet: "Lake Post",
  title: "Castel refuses eel counts on the new survey ship",
  date: "2026-03-14",
  entities,
  meetings: [
    {
      id: "2026-03-13-norvik-castel-ship-talks",
      title: "Norvik–Castel survey ship talks in Port Elm",
      date: "2026-03-13",
      place: "Port Elm",
      participants: NORVIK_AND_CASTEL,
      topics: ["survey ship", "eels"],
      facts: [
        [
          "castel-refuses",
          "Norvik wants the Lindora survey ship to count eels and perch, but Castel refused to include eels in the survey programme while its quota quarrel with Norvik lasts.",
          ["norvik", "castel", "lindora-survey-ship"],
        ],
      ],
    },
  ],
});

const later = madeUpStore("lake-post-ship-agreed", {
  outlet: "Lake Post",
  title: "Castel gives way on eel counts",
  date: "2026-11-09",
  entities: [],
  meetings: [
    {
      id: "2026-11-08-norvik-castel-ship-meeting",
      title: "Norvik–Castel survey ship meeting in Lindora",
      date: "2026-11-08",
      place: "Lindora",
      participants: NORVIK_AND_CASTEL,
      topics: ["survey ship", "eels"],
      facts: [
        [
          "castel-agrees",
          "Castel agreed to let the Lindora survey ship it built with Norvik count eels, ending an eight-month quarrel.",
          ["castel", "norvik", "lindora-survey-ship"],
        ],
        [
          "ship-days",
          "Under the new programme the Lindora survey ship will spend 30 days a year counting eels.",
          ["lindora-survey-ship"],
        ],
      ],
    },
  ],
});

const engine = engineFrom(storesTogether(first, later));

describe("'still refusing' is answered by the party giving way", () => {
  it("sets the refusal beside the later agreement of the party asked", () => {
    const result = engine.answer("is castel still refusing to let the survey ship count eels?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Castel agreed to let");
  });
});
