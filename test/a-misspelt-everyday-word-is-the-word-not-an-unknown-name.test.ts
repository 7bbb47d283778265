/**
 * "what happend at the talks": a slip in a word people write every day, which the store itself
 * never says, was left as typed and read as a name the store had never heard of ("I don't have
 * any facts about "happend""). One slip from an everyday word is that word; a name that is no
 * slip of one is still a name the store does not know, and refused as one.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, VELMORA_AND_ITS_PORTS_MINISTER } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("harbour-talks", {
    outlet: "Lindqvist Courier",
    title: "Ports minister hosts river commission envoy",
    date: "2026-03-09",
    entities: [
      ...VELMORA_AND_ITS_PORTS_MINISTER,
      {
        id: "orsk-commission",
        kind: "organization",
        name: "Orsk River Commission",
        description: "Body that manages shipping on the Orsk",
      },
    ],
    meetings: [
      {
        id: "2026-03-08-brandvik-orsk",
        title: "Brandvik receives the Orsk River Commission envoy",
        date: "2026-03-08",
        place: "Tallan",
        participants: [
          ["ilse-brandvik", "host"],
          ["orsk-commission", "visitor"],
        ],
        topics: ["shipping", "dredging"],
        facts: [
          [
            "brandvik-dredging",
            "Ilse Brandvik said Velmora would fund the dredging of the lower Orsk channel.",
            ["ilse-brandvik", "velmora"],
          ],
        ],
      },
    ],
  }),
);

describe("a misspelt everyday word is the word, not an unknown name", () => {
  it("does not say it knows nothing of a misspelt everyday word, as of a name", () => {
    for (const question of ["what happend at the meeting", "what hapened"]) {
      const reply = engine.answer(question);
      expect(reply.answer, question).not.toMatch(/happend|hapened/);
    }
  });

  it("still refuses a name the store does not know", () => {
    const reply = engine.answer("what did Qorvanek say?");
    expect(reply.answered).toBe(false);
    expect(reply.answer).toContain("Qorvanek");
  });
});
