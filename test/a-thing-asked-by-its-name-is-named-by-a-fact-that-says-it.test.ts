/**
 * Two things may share a name: "the Kell bridge" is the new bridge's alias and also how a fact speaks
 * of the old one it replaces. A fact that says the name asked, word for word, names what was asked,
 * whichever of the two the question was read as; and "what changed about the Kell bridge plan
 * between the Port Ambre and Sellu sessions?" keeps to the facts of the bridge when no fact of the
 * later meeting says "plan".
 */
import { describe, expect, it } from "vitest";
import { askedIn, combinedDataDir, engineFrom } from "./support/engines.ts";
import { LIRAC_COUNTRIES, type MadeUpEntity, madeUpStore } from "./support/made-up-store.ts";

const ENTITIES: MadeUpEntity[] = [
  ...LIRAC_COUNTRIES,
  {
    id: "old-kell-bridge",
    kind: "other",
    name: "old Kell bridge",
    description: "Two-lane road bridge over the Lirac at Kell, opened in 1971",
  },
  {
    id: "new-kell-bridge",
    kind: "initiative",
    name: "new Kell bridge",
    description: "Four-lane road bridge to replace the old one at Kell",
    aliases: ["Kell bridge"],
  },
  { id: "port-ambre", kind: "place", name: "Port Ambre", description: "Port town of Côte d'Ambre" },
  { id: "sellu", kind: "place", name: "Sellu", description: "River town of Tarsa Faso" },
];
const PARTIES: [string, string][] = [
  ["cote-dambre", "Party"],
  ["tarsa-faso", "Party"],
];
const TOPICS = ["Kell bridge", "road transport"];

function kellBridgeStore() {
  const march = madeUpStore("kell-march", {
    outlet: "Lirac Harbour Ledger",
    title: "Côte d'Ambre and Tarsa Faso plan a new Kell bridge",
    date: "2026-03-06",
    entities: ENTITIES,
    meetings: [
      {
        id: "2026-03-04-kell-session-port-ambre",
        title: "First session on the Kell bridge in Port Ambre",
        date: "2026-03-04",
        place: "Port Ambre",
        participants: PARTIES,
        topics: TOPICS,
        facts: [
          ["kell-trucks", "About 1,100 trucks cross the Kell bridge every day.", ["old-kell-bridge"]],
          [
            "kell-plan-110",
            "Under the plan outlined in March, the new Kell bridge would be 110 metres long.",
            ["new-kell-bridge"],
          ],
        ],
      },
    ],
  });
  const june = madeUpStore("kell-june", {
    outlet: "Tarsa Coastal Monitor",
    title: "Kell bridge agreement signed in Sellu",
    date: "2026-06-19",
    entities: [],
    meetings: [
      {
        id: "2026-06-17-kell-session-sellu",
        title: "Second session on the Kell bridge in Sellu",
        date: "2026-06-17",
        place: "Sellu",
        participants: PARTIES,
        topics: TOPICS,
        facts: [
          [
            "kell-128",
            "The new Kell bridge design is 128 metres long, up from the 110 metres outlined in March.",
            ["new-kell-bridge"],
          ],
          [
            "kell-signed",
            "Côte d'Ambre and Tarsa Faso signed the Kell agreement in Sellu on 17 June 2026.",
            ["cote-dambre", "tarsa-faso"],
          ],
        ],
      },
    ],
  });
  return engineFrom(combinedDataDir(march, june));
}

const kell = kellBridgeStore();

describe("a thing asked by its name is named by a fact that says it", () => {
  it("answers a count of the bridge from a fact that says its name, though of the namesake", () => {
    const result = askedIn(kell, "how many trucks cross the kell bridge every day?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/1,100 trucks/);
  });

  it("still refuses a count the facts do not give", () => {
    expect(askedIn(kell, "how many buses cross the kell bridge every day?").answered).toBe(false);
  });

  it("tells what changed about the bridge plan from the later facts of the bridge", () => {
    const result = askedIn(
      kell,
      "what changed about the kell bridge plan between the port ambre and sellu sessions?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/128 metres/);
    expect(result.answer).not.toMatch(/signed the Kell agreement/);
  });
});
