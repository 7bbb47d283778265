/**
 * "What did Rai Mol say in Tarn?" is not answered by "Tam Sik said: 'My predecessor fought for
 * speed'", though that fact names Rai Mol and Tam Sik's description does too (she replaced him): a
 * country's or a body's people speak for it, a person's successor does not speak for him.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-successor-words", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel sign a locust deal",
    date: "2026-09-17",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm Sea" },
      { id: "castel", kind: "country", name: "Castel", description: "A neighbouring country" },
      { id: "tarn", kind: "place", name: "Tarn", description: "Port town in Castel" },
      {
        id: "rai-mol",
        kind: "person",
        name: "Rai Mol",
        description: "Castel's Minister of Agriculture until August 2026",
      },
      {
        id: "tam-sik",
        kind: "person",
        name: "Tam Sik",
        description: "Castel's Minister of Agriculture since August 2026, replacing Rai Mol",
      },
    ],
    meetings: [
      {
        id: "2026-09-16-locust-signing-tarn",
        title: "Signing of the Norvik–Castel locust agreement in Tarn",
        date: "2026-09-16",
        place: "Tarn, Castel",
        participants: [
          ["tam-sik", "Minister of Agriculture of Castel (host)"],
          ["norvik", "participant"],
        ],
        topics: ["locusts"],
        facts: [
          [
            "sik-speed",
            'Tam Sik said: "My predecessor fought for speed. I want speed too, but not at the cost of the sea."',
            ["tam-sik", "rai-mol"],
          ],
          ["signed", "Norvik and Castel signed the locust agreement in Tarn.", ["norvik", "castel"]],
        ],
      },
    ],
  }),
);

describe("what someone said", () => {
  it("is not their successor's words that name them", () => {
    const result = engine.answer("what did rai mol say in tarn?");
    expect(result.answer).not.toContain("My predecessor");
  });

  it("is the successor's own when asked of her", () => {
    const result = engine.answer("what did tam sik say in tarn?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("My predecessor");
  });
});
