/**
 * A handover said in the passive ("he was succeeded on 1 October by Odessa Trotman-Vidal") runs
 * from the one succeeded to the one who succeeds, as "Trotman-Vidal succeeded him" does.
 * Asked of the Grenada–Dominica housing fund story alone.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";

const engine = engineFrom(join(import.meta.dirname, "fixtures", "twentieth-event"));

describe("a handover said in the passive", () => {
  it("names the successor for 'who succeeded …?'", () => {
    const result = engine.answer("who succeeded haldane pierrepont?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Odessa Trotman-Vidal\./);
  });

  it("gives the post's holder now as the successor, not the one who retired", () => {
    const result = engine.answer("who heads the windward development bank now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Odessa Trotman-Vidal\./);
  });

  it("answers 'before' with the fact of the one succeeded", () => {
    const result = engine.answer("who was the head of the windward development bank before trotman-vidal?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Haldane Pierrepont/);
  });
});
