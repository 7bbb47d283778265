/**
 * "Castel refused the fever testing of ferry passengers; Ida Holm said the tests would slow trade at
 * the port": one who speaks for the refuser (Castel's minister, "its principal", "its government"),
 * right after the refusal's semicolon, says why it refused, with no "because" or ", saying". So
 * "why did Castel refuse …?" and "why not?" after "did Castel accept …?" are answered with it. A
 * remark by another side's minister there ("Per Lund, Norvik's Minister of Health") is no reason
 * of Castel's.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-refusal-semicolon", {
    outlet: "Elm Gazette",
    title: "Castel turns down ferry checks",
    date: "2026-03-12",
    entities: [
      ...norvikAndCastel(),
      { id: "ida-holm", kind: "person", name: "Ida Holm", description: "Castel's Minister of Trade" },
      { id: "per-lund", kind: "person", name: "Per Lund", description: "Norvik's Minister of Health" },
    ],
    meetings: [
      {
        id: "port-elm-talks",
        title: "Norvik–Castel border talks in Port Elm",
        date: "2026-03-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        facts: [
          [
            "checks-refused",
            "Castel refused the fever testing of ferry passengers; Ida Holm said the tests would slow trade at the port.",
            ["castel", "ida-holm"],
          ],
          [
            "clinic-refused",
            "Castel refused the joint clinic at the bridge; Per Lund said Norvik would keep asking.",
            ["castel", "per-lund", "norvik"],
          ],
          [
            "talks-held",
            "Norvik and Castel held border talks in Port Elm on 11 March 2026.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("a refuser's people speaking right after its refusal say why", () => {
  it("answers why the refuser refused with its minister's words after the semicolon", () => {
    const result = engine.answer("why did castel refuse the fever testing of ferry passengers?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("slow trade");
  });

  it("answers 'why not?' after 'did Castel accept …?' the same way", () => {
    const before = engine.answer("did castel accept the fever testing of ferry passengers?");
    const result = engine.answer("why not?", undefined, before.turn ? { previous: before.turn } : {});
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("slow trade");
  });

  it("does not take another side's remark after the semicolon as the refuser's reason", () => {
    const result = engine.answer("why did castel refuse the joint clinic?");
    expect(result.answer).not.toContain("keep asking");
  });
});
