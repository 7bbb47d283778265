/**
 * "Who signed for the tongan side?" typed in lower case asks what "who signed for the Tongan side?"
 * asks: the side of a country named by its people's adjective is that country, which a fact says
 * as "for Tonga" with no word "side" in it. A side that is no country's ("the other side") is not.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("reef-fishing-pact", {
    outlet: "Pacific Ledger",
    title: "Fiji and Tonga sign a fishing pact",
    date: "2026-09-20",
    entities: [
      { id: "fiji", kind: "country", name: "Fiji", description: "Island country in the Pacific" },
      { id: "tonga", kind: "country", name: "Tonga", description: "Island country in the Pacific" },
      { id: "lautoka", kind: "place", name: "Lautoka", description: "Port city in Fiji" },
      {
        id: "ana-vake",
        kind: "person",
        name: "Ana Vake",
        description: "Tonga's Deputy Minister of Fisheries",
      },
      {
        id: "jone-rabuka",
        kind: "person",
        name: "Jone Rabuka",
        description: "Fiji's Minister of Fisheries",
      },
    ],
    meetings: [
      {
        id: "2026-09-19-lautoka-fishing-talks",
        title: "Fiji–Tonga fishing pact signing in Lautoka",
        date: "2026-09-19",
        place: "Lautoka",
        participants: [
          ["fiji", "participant"],
          ["tonga", "participant"],
          ["ana-vake", "head of delegation"],
          ["jone-rabuka", "head of delegation"],
        ],
        topics: ["fishing", "pact"],
        facts: [
          [
            "vake-signed",
            "Ana Vake, Tonga's Deputy Minister of Fisheries, signed the fishing pact for Tonga at the Lautoka ceremony.",
            ["ana-vake", "tonga"],
          ],
          [
            "rabuka-hosted",
            "Jone Rabuka hosted the Lautoka ceremony and signed the fishing pact for Fiji.",
            ["jone-rabuka", "fiji"],
          ],
        ],
      },
    ],
  }),
);

describe("a country's side typed in lower case", () => {
  it("is that country", () => {
    const result = engine.answer("who signed for the tongan side at lautoka?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Ana Vake/);
  });
});
