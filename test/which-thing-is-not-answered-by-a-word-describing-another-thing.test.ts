/**
 * "Which storm pushed Norvik and Castel to set up the warning network?" asks for a storm: a fact
 * that has "storm" only as a word describing another thing ("a shared storm early-warning
 * network") names none, and the question is refused rather than answered with the network. A fact
 * that names the storm ("Storm Edda") still answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import {
  type MadeUpEntity,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A coastal country", "Norvik's neighbour on the Elm Sea"),
  {
    id: "warning-network",
    kind: "initiative",
    name: "Elm Sea warning network",
    description: "Shared early-warning network of ocean buoys set up by Norvik and Castel",
  },
  { id: "port-elm", kind: "place", name: "Port Elm", description: "Port city in Norvik" },
];

const engine = engineFrom(
  madeUpStore("elm-warning", {
    outlet: "Elm Sea Courier",
    title: "Norvik–Castel warning network deal",
    date: "2026-03-11",
    entities,
    meetings: [
      {
        id: "2026-03-10-warning-deal",
        title: "Norvik–Castel warning network deal",
        date: "2026-03-10",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["storms", "warning"],
        facts: [
          [
            "network",
            "Norvik and Castel set up a shared storm early-warning network of 48 ocean buoys on the Elm Sea.",
            ["warning-network", "norvik", "castel"],
          ],
          ["edda", "In January 2025 Storm Edda flooded the harbour of Port Elm.", ["port-elm", "norvik"]],
        ],
      },
    ],
  }),
);

describe("which thing, asked of a fact that only describes another thing with its word", () => {
  it("is refused when the fact has the word only in front of another thing's name", () => {
    const result = engine.answer("which storm pushed norvik and castel to set up the warning network?");
    expect(result.answered).toBe(false);
  });

  it("is answered by a fact that names one of the kind", () => {
    const result = engine.answer("which storm flooded the harbour of port elm?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Storm Edda/);
  });
});
