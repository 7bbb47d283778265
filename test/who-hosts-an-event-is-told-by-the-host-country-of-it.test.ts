/**
 * "who hosts the regatta?" was refused while "which country hosts the regatta?" was answered by
 * "Velmora is the host country of the Orsk Regatta": with no verb "host" in the fact, nothing said
 * which side of the act the regatta was on, and a directional act (hosting) left unplaced weighs
 * as a fact that may have it the wrong way round. The act's noun places it as the verb would:
 * the one after "the host of" is hosted, the one that "is the host" hosts.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, VELMORA_AND_ITS_PORTS_MINISTER } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("orsk-regatta", {
    outlet: "Lindqvist Courier",
    title: "River commission envoy calls on the ports minister",
    date: "2026-05-02",
    entities: [
      ...VELMORA_AND_ITS_PORTS_MINISTER,
      {
        id: "orsk-regatta",
        kind: "event",
        name: "Orsk Regatta",
        description: "Yearly sailing race on the Orsk",
      },
    ],
    meetings: [
      {
        id: "2026-05-01-brandvik-envoy",
        title: "Brandvik receives the river commission envoy",
        date: "2026-05-01",
        place: "Tallan",
        participants: [["ilse-brandvik", "host"]],
        topics: ["regatta"],
        facts: [
          [
            "velmora-hosts-regatta",
            "Velmora is the host country of the Orsk Regatta, the yearly sailing race.",
            ["velmora", "orsk-regatta"],
          ],
          [
            "brandvik-dredging",
            "Ilse Brandvik said Velmora would dredge the lower Orsk channel before the race.",
            ["ilse-brandvik", "velmora"],
          ],
        ],
      },
    ],
  }),
);

describe("who hosts an event is told by the host country of it", () => {
  it("answers who hosts it as which country hosts it is answered", () => {
    for (const question of ["who hosts the orsk regatta?", "who's hosting the Orsk Regatta"]) {
      const reply = engine.answer(question);
      expect(reply.answered, question).toBe(true);
      expect(reply.answer.startsWith("Velmora"), question).toBe(true);
    }
  });
});
