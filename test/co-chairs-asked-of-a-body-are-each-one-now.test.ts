/**
 * "Who co-chairs the Elm River Commission now?" asks for every co-chair the store describes as
 * holding the post as things stand, one for each side: not the one handover that best fits the
 * words (which names only the new co-chair), and not a co-chair who was replaced.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-river-commission", {
    outlet: "Elm Gazette",
    title: "A new Castel co-chair for the Elm River Commission",
    date: "2026-10-20",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm river" },
      { id: "castel", kind: "country", name: "Castel", description: "A neighbouring country" },
      {
        id: "elm-commission",
        kind: "organization",
        name: "Elm River Commission",
        description:
          "Commission set up by Norvik and Castel to run the Elm river ferry; a co-chair for each side",
      },
      {
        id: "ana-berg",
        kind: "person",
        name: "Ana Berg",
        description:
          "Norvik's State Secretary for Transport since 2024; Norvik co-chair of the Elm River Commission",
      },
      {
        id: "ivo-lind",
        kind: "person",
        name: "Ivo Lind",
        description:
          "Castel's State Secretary for Rivers until 1 September 2026, and until then Castel co-chair of the Elm River Commission; replaced by Mira Holm",
      },
      {
        id: "mira-holm",
        kind: "person",
        name: "Mira Holm",
        description:
          "Castel's State Secretary for Rivers since 1 September 2026, replacing Ivo Lind; Castel co-chair of the Elm River Commission",
      },
    ],
    meetings: [
      {
        id: "2026-03-10-elm-commission-lumen",
        title: "First session of the Elm River Commission in Lumen",
        date: "2026-03-10",
        place: "Lumen, Norvik",
        participants: [
          ["norvik", "host"],
          ["castel", "guest"],
        ],
        topics: ["ferry", "river"],
        facts: [
          [
            "first-chaired",
            "The Lumen session was chaired by Ana Berg, the Norvik co-chair of the Elm River Commission, and Ivo Lind, its Castel co-chair.",
            ["ana-berg", "ivo-lind", "elm-commission"],
          ],
        ],
      },
      {
        id: "2026-10-18-elm-commission-darra",
        title: "Third session of the Elm River Commission in Darra",
        date: "2026-10-18",
        place: "Darra, Castel",
        participants: [
          ["castel", "host"],
          ["norvik", "guest"],
        ],
        topics: ["ferry", "river"],
        facts: [
          [
            "holm-replaced-lind",
            "Mira Holm became Castel's State Secretary for Rivers on 1 September 2026, replacing Ivo Lind, and is now the Castel co-chair of the Elm River Commission.",
            ["mira-holm", "ivo-lind", "elm-commission", "castel"],
            "2026-09-01",
          ],
        ],
      },
    ],
  }),
);

describe("co-chairs asked of a body", () => {
  it("are each co-chair as things stand, not the one handover", () => {
    for (const question of [
      "who co-chairs the elm river commission now?",
      "who are the co-chairs of the elm river commission?",
    ]) {
      const result = engine.answer(question);
      expect(result.answer).toMatch(
        /co-chairs of the Elm River Commission in my sources, 2: Ana Berg and Mira Holm/,
      );
      expect(result.answer).not.toMatch(/Ivo Lind:/);
    }
  });

  it("leave a meeting's co-chairs, and one side's, to the facts", () => {
    const meeting = engine.answer("who co-chaired the lumen session of the elm river commission?");
    expect(meeting.answer).not.toMatch(/in my sources, 2/);
    expect(meeting.answer).toContain("Ana Berg");
  });
});
