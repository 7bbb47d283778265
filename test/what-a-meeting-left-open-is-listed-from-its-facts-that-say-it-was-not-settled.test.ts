/**
 * "What was left open at the Port Elm talks?", "what wasn't decided in Dunmore?", "what's still
 * unresolved after the Dunmore meeting?", "what did the board leave unanswered in Dunmore?": what a meeting did not settle is in its facts that say so
 * (did not decide, could not agree, never agreed, refused to decide, postponed until the next
 * meeting, referred to a panel), not in facts that only share the question's words; a question
 * that names a matter ("about the depot") gets only that matter, and a meeting that left nothing
 * open is no answer. A meeting a server's
 * curators move to another town is found by that town, in that server only.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-ferry-talks", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel talk about a ferry",
    date: "2026-11-21",
    entities: norvikAndCastel("A country"),
    meetings: [
      {
        id: "2026-03-18-norvik-castel-ferry-talks-port-elm",
        title: "Norvik–Castel ferry talks in Port Elm",
        date: "2026-03-18",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry", "transport"],
        facts: [
          [
            "opened",
            "On 18 March 2026 Norvik and Castel opened talks in Port Elm on a ferry across the Grey Sound.",
            ["norvik", "castel"],
          ],
          [
            "fare-open",
            "At the Port Elm talks Norvik and Castel could not agree on the ferry fare.",
            ["norvik", "castel"],
          ],
          [
            "depot-open",
            "Where the ferry's repair depot will be built was not decided.",
            ["norvik", "castel"],
          ],
          ["timetable", "The ferry will sail twice a day from June 2027.", ["norvik", "castel"]],
          ["flag-open", "Castel refused to decide under which flag the ferry will sail.", ["castel"]],
          [
            "berth-open",
            "Norvik and Castel have never agreed on the ferry's night berth.",
            ["norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-11-20-norvik-castel-ferry-meeting-dunmore",
        title: "Norvik–Castel ferry board meeting in Dunmore",
        date: "2026-11-20",
        place: "Town hall, Dunmore",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry", "transport"],
        facts: [
          [
            "board-met",
            "On 20 November 2026 the Norvik–Castel ferry board met in Dunmore and chose the ferry's builder.",
            ["norvik", "castel"],
          ],
          [
            "crew-postponed",
            "The board postponed a decision on the ferry's crew rules until its next meeting.",
            ["norvik", "castel"],
          ],
          ["night-sailing-unanswered", "Castel's request for a night sailing went unanswered.", ["castel"]],
        ],
      },
    ],
  }),
);

describe("what a meeting left open is listed from its facts that say it was not settled", () => {
  it("lists every matter the named meeting did not settle", () => {
    const result = engine.answer("What was left open at the Port Elm talks?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("could not agree on the ferry fare");
    expect(result.answer).toContain("repair depot");
    expect(result.answer).not.toContain("twice a day");
  });

  it("reads a refusal to decide and a matter never agreed as left open, as a premise's denial reads them", () => {
    const result = engine.answer("what is still unresolved from the port elm talks?");
    expect(result.answer).toContain("which flag");
    expect(result.answer).toContain("night berth");
  });

  it("reads a meeting's town and a decision postponed to its next meeting", () => {
    const result = engine.answer("what's still unresolved after the dunmore meeting?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("crew rules");
    expect(result.answer).not.toContain("ferry fare");
  });

  it('reads "what did they leave unanswered?" and a request that went unanswered', () => {
    const result = engine.answer("what did the ferry board leave unanswered at the dunmore meeting?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("night sailing");
    expect(result.answer).toContain("crew rules");
    expect(result.answer).not.toContain("ferry fare");
  });

  it("keeps to the matter the question names", () => {
    const result = engine.answer("what did they not decide about the depot at the port elm talks?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("repair depot");
    expect(result.answer).not.toContain("ferry fare");
  });

  it("finds a meeting by the town a server's edit moved it to, in that server only", () => {
    const dunmore = engine.knowledge().event("2026-11-20-norvik-castel-ferry-meeting-dunmore")!;
    engine
      .overlay("moved")
      .addEvent({ ...dunmore, title: "Norvik–Castel ferry board", place: "Town hall, Resen" });
    const moved = engine.answer("what's still unresolved after resen?", "moved");
    expect(moved.answered).toBe(true);
    expect(moved.answer).toContain("(Resen)");
    expect(moved.answer).toContain("crew rules");
    expect(moved.answer).not.toContain("ferry fare");
    expect(engine.answer("what's still unresolved after resen?").answer).not.toContain("Resen");
  });
});
