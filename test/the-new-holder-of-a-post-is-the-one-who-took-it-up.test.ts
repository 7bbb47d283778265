/**
 * "Who's the new Westmark co-chair of the Orm commission?" asks who took the post up: a fact that
 * tells the post changing hands ("became …, replacing …") answers, not the shorter fact about
 * what the co-chairs left open. "Who is the Ostland co-chair?"
 * (no "new") still finds the holder named in the meeting's record.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("orm-commission", {
    outlet: "River Post",
    title: "A new co-chair for the Orm commission",
    date: "2026-10-20",
    entities: [
      { id: "ostland", kind: "country", name: "Ostland", description: "Country on the river" },
      { id: "westmark", kind: "country", name: "Westmark", description: "Country on the river" },
      {
        id: "orm-commission",
        kind: "organization",
        name: "Orm River Commission",
        description: "Joint commission of Ostland and Westmark on the Orm river",
        aliases: ["Orm commission"],
      },
      {
        id: "tala-brun",
        kind: "person",
        name: "Tala Brun",
        description:
          "Westmark's deputy minister of transport, former Westmark co-chair of the Orm River Commission",
      },
      {
        id: "piet-olm",
        kind: "person",
        name: "Piet Olm",
        description:
          "Westmark's deputy minister of transport and Westmark co-chair of the Orm River Commission",
      },
      {
        id: "ida-kast",
        kind: "person",
        name: "Ida Kast",
        description:
          "Ostland's deputy minister of transport and Ostland co-chair of the Orm River Commission",
      },
    ],
    meetings: [
      {
        id: "2026-03-10-orm-session",
        title: "First session of the Orm River Commission",
        date: "2026-03-10",
        place: "Kessel",
        participants: [
          ["ostland", "host"],
          ["westmark", "participant"],
        ],
        topics: ["river crossing"],
        facts: [
          [
            "left-open",
            "At the first session the co-chairs did not decide who pays for the dredging.",
            ["orm-commission"],
          ],
          [
            "ostland-chair",
            "Ida Kast, Ostland's deputy minister of transport, led the Ostland delegation at the first session as Ostland co-chair.",
            ["ida-kast", "orm-commission"],
          ],
          [
            "handover",
            "Piet Olm became Westmark's deputy minister of transport on 1 September 2026, replacing Tala Brun, and is now the Westmark co-chair of the Orm River Commission.",
            ["piet-olm", "tala-brun", "orm-commission"],
            "2026-09-01",
          ],
        ],
      },
    ],
  }),
);

describe("the new holder of a post is the one who took it up", () => {
  it("answers who the new co-chair is with the handover", () => {
    const result = engine.answer("who's the new westmark co-chair of the orm commission?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Piet Olm/);
  });

  it("still answers who a co-chair is without 'new'", () => {
    const result = engine.answer("who is the ostland co-chair of the orm commission?");
    expect(result.answer).toMatch(/Ida Kast/);
  });
});
