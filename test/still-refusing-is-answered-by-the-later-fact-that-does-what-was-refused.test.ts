/**
 * "Is Castel still refusing to let the research ship survey cod?" where the first article has
 * Castel's minister refuse something worded otherwise ("refused to include cod in the programme")
 * and a later one has Castel agree to what the question says ("Castel agreed to let the research
 * ship survey cod"): the later fact does what the question says was refused, and the two accounts
 * side by side say it changed. "Is Norvik still refusing a single joint checkpoint?" where the later
 * article tells the new arrangement and only recalls the refusal in the past perfect ("…; Norvik had
 * refused one joint checkpoint in May"): that recall is no refusal made now. A later fact that
 * still refuses is no such change.
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
  ...norvikAndCastel("A sea country", "Its neighbour across the strait"),
  {
    id: "tern-ship",
    kind: "initiative",
    name: "RV Tern",
    description: "Research ship Norvik and Castel are building together to survey fish stocks",
    aliases: ["Tern research ship"],
  },
  {
    id: "elm-crossing",
    kind: "initiative",
    name: "Elm Bridge crossing",
    description: "Road bridge between Norvik and Castel over the Elm strait",
  },
  {
    id: "jon-varga",
    kind: "person",
    name: "Jon Varga",
    description: "Castel's Minister of Fisheries",
  },
];

const first = madeUpStore("strait-post-ship-talks", {
  outlet: "Strait Post",
  title: "Norvik and Castel split over the research ship",
  date: "2026-03-12",
  entities,
  meetings: [
    {
      id: "2026-03-11-norvik-castel-ship-talks",
      title: "Norvik–Castel research ship talks in Port Elm",
      date: "2026-03-11",
      place: "Port Elm",
      participants: NORVIK_AND_CASTEL,
      topics: ["research ship", "border"],
      facts: [
        [
          "varga-refused-cod",
          "Norvik wants the research ship to run yearly surveys of cod and herring, but Jon Varga refused to include cod in the programme while Castel's quota quarrel with its neighbours remains open.",
          ["norvik", "jon-varga", "castel", "tern-ship"],
        ],
        [
          "norvik-refused-checkpoint",
          "Norvik refused Castel's proposal of a single joint customs checkpoint at the Elm Bridge crossing, insisting that each country keep its own inspection.",
          ["norvik", "castel", "elm-crossing"],
        ],
      ],
    },
  ],
});

const later = madeUpStore("strait-post-ship-deal", {
  outlet: "Strait Post",
  title: "Norvik and Castel settle their ship and bridge quarrels",
  date: "2026-11-20",
  entities: [],
  meetings: [
    {
      id: "2026-11-19-norvik-castel-ship-deal",
      title: "Norvik–Castel research ship meeting in Castelby",
      date: "2026-11-19",
      place: "Castelby",
      participants: NORVIK_AND_CASTEL,
      topics: ["research ship", "border"],
      facts: [
        [
          "castel-agreed-cod",
          "Castel agreed to let the research ship it is building with Norvik survey cod, ending an eight-month quarrel.",
          ["castel", "norvik", "tern-ship"],
        ],
        [
          "one-stop-hall",
          "Under the Elm Bridge agreement, lorries will stop once, at a joint inspection hall in the middle of the Elm Bridge crossing, where officers of both countries will work side by side; Norvik had refused one joint checkpoint in March.",
          ["norvik", "castel", "elm-crossing"],
        ],
      ],
    },
  ],
});

const engine = engineFrom(storesTogether(first, later));

describe("'still refusing' is answered by the later fact that does what was refused", () => {
  it("sets the minister's refusal beside Castel agreeing to let the ship survey cod", () => {
    const result = engine.answer("is castel still refusing to let the research ship survey cod?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("refused to include cod");
    expect(result.answer).toContain("agreed to let the research ship");
  });

  it("takes a refusal the later fact only recalls in the past perfect as over", () => {
    const result = engine.answer(
      "is norvik still refusing a single joint customs checkpoint at the elm bridge crossing?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Norvik refused Castel's proposal");
    expect(result.answer).toContain("stop once");
  });
});
