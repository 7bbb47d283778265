/**
 * "How many ferries are there in Port Elm?" is not answered by "the association represents about 700
 * ferry owners": "ferry" there only says which owners the number counts, so it is how many
 * owners, not how many ferries. A number right before the thing itself still answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import {
  type MadeUpMeeting,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const store = (facts: MadeUpMeeting["facts"]) =>
  engineFrom(
    madeUpStore("elm-gazette-ferries", {
      outlet: "Elm Gazette",
      title: "Ferry owners object to the Elm quota",
      date: "2026-08-20",
      entities: [
        ...norvikAndCastel(),
        {
          id: "elm-ferry-association",
          kind: "organization",
          name: "Elm Ferry Association",
          description: "Association of ferry owners of Port Elm",
        },
        { id: "port-elm", kind: "place", name: "Port Elm", description: "A ferry port of Norvik" },
      ],
      meetings: [
        {
          id: "2026-08-19-elm-quota-talks",
          title: "Norvik–Castel talks on the Elm fishing quota",
          date: "2026-08-19",
          place: "Port Elm",
          participants: NORVIK_AND_CASTEL,
          topics: ["fishing", "quota"],
          facts,
        },
      ],
    }),
  );
const owners: MadeUpMeeting["facts"][number] = [
  "owners",
  "The Elm Ferry Association says it represents about 700 ferry owners on both the Norvik and Castel coasts.",
  ["elm-ferry-association", "port-elm"],
];

describe("a count of owners of a thing is no count of the thing", () => {
  it("does not answer how many ferries with how many ferry owners", () => {
    expect(store([owners]).answer("how many ferries are there in port elm").answer).not.toMatch(/700/);
  });

  it("answers with a number of the ferries themselves", () => {
    const result = store([
      owners,
      ["ferries", "There are about 450 ferries in Port Elm.", ["port-elm"]],
    ]).answer("how many ferries are there in port elm");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/450/);
  });
});
