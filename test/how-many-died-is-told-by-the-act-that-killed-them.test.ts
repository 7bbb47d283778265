/**
 * "How many died?" right after "Storm Halden struck the Norvik coast on 3 March 2026, killing 40
 * people": the article tells the deaths by the act that caused them, and WordNet says killing is
 * what causes dying, so the figure answers. A fact told that counts only what the storm damaged
 * ("damaging 300 homes") is no count of the dead, and the question is not answered with it.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { type MadeUpMeeting, madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

function haldenStorm(name: string, facts: MadeUpMeeting["facts"]) {
  return engineFrom(
    madeUpStore(name, {
      outlet: "Elm Sea Ledger",
      title: "Castel sends help after Storm Halden",
      date: "2026-03-12",
      entities: [
        ...norvikAndCastel(),
        {
          id: "storm-halden",
          kind: "event",
          name: "Storm Halden",
          aliases: ["Halden"],
          description: "Storm that struck the Norvik coast in March 2026",
        },
      ],
      meetings: [
        {
          id: "2026-03-10-halden-relief-talks",
          title: "Norvik–Castel storm relief talks",
          date: "2026-03-10",
          place: "Norvik City",
          participants: [
            ["norvik", "host"],
            ["castel", "guest"],
          ],
          topics: ["storms", "relief"],
          facts,
        },
      ],
    }),
  );
}

const STRUCK = "when did storm halden strike the norvik coast?";

describe("'how many died?' right after the storm was told", () => {
  it("is answered by the count of those it killed", () => {
    const engine = haldenStorm("halden-killed", [
      [
        "halden-struck",
        "Storm Halden struck the Norvik coast on 3 March 2026, killing 40 people.",
        ["storm-halden", "norvik"],
        "2026-03-03",
      ],
    ]);
    expect(askedIn(engine, STRUCK).answer).toContain("3 March 2026");
    const result = askedIn(engine, "how many died?", STRUCK);
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("killing 40 people");
  });

  it("is not answered by a count of what it damaged", () => {
    const engine = haldenStorm("halden-damaged", [
      [
        "halden-struck",
        "Storm Halden struck the Norvik coast on 3 March 2026, damaging 300 homes.",
        ["storm-halden", "norvik"],
        "2026-03-03",
      ],
    ]);
    expect(askedIn(engine, STRUCK).answer).toContain("3 March 2026");
    const result = askedIn(engine, "how many died?", STRUCK);
    expect(result.answer).not.toContain("300");
    expect(result.answered).toBe(false);
  });
});
