/**
 * "When did the ministers meet after the Orla talks?" asks for the story's next meeting, the one
 * nearest after Orla, not its last; and "where did they meet before the Varn talks?" for the one
 * nearest before Varn, not its first.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const participants: [string, string][] = [
  ["norvane", "party"],
  ["estria", "party"],
];
const topics = ["undersea cable", "cable repair", "cost sharing"];

const engine = engineFrom(
  madeUpStore("cable-weekly-rounds", {
    outlet: "Cable Weekly",
    title: "Norvane and Estria settle the cable repair bill",
    date: "2026-11-27",
    entities: [
      {
        id: "norvane",
        kind: "country",
        name: "Norvane",
        description: "Island country linked by the Tessa cable",
      },
      {
        id: "estria",
        kind: "country",
        name: "Estria",
        description: "Island country linked by the Tessa cable",
      },
      { id: "orla", kind: "place", name: "Orla", description: "Capital of Norvane" },
      { id: "varn", kind: "place", name: "Varn", description: "Capital of Estria" },
      { id: "kesh", kind: "place", name: "Kesh", description: "Port town of Estria" },
    ],
    meetings: [
      {
        id: "2026-04-15-orla-talks",
        title: "Norvane–Estria talks on the Tessa cable repair in Orla",
        date: "2026-04-15",
        place: "Orla",
        participants,
        topics,
        facts: [
          [
            "orla",
            "Norvane and Estria held talks in Orla on repairing the Tessa cable.",
            ["norvane", "estria", "orla"],
          ],
        ],
      },
      {
        id: "2026-08-19-kesh-talks",
        title: "Norvane–Estria talks on the Tessa cable repair in Kesh",
        date: "2026-08-19",
        place: "Kesh",
        participants,
        topics,
        facts: [
          [
            "kesh",
            "Norvane and Estria met again in Kesh on the Tessa cable repair bill.",
            ["norvane", "estria", "kesh"],
          ],
        ],
      },
      {
        id: "2026-11-25-varn-talks",
        title: "Norvane–Estria talks on the Tessa cable repair in Varn",
        date: "2026-11-25",
        place: "Varn",
        participants,
        topics,
        facts: [
          [
            "varn",
            "Norvane and Estria settled the Tessa cable repair bill in Varn, after months of dispute and before the storm season.",
            ["norvane", "estria", "varn"],
          ],
        ],
      },
    ],
  }),
);

describe("the meeting before or after one named is the nearest", () => {
  it("answers when they met after the first talks with the second meeting", () => {
    const result = engine.answer("when did the ministers meet after the orla talks?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/19 August 2026/);
  });

  it("answers where they met before the last talks with the second meeting", () => {
    const result = engine.answer("where did they meet before the varn talks?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Kesh/);
  });
});
