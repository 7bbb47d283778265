import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexWords, wordsOf } from "../src/engine/language/normalize.ts";
import { forEachIndexWord, forEachWordNumber, wordOfNumber } from "../src/engine/language/word-table.ts";

/** Text built from the pieces the tokenizer treats specially, ASCII and not. */
const trickyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "Kazakhstan's",
        "KAZAKHSTAN'S",
        "don't",
        "O'Brien",
        "x's",
        "'s",
        "'",
        "News.Az",
        "U.S.",
        "COVID-19",
        "co-operate",
        "COP 29",
        "—",
        "’s",
        "Aliyev’s",
        "Ali\u200byev",
        "Ålesund",
        "…",
        "`",
        ".",
        " ",
        "\t",
        "?",
        "İstanbul",
        "\x0b",
        "\x00",
        "\x7f",
        "a-b",
        "\r\n",
      ),
      fc.string({ unit: "grapheme-ascii", maxLength: 12 }),
      fc.string({ unit: "grapheme", maxLength: 6 }),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(" "));

describe("the word table reads texts as the tokenizer does", () => {
  it("finds the same words and stems as indexWords and wordsOf", () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const found: { word: string; stem: string }[] = [];
        forEachIndexWord(text, (word, stem) => found.push({ word, stem }));
        expect(found).toEqual(indexWords(text));
        const words: string[] = [];
        forEachWordNumber(text, (number) => words.push(wordOfNumber(number)));
        expect(words).toEqual(wordsOf(text));
        // The same words read the slow way (a non-ASCII word sends the text there) have the same
        // numbers. (Not with a backtick: the slow way reads it as an apostrophe.)
        if (text.includes("`")) return;
        const numbers: number[] = [];
        forEachWordNumber(text, (number) => numbers.push(number));
        const slowly: number[] = [];
        forEachWordNumber(`${text} é`, (number) => slowly.push(number));
        expect(slowly.slice(0, -1)).toEqual(numbers);
      }),
      { numRuns: 2_000 },
    );
  });

  it("gives a word one number however it is written, and reads nested texts apart", () => {
    const numbers = (text: string) => {
      const out: number[] = [];
      forEachWordNumber(text, (number) => out.push(number));
      return out;
    };
    expect(numbers("Minister MINISTER minister")).toEqual(Array(3).fill(numbers("minister")[0]));
    expect(numbers("Aliyev's")).toEqual(numbers("aliyev"));
    const outer: string[] = [];
    forEachWordNumber("one two three", (number) => {
      outer.push(wordOfNumber(number));
      forEachWordNumber("four five six seven eight", () => {});
    });
    expect(outer).toEqual(["one", "two", "three"]);
  });
});
