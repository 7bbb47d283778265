/**
 * "Why does Castel want a joint listing?" asks Castel's reason for wanting it. Castel's minister
 * calling Norvik's rejection of the joint listing "a slammed door" is what Castel said of the
 * rejection, not why it wants the listing: the reason is what one of Castel's people said the
 * listing would do. A question about the rejection itself ("why did Norvik reject …?") is left to
 * the refusal's own checks.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("tarn-herald-fortress-listing", {
    outlet: "Tarn Herald",
    title: "Norvik rejects a joint listing of the Tarn fortress",
    date: "2026-10-02",
    entities: [
      ...norvikAndCastel(),
      {
        id: "tarn-fortress",
        kind: "place",
        name: "Tarn Fortress",
        description: "Ruined fortress whose walls stand on both sides of the Norvik–Castel border",
      },
      {
        id: "ilse-brand",
        kind: "person",
        name: "Ilse Brand",
        description: "Castel's minister of culture",
      },
    ],
    meetings: [
      {
        id: "2026-09-30-tarn-fortress-talks",
        title: "Norvik–Castel talks on the Tarn Fortress",
        date: "2026-09-30",
        place: "Tarnburg",
        participants: [...NORVIK_AND_CASTEL, ["ilse-brand", "participant"]],
        facts: [
          [
            "norvik-rejected",
            "Norvik rejected Castel's proposal for a joint listing of the Tarn Fortress.",
            ["norvik", "castel", "tarn-fortress"],
          ],
          [
            "brand-one-plan",
            "Ilse Brand said a joint listing would let both halves of the walls be repaired under one plan.",
            ["ilse-brand", "tarn-fortress"],
          ],
          [
            "brand-slammed-door",
            "Ilse Brand called Norvik's rejection of the joint listing a slammed door on Castel's own past.",
            ["ilse-brand", "norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("a remark on the refusal of what is wanted is no reason for wanting it", () => {
  it("does not answer why Castel wants a joint listing with its minister's words on Norvik's rejection", () => {
    const result = engine.answer("why does castel want a joint listing?");
    expect(result.answer).not.toMatch(/slammed door/);
  });

  it("still answers it with what her people said the listing would do", () => {
    const result = engine.answer("why does castel want a joint listing?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/under one plan/);
  });
});
