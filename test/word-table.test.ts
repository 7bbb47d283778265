import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../bench/synthetic.ts";
import { KnowledgeBase } from "../src/engine/knowledge.ts";
import { indexWords, tokenize, wordsOf } from "../src/engine/language/normalize.ts";
import { forEachIndexWord, forEachWordNumber, wordOfNumber } from "../src/engine/language/word-table.ts";
import type { Fact } from "../src/engine/schema.ts";
import {
  namePositions,
  statementHasAnyOf,
  textHasAnyWord,
  textHasWordsInRow,
  wordsToFind,
} from "../src/engine/token-cache.ts";

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

describe("checks on a fact's words without its tokens", () => {
  const wordsOfTokens = (text: string) => tokenize(text).map((token) => token.word);

  it("finds words in a row and any of a set exactly where the tokens have them", () => {
    fc.assert(
      fc.property(
        trickyText,
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom("non", "had", "kazakhstan", "s", "covid19", "news.az", "to", "dont"), {
          maxLength: 3,
        }),
        (text, picks, extra) => {
          const words = wordsOfTokens(text);
          // Runs taken from the text itself (found) and shifted or padded (mostly not found).
          const start = words.length > 0 ? picks[0]! % words.length : 0;
          const runs = [
            words.slice(start, start + picks.length),
            [...words.slice(start, start + picks.length - 1), ...extra],
            extra,
            [],
          ];
          for (const run of runs) {
            expect(textHasWordsInRow(text, run)).toBe(namePositions(tokenize(text), run).length > 0);
          }
          const set = new Set([...extra, ...words.filter((_, i) => picks.includes(i))]);
          expect(textHasAnyWord(text, set)).toBe(words.some((word) => set.has(word)));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("keeps what a fact's statement has per set of words, as its tokens say", () => {
    const fact = { statement: "Brazil, a non-permanent member, had signed it on Kazakhstan's behalf." };
    const indexed = { fact: fact as Fact, statementWords: 0 };
    const non = wordsToFind(["non"]);
    const had = wordsToFind(["had", "has"]);
    const missing = wordsToFind(["never", "not"]);
    expect(statementHasAnyOf(indexed, non)).toBe(true);
    expect(statementHasAnyOf(indexed, had)).toBe(true);
    expect(statementHasAnyOf(indexed, missing)).toBe(false);
    expect(textHasWordsInRow(fact.statement, ["on", "kazakhstan", "behalf"])).toBe(true);
    expect(textHasWordsInRow(fact.statement, ["non", "member"])).toBe(false);
    // Read once for every set: what it has is kept with the fact's record, not read again.
    expect(indexed.statementWords).not.toBe(0);
    fact.statement = "Nothing of the kind.";
    expect(statementHasAnyOf(indexed, non)).toBe(true);
    expect(statementHasAnyOf(indexed, missing)).toBe(false);
    // A set made after the statement was read reads it again (here, the changed one).
    const nothing = wordsToFind(["nothing"]);
    expect(statementHasAnyOf(indexed, nothing)).toBe(true);
  });

  it("gives a store's facts, marked as they are indexed, what reading their statements gives", () => {
    // Sets made before the store is built are marked at indexing; one made after is read on first use.
    const before = [["not", "never"], ["host"], ["signed", "agreed"]].map(wordsToFind);
    const { dataset } = syntheticDataset(300, 7);
    const kb = KnowledgeBase.fromDataset(dataset);
    const after = wordsToFind(["the", "minister"]);
    let marked = 0;
    for (const indexed of kb.allFacts()) {
      if (indexed.statementWords !== 0) marked++;
      for (const set of [...before, after]) {
        expect(statementHasAnyOf(indexed, set)).toBe(textHasAnyWord(indexed.fact.statement, set.words));
      }
    }
    expect(marked).toBe(dataset.facts.size);
  });

  it("finds a fact's words for every set as each set alone finds them", () => {
    const sets = [["non"], ["had", "has"], ["to"], ["not", "never", "no"], ["by", "was", "can"]].map(
      wordsToFind,
    );
    fc.assert(
      fc.property(trickyText, (text) => {
        const indexed = { fact: { statement: text } as Fact, statementWords: 0 };
        for (const set of sets) expect(statementHasAnyOf(indexed, set)).toBe(textHasAnyWord(text, set.words));
      }),
      { numRuns: 500 },
    );
  });
});
