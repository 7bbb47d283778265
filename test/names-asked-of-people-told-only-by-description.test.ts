/**
 * "What are the names of the five Lady Shanice fishermen?" asks for names: a fact that speaks of
 * "the five Lady Shanice fishermen" and names none of them does not give them, though the words
 * before "fishermen" are capitalised (they say which fishermen, they are not their names). Asked
 * in the plural as in the singular, and of every fact the answer would give.
 */
import { describe, expect, it } from "vitest";
import { nameNotGiven } from "../src/engine/verify.ts";

describe("names asked of people the store tells of only by description", () => {
  it("reads 'names of' as 'name of'", () => {
    expect(
      nameNotGiven(
        "what are the names of the detained fishermen?",
        "Castel refused to release the detained fishermen until a fine is paid.",
      ),
    ).toBe(true);
  });

  it("does not take the capitalised words that say which ones for their names", () => {
    expect(
      nameNotGiven(
        "what are the names of the five Sea Star fishermen?",
        "Castel refused to release the five Sea Star fishermen until a fine of 25,000 dollars is paid.",
      ),
    ).toBe(true);
  });

  it("takes names given beside the description as given", () => {
    expect(
      nameNotGiven(
        "what are the names of the five Sea Star fishermen?",
        "The five Sea Star fishermen, Ana Ruiz among them, were freed on Monday.",
      ),
    ).toBe(false);
  });
});
