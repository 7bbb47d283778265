/**
 * "Who had the job before her?" after "who signed the ferry deal for Norvia?": the previous
 * question of the time before her is tried first, and when no one did that before her, it is the
 * one who held her post before her (the job named is hers, whatever the previous question asked).
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norviaAndEstmark } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("sound-gazette-ferry-deal", {
    outlet: "Sound Gazette",
    title: "Norvia and Estmark sign a ferry deal",
    date: "2026-11-20",
    entities: [
      ...norviaAndEstmark(),
      {
        id: "ferry-deal",
        kind: "initiative",
        name: "Korrin Sound ferry deal",
        description: "Agreement between Norvia and Estmark on a shared ferry across the Korrin Sound",
      },
      {
        id: "lena-fell",
        kind: "person",
        name: "Lena Fell",
        description: "Norvia's Minister of Transport since 9 June 2026; signed the ferry deal for Norvia",
      },
      {
        id: "dag-orn",
        kind: "person",
        name: "Dag Orn",
        description: "Norvia's Minister of Transport from 2021 until 9 June 2026",
      },
      { id: "ola-vik", kind: "person", name: "Ola Vik", description: "Estmark's Minister of Transport" },
    ],
    meetings: [
      {
        id: "2026-11-19-ferry-signing-korrin",
        title: "Signing of the Korrin Sound ferry deal in Korrin",
        date: "2026-11-19",
        place: "Korrin",
        participants: [
          ["lena-fell", "Norvia's Minister of Transport"],
          ["ola-vik", "Estmark's Minister of Transport"],
        ],
        topics: ["Korrin Sound ferry"],
        facts: [
          [
            "fell-signed",
            "Lena Fell, Norvia's Minister of Transport, signed the Korrin Sound ferry deal for Norvia in Korrin.",
            ["lena-fell", "ferry-deal", "norvia"],
          ],
          [
            "vik-signed",
            "Ola Vik signed the Korrin Sound ferry deal for Estmark.",
            ["ola-vik", "ferry-deal", "estmark"],
          ],
        ],
      },
      {
        id: "2026-07-01-ferry-port-opening-vest",
        title: "Opening of the new ferry port in Vest",
        date: "2026-07-01",
        place: "Vest",
        participants: [
          ["lena-fell", "Norvia's Minister of Transport"],
          ["ola-vik", "Estmark's Minister of Transport"],
        ],
        topics: ["Korrin Sound ferry"],
        facts: [
          [
            "fell-replaced-orn",
            "Lena Fell became Norvia's Minister of Transport on 9 June 2026, replacing Dag Orn, who had held the post since 2021.",
            ["lena-fell", "dag-orn", "norvia"],
            "2026-06-09",
          ],
          [
            "port-opened",
            "Lena Fell and Ola Vik opened the new ferry port in Vest.",
            ["lena-fell", "ola-vik"],
          ],
        ],
      },
    ],
  }),
);

describe("who had the job before her is her post's holder when no one did the act before her", () => {
  it("answers with the one she replaced in her post", () => {
    const result = askedIn(
      engine,
      "who had the job before her?",
      "who signed the korrin sound ferry deal for norvia in korrin",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Dag Orn");
  });
});
