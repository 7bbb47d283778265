/**
 * Chat shorthand ("u" for "you", "r" for "are") is read only where it stands alone: inside a name
 * written with an apostrophe or a hyphen ("Nuku'u", "Fale-r") it is a letter of the name.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const island = engineFrom(
  madeUpStore("nukuu-fishers", {
    outlet: "Nuku'u Tide",
    title: "Nuku'u fishers meet the ministry",
    date: "2026-05-03",
    entities: [
      { id: "nukuu", kind: "place", name: "Nuku'u", description: "Island group in the south" },
      {
        id: "nukuu-fishers-union",
        kind: "organization",
        name: "Nuku'u Fishers Union",
        description: "Union of the island group's fishers",
      },
      { id: "sela-tau", kind: "person", name: "Sela Tau", description: "Chair of the Nuku'u Fishers Union" },
    ],
    meetings: [
      {
        id: "2026-05-02-nukuu-fishers-meeting",
        title: "Meeting of the Nuku'u Fishers Union with the fisheries ministry",
        date: "2026-05-02",
        place: "Nuku'u",
        participants: [["sela-tau", "Chair of the Nuku'u Fishers Union"]],
        facts: [
          [
            "union-boats",
            "The Nuku'u Fishers Union represents about 150 fishing boats, its chair Sela Tau said.",
            ["nukuu-fishers-union", "sela-tau", "nukuu"],
          ],
        ],
      },
    ],
  }),
);

describe("chat shorthand inside a name is part of the name", () => {
  it("keeps the 'u' after an apostrophe as the name's own letter", () => {
    const result = island.answer("how many boats does the nuku'u fishers union represent?");
    expect(result.answer).not.toContain("you");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("150 fishing boats");
  });

  it("still reads a 'u' standing alone as 'you'", () => {
    const result = island.answer("can u tell me how many boats the nuku'u fishers union represents");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("150 fishing boats");
  });
});
