/**
 * "And what job did he get?" after "who replaced Lenn Parsk?" asks what became of Parsk, the one
 * who left, not of the successor the answer named; "when did he take office?" is still the successor.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("posts-minister", {
    outlet: "Elm Sea Gazette",
    title: "Norvik gets a new posts minister",
    date: "2026-06-10",
    entities: [
      ...norvikAndCastel(),
      {
        id: "parsk",
        kind: "person",
        name: "Lenn Parsk",
        description: "Former Norvik Minister of Posts; Minister of Commerce and Industry since May 2026",
      },
      {
        id: "venn",
        kind: "person",
        name: "Arlo Venn",
        description: "Norvik Minister of Posts since 20 May 2026, replacing Lenn Parsk",
      },
    ],
    meetings: [
      {
        id: "2026-06-08-roaming-talks",
        title: "Norvik–Castel roaming talks",
        date: "2026-06-08",
        place: "Castel",
        participants: NORVIK_AND_CASTEL,
        topics: ["roaming", "telecoms"],
        facts: [
          [
            "venn-new",
            "Arlo Venn replaced Lenn Parsk as Norvik's Minister of Posts on 20 May 2026; he signed the roaming deal.",
            ["venn", "parsk", "norvik"],
            "2026-05-20",
          ],
          [
            "parsk-moved",
            "Lenn Parsk became Norvik's Minister of Commerce and Industry in May 2026; he said he was proud of the roaming talks.",
            ["parsk", "norvik"],
            "2026-05-20",
          ],
        ],
      },
    ],
  }),
);

describe("what became of 'him' after 'who replaced him?'", () => {
  it("reads 'he' in 'what job did he get?' as the one replaced", () => {
    const result = askedIn(engine, "and what job did he get?", "who replaced lenn parsk?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Taking "he" as Lenn Parsk/);
    expect(result.answer).toMatch(/Commerce and Industry/);
  });

  it("still reads 'he' in 'when did he take office?' as the successor", () => {
    const result = askedIn(engine, "when did he take office?", "who replaced lenn parsk?");
    expect(result.answer).not.toMatch(/Taking "he" as Lenn Parsk/);
  });
});
