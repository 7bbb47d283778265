/**
 * "What were the February housing talks about?" asks for the meeting's overview, however many words
 * name the talks; where another February meeting has a word of the question only by its venue's
 * name ("Elm Energy House" for "housing": one stem), the meeting most of the leading facts are
 * of is the one meant. "Tell me about the ferry deal in November" asks for the meeting the deal
 * was made at in that month, not for one fact about it. "What happened at the November meeting on
 * the Elm Bridge?" where the store knows another story's planned meeting as "the November meeting":
 * no meeting has both, so the words name the month, and the bridge's November meeting is meant.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const store = madeUpStore("elm-courier-housing-and-power", {
  outlet: "Elm Courier",
  title: "Norvik and Castel talk housing, power and ferries",
  date: "2026-11-20",
  entities: [
    ...norvikAndCastel(),
    {
      id: "elm-bridge",
      kind: "place",
      name: "Elm Bridge",
      description: "Road bridge between Norvik and Castel over the Elm strait",
    },
    {
      id: "planned-fishing-ministerial",
      kind: "event",
      name: "Fishing ministerial meeting in Port Elm, November 2025",
      description: "Planned meeting of the fishing ministers in Port Elm in November 2025",
      aliases: ["November meeting"],
    },
    {
      id: "elm-housing-fund",
      kind: "initiative",
      name: "Elm Housing Fund",
      description: "Joint fund of Norvik and Castel to rebuild homes hit by the Elm storm",
    },
  ],
  meetings: [
    {
      id: "2026-02-10-norvik-castel-housing-talks",
      title: "Norvik–Castel talks on a joint housing fund",
      date: "2026-02-10",
      place: "Port Elm",
      participants: NORVIK_AND_CASTEL,
      topics: ["housing fund", "storm"],
      facts: [
        [
          "fund-agreed",
          "On 10 February 2026 Norvik and Castel agreed in Port Elm to set up the Elm Housing Fund, 90 million dollars to rebuild 3,000 homes.",
          ["norvik", "castel", "elm-housing-fund"],
        ],
        [
          "fund-seat-dispute",
          "At the February talks Norvik wanted the housing fund's seat in Port Elm and Castel wanted it in Castelby.",
          ["norvik", "castel", "elm-housing-fund"],
        ],
        [
          "fund-two-open",
          "Two questions about the housing fund were left open at the February talks.",
          ["elm-housing-fund"],
        ],
      ],
    },
    {
      id: "2026-02-12-norvik-castel-power-talks",
      title: "Norvik–Castel talks on power exports",
      date: "2026-02-12",
      place: "Elm Energy House, Castelby",
      participants: NORVIK_AND_CASTEL,
      topics: ["power exports"],
      facts: [
        [
          "power-first-round",
          "The first round of Norvik–Castel power talks was held at the Elm Energy House in Castelby in February.",
          ["norvik", "castel"],
        ],
      ],
    },
    {
      id: "2026-11-03-elm-bridge-committee",
      title: "Joint bridge committee meeting on the Elm Bridge",
      date: "2026-11-03",
      place: "Elm Bridge",
      participants: NORVIK_AND_CASTEL,
      topics: ["bridge", "customs"],
      facts: [
        [
          "bridge-hall-opens",
          "On 3 November 2026 the joint bridge committee met on the Elm Bridge and agreed to open a joint customs hall there in 2027.",
          ["norvik", "castel", "elm-bridge"],
        ],
      ],
    },
    {
      id: "2026-11-18-norvik-castel-ferry-signing",
      title: "Signing of the Norvik–Castel ferry financing in Castelby",
      date: "2026-11-18",
      place: "Castelby",
      participants: NORVIK_AND_CASTEL,
      topics: ["ferry", "financing"],
      facts: [
        [
          "ferry-financing-signed",
          "On 18 November 2026 Norvik and Castel signed the financing of the new Elm ferry in Castelby.",
          ["norvik", "castel"],
        ],
        [
          "ferry-lender",
          "The Strait Development Bank lends 40 million dollars of the ferry's cost.",
          ["norvik", "castel"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("an overview asked of talks, or of a deal of a month", () => {
  it("recaps the February housing talks, not the power talks held at the Energy House", () => {
    const result = engine.answer("what were the february housing talks about");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Norvik–Castel talks on a joint housing fund");
    expect(result.answer).not.toContain("most recent of the");
  });

  it("takes 'the November meeting' as the month where the store's meeting of that name is another's", () => {
    const result = engine.answer("what happened at the november meeting on the elm bridge?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Joint bridge committee meeting on the Elm Bridge");
  });

  it("recaps the November signing for 'tell me about the ferry deal in november'", () => {
    const result = engine.answer("tell me about the ferry financing deal in november");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Signing of the Norvik–Castel ferry financing");
    expect(result.answer).not.toContain("most recent of the");
  });
});
