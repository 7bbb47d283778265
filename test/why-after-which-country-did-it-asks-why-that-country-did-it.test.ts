/**
 * "Why?" right after "which country protested against the Elm Sea exercise?" asks why the country
 * the answer gave did it, put as a member would ask it ("why did Velmar protest against the Elm Sea
 * exercise?"), not the answer glued before the verb as told ("why Velmar protested …?"), which
 * reads the act's reason less surely. After "who chairs the sand panel?", "since when?" likewise
 * asks since when the one answered chairs it.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-exercise", {
    outlet: "Elm Sea Ledger",
    title: "Velmar protests against the Elm Sea naval exercise",
    date: "2026-03-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "velmar",
        kind: "country",
        name: "Velmar",
        description: "A country on the far shore of the Elm Sea",
      },
      {
        id: "elm-exercise",
        kind: "event",
        name: "Elm Shield 2026",
        aliases: ["elm sea exercise"],
        description: "Joint Norvik–Castel naval exercise in the Elm Sea",
      },
      {
        id: "sand-panel",
        kind: "organization",
        name: "Elm Sea Sand Monitoring Panel",
        aliases: ["sand panel"],
        description: "Joint Norvik–Castel panel counting the sand dredged from the Elm Sea",
      },
      { id: "ada-berg", kind: "person", name: "Ada Berg", description: "Norvik's Minister of Water" },
    ],
    meetings: [
      {
        id: "2026-03-10-elm-exercise",
        title: "Norvik–Castel naval exercise Elm Shield 2026 off Kolna",
        date: "2026-03-10",
        place: "Kolna",
        participants: NORVIK_AND_CASTEL,
        topics: ["naval exercise"],
        facts: [
          ["velmar-protest", "Velmar protested against Elm Shield 2026.", ["velmar", "elm-exercise"]],
          [
            "velmar-reason",
            "Velmar protested against Elm Shield 2026 because it had not been consulted about the exercise area.",
            ["velmar", "elm-exercise"],
          ],
          [
            "berg-chair",
            "Ada Berg has chaired the Elm Sea Sand Monitoring Panel since March 2024.",
            ["ada-berg", "sand-panel"],
          ],
        ],
      },
    ],
  }),
);

describe("a bare 'why?' after 'which country did it?'", () => {
  it("asks why the country answered did it, with its auxiliary back", () => {
    const question = "which country protested against the elm sea exercise?";
    expect(engine.answer(question).answer).toContain("Velmar");
    const result = askedIn(engine, "why?", question);
    expect(result.reading).toContain("why did Velmar protest against the elm sea exercise");
    expect(result.answer).toContain("not been consulted");
  });

  it("puts the one who holds a post before the verb of 'since when?' as a question does", () => {
    const question = "who chairs the sand panel?";
    expect(engine.answer(question).answer).toContain("Ada Berg");
    expect(askedIn(engine, "since when?", question).reading).toContain("since when does Ada Berg chair");
  });
});
