/**
 * "Why not?" after "did Castel agree to let Norvik reopen eel fishing on the Elm?" asks why Castel
 * refused: the store's fact that only tells the refusal gives no reason, and the words of Castel's
 * own minister, filed by the curator under "why" and the refusal, do; a Norvik official whose post
 * also names a Norvik–Castel body does not speak for Castel. "Romania's proposal to add a farm"
 * says what was proposed, not what the refusal was for. "The Czechs" are Czechia's people. And "and
 * Castel?" after "how much is Norvik paying for the bridge?" asks Castel's share, which "who will
 * pay the extra … was left open" does not give.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-herald-eel-and-bridge", {
    outlet: "Elm Herald",
    title: "Castel keeps the eel fishery shut",
    date: "2026-03-12",
    entities: [
      ...norvikAndCastel(),
      { id: "czechia", kind: "country", name: "Czechia", description: "Central European country" },
      {
        id: "ana-kolar",
        kind: "person",
        name: "Ana Kolar",
        description: "Castel's State Secretary for Fisheries; Castel co-chair of the Elm River Commission",
      },
      {
        id: "piet-vos",
        kind: "person",
        name: "Piet Vos",
        description:
          "State Secretary at Norvik's Ministry of Transport; Norvik co-chair of the Castel–Norvik Elm River Commission",
      },
      {
        id: "elm-eel",
        kind: "other",
        name: "Elm eel",
        description: "An eel of the Elm river",
        aliases: ["eel"],
      },
      {
        id: "elm-bridge",
        kind: "initiative",
        name: "Elm Bridge",
        description: "A road bridge over the Elm between Norvik and Castel",
      },
    ],
    meetings: [
      {
        id: "elm-talks-2026-03",
        title: "Elm River Commission talks in Port Elm",
        date: "2026-03-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        facts: [
          [
            "eel-fishing-refused",
            "Norvik asked that fishing for eel on the Elm be allowed again from 2028, and the Castel side refused.",
            ["norvik", "castel", "elm-eel"],
            undefined,
            ["request", "refused", "fishing", "reopen"],
          ],
          [
            "vos-bus-quote",
            "Piet Vos said a student who crosses the Elm spends an hour on a bus, and that Norvik wants the train back because the border should take minutes.",
            ["piet-vos", "norvik", "castel"],
            undefined,
            ["said", "quote", "why", "train"],
          ],
          [
            "kolar-fishery-quote",
            "Ana Kolar said Castel will not open a fishery on a fish that is only now being put back into the river, because one good season would undo five years of restocking.",
            ["ana-kolar", "castel", "elm-eel"],
            undefined,
            ["said", "quote", "why", "reason", "refused", "fishing", "reopen"],
          ],
          [
            "farm-refused",
            "Castel refused Norvik's proposal to add a fish farm to the Elm hatchery.",
            ["castel", "norvik"],
            undefined,
            ["refused", "farm"],
          ],
          [
            "bridge-split",
            "For the Elm Bridge Norvik will pay 40 million euros and Castel will pay 25 million euros.",
            ["norvik", "castel", "elm-bridge"],
          ],
          [
            "bridge-extra-open",
            "Who will pay the extra 9 million euros for the Elm Bridge was left open at Port Elm.",
            ["norvik", "castel", "elm-bridge"],
          ],
        ],
      },
    ],
  }),
);

function afterFirst(first: string, next: string) {
  const before = engine.answer(first);
  return engine.answer(next, undefined, before.turn ? { previous: before.turn } : {});
}

describe("'why not?' after a refusal is the refuser's own reason", () => {
  it("answers with the refuser's minister's words filed as the refusal's reason", () => {
    const result = afterFirst("did castel agree to let norvik reopen eel fishing?", "why not?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("undo five years");
    expect(result.answer).not.toContain("Piet Vos");
  });

  it("does not take 'Norvik's proposal to add a farm' as the reason Castel refused it", () => {
    const result = engine.answer("why did castel refuse norvik's fish farm idea for the elm hatchery?");
    expect(result.answer).not.toContain("refused Norvik's proposal");
  });

  it("reads 'the Czechs' as Czechia", () => {
    const result = afterFirst("did the czechs agree to reopen eel fishing on the elm?", "why not?");
    expect(result.reading ?? "").toContain("why did the czechs refuse");
  });

  it("answers 'and Castel?' after what Norvik pays with Castel's share, not the sum left open", () => {
    const result = afterFirst("how much is norvik paying for the elm bridge?", "and castel?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("25 million");
    expect(result.answer).not.toContain("was left open");
  });

  it("still tells what was left open when that is asked", () => {
    const result = engine.answer("what was left open about the elm bridge at port elm?");
    expect(result.answer).toContain("9 million");
  });
});
