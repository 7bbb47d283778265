/**
 * "Who chaired the first session of the fisheries commission?" is refused: the store says only that
 * Mara Lind "presided over" it. Yet that fact nearly answers the question, so "since when has she
 * been minister?" next means Mara Lind. The facts that say the session was held, what was agreed
 * at it and what was argued over there cover as much of the question as hers does and rank above
 * it, but they name no one who could have chaired it: they take no place from hers among the best
 * facts a refused who-question remembers its people from. "Who will chair the second session?",
 * refused with only a fact that names no one, still leaves "she" for the user to name.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-sea-fisheries-commission", {
    outlet: "Elm Sea Gazette",
    title: "Norvik and Castel open a fisheries commission",
    date: "2026-03-05",
    entities: [
      ...norvikAndCastel(),
      {
        id: "fisheries-commission",
        kind: "organization",
        name: "Elm Sea fisheries commission",
        description: "Joint commission of Norvik and Castel on fishing in the Elm Sea",
        aliases: ["fisheries commission"],
      },
      { id: "mara-lind", kind: "person", name: "Mara Lind", description: "Norvik's Minister of Fisheries" },
    ],
    meetings: [
      {
        id: "2026-03-03-fisheries-commission-harbourg",
        title: "Elm Sea fisheries commission sessions",
        date: "2026-03-03",
        place: "Harbourg",
        participants: NORVIK_AND_CASTEL,
        topics: ["fishing", "quotas"],
        facts: [
          [
            "first-session-held",
            "Norvik and Castel held the first session of the Elm Sea fisheries commission in Harbourg on 3 March 2026.",
            ["fisheries-commission", "norvik", "castel"],
          ],
          [
            "cod-quotas-agreed",
            "At the first session of the fisheries commission in Harbourg, Norvik and Castel agreed on cod quotas.",
            ["fisheries-commission", "norvik", "castel"],
          ],
          [
            "herring-argued",
            "Norvik and Castel argued over herring at the first session of the fisheries commission.",
            ["fisheries-commission", "norvik", "castel"],
          ],
          [
            "lind-presided",
            "Mara Lind presided over the first session of the fisheries commission.",
            ["mara-lind", "fisheries-commission"],
          ],
          [
            "second-session-planned",
            "Norvik and Castel will hold the second session of the fisheries commission in Castelport in June 2026.",
            ["fisheries-commission", "norvik", "castel"],
            null,
          ],
          [
            "lind-minister-since",
            "Mara Lind has been Norvik's Minister of Fisheries since January 2025.",
            ["mara-lind", "norvik"],
            "2025-01-15",
          ],
        ],
      },
    ],
  }),
);

const REFUSED = "who chaired the first session of the fisheries commission?";

describe("a follow-up after a refused who-question means the person its best facts name", () => {
  it("refuses to say who chaired the first session, the store saying only who presided over it", () => {
    const result = engine.answer(REFUSED);
    expect(result.answered).toBe(false);
    expect(result.answer).not.toContain("Mara Lind");
  });

  it("takes 'she' as Mara Lind, however many facts about the session name no one", () => {
    const result = askedIn(engine, "since when has she been minister?", REFUSED);
    expect(result.answer).not.toContain('Who or what do you mean by "she"?');
    expect(result.answer).toContain("January 2025");
    expect(result.reading).toBe('Taking "she" as Mara Lind');
    expect(result.answered).toBe(true);
  });
});

describe("a follow-up after a refused who-question whose facts name no one", () => {
  it("still asks who 'she' is", () => {
    const asked = "who will chair the second session of the fisheries commission?";
    expect(engine.answer(asked).answered).toBe(false);
    const result = askedIn(engine, "since when has she been minister?", asked);
    expect(result.answered).toBe(false);
    expect(result.answer).toContain('Who or what do you mean by "she"?');
  });
});

describe("a who-question the store answers stays answered", () => {
  it("names Mara Lind as the one who presided over the first session", () => {
    const result = engine.answer("who presided over the first session of the fisheries commission?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Mara Lind");
  });

  it("takes 'she' as Mara Lind after it", () => {
    const result = askedIn(
      engine,
      "since when has she been minister?",
      "who presided over the first session of the fisheries commission?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("January 2025");
  });
});
