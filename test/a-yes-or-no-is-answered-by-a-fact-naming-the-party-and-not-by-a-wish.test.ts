/**
 * "Did the Lakeshore Fund join the river pact?" is answered only by a fact that names the fund (one
 * about the pact that says nothing of it says neither yes nor no), and "is Norland a full member of
 * the commission?" not by "Norland asked to become a full member": asking to become a thing is not
 * being it (the answer is no, only sought).
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("river-herald-pact", {
    outlet: "River Herald",
    title: "Veloria and Ostmark sign a river pact",
    date: "2026-07-02",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Country upstream on the Amari" },
      { id: "ostmark", kind: "country", name: "Ostmark", description: "Country downstream on the Amari" },
      { id: "norland", kind: "country", name: "Norland", description: "Country beside the Amari" },
      {
        id: "lakeshore-fund",
        kind: "organization",
        name: "Lakeshore Fund",
        description: "Regional environmental fund",
      },
      {
        id: "amari-commission",
        kind: "organization",
        name: "Amari River Commission",
        description: "Commission of the countries on the Amari",
      },
      {
        id: "river-pact",
        kind: "initiative",
        name: "Amari River Pact",
        description: "Agreement on patrols on the Amari",
        aliases: ["river pact"],
      },
    ],
    meetings: [
      {
        id: "2026-07-01-amari-talks",
        title: "Veloria–Ostmark river talks",
        date: "2026-07-01",
        place: "Port Sella",
        participants: [
          ["veloria", "host"],
          ["ostmark", "participant"],
          ["norland", "observer"],
          ["lakeshore-fund", "participant"],
        ],
        topics: ["river patrols"],
        facts: [
          [
            "patrols",
            "Under the Amari River Pact eight boats will patrol the river together from January 2027.",
            ["river-pact"],
          ],
          [
            "norland-asks",
            "Norland formally asked to become a full member of the Amari River Commission.",
            ["norland", "amari-commission"],
          ],
        ],
      },
    ],
  }),
);

describe("a yes or no is answered by a fact naming the party asked, and not by a wish", () => {
  it("does not answer whether a party joined from a fact that does not name it", () => {
    const result = engine.answer("did the lakeshore fund join the river pact?");
    expect(result.answer).not.toMatch(/eight boats/);
  });

  it("does not say yes to whether a party is a member from its asking to become one", () => {
    const result = engine.answer("is norland a full member of the amari river commission?");
    expect(result.answer).not.toMatch(/^Here is what my sources say/);
    expect(result.answer).toMatch(/^No — Norland is not a full member/);
  });

  it("answers whether it asked to become one from that fact", () => {
    const result = engine.answer("did norland ask to become a full member of the amari river commission?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/asked to become a full member/);
  });
});
