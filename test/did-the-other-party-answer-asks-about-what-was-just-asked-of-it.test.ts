/**
 * "Did Castel ever answer?" right after "how much compensation did Norvik ask Castel for?" names its
 * own party, so it is not read against the turn; yet it names no one the turn did not, and "answer"
 * leaves unsaid what was answered: the compensation just asked about. A quote of Castel's at another
 * meeting that only has the word ("half of the answer") fits the bare verb better than "gone
 * unanswered", but drifts off the thread. Asked with its own object, the other matter is still found.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("ferry-compensation", {
    outlet: "Elm Sea Ledger",
    title: "Norvik asks Castel to pay for the seized ferry",
    date: "2026-10-20",
    entities: [
      ...norvikAndCastel(),
      { id: "velmar", kind: "country", name: "Velmar", description: "A country upstream of Norvik" },
    ],
    meetings: [
      {
        id: "2026-10-19-ferry-talks-kolna",
        title: "Norvik–Castel ferry talks in Kolna",
        date: "2026-10-19",
        place: "Kolna",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferries"],
        facts: [
          [
            "compensation-asked",
            "Norvik asked Castel for 2 million US dollars in compensation for the seized ferry.",
            ["norvik", "castel"],
          ],
          [
            "compensation-unanswered",
            "Norvik's request for compensation for the seized ferry has gone unanswered: Castel has not replied.",
            ["norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-06-02-fire-talks-orsa",
        title: "Castel–Velmar forest fire talks in Orsa",
        date: "2026-06-02",
        place: "Orsa",
        participants: [
          ["castel", "participant"],
          ["velmar", "participant"],
        ],
        topics: ["forest fires"],
        facts: [
          [
            "castel-half-answer",
            'Castel\'s fire minister said: "Planes are only half of the answer to the forest fires."',
            ["castel"],
          ],
        ],
      },
    ],
  }),
);

const ASKED = "how much compensation did norvik ask castel for?";

describe("did the other party answer, right after what was asked of it", () => {
  it("is answered by what became of that request, not by the party's word elsewhere", () => {
    expect(engine.answer(ASKED).answer).toContain("2 million");
    const result = askedIn(engine, "did castel ever answer?", ASKED);
    expect(result.answer).not.toContain("Planes");
    if (result.answered) expect(result.answer).toContain("unanswered");
  });

  it("still finds the other matter when the question names it", () => {
    expect(askedIn(engine, "what did castel say about the forest fires?", ASKED).answer).toContain("Planes");
  });
});
