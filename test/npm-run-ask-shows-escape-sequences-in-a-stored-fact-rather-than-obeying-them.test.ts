/**
 * The engine loads curated data as it is (validate is what checks it), so a statement saved with
 * "\u001b[2J" in it was printed by `npm run ask` as it was: answering cleared the terminal. The
 * answer, its source and its quote are shown with control characters as escapes, each line still
 * its own line.
 */
import { describe, expect, it } from "vitest";
import { formatAnswerText } from "../src/cli/format.ts";
import type { AnswerResult } from "../src/engine/schema.ts";

describe("npm run ask on a stored fact holding an escape sequence", () => {
  it("prints the escape sequence as text and keeps the answer's lines", () => {
    const text = formatAnswerText({
      answered: true,
      answer: "Ilham Aliyev. Ilham Aliy\u001b[2Jev is the President.\nSecond line",
      facts: [
        {
          id: "f",
          statement: "Ilham Aliyev is the President.",
          source: { outlet: "News\u202E.Az", title: "t", date: "2024-04-17", quote: "the \u0007President" },
        },
      ],
      suggestions: [],
    } as unknown as AnswerResult);
    expect(text.split("\n")).toEqual([
      String.raw`Ilham Aliyev. Ilham Aliy\u001B[2Jev is the President.`,
      "Second line",
      "",
      String.raw`Source: News\u202E.Az, 17 April 2024`,
      String.raw`  “the \u0007President”`,
    ]);
  });
});
