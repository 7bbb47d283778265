/**
 * "yo did norland say yes to the second reserve or nah", "did veloria accept the second reserve?",
 * "so did the kessa fishers ever hear back or wut": to say yes to something is to agree to it, and
 * a yes-no question of consent is answered by the refusal the store tells (the answer is "no");
 * to hear back is to get a reply, answered by the reply that never came; a bare "why?" after the
 * refusal asks why they turned it down. What the store tells no refusal or reply of is still refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kessa-reserve", {
    outlet: "Port Sella Herald",
    title: "Norland turns down a second marine reserve",
    date: "2026-11-16",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      {
        id: "kessa-fishers",
        kind: "organization",
        name: "Kessa Fishers' Cooperative",
        description: "Cooperative of fishers in Kessa, Veloria",
      },
      {
        id: "reef-fund",
        kind: "organization",
        name: "Kessa Reef Fund",
        description: "Trust fund for the Kessa marine reserve",
      },
    ],
    meetings: [
      {
        id: "2026-11-15-reserve",
        title: "Kessa Reef Fund board meeting",
        date: "2026-11-15",
        place: "Kessa",
        participants: [
          ["veloria", "participant"],
          ["norland", "participant"],
          ["reef-fund", "host"],
        ],
        topics: ["reef", "fisheries"],
        facts: [
          [
            "second-reserve",
            "Norland turned down Veloria's request for a second marine reserve in a letter dated 21 October 2026.",
            ["norland", "veloria"],
          ],
          [
            "reserve-reason",
            "Norland's fisheries minister said a second marine reserve would close the fishing grounds off Kessa.",
            ["norland"],
          ],
          [
            "fishers-no-reply",
            "The Kessa Fishers' Cooperative said it had received no reply to its request for compensation.",
            ["kessa-fishers", "reef-fund"],
          ],
          ["fund-audit", "The Kessa Reef Fund will publish its accounts every six months.", ["reef-fund"]],
        ],
      },
    ],
  }),
);

describe("did they say yes or hear back is answered by the refusal or the silence", () => {
  it("answers 'did X say yes to Y' with the refusal of Y", () => {
    expect(engine.answer("yo did norland say yes to the second marine reserve or nah").answer).toContain(
      "turned down",
    );
  });

  it("answers 'did X accept Y' with the refusal of Y", () => {
    expect(engine.answer("did norland accept the second marine reserve?").answer).toContain("turned down");
  });

  it("reads a bare 'why?' after that refusal as why they turned it down", () => {
    const first = engine.answer("did norland agree to the second marine reserve?");
    const why = engine.answer("why?", undefined, { previous: first.turn });
    expect(why.answer).toContain("why did norland refuse");
  });

  it("answers 'did they ever hear back' with the reply that never came", () => {
    expect(engine.answer("so did the kessa fishers ever hear back or wut").answer).toContain("no reply");
  });

  it("still refuses what no refusal or reply tells", () => {
    expect(engine.answer("did norland say yes to the fund's accounts").answered).toBe(false);
    expect(engine.answer("did veloria accept a third marine reserve?").answered).toBe(false);
  });
});
