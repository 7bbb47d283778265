/**
 * "When did Norvik and Castel sign the ferry pact?" asks when it was done: "agreed to sign the
 * ferry pact in Port Elm in May 2026" is a plan, not the signing; a fact that has it signed
 * answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { ELM_FERRY_PACT, madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-agreed-to-sign", {
    outlet: "Elm Gazette",
    title: "The ferry pact",
    date: "2026-06-11",
    entities: [...norvikAndCastel(), ELM_FERRY_PACT],
    meetings: [
      {
        id: "2026-02-16-norvik-castel-ferry-talks",
        title: "Norvik–Castel ferry talks",
        date: "2026-02-16",
        place: "Castel City",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferries", "ports"],
        facts: [
          [
            "agreed-to-sign",
            "Norvik and Castel agreed to sign the Elm ferry pact in Port Elm in May 2026.",
            ["norvik", "castel", "ferry-pact"],
          ],
        ],
      },
      {
        id: "2026-06-10-norvik-castel-ferry-signing",
        title: "Norvik–Castel ferry pact signing",
        date: "2026-06-10",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferries", "ports"],
        facts: [
          [
            "signed",
            "The Elm ferry pact, which covers 2027 to 2031, was signed on 10 June 2026 at the harbour office in Port Elm.",
            ["ferry-pact"],
          ],
        ],
      },
    ],
  }),
);

describe("agreeing to sign is not when or where it was signed", () => {
  it("answers when they signed with the day it was signed", () => {
    const result = engine.answer("when did norvik and castel sign the elm ferry pact?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("10 June 2026");
  });
});
