/**
 * "who is ilse brandvik?" was answered "Ilse Brandvik: Ports Minister of Velmora. Ilse Brandvik is
 * the Ports Minister of Velmora.": the profile's one fact said again what its description had
 * just said. A lone fact that says no more than the description is not told again; one that says
 * more still follows it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, ORSK_ENVOY, VELMORA_AND_ITS_PORTS_MINISTER } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("tallan-ports", {
    outlet: "Lindqvist Courier",
    title: "Ports minister receives the river envoy",
    date: "2026-06-12",
    entities: [...VELMORA_AND_ITS_PORTS_MINISTER, ORSK_ENVOY],
    meetings: [
      {
        id: "2026-06-11-brandvik-lunde",
        title: "Brandvik receives Lunde",
        date: "2026-06-11",
        place: "Tallan",
        participants: [
          ["ilse-brandvik", "host"],
          ["oskar-lunde", "visitor"],
        ],
        topics: ["ports"],
        facts: [
          [
            "brandvik-is-minister",
            "Ilse Brandvik is the Ports Minister of Velmora.",
            ["ilse-brandvik", "velmora"],
          ],
        ],
      },
    ],
  }),
);

describe("a profile does not say its description twice", () => {
  it("tells a fact that restates the description once", () => {
    const reply = engine.answer("who is ilse brandvik?");
    expect(reply.answered).toBe(true);
    expect(reply.answer.match(/Ports Minister of Velmora/g)).toHaveLength(1);
    expect(reply.answer.startsWith("Ilse Brandvik: Ports Minister of Velmora.")).toBe(true);
  });
});
