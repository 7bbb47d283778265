import { describe, expect, it } from "vitest";
import { clip } from "../src/engine/suggest.ts";
import { engineFrom, SEED_DIR } from "./support/engines.ts";

const engine = engineFrom(SEED_DIR);

describe("autocomplete suggests questions and facts as the member types", () => {
  it("offers questions before anything is typed", () => {
    const choices = engine.suggest("");
    expect(choices.length).toBeGreaterThan(3);
    expect(choices[0]).toMatch(/\?$/);
  });

  it("completes the word being typed", () => {
    expect(engine.suggest("who ch")).toContain("Who chairs CICA?");
    expect(engine.suggest("what did sarybay con")[0]).toBe("What did Sarybay congratulate Azerbaijan on?");
  });

  it("finds names typed with a slip", () => {
    expect(engine.suggest("sarybai")).toContain("Who is Kairat Sarybay?");
    expect(engine.suggest("aliev")).toContain("Who is Ilham Aliyev?");
  });

  it("offers fact statements too", () => {
    expect(
      engine.suggest("green transportation").some((s) => s.startsWith("The meeting discussed the green")),
    ).toBe(true);
  });

  it("suggests only things the engine can answer when the suggestion is a question", () => {
    for (const choice of engine.suggest("").filter((s) => s.endsWith("?"))) {
      expect(engine.answer(choice).answered, choice).toBe(true);
    }
  });
});

describe("long suggestions are shortened at a word boundary", () => {
  it("keeps short text as it is", () => expect(clip("Who chairs CICA?")).toBe("Who chairs CICA?"));
  it("cuts long text to 100 characters with an ellipsis", () => {
    const clipped = clip("word ".repeat(40));
    expect(clipped.length).toBeLessThanOrEqual(100);
    expect(clipped.endsWith("…")).toBe(true);
  });
});
