/**
 * "Who runs the Elm Cable Company?" is not answered by "Norvik and Castel would each hold 40
 * percent of a new company, Elm Cable Company, which would build and run the cable": the running
 * is done by the company the question names, in a "which" clause of its own; Norvik and Castel
 * only hold shares in it. A fact that names the company's head answers instead.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const facts: [string, string, string[]][] = [
  [
    "shares",
    "Under the memorandum, Norvik and Castel would each hold 40 percent of a new company, Elm Cable Company, which would build and run the cable.",
    ["norvik", "castel", "elm-cable"],
  ],
];
const store = (withHead: boolean) => ({
  outlet: "Elm Gazette",
  title: "A company for the Elm cable",
  date: "2026-11-02",
  entities: [
    ...norvikAndCastel("A coastal country", "A coastal country"),
    {
      id: "elm-cable",
      kind: "organization" as const,
      name: "Elm Cable Company",
      description: "A company set up to lay a cable between Norvik and Castel",
    },
    {
      id: "ida-marsh",
      kind: "person" as const,
      name: "Ida Marsh",
      description: "Chief executive of Elm Cable Company",
    },
  ],
  meetings: [
    {
      id: "2026-11-01-elm-cable-talks",
      title: "Norvik–Castel cable talks in Elm",
      date: "2026-11-01",
      place: "Elm",
      participants: [
        ["norvik", "participant"],
        ["castel", "participant"],
      ] as const,
      topics: ["telecoms"],
      facts: withHead
        ? [
            ...facts,
            [
              "head",
              "Ida Marsh, chief executive of Elm Cable Company, said laying of the cable would begin in May 2027.",
              ["ida-marsh", "elm-cable"],
            ] as [string, string, string[]],
          ]
        : facts,
    },
  ],
});

describe("who runs X is not answered by those who hold X that runs it", () => {
  it("does not answer 'who runs Elm Cable Company?' with its shareholders", () => {
    const engine = engineFrom(madeUpStore("elm-gazette-cable-shares", store(false)));
    const result = engine.answer("who runs elm cable company");
    expect(result.answer).not.toMatch(/^Norvik|^Castel/);
  });

  it("answers 'who runs Elm Cable Company?' with its chief executive where a fact names her", () => {
    const engine = engineFrom(madeUpStore("elm-gazette-cable-head", store(true)));
    const result = engine.answer("who runs elm cable company");
    expect(result.answer).not.toMatch(/^Norvik|^Castel/);
  });
});
