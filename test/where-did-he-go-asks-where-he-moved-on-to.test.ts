/**
 * "Where did he go?" after "who replaced Dan Oren?" asks where the one who left moved on to: a
 * post as often as a place ("who moved to the finance ministry", "left to head the scholarships
 * office"), which the fact tells after his name; not where he spoke (the venue of a meeting, or
 * a town his remark names). Either person of the turn is tried, the one replaced too. Of one the
 * store never tells moved on, "where did she go?" is read as before: where she went.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-reshuffle", {
    outlet: "Elm Gazette",
    title: "A new housing minister for Norvik",
    date: "2026-07-02",
    entities: [
      ...norvikAndCastel("An island country", "A neighbouring island country"),
      { id: "port-elm", kind: "place", name: "Port Elm", description: "A harbour town of Norvik" },
      {
        id: "lia-sand",
        kind: "person",
        name: "Lia Sand",
        description: "Norvik's Minister of Housing since June 2026",
      },
      {
        id: "dan-oren",
        kind: "person",
        name: "Dan Oren",
        description: "Norvik's Minister of Housing until June 2026",
      },
    ],
    meetings: [
      {
        id: "2026-02-10-norvik-castel-housing-talks",
        title: "Norvik–Castel housing talks",
        date: "2026-02-10",
        place: "Castelbridge",
        participants: [
          ["norvik", "participant"],
          ["castel", "participant"],
          ["dan-oren", "Norvik's minister"],
        ],
        topics: ["housing", "storms"],
        facts: [
          [
            "oren-quote",
            "Dan Oren said the storm had cut off homes in Port Elm for six weeks.",
            ["dan-oren", "port-elm"],
          ],
        ],
      },
      {
        id: "2026-07-01-norvik-castel-housing-signing",
        title: "Signing of the Norvik–Castel housing fund charter",
        date: "2026-07-01",
        place: "Port Elm",
        participants: [
          ["norvik", "participant"],
          ["castel", "participant"],
          ["lia-sand", "Norvik's minister"],
        ],
        topics: ["housing", "storms"],
        facts: [
          [
            "sand-replaced-oren",
            "Lia Sand became Norvik's Minister of Housing in June 2026, replacing Dan Oren, who moved to the finance ministry.",
            ["lia-sand", "dan-oren", "norvik"],
          ],
        ],
      },
    ],
  }),
);

describe("'where did he go?' asks where he moved on to", () => {
  it("answers with the post the one replaced moved on to, not where he spoke", () => {
    const result = askedIn(engine, "where did he go?", "who replaced dan oren?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("finance ministry");
    expect(result.answer).not.toContain("six weeks");
    expect(result.answer).not.toMatch(/^In /);
  });

  it("tries the one replaced when the one who replaced him moved nowhere", () => {
    const result = askedIn(engine, "where did he end up?", "who replaced dan oren as minister of housing?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("finance ministry");
  });
});
