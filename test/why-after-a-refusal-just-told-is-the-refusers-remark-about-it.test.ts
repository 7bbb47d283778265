/**
 * "Why not?" right after "what did Norvik refuse to pay for?" answered with "Norvik refused a
 * request … to pay for a line making solar panels": the refusal just told is the act asked about
 * ("turned down" would say it in two words), and the reason is what Norvik's envoy said at that meeting
 * about what was refused ("the panels the region needs today"), though it shares no word with the
 * question itself. A remark of the meeting about something else is not it.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-panel-grant", {
    outlet: "Elm Gazette",
    title: "Norvik signs its grant for the Elm panel plant",
    date: "2026-06-25",
    entities: [
      ...norvikAndCastel("A donor country", "A country building a panel plant"),
      { id: "elmford", kind: "place", name: "Elmford", description: "Capital of Norvik" },
      {
        id: "ana-roth",
        kind: "person",
        name: "Ana Roth",
        description: "Norvik's special envoy for energy",
      },
    ],
    meetings: [
      {
        id: "2026-06-24-norvik-castel-grant-signing",
        title: "Signing of Norvik's grant for the Elm panel plant",
        date: "2026-06-24",
        place: "Elmford",
        participants: [
          ["norvik", "participant"],
          ["castel", "participant"],
          ["ana-roth", "Norvik's envoy"],
        ],
        topics: ["energy", "solar panels"],
        facts: [
          [
            "refused-line",
            "Norvik refused a request from Castel to pay for a line making thin-film solar panels.",
            ["norvik", "castel"],
          ],
          [
            "reason",
            "Ana Roth said the Norvik grant was for the panels the region needs today, not for a technology it cannot yet regulate.",
            ["ana-roth", "norvik"],
          ],
          ["signed", "Norvik signed its grant of 45 million euros in Elmford.", ["norvik", "elmford"]],
        ],
      },
    ],
  }),
);

describe("why, after a refusal just told, is the refuser's remark about it", () => {
  it("answers 'why not?' with what the envoy said of what was refused", () => {
    const result = askedIn(engine, "why not?", "what did norvik refuse to pay for in elmford?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("cannot yet regulate");
  });
});
