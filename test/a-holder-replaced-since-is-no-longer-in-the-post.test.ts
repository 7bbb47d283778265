/**
 * "Is Oskar Berg still Norvik's transport minister?" where the best fact tells what he did as minister
 * at the March talks, and the store also says "Mara Lind became Norvik's Minister of Transport on 14
 * April 2026, replacing Oskar Berg": the handover from the one asked, dated after the state the best
 * fact tells, is the answer, whatever words of the question it has. Asked of the one who took over,
 * or of one no handover names, the answer is as before.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-ministers", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel talk ferries",
    date: "2026-06-20",
    entities: [
      ...norvikAndCastel(),
      {
        id: "oskar-berg",
        kind: "person",
        name: "Oskar Berg",
        description: "Norvik's former Minister of Transport",
      },
      { id: "mara-lind", kind: "person", name: "Mara Lind", description: "Norvik's Minister of Transport" },
      { id: "eva-dahl", kind: "person", name: "Eva Dahl", description: "Castel's Minister of Transport" },
    ],
    meetings: [
      {
        id: "2026-03-10-elm-ferry-talks",
        title: "Norvik–Castel ferry talks",
        date: "2026-03-10",
        place: "Harbourg",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry", "transport"],
        facts: [
          [
            "berg-chaired",
            "Oskar Berg, Norvik's Minister of Transport since 2022, chaired Norvik's side at the Harbourg ferry talks.",
            ["oskar-berg", "norvik"],
          ],
          [
            "dahl-led",
            "Eva Dahl, Castel's Minister of Transport, led Castel's side at the Harbourg ferry talks.",
            ["eva-dahl", "castel"],
          ],
        ],
      },
      {
        id: "2026-06-18-elm-ferry-review",
        title: "Norvik–Castel ferry review",
        date: "2026-06-18",
        place: "Castel City",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry", "transport"],
        facts: [
          [
            "lind-replaced-berg",
            "Mara Lind became Norvik's Minister of Transport on 14 April 2026, replacing Oskar Berg.",
            ["mara-lind", "oskar-berg", "norvik"],
            "2026-04-14",
          ],
        ],
      },
    ],
  }),
);

describe("a holder replaced since is no longer in the post", () => {
  it("answers whether he is still minister with the handover from him", () => {
    const result = engine.answer("is oskar berg still chairing norvik's side at the ferry talks?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("replacing Oskar Berg");
  });

  it("does not answer of another minister with someone else's handover", () => {
    const result = engine.answer("is eva dahl still leading castel's side at the ferry talks?");
    expect(result.answer).not.toContain("replacing");
  });
});
