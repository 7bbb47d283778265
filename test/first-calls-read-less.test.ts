import { beforeEach, describe, expect, it, vi } from "vitest";

// Every text read word by word is counted: what a question's first call tokenises (and keeps),
// its repeats find made. The checks below need each text only where the words they look for are.
vi.mock("../src/engine/language/normalize.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../src/engine/language/normalize.ts")>();
  return { ...original, tokenize: vi.fn(original.tokenize) };
});

import { describedEntities } from "../src/engine/compose.ts";
import { KnowledgeBase } from "../src/engine/knowledge.ts";
import { tokenize } from "../src/engine/language/normalize.ts";
import type { Dataset, Entity, Fact } from "../src/engine/schema.ts";
import { score, scoringContext } from "../src/engine/score.ts";
import { givesReason } from "../src/engine/score-reason.ts";
import { factSequences } from "../src/engine/token-cache.ts";
import { understand } from "../src/engine/understand.ts";
import { applyProximity } from "../src/engine/word-order.ts";

const read = vi.mocked(tokenize);
const texts = () => read.mock.calls.map(([text]) => text);

const person = (id: string, name: string, description: string): Entity => ({
  id,
  kind: "person",
  name,
  description,
  aliases: [],
});
const country = (id: string, name: string): Entity => ({
  id,
  kind: "country",
  name,
  description: "A country",
  aliases: [],
});
const fact = (id: string, statement: string, entities: string[], keywords: string[] = []): Fact => ({
  id,
  statement,
  entities,
  event: "event-1",
  source: "source-1",
  quote: statement,
  keywords,
  questions: [],
});

/** A store made afresh (its records new, so nothing read for another test is kept for them). */
const store = (): KnowledgeBase => {
  const entities = [
    country("country-1", "Velmora"),
    country("country-2", "Tarquay"),
    person("person-1", "Ilsa Varden", "Ambassador of Velmora"),
    person("person-2", "Oren Malk", "Foreign Minister of Tarquay"),
    person("person-3", "Pia Sorell", "President of Tarquay"),
  ];
  const facts = [
    fact("fact-1", "Ilsa Varden met Oren Malk in Tarquay.", ["person-1", "person-2", "country-2"]),
    fact(
      "fact-2",
      "Oren Malk discussed the water accord with Pia Sorell.",
      ["person-2", "person-3"],
      ["ratify"],
    ),
  ];
  const dataset: Dataset = {
    sources: new Map([
      [
        "source-1",
        {
          id: "source-1",
          outlet: "The Courier",
          title: "Talks",
          date: "2025-03-01",
          textFile: "a.txt",
          text: "",
        },
      ],
    ]),
    entities: new Map(entities.map((e) => [e.id, e])),
    events: new Map([
      [
        "event-1",
        {
          id: "event-1",
          title: "Talks in Tarquay",
          date: "2025-03-01",
          participants: [{ entity: "person-1" }, { entity: "person-2" }],
          summary: "Talks in Tarquay.",
          topics: [],
          source: "source-1",
        },
      ],
    ]),
    facts: new Map(facts.map((f) => [f.id, f])),
  };
  return KnowledgeBase.fromDataset(dataset);
};

describe("a question's first call reads word by word only the texts that can hold what it looks for", () => {
  let kb = store();
  const indexed = (id: string) => kb.fact(id)!;

  beforeEach(() => {
    kb = store();
    read.mockClear();
  });

  it("reads a quote that repeats its statement once, for both", () => {
    const repeated = fact("fact-9", "Pia Sorell welcomed the accord.", ["person-3"]);
    const [statement, quote] = factSequences(repeated);
    expect(quote).toBe(statement);
    expect(texts()).toEqual(["Pia Sorell welcomed the accord."]);
  });

  it("'who is the ambassador of Tarquay?': no sentence or title without the word 'ambassador' is read", () => {
    const { plan } = understand("who is the ambassador of Tarquay", kb);
    // Fact 2 and its two people (a foreign minister, a president) have no "ambassador" anywhere.
    read.mockClear();
    expect(describedEntities(plan, indexed("fact-2"), kb)).toEqual([]);
    expect(texts()).toEqual([]);
    // Fact 1 names an ambassador (of Velmora, not Tarquay): her title is read, and still says no.
    expect(describedEntities(plan, indexed("fact-1"), kb)).toEqual([]);
    expect(texts()).toContain("Ilsa Varden");
    expect(texts()).not.toContain("Foreign Minister of Tarquay");
    // And the one whose title says it is still found by it.
    const velmora = understand("who is the ambassador of Velmora", kb).plan;
    expect(describedEntities(velmora, indexed("fact-1"), kb).map((e) => e.id)).toEqual(["person-1"]);
  });

  it("a pair asked ('ambassador of Tarquay') is looked for only in the texts that have its word", () => {
    const { plan } = understand("who is the ambassador of Tarquay", kb);
    const context = scoringContext(plan, kb, undefined);
    const match = score(plan, indexed("fact-2"), kb, context);
    const before = match.coverage;
    read.mockClear();
    applyProximity(plan, match, kb, context);
    // Nothing in fact 2 says "ambassador": no text of it is read, and the pair is still not supported.
    expect(texts()).toEqual([]);
    expect(match.coverage).toBeLessThanOrEqual(before);
  });

  it("'why did Oren Malk ratify …?': the keywords are looked up in the fact's terms, not read", () => {
    const { plan } = understand("Why did Oren Malk ratify the water accord?", kb);
    const acts = plan.terms.filter((t) => t.word === "ratify");
    expect(acts).toHaveLength(1);
    factSequences(indexed("fact-2").fact);
    read.mockClear();
    givesReason(plan, acts, indexed("fact-2"), kb);
    expect(texts()).not.toContain("ratify");
  });
});
