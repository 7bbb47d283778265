/**
 * "What's the flood defense commission?": members write American spellings of nouns the store
 * writes in British ("defense", "offense", "pretense" for "defence", "offence", "pretence"). Both
 * are real words, so no slip is corrected: they are read as one word.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("river-board", {
    outlet: "Delta Ledger",
    title: "River board sets up a flood defence commission",
    date: "2026-10-15",
    entities: [
      { id: "norland", kind: "country", name: "Norland", description: "Country upstream on the Vell river" },
      {
        id: "veloria",
        kind: "country",
        name: "Veloria",
        description: "Country downstream on the Vell river",
      },
      {
        id: "vell-commission",
        kind: "organization",
        name: "Vell Flood Defence Commission",
        description: "Joint flood defence commission of Norland and Veloria for the Vell river",
      },
    ],
    meetings: [
      {
        id: "2026-10-14-vell-board",
        title: "Vell river board meeting",
        date: "2026-10-14",
        place: "Port Sella",
        participants: [
          ["norland", "host"],
          ["veloria", "participant"],
          ["vell-commission", "organizer"],
        ],
        topics: ["floods", "surveillance"],
        facts: [
          [
            "vell-commission-set-up",
            "Norland and Veloria set up the Vell Flood Defence Commission in Port Sella to plan dykes along the Vell river.",
            ["norland", "veloria", "vell-commission"],
          ],
          [
            "vell-surveillance-fund",
            "The two countries created a Riverbank Surveillance Fund of 12 million euros to pay for gauges and patrol boats.",
            ["norland", "veloria"],
          ],
        ],
      },
    ],
  }),
);

describe("an American spelling finds the fact written in British", () => {
  it("reads the American 'defense' as the store's 'defence'", () => {
    expect(engine.answer("when was the vell flood defense commission set up?").answer).toContain(
      "Port Sella",
    );
  });
});
