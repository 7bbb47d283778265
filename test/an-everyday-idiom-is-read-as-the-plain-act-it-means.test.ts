/**
 * "Who got the ball rolling at the Kessa meeting?", "what got kicked down the road?", "which
 * country came on board?", "who balked at the quota deal?", "what's the beef between Veloria and
 * Norland?": everyday idioms are read as the plain act they mean (opened, postponed, joined,
 * objected, the dispute), whose words the facts use. Nearby questions the store cannot answer stay
 * unanswered, and "on board the ferry" is still a place to be.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kessa-fisheries", {
    outlet: "Port Sella Herald",
    title: "Veloria, Norland and Estmark meet on the Kessa fisheries deal",
    date: "2026-11-16",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      { id: "estmark", kind: "country", name: "Estmark", description: "Island country" },
      {
        id: "ilse-marrow",
        kind: "person",
        name: "Ilse Marrow",
        description: "Norland's Minister of Fisheries",
      },
      { id: "kessa-bridge", kind: "initiative", name: "Kessa bridge", description: "Road bridge at Kessa" },
      {
        id: "kessa-deal",
        kind: "initiative",
        name: "Kessa fisheries deal",
        description: "Agreement on fishing quotas around Kessa",
      },
    ],
    meetings: [
      {
        id: "2026-11-15-kessa",
        title: "Kessa fisheries meeting",
        date: "2026-11-15",
        place: "Kessa",
        participants: [
          ["veloria", "participant"],
          ["norland", "host"],
          ["estmark", "participant"],
          ["ilse-marrow", "participant"],
        ],
        topics: ["fisheries", "quotas"],
        facts: [
          [
            "opened",
            "Norland's Minister of Fisheries Ilse Marrow opened the Kessa fisheries meeting on 15 November 2026.",
            ["ilse-marrow", "norland"],
          ],
          [
            "postponed",
            "Norland and Veloria postponed a decision on a shared patrol boat until their next session because only one shipyard bid.",
            ["norland", "veloria"],
          ],
          ["joined", "Estmark joined the Kessa fisheries talks on 15 November 2026.", ["estmark"]],
          [
            "objected",
            "Veloria objected to the quota deal, saying its small boats were left out of the catch records.",
            ["veloria", "kessa-deal"],
          ],
          [
            "cycle-lane",
            "A wider deck for a cycle lane on the Kessa bridge would add about 3.1 million euros.",
            ["kessa-bridge"],
          ],
          [
            "rail-deck",
            "Laying track on the Kessa bridge would need a stronger deck costing about 9 million euros more.",
            ["kessa-bridge"],
          ],
          [
            "dispute",
            "The dispute between Veloria and Norland is over the licence fee for trawlers fishing near Kessa.",
            ["veloria", "norland"],
          ],
        ],
      },
    ],
  }),
);

describe("an everyday idiom is read as the plain act it means", () => {
  it("reads getting the ball rolling as opening", () => {
    expect(engine.answer("who got the ball rolling at the kessa meeting?").answer).toContain("Marrow");
  });

  it("reads kicking something down the road as postponing it", () => {
    expect(engine.answer("what got kicked down the road at the kessa meeting?").answer).toContain(
      "patrol boat",
    );
  });

  it("reads coming on board as joining", () => {
    expect(engine.answer("which country came on board at the kessa talks?").answer).toContain("Estmark");
  });

  it("reads balking at something as objecting to it", () => {
    expect(engine.answer("who balked at the quota deal?").answer).toContain("Veloria");
  });

  it("reads the beef between two countries as their dispute", () => {
    expect(engine.answer("whats the beef between veloria n norland").answer).toContain("licence fee");
  });

  it("reads what a thing would cost extra, or add to the bill, as what it costs more", () => {
    expect(
      engine.answer("what would a track-capable deck on the kessa bridge have cost extra").answer,
    ).toContain("9 million");
    expect(
      engine.answer("what would a bike lane on the kessa bridge have added to the bill").answer,
    ).toContain("3.1 million");
  });

  it("still refuses what the store does not say", () => {
    expect(engine.answer("who got the ball rolling at the lirac meeting?").answered).toBe(false);
    expect(engine.answer("who came on board the ferry first?").answered).toBe(false);
    expect(engine.answer("who balked at the lirac treaty?").answered).toBe(false);
    expect(engine.answer("what would a bike lane on the dorn bridge have added to the bill").answered).toBe(
      false,
    );
  });
});
