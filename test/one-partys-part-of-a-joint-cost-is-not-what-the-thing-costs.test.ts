/**
 * "How much will the Norvik–Castel tunnel cost?": what the joint thing costs, which one party's part
 * of it does not tell ("Norvik will pay 310 million euros of the cost of the tunnel", "Castel's share
 * of the tunnel's cost is 190 million euros"), however well that fact names the parties the
 * question does. A question that asks the part itself is still answered by it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("sarn-tunnel", {
    outlet: "Elm Sea Courier",
    title: "Norvik and Castel agree to dig the Sarn tunnel",
    date: "2026-05-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "sarn-tunnel",
        kind: "initiative",
        name: "Sarn rail tunnel",
        aliases: ["Sarn tunnel"],
        description: "Rail tunnel Norvik and Castel plan under the Sarn ridge",
      },
    ],
    meetings: [
      {
        id: "2026-05-11-sarn",
        title: "Norvik–Castel rail talks in Sarn",
        date: "2026-05-11",
        place: "Sarn",
        participants: NORVIK_AND_CASTEL,
        topics: ["rail"],
        facts: [
          [
            "norvik-part",
            "Norvik will pay 310 million euros of the cost of the Sarn rail tunnel.",
            ["norvik", "sarn-tunnel"],
          ],
          [
            "castel-part",
            "Castel's share of the Sarn tunnel cost is 190 million euros.",
            ["castel", "sarn-tunnel"],
          ],
          [
            "agreed-route",
            "Norvik and Castel agreed the route of the Sarn rail tunnel.",
            ["norvik", "castel", "sarn-tunnel"],
          ],
        ],
      },
    ],
  }),
);

describe("one party's part of a joint cost is not what the thing costs", () => {
  it("does not answer 'how much will the norvik-castel tunnel cost' with one party's part", () => {
    const answer = engine.answer("how much will the norvik-castel tunnel cost").answer;
    expect(answer).not.toContain("310 million");
    expect(answer).not.toContain("190 million");
  });

  it("still answers what one party's share of the tunnel costs", () => {
    expect(engine.answer("how much does castel's share of the sarn tunnel cost?").answer).toContain(
      "190 million",
    );
  });
});
