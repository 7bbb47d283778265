/**
 * "Why not?", or a bare "why?", right after "did Castel agree to scrap the border fee?", answered
 * "No: Castel refused to scrap the border fee, saying …": the reason for that refusal, read as "why
 * did Castel refuse to scrap the border fee?" (a bare "why?" is not "why: did Castel agree …?").
 * After an answer that cites no refusal of theirs it is not read so; after no answer at all it is,
 * and is refused unless they did refuse: never with another party's reason.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import {
  madeUpStore,
  norvikAndCastel,
  PORT_ELM_BORDER_FEE,
  PORT_ELM_FEE_REFUSED,
} from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-border-fee-why", {
    outlet: "Elm Gazette",
    title: "Castel keeps its border fee",
    date: "2026-03-12",
    entities: [...norvikAndCastel(), PORT_ELM_BORDER_FEE],
    meetings: [PORT_ELM_FEE_REFUSED],
  }),
);

function afterFirst(first: string, next: string) {
  const before = engine.answer(first);
  return { before, after: engine.answer(next, undefined, before.turn ? { previous: before.turn } : {}) };
}

describe.each(["why not?", "why?"])("'%s' after a no asks why they refused the act", (why) => {
  it("gives the reason the refusal states", () => {
    const { before, after } = afterFirst("did castel agree to scrap the border fee in march?", why);
    expect(before.answer).toMatch(/^No: Castel refused/);
    expect(after.answered).toBe(true);
    expect(after.answer).toContain("road repairs");
    expect(after.reading).toContain("why did castel refuse to scrap the border fee in march?");
  });

  it("never gives another party's reason after a question about one who refused nothing", () => {
    const { before, after } = afterFirst("did norvik agree to scrap the border fee?", why);
    expect(before.answered).toBe(false);
    expect(after.answered).toBe(false);
    expect(after.answer).not.toContain("road repairs");
  });

  it("is not read as a refusal after an answer that cites no refusal", () => {
    const { before, after } = afterFirst("did castel and norvik hold border talks in port elm?", why);
    expect(before.answer).toContain("held border talks");
    expect(after.reading ?? "").not.toContain("refuse");
  });
});
