/**
 * "Who's the new boss of Castel's foreign ministry?", "how long has Ada Vint been in charge of
 * Castel's foreign ministry?": the one at the head of a ministry is its minister, whom articles name
 * by the post ("Minister of Foreign Affairs"), not by the department. Another ministry's boss is
 * not that minister.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import {
  type MadeUpEntity,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel(),
  { id: "ada-vint", kind: "person", name: "Ada Vint", description: "Castel's Minister of Foreign Affairs" },
  { id: "ole-brand", kind: "person", name: "Ole Brand", description: "Former Castelian diplomat" },
];
const dir = madeUpStore("castel-ministry", {
  outlet: "Lorn Courier",
  title: "Castel's new foreign minister meets Norvik",
  date: "2026-04-02",
  entities,
  meetings: [
    {
      id: "2026-04-01-port-elm-talks",
      title: "Norvik–Castel talks in Port Elm",
      date: "2026-04-01",
      place: "Port Elm",
      participants: NORVIK_AND_CASTEL,
      topics: ["ferry", "border"],
      facts: [
        [
          "new-minister",
          "Ada Vint became Castel's Minister of Foreign Affairs on 2 March 2026, replacing Ole Brand.",
          ["ada-vint", "castel", "ole-brand"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(dir);

describe("the boss of a ministry is its minister", () => {
  it("answers who the new boss of the ministry is with its minister", () => {
    const result = askedIn(engine, "who's the new boss of castel's foreign ministry?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Ada Vint/);
  });

  it("answers how long someone has been in charge of the ministry", () => {
    const result = askedIn(engine, "how long has ada vint been in charge of castel's foreign ministry?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/2 March 2026/);
  });

  it("does not give one ministry's minister for another's boss", () => {
    const result = askedIn(engine, "who's the new boss of castel's transport ministry?");
    expect(result.answer).not.toMatch(/Ada Vint became/);
  });
});
