/**
 * "so when can i actually drive over the new kessa bridge bro", "when can we ride the train from
 * Kessa to Port Sella?": when a bridge, a road or a line can first be used is when it opens, which
 * is what an article says ("will open to traffic in June 2029"), not a fact with "drive" in it.
 * A bridge the store says nothing of opening stays unanswered.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kessa-bridge", {
    outlet: "Port Sella Herald",
    title: "Veloria and Norland set a new date for the Kessa bridge",
    date: "2026-11-16",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      { id: "kessa", kind: "place", name: "Kessa", description: "Port town in Norland" },
      { id: "port-sella", kind: "place", name: "Port Sella", description: "Capital of Veloria" },
      {
        id: "kessa-bridge",
        kind: "initiative",
        name: "Kessa bridge",
        description: "Planned road bridge between Kessa in Norland and Lirac in Veloria",
      },
      {
        id: "sella-line",
        kind: "initiative",
        name: "Kessa–Port Sella railway",
        description: "Railway between Kessa and Port Sella, closed since 2011",
      },
      {
        id: "dorn-bridge",
        kind: "initiative",
        name: "Dorn bridge",
        description: "Old bridge over the Dorn river in Norland",
      },
    ],
    meetings: [
      {
        id: "2026-11-15-kessa",
        title: "Kessa bridge commission meeting",
        date: "2026-11-15",
        place: "Kessa",
        participants: [
          ["veloria", "participant"],
          ["norland", "host"],
        ],
        topics: ["bridge", "railway"],
        facts: [
          [
            "bridge-opens",
            "The Kessa bridge will now open to traffic in June 2029 instead of December 2028.",
            ["kessa-bridge", "veloria", "norland"],
          ],
          [
            "trucks-drive",
            "Truck drivers in Kessa said they drive four hours around the bay today.",
            ["norland"],
          ],
          [
            "first-train",
            "The Kessa–Port Sella railway will open to passenger trains on 11 June 2028.",
            ["sella-line", "norland", "kessa", "port-sella"],
          ],
          ["dorn-repairs", "Norland will repair the Dorn bridge in 2027.", ["dorn-bridge", "norland"]],
        ],
      },
    ],
  }),
);

describe("a question of when one can drive over a bridge asks when it opens", () => {
  it("reads 'when can i drive over the bridge' as when the bridge opens", () => {
    expect(engine.answer("so when can i actually drive over the new kessa bridge bro").answer).toContain(
      "June 2029",
    );
    expect(engine.answer("when can trucks cross the kessa bridge?").answer).toContain("June 2029");
  });

  it("reads 'when can i ride the train from A to B' as when that train starts", () => {
    expect(engine.answer("so when can i actually ride the train from kessa to port sella").answer).toContain(
      "11 June 2028",
    );
  });

  it("still refuses an opening the store does not tell", () => {
    expect(engine.answer("when can i drive over the dorn bridge?").answered).toBe(false);
    expect(engine.answer("when can i drive over the moon bridge?").answered).toBe(false);
  });
});
