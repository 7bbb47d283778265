import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnswerResult } from "../src/engine/schema.ts";
import { MAX_SUGGESTION_LENGTH, MAX_SUGGESTIONS } from "../src/engine/suggest.ts";
import { engineFrom, SEED_DIR } from "./support/engines.ts";

const engine = engineFrom(SEED_DIR);

/** Text a hostile or careless user might send: unicode of every plane, controls, mentions, markdown. */
const nastyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 10_000 }),
  fc.string({ unit: "binary", maxLength: 10_000 }),
  fc
    .array(
      fc.constantFrom(
        "@everyone",
        "@here",
        "<@123456789012345678>",
        "<@&987654321098765432>",
        "**who**",
        "`chairs`",
        "||cica||",
        "```js\n",
        "\u0000",
        "\u202e",
        "\ud83d\ude00",
        "Z\u0351\u0352\u0353",
        " ",
        "\n",
        "CICA",
        "Aliyev",
        "who",
        "?",
      ),
      { maxLength: 400 },
    )
    .map((parts) => parts.join("")),
);

describe("the engine survives anything a user can type", () => {
  it("never throws and always returns a valid result, for any string up to 10,000 characters", () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const result = engine.answer(text);
        expect(AnswerResult.safeParse(result).success).toBe(true);
        if (!result.answered) expect(result.facts).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps autocomplete within Discord's limits for any input", () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const choices = engine.suggest(text);
        expect(choices.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
        for (const choice of choices) {
          expect(choice.length).toBeGreaterThan(0);
          expect(choice.length).toBeLessThanOrEqual(MAX_SUGGESTION_LENGTH);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("answers the same question the same way however it is padded", () => {
    fc.assert(
      fc.property(fc.constantFrom(" ", "\n", "\t", "  ", "?", "!"), fc.nat(5), (pad, n) => {
        const padded = `${pad.repeat(n)}Who chairs CICA${pad.repeat(n)}`;
        expect(engine.answer(padded).answer).toBe(engine.answer("Who chairs CICA?").answer);
      }),
    );
  });
});
