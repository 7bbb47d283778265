/**
 * "Where is the welfare centre for workers from Peru in Japan?": the centre's description names
 * Peru, whose workers it serves, and the question names Peru too; the centre is no place of
 * another country standing where Japan should, so the fact that places it in a Japanese town answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("tokai-labour-post-welfare-centre", {
    outlet: "Tokai Labour Post",
    title: "Seasonal workers get a centre of their own",
    date: "2026-06-11",
    entities: [
      { id: "japan", kind: "country", name: "Japan", description: "East Asian country" },
      { id: "peru", kind: "country", name: "Peru", description: "South American country" },
      {
        id: "welfare-centre",
        kind: "place",
        name: "Hamamatsu Welfare Centre",
        description: "Centre in Hamamatsu offering counsellors and a hotline to seasonal workers from Peru",
      },
      { id: "hamamatsu", kind: "place", name: "Hamamatsu", description: "City in Shizuoka, Japan" },
      {
        id: "labour-ministry",
        kind: "organization",
        name: "Labour Ministry of Japan",
        description: "Japan's ministry of labour",
      },
    ],
    meetings: [
      {
        id: "2026-06-02-welfare-centre-opening",
        title: "Opening of the Hamamatsu Welfare Centre",
        date: "2026-06-02",
        place: "Hamamatsu",
        participants: [
          ["japan", "host"],
          ["peru", "guest"],
        ],
        topics: ["seasonal workers", "welfare"],
        facts: [
          [
            "opened",
            "On 2 June 2026 Japan's Labour Ministry opened a welfare centre for the Peruvian seasonal workers in Hamamatsu.",
            ["welfare-centre", "labour-ministry", "hamamatsu"],
          ],
          [
            "staff",
            "The Hamamatsu welfare centre has four Spanish-speaking counsellors and a hotline for the seasonal workers.",
            ["welfare-centre"],
          ],
        ],
      },
    ],
  }),
);

describe("a place described by the people it serves is in the country asked", () => {
  it("answers where the centre for workers from Peru in Japan is", () => {
    const result = engine.answer("where is the welfare centre for seasonal workers from peru in japan?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Hamamatsu");
  });
});
