/**
 * "When was the ferry pact signed?" is not answered by "the ferry pact signing ceremony set for 18
 * June 2026 was cancelled": the act named as a thing ("signing"), whose clause ends "was
 * cancelled", did not happen. A fact that has it signed answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { ELM_FERRY_PACT, madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const story = (facts: [string, string, string[]][]) =>
  engineFrom(
    madeUpStore("elm-gazette-ferry-signing", {
      outlet: "Elm Gazette",
      title: "The ferry pact",
      date: "2026-06-20",
      entities: [...norvikAndCastel(), ELM_FERRY_PACT],
      meetings: [
        {
          id: "2026-06-19-norvik-castel-ferry-talks",
          title: "Norvik–Castel ferry talks",
          date: "2026-06-19",
          place: "Port Elm",
          participants: NORVIK_AND_CASTEL,
          topics: ["ferries", "ports"],
          facts,
        },
      ],
    }),
  );

const cancelled: [string, string, string[]] = [
  "cancelled",
  "The Elm ferry pact signing ceremony set for 18 June 2026 in Port Elm was cancelled.",
  ["ferry-pact"],
];

describe("a signing that was cancelled does not say when it was signed", () => {
  it("does not answer when it was signed with the cancelled ceremony", () => {
    expect(story([cancelled]).answer("when was the elm ferry pact signed?").answer).not.toMatch(/18 June/);
  });

  it("answers with a fact that has it signed", () => {
    const engine = story([
      cancelled,
      [
        "signed",
        "Norvik and Castel signed the Elm ferry pact on 3 July 2026.",
        ["norvik", "castel", "ferry-pact"],
      ],
    ]);
    expect(engine.answer("when was the elm ferry pact signed?").answer).toMatch(/3 July 2026/);
  });
});
