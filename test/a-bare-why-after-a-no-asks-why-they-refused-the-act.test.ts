/**
 * A bare "why?" right after "did Castel agree to scrap the border fee?", answered "No: Castel
 * refused …", asks what "why not?" asks: the reason for that refusal ("why did Castel refuse to
 * scrap the border fee?"), not "why: did Castel agree …?", which asks of nothing. After a yes it is
 * left as it was.
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
  madeUpStore("elm-gazette-border-fee-bare-why", {
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

describe("a bare 'why?' after a no asks why they refused the act", () => {
  it("gives the reason the refusal states", () => {
    const { before, after } = afterFirst("did castel agree to scrap the border fee in march?", "why?");
    expect(before.answer).toMatch(/^No: Castel refused/);
    expect(after.answered).toBe(true);
    expect(after.answer).toContain("road repairs");
    expect(after.reading).toContain("why did castel refuse to scrap the border fee in march?");
  });

  it("is not read as a refusal after an answer that cites no refusal", () => {
    const { before, after } = afterFirst("did castel and norvik hold border talks in port elm?", "why?");
    expect(before.answer).toContain("held border talks");
    expect(after.reading ?? "").not.toContain("refuse");
  });
});
