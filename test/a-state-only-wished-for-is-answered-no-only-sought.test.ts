/**
 * "Is Norland a full member of the commission?" where the store has only "Norland formally asked to
 * become a full member": no, only sought — said with that fact. Strict about who and what: a party
 * that is in the state by another fact, or one that never asked, gets no such "no".
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("river-herald-members", {
    outlet: "River Herald",
    title: "Norland asks to join the Amari River Commission",
    date: "2026-07-02",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Country upstream on the Amari" },
      { id: "ostmark", kind: "country", name: "Ostmark", description: "Country downstream on the Amari" },
      { id: "norland", kind: "country", name: "Norland", description: "Country beside the Amari" },
      {
        id: "amari-commission",
        kind: "organization",
        name: "Amari River Commission",
        description: "Commission of the countries on the Amari",
        aliases: ["river commission"],
      },
    ],
    meetings: [
      {
        id: "2026-07-01-amari-commission",
        title: "Amari River Commission meeting in Port Sella",
        date: "2026-07-01",
        place: "Port Sella",
        participants: [
          ["veloria", "host"],
          ["ostmark", "participant"],
          ["norland", "observer"],
          ["amari-commission", "organiser"],
        ],
        topics: ["river commission membership"],
        facts: [
          [
            "norland-asks",
            "Norland formally asked to become a full member of the Amari River Commission.",
            ["norland", "amari-commission"],
          ],
          [
            "ostmark-member",
            "Ostmark became a full member of the Amari River Commission in 2019.",
            ["ostmark", "amari-commission"],
            null,
          ],
          [
            "patrols",
            "The Amari River Commission will run eight patrol boats on the river from January 2027.",
            ["amari-commission"],
          ],
        ],
      },
    ],
  }),
);

describe("a state only wished for is answered no, only sought", () => {
  it("says no to whether a party is in a state it only asked for, with that fact", () => {
    const result = engine.answer("is norland a full member of the amari river commission?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^No — Norland is not a full member/);
    expect(result.answer).toMatch(/formally asked to become a full member/);
  });

  it("does not say no of a party a fact has in the state", () => {
    const result = engine.answer("is ostmark a full member of the amari river commission?");
    expect(result.answer).not.toMatch(/^No/);
  });

  it("does not say no of a party that never asked, from another's wish", () => {
    const result = engine.answer("is veloria a full member of the amari river commission?");
    expect(result.answer).not.toMatch(/^No/);
    expect(result.answer).not.toMatch(/Norland/);
  });

  it("answers whether it asked, from the wish itself", () => {
    const result = engine.answer("did norland ask to become a full member of the amari river commission?");
    expect(result.answered).toBe(true);
    expect(result.answer).not.toMatch(/^No/);
  });
});
