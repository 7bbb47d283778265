/**
 * "What are reaction wheels?" asks what they are: the store's one thing whose name ends in those
 * words ("Kestrel-2 reaction wheels", "the four spinning devices that turn and point the satellite")
 * is told by its description, not by a list of facts that mention a wheel.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kestrel-2", {
    outlet: "Port Sella Courier",
    title: "Kestrel-2 launch postponed",
    date: "2026-11-12",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      {
        id: "kestrel-2",
        kind: "initiative",
        name: "Kestrel-2",
        description: "Earth-observation satellite of Veloria",
      },
      {
        id: "kestrel-wheels",
        kind: "other",
        name: "Kestrel-2 reaction wheels",
        description: "The four spinning devices that turn and point the Kestrel-2 satellite",
      },
    ],
    meetings: [
      {
        id: "2026-11-10-kestrel",
        title: "Kestrel-2 review",
        date: "2026-11-10",
        place: "Port Sella",
        participants: [["veloria", "host"]],
        topics: ["space"],
        facts: [
          [
            "launch-postponed",
            "The launch of Kestrel-2 has been postponed until February 2027 after engineers found a fault in one of its reaction wheels.",
            ["kestrel-2", "kestrel-wheels"],
          ],
          [
            "wheel-cost",
            "Veloria pays the extra cost because the faulty reaction wheel was part of the satellite it built.",
            ["veloria", "kestrel-wheels"],
          ],
        ],
      },
    ],
  }),
);

describe("a thing asked by the last words of its name is told by its description", () => {
  it("answers 'what are reaction wheels' with what the store says they are", () => {
    expect(engine.answer("what are reaction wheels").answer).toContain("spinning devices");
  });

  it("answers the whole name alike", () => {
    expect(engine.answer("what are the kestrel-2 reaction wheels?").answer).toContain("spinning devices");
  });
});
