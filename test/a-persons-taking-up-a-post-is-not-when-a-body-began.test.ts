/**
 * "Since when does the council exist?" is answered by "the council was founded in 2012", not by
 * "Vera Kadlec became Secretary General of the council on 1 July 2026": a person's taking up a
 * post begins their holding of it, not the body. "When did Estria formally ask to become a member?"
 * asks when it asked, not when it became one.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("forest-herald-council", {
    outlet: "Forest Herald",
    title: "The Pine Ridge council meets",
    date: "2026-11-26",
    entities: [
      {
        id: "pine-council",
        kind: "organization",
        name: "Pine Ridge Council",
        description: "Forest fire council of Norvane and Velmora",
        aliases: ["PRC"],
      },
      { id: "norvane", kind: "country", name: "Norvane", description: "Country of the Pine Ridge" },
      { id: "estria", kind: "country", name: "Estria", description: "Country next to the Pine Ridge" },
      {
        id: "vera-kadlec",
        kind: "person",
        name: "Vera Kadlec",
        description: "Secretary General of the Pine Ridge Council",
      },
    ],
    meetings: [
      {
        id: "2026-11-24-prc",
        title: "Pine Ridge Council ministerial meeting",
        date: "2026-11-24",
        place: "Harrow",
        participants: [
          ["norvane", "member"],
          ["estria", "observer"],
        ],
        topics: ["forest fires"],
        facts: [
          [
            "founded",
            "The Pine Ridge Council was founded in 2012 and its secretariat is in Harrow.",
            ["pine-council"],
            null,
          ],
          [
            "secretary-general",
            "Vera Kadlec, a forest engineer, became Secretary General of the Pine Ridge Council on 1 July 2026.",
            ["vera-kadlec", "pine-council"],
            "2026-07-01",
          ],
          [
            "towers",
            "Norvane will upgrade its existing fire towers, which are to be rebuilt in stone, and has planted oaks on the ridge ever since the great fire.",
            ["norvane"],
          ],
          [
            "estria-asks",
            "Estria formally asked to become a full member of the Pine Ridge Council on 24 November 2026.",
            ["estria", "pine-council"],
          ],
        ],
      },
    ],
  }),
);

describe("a person's taking up a post is not when a body began", () => {
  it("answers since when the council exists with its founding", () => {
    const result = engine.answer("since when does the pine ridge council exist?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/2012/);
    expect(result.answer).not.toMatch(/Kadlec/);
  });

  it("answers when someone asked to become a member with the day it asked", () => {
    const result = engine.answer(
      "when did estria formally ask to become a full member of the pine ridge council?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/24 November 2026/);
  });
});
