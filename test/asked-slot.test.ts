import { describe, expect, it } from "vitest";
import { isKindOf, namesAgent } from "../src/engine/language/thesaurus.ts";
import {
  combinedDataDir,
  EIGHTEENTH_EVENT_DIR,
  engineFrom,
  FOURTH_EVENT_DIR,
  SECOND_EVENT_DIR,
  THIRD_EVENT_DIR,
} from "./support/engines.ts";

describe("a fact must hold the thing a which/what/how-many question asks for", () => {
  const eighteenth = engineFrom(combinedDataDir(EIGHTEENTH_EVENT_DIR));

  it("refuses a kind of fee the facts never speak of, though they speak of other fees", () => {
    const result = eighteenth.answer("what visa fee do nepali students pay in bhutan?");
    expect(result.answered).toBe(false);
  });

  it("still answers a thing asked by a general word the fact says in its own ('what documents' by a memorandum)", () => {
    const fourth = engineFrom(combinedDataDir(SECOND_EVENT_DIR, THIRD_EVENT_DIR, FOURTH_EVENT_DIR));
    const result = fourth.answer("What documents did Ghana and Japan sign in Accra?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("memorandum");
  });

  it("reads 'whats the name of' as asking a name: a hospital the facts never name is refused", () => {
    const result = eighteenth.answer("whats the name of the regional hospital in gelephu?");
    expect(result.answered).toBe(false);
  });
});

describe("WordNet says which words name a kind of the thing asked, and which ask for someone", () => {
  it("a tanker is a vessel, a memorandum is none", () => {
    expect(isKindOf("tanker", "vessel")).toBe(true);
    expect(isKindOf("memorandum", "vessel")).toBe(false);
  });

  it("companies and officials are someone to name, documents and grounds are not", () => {
    expect(namesAgent("companies")).toBe(true);
    expect(namesAgent("official")).toBe(true);
    expect(namesAgent("documents")).toBe(false);
    expect(namesAgent("grounds")).toBe(false);
  });
});
