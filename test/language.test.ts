import { describe, expect, it } from "vitest";
import { canonicalText, stemOf, tokenize } from "../src/engine/language/normalize.ts";
import { damerauLevenshtein, SpellingIndex } from "../src/engine/language/spelling.ts";

const words = (text: string) => tokenize(text).map((t) => t.word);

describe("text is normalised the same way for questions and facts", () => {
  it("folds case, accents, typographic quotes and stray control characters", () => {
    expect(canonicalText("  Azerbaijan’s\u200b  “Café”\n ")).toBe('Azerbaijan\'s "Cafe"');
  });

  it("keeps letter-digit names whole and drops possessives", () => {
    expect(words("COVID-19 and COP29 in Azerbaijan's year")).toEqual([
      "covid19",
      "and",
      "cop29",
      "in",
      "azerbaijan",
      "year",
    ]);
  });

  it("keeps dotted outlet names whole", () => {
    expect(words("News.Az reports.")).toEqual(["news.az", "reports"]);
  });

  it("marks words that look like names", () => {
    const tokens = tokenize("Who chairs ASEAN and what about Macron");
    expect(tokens.filter((t) => t.nameLike).map((t) => t.word)).toEqual(["asean", "macron"]);
  });

  it("gives British and American spellings one key", () => {
    expect(stemOf("organisation")).toBe(stemOf("organization"));
    expect(stemOf("colour")).toBe(stemOf("color"));
    expect(stemOf("discussions")).toBe(stemOf("discussed"));
  });

  it("stems a word that names a member of every object (it once came back as a function)", () => {
    expect(stemOf("constructor")).toBe("constructor");
    expect(stemOf("constructors")).toBe("constructor");
  });
});

describe("typo correction finds the word meant", () => {
  const index = new SpellingIndex();
  for (const w of ["chairs", "secretary", "sarybay", "aliyev", "transportation"]) index.add(w);

  it.each([
    ["chars", "chairs"],
    ["secretery", "secretary"],
    ["sarybai", "sarybay"],
    ["aliev", "aliyev"],
    ["transportaiton", "transportation"],
  ])("%s -> %s", (typo, meant) => {
    expect(index.candidates(typo)[0]?.word).toBe(meant);
  });

  it("does not invent matches for unrelated words", () => {
    expect(index.candidates("population")).toEqual([]);
    expect(index.candidates("zz")).toEqual([]);
  });

  it("counts a transposition as one edit", () => {
    expect(damerauLevenshtein("sraybay", "sarybay", 2)).toBe(1);
  });
});
