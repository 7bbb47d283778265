/**
 * "Who was Castel's ambassador to Norvik before Tom Orsan?" is not answered by "Tom Orsan replaced
 * Ana Dras as Castel's minister of border affairs": the handover names the post it is of, and the
 * ambassador's post, which only Orsan's description says he once held, is not in its sentence, so
 * Dras held another post. The one before in the post the handover is of is still answered.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-border-minister", {
    outlet: "Elm Gazette",
    title: "A new border minister for Castel",
    date: "2026-09-03",
    entities: [
      ...norvikAndCastel(),
      {
        id: "ana-dras",
        kind: "person",
        name: "Ana Dras",
        description: "Castel's minister of border affairs until 1 September 2026",
      },
      {
        id: "tom-orsan",
        kind: "person",
        name: "Tom Orsan",
        description:
          "Castel's minister of border affairs from 1 September 2026; Castel's ambassador to Norvik from 2021",
      },
    ],
    meetings: [
      {
        id: "2026-09-02-norvik-castel-border-talks",
        title: "Norvik–Castel border talks",
        date: "2026-09-02",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["border"],
        facts: [
          [
            "handover",
            "Tom Orsan replaced Ana Dras as Castel's minister of border affairs on 1 September 2026, in a government reshuffle.",
            ["tom-orsan", "ana-dras", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("the one before in a post is not whom they replaced in another", () => {
  it("does not answer who was ambassador before him with his predecessor as minister", () => {
    const answer = engine.answer("who was castel's ambassador to norvik before tom orsan?");
    expect(answer.answer).not.toMatch(/Dras/);
  });

  it("answers who was minister before him", () => {
    expect(engine.answer("who was castel's border minister before tom orsan?").answer).toMatch(/Ana Dras/);
  });
});
