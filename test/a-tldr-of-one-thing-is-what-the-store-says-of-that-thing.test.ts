/**
 * "kessa cable tl;dr pls", "recap of the kessa cable": the short version of one thing the store
 * names (a cable, a plant, an agreement) is what the store says of that thing, not the newest
 * meeting of its story, which may be about something else (a research ship). The story asked as a
 * story ("the kessa cable saga tl;dr") is still its meetings, and a thing the store does not know
 * is still refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const PARTIES: [string, string][] = [
  ["veloria", "participant"],
  ["norland", "host"],
];

const engine = engineFrom(
  madeUpStore("kessa-cable", {
    outlet: "Port Sella Herald",
    title: "Veloria and Norland on the Kessa cable and a research ship",
    date: "2026-11-20",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      {
        id: "kessa-cable",
        kind: "initiative",
        name: "Kessa cable",
        description: "Subsea data cable of 900 kilometres between Kessa in Norland and Lirac in Veloria",
      },
      {
        id: "research-ship",
        kind: "initiative",
        name: "RV Tern",
        description: "Shared fisheries research ship of Veloria and Norland",
      },
    ],
    meetings: [
      {
        id: "2026-07-15-kessa",
        title: "Signing of the Kessa cable agreement",
        date: "2026-07-15",
        place: "Kessa",
        participants: PARTIES,
        topics: ["cable", "research", "fisheries"],
        facts: [
          [
            "cable-signed",
            "Veloria and Norland signed an agreement in Kessa on 15 July 2026 to build the Kessa cable between Kessa and Lirac.",
            ["veloria", "norland", "kessa-cable"],
          ],
        ],
      },
      {
        id: "2026-11-18-lirac",
        title: "Signing of the RV Tern contract in Lirac",
        date: "2026-11-18",
        place: "Lirac",
        participants: PARTIES,
        topics: ["cable", "research", "fisheries"],
        facts: [
          [
            "ship-signed",
            "Veloria and Norland signed the contract to build the RV Tern research ship in Lirac on 18 November 2026.",
            ["veloria", "norland", "research-ship"],
          ],
        ],
      },
    ],
  }),
);

describe("a tl;dr of one thing is what the store says of that thing", () => {
  it("tells the thing itself, not the newest meeting of its story", () => {
    const tldr = engine.answer("kessa cable tl;dr pls").answer;
    expect(tldr).toContain("900 kilometres");
    expect(tldr).not.toContain("RV Tern");
    expect(engine.answer("recap of the kessa cable").answer).toContain("900 kilometres");
  });

  it("still tells a story asked as a story by its meetings", () => {
    expect(engine.answer("veloria norland talks tl;dr").answered).toBe(true);
  });

  it("still refuses a thing the store does not know", () => {
    expect(engine.answer("dorn pipeline tl;dr pls").answered).toBe(false);
  });
});
