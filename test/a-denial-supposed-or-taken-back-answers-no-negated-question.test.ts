/**
 * "What did Norvik not lift?" asks what was left undone. "If Castel has not met the conditions by
 * the review, the lifted sanctions can be put back" supposes a denial in a condition: it says
 * nothing was left undone (and that the sanctions were lifted). "The relief is not a gift but a
 * test" takes its "not" back with "but": it says what the relief is, and denies no act. Neither
 * answers the negated question; a fact that does deny the act still does.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

type Fact = [id: string, statement: string, entities: string[]];

const AGREED: Fact = [
  "relief-agreed",
  "Norvik and Castel agreed on a sanctions relief package in Port Elm on 4 March 2026.",
  ["norvik", "castel", "relief"],
];
const SUPPOSED: Fact = [
  "put-back",
  "If Castel has not met the conditions by the review, the lifted sanctions can be put back in place, Ilse Varga said.",
  ["norvik", "castel", "ilse-varga", "relief"],
];
const CONTRAST: Fact = [
  "not-a-gift",
  "Ilse Varga said the sanctions Norvik lifted are not a gift but a test of good faith by Castel.",
  ["norvik", "ilse-varga", "relief"],
];
const DENIED: Fact = [
  "embargo-kept",
  "Norvik did not lift its arms embargo on Castel.",
  ["norvik", "castel", "relief"],
];

function engineWith(name: string, facts: Fact[]) {
  return engineFrom(
    madeUpStore(name, {
      outlet: "Elm Gazette",
      title: "Norvik eases sanctions on Castel",
      date: "2026-03-05",
      entities: [
        ...norvikAndCastel(),
        { id: "ilse-varga", kind: "person", name: "Ilse Varga", description: "Norvik's foreign minister" },
        {
          id: "relief",
          kind: "initiative",
          name: "Norvik–Castel sanctions relief package",
          description: "Norvik's easing of its sanctions on Castel",
        },
      ],
      meetings: [
        {
          id: "port-elm",
          title: "Norvik–Castel talks on sanctions relief",
          date: "2026-03-04",
          place: "Port Elm",
          participants: NORVIK_AND_CASTEL,
          facts: [AGREED, ...facts],
        },
      ],
    }),
  );
}

describe("a denial supposed in a condition or taken back by a contrast answers no negated question", () => {
  it("does not answer what was not lifted with a condition on which lifted sanctions come back", () => {
    const result = engineWith("elm-gazette-supposed", [SUPPOSED]).answer("what did norvik not lift");
    expect(result.answered).toBe(false);
    expect(result.answer).not.toContain("put back");
  });

  it("does not answer it with what the lifted sanctions are rather than a gift", () => {
    const result = engineWith("elm-gazette-contrast", [CONTRAST]).answer("what did norvik not lift");
    expect(result.answered).toBe(false);
    expect(result.answer).not.toContain("not a gift");
  });

  it("still answers it with a fact that denies the act", () => {
    const result = engineWith("elm-gazette-denied", [SUPPOSED, CONTRAST, DENIED]).answer(
      "what did norvik not lift",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("arms embargo");
  });
});
