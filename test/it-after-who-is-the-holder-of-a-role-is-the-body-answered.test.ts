/**
 * "How many engineers does it employ?" right after "who is the builder of the Tarn
 * reservoir?", answered with a firm: "it" is that firm, the holder of the role asked about, not the
 * words "the builder" looked up anywhere.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("tarn-builder", {
    outlet: "Tarn Valley Courier",
    title: "Works on the Tarn reservoir",
    date: "2026-06-03",
    entities: [
      ...norvikAndCastel(),
      {
        id: "tarn-reservoir",
        kind: "place",
        name: "Tarn Reservoir",
        description: "Reservoir on the Tarn river",
      },
      {
        id: "brenn-works",
        kind: "organization",
        name: "Brenn Civil Works",
        description: "Castel construction firm building the Tarn Reservoir",
      },
    ],
    meetings: [
      {
        id: "2026-06-01-tarn-works",
        title: "Start of works on the Tarn Reservoir",
        date: "2026-06-01",
        place: "Norvik",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
        ],
        topics: ["reservoir", "construction"],
        facts: [
          [
            "tarn-builder",
            "Brenn Civil Works, a Castel firm, is the lead builder of the Tarn Reservoir.",
            ["brenn-works", "tarn-reservoir"],
          ],
          [
            "brenn-staff",
            "Brenn Civil Works employs 1,150 engineers and labourers at the Tarn Reservoir site.",
            ["brenn-works", "tarn-reservoir"],
          ],
          [
            "tarn-lead-staff",
            "Norvik's lead inspector on the reservoir employs a team of 12.",
            ["norvik", "tarn-reservoir"],
          ],
        ],
      },
    ],
  }),
);

describe("'it' after 'who is the <role> …?' is the body the answer named", () => {
  it("reads 'how many engineers does it employ?' as the firm that holds the role", () => {
    const result = askedIn(
      engine,
      "how many engineers does it employ?",
      "who is the builder of the tarn reservoir?",
    );
    expect(result.reading).toBe(`Taking "it" as Brenn Civil Works`);
    expect(result.answer).toContain("1,150");
  });
});
