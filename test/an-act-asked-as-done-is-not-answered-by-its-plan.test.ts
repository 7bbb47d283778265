/**
 * "Who signed the ferry pact?", "when did they sign it?" ask about the signing as done: a fact that
 * has the signing only as something to come ("agreed to sign it in May", "was due to be signed in
 * May") does not say it was done. A fact close to it that states the signing done answers instead;
 * with none, the question is refused. A question about the plan itself ("what did they agree?") is still answered by it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const entities = [
  ...norvikAndCastel(),
  {
    id: "elm-ferry-pact",
    kind: "initiative" as const,
    name: "Elm Sea Ferry Pact",
    description: "A pact to run a ferry between Norvik and Castel",
    aliases: ["ferry pact"],
  },
];
const plannedOnly = [
  "plan-to-sign",
  "Norvik and Castel agreed to sign the Elm Sea Ferry Pact in Port Elm in May 2026.",
  ["norvik", "castel", "elm-ferry-pact"],
] as [string, string, string[]];

/** A made-up article where the pact was only to be signed. */
const planned = engineFrom(
  madeUpStore("elm-gazette-ferry-plan", {
    outlet: "Elm Gazette",
    title: "A ferry pact to be signed",
    date: "2026-03-12",
    entities,
    meetings: [
      {
        id: "2026-03-11-norvik-castel-ferry-talks",
        title: "Norvik–Castel ferry talks",
        date: "2026-03-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry", "transport"],
        facts: [plannedOnly],
      },
    ],
  }),
);

/** The same plan, and a fact that tells the signing done. */
const signed = engineFrom(
  madeUpStore("elm-gazette-ferry-signed", {
    outlet: "Elm Gazette",
    title: "The ferry pact signed",
    date: "2026-06-12",
    entities,
    meetings: [
      {
        id: "2026-06-10-norvik-castel-ferry-signing",
        title: "Signing of the Elm Sea Ferry Pact",
        date: "2026-06-10",
        place: "Castel City",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry", "transport"],
        facts: [
          plannedOnly,
          [
            "signed",
            "Norvik and Castel signed the Elm Sea Ferry Pact on 10 June 2026 in Castel City, a month late.",
            ["norvik", "castel", "elm-ferry-pact"],
          ],
        ],
      },
    ],
  }),
);

describe("an act asked as done is not answered by its plan", () => {
  it("refuses who signed and when it was signed where the store has only the plan to sign", () => {
    expect(planned.answer("when did norvik and castel sign the elm sea ferry pact?").answered).toBe(false);
    expect(planned.answer("when was the elm sea ferry pact signed?").answered).toBe(false);
  });

  it("answers with the fact that tells the signing done", () => {
    for (const question of [
      "when did norvik and castel sign the elm sea ferry pact?",
      "when was the elm sea ferry pact signed?",
    ]) {
      expect(signed.answer(question).answer, question).toMatch(/10 June/);
    }
  });

  it("still answers a question about the plan with the plan", () => {
    expect(planned.answer("what did norvik and castel agree?").answer).toMatch(/agreed to sign/);
  });
});
