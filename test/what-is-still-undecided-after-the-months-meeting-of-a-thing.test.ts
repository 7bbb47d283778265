/**
 * "What's still undecided about the Kulla causeway after the November meeting?" where the store
 * also knows another story's meeting called "the November meeting": the one meeting of that month
 * whose record names the causeway is meant, and a fact that says matters "were still undecided"
 * (or "remained undecided") says what it left open.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kulla-courier-causeway", {
    outlet: "Kulla Courier",
    title: "Norvia and Estmark's causeway committee meets",
    date: "2026-11-20",
    entities: [
      { id: "norvia", kind: "country", name: "Norvia", description: "Country west of the Kulla strait" },
      { id: "estmark", kind: "country", name: "Estmark", description: "Country east of the Kulla strait" },
      { id: "tarsh", kind: "country", name: "Tarsh", description: "Country of the Sello mountains" },
      { id: "quell", kind: "country", name: "Quell", description: "Country of the Sello mountains" },
      {
        id: "kulla-causeway",
        kind: "initiative",
        name: "Kulla causeway",
        description: "Second road and rail causeway across the Kulla strait",
      },
      {
        id: "sello-november-meeting",
        kind: "event",
        name: "Sello forest meeting of November 2026",
        description: "Meeting of the Sello forest ministers in November 2026",
        aliases: ["november meeting"],
      },
    ],
    meetings: [
      {
        id: "2026-11-03-kulla-causeway-committee",
        title: "Joint causeway committee meeting in Riva",
        date: "2026-11-03",
        place: "Riva",
        participants: [
          ["norvia", "host"],
          ["estmark", "participant"],
        ],
        topics: ["causeway", "railway"],
        facts: [
          [
            "undecided",
            "After the November 2026 meeting, the level of the Kulla causeway tolls and the train fares were still undecided.",
            ["kulla-causeway"],
          ],
          [
            "contract",
            "The committee expects to award the Kulla causeway contract in 2027.",
            ["kulla-causeway"],
          ],
        ],
      },
      {
        id: "2026-11-10-sello-forest-meeting",
        title: "Sello forest ministers' meeting in Sello",
        date: "2026-11-10",
        place: "Sello",
        participants: [
          ["tarsh", "host"],
          ["quell", "participant"],
        ],
        topics: ["forests"],
        facts: [
          [
            "lease",
            "The Sello forest ministers agreed to lease four water-bombing aircraft.",
            ["tarsh", "quell", "sello-november-meeting"],
          ],
        ],
      },
    ],
  }),
);

describe("what is still undecided after the month's meeting of a thing", () => {
  it("tells what the causeway's November meeting left undecided", () => {
    const result = askedIn(
      engine,
      "what's still undecided about the kulla causeway after the november meeting?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("tolls");
    expect(result.answer).not.toContain("water-bombing");
  });
});
