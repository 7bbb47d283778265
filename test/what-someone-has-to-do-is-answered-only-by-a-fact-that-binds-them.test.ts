/**
 * "What does Norland have to do to keep the accord going?" asks what it is bound to do: a duty or
 * a condition ("Norland must release 40 fishermen", "the panel is to survey the markers"). A fact
 * that shares the question's other words but binds no one ("Veloria lifted its ban on Norland's
 * tuna boats") says something else, and is no answer.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("fishing-accord-duty", {
    outlet: "Port Sella Gazette",
    title: "Veloria eases fishing sanctions on Norland",
    date: "2026-03-06",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      {
        id: "amari-accord",
        kind: "initiative",
        name: "Amari fishing accord",
        description: "March 2026 accord easing Veloria's fishing sanctions on Norland",
      },
    ],
    meetings: [
      {
        id: "2026-03-05-accord",
        title: "Veloria and Norland sign the Amari fishing accord",
        date: "2026-03-05",
        place: "Port Sella",
        participants: [
          ["veloria", "host"],
          ["norland", "participant"],
        ],
        topics: ["fishing", "sanctions"],
        facts: [
          [
            "ban-lifted",
            "Veloria lifted its ban on Norland's tuna boats under the Amari fishing accord on 5 March 2026.",
            ["veloria", "norland", "amari-accord"],
          ],
          [
            "must-release",
            "Under the Amari fishing accord, Norland must release 40 detained Velorian fishermen by 30 June 2026.",
            ["norland", "veloria", "amari-accord"],
          ],
        ],
      },
    ],
  }),
);

describe("what someone has to do is answered only by a fact that binds them", () => {
  it("does not answer with a fact that binds no one", () => {
    const result = engine.answer("what do norland's tuna boats have to do");
    expect(result.answer).not.toContain("lifted its ban");
  });

  it("answers with the duty the accord lays on them", () => {
    const result = engine.answer("what does norland have to do under the amari fishing accord");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("40 detained");
  });
});
