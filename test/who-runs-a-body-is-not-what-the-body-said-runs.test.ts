/**
 * "Who runs the Elm commission?" is not answered by "the Elm commission said the warning system
 * should be running by March": the commission stands before the act only as the one that said it,
 * and what the sentence has running is the system. The fact that names its chair still answers who
 * chairs it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-commission", {
    outlet: "Elm Gazette",
    title: "The Elm commission meets",
    date: "2026-11-19",
    entities: [
      ...norvikAndCastel("A country on the Elm river"),
      {
        id: "elm-commission",
        kind: "organization",
        name: "Joint Elm Flood Commission",
        description: "The body Norvik and Castel set up to defend the Elm against floods",
        aliases: ["Elm commission"],
      },
      {
        id: "elm-warning-system",
        kind: "initiative",
        name: "Elm flood warning system",
        description: "Gauging stations along the Elm",
      },
      { id: "ida-marn", kind: "person", name: "Ida Marn", description: "An engineer from Castel" },
    ],
    meetings: [
      {
        id: "2026-11-17-elm-commission-meeting",
        title: "Meeting of the Joint Elm Flood Commission",
        date: "2026-11-17",
        place: "Port Elm",
        participants: [
          ["norvik", "participant"],
          ["castel", "participant"],
          ["elm-commission", "host"],
        ],
        topics: ["floods", "warning system"],
        facts: [
          [
            "running",
            "In November 2026 the Joint Elm Flood Commission said the whole warning system should still be running by March 2027.",
            ["elm-commission", "elm-warning-system"],
          ],
          [
            "chair",
            "The Joint Elm Flood Commission has a new chair, Ida Marn.",
            ["elm-commission", "ida-marn"],
          ],
        ],
      },
    ],
  }),
);

describe("who runs a body is not what the body said runs", () => {
  it("does not answer who runs the body with what the body said is running", () => {
    for (const question of ["who runs the elm commission?", "who is running the elm commission now?"]) {
      expect(engine.answer(question).answer, question).not.toMatch(/warning system/);
    }
  });

  it("answers who chairs it with its chair", () => {
    expect(engine.answer("who chairs the elm commission?").answer).toMatch(/Ida Marn/);
  });
});
