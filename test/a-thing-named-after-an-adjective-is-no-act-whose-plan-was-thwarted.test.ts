/**
 * "Why is Norvia paying for the new Ostra bridge?" asks why Norvia pays: "bridge" after "the new"
 * names the thing paid for, not an act of bridging. So "the new bridge at Ostra is still due to be
 * finished by 2028, but its cost has risen" (a plan thwarted, which says why the bridge is late) is
 * no reason for the paying, while a fact that says why Norvia pays still answers.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, velmarShores } from "./support/made-up-store.ts";

const store = (withReason: boolean) =>
  madeUpStore("velmar-courier-ostra-bridge", {
    outlet: "Velmar Courier",
    title: "Cost of the new Ostra bridge rises",
    date: "2026-06-24",
    entities: [
      ...velmarShores(),
      {
        id: "ostra",
        kind: "place",
        name: "Ostra",
        description: "Border town on the Velmar lakes in Norvia",
      },
    ],
    meetings: [
      {
        id: "2026-06-23-ostra-crossing-commission",
        title: "Norvia–Estmark commission on the Ostra crossing",
        date: "2026-06-23",
        place: "Ostra",
        participants: [
          ["norvia", "host"],
          ["estmark", "guest"],
        ],
        topics: ["bridge", "crossing"],
        facts: [
          [
            "bridge-cost-risen",
            "The new bridge at Ostra is still due to be finished by the end of 2028, but its estimated cost has risen from 96 million to 104 million euros.",
            ["ostra", "norvia"],
            null,
            ["cost", "how much", "risen", "increase", "finished", "deadline"],
          ],
          [
            "estmark-pays-terminal",
            "Estmark will pay for the new customs terminal at Ostra.",
            ["estmark", "ostra"],
          ],
          ...(withReason
            ? [
                [
                  "norvia-pays-why",
                  "Norvia pays for the new bridge at Ostra because its trucks use the crossing most.",
                  ["norvia", "ostra"],
                ] as [string, string, string[]],
              ]
            : []),
        ],
      },
    ],
  });

describe("a thing named after an adjective is no act whose plan was thwarted", () => {
  it("does not give a rise in the bridge's cost as why Norvia pays for it", () => {
    const result = askedIn(engineFrom(store(false)), "why is norvia paying for the new bridge at ostra?");
    expect(result.answered).toBe(false);
  });

  it("still gives the reason Norvia pays where the store has one", () => {
    const result = askedIn(engineFrom(store(true)), "why is norvia paying for the new ostra bridge?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("trucks use the crossing most");
  });
});
