import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../bench/synthetic.ts";
import { KnowledgeBase } from "../src/engine/knowledge.ts";
import { indexWords, phraseKey, stemOf } from "../src/engine/language/normalize.ts";
import { indexWordsOf } from "../src/engine/language/word-table.ts";
import { type Dataset, EntityKind } from "../src/engine/schema.ts";

/**
 * A store's facts loaded at once have their posting lists in one typed array (index/postings.ts):
 * every walk of a stem's facts, and every count, must be what adding them one by one gives, also
 * after facts are removed, replaced and added.
 */
function oneByOne(dataset: Dataset): KnowledgeBase {
  const kb = new KnowledgeBase();
  for (const source of dataset.sources.values()) kb.addSource(source);
  for (const event of dataset.events.values()) kb.addEvent(event);
  for (const entity of dataset.entities.values()) kb.addEntity(entity);
  for (const fact of dataset.facts.values()) kb.addFact(fact);
  return kb;
}

function walk(kb: KnowledgeBase, stem: string, limit = Number.POSITIVE_INFINITY): string[] {
  const seen: string[] = [];
  kb.forEachFactWithStem(stem, (indexed, strength) => {
    seen.push(`${indexed.fact.id}:${strength}`);
    return seen.length < limit;
  });
  return seen;
}

describe("facts loaded at once are found as facts added one by one", () => {
  const { dataset } = syntheticDataset(2_000);
  const loaded = KnowledgeBase.fromDataset(dataset);
  const added = oneByOne(dataset);
  const stems = [
    ...new Set([...loaded.facts.values()].flatMap((indexed) => [...indexed.terms.keys()])),
    "nosuchstem",
    "meet",
  ];

  const same = () => {
    for (const stem of stems) {
      expect(walk(loaded, stem), stem).toEqual(walk(added, stem));
      expect(walk(loaded, stem, 3), stem).toEqual(walk(added, stem, 3));
      expect(loaded.documentFrequency(stem), stem).toBe(added.documentFrequency(stem));
      expect(loaded.knowsStem(stem), stem).toBe(added.knowsStem(stem));
    }
  };

  it("as loaded", same);

  it("after facts are removed, replaced and added", () => {
    const facts = [...dataset.facts.values()];
    for (const kb of [loaded, added]) {
      for (const fact of facts.slice(0, 40)) kb.removeFact(fact.id);
      for (const fact of facts.slice(100, 140))
        kb.addFact({ ...fact, statement: `${fact.statement} Again.` });
      kb.addFact({ ...facts[0]!, id: "fact-new", statement: "A new energy accord was signed." });
    }
    same();
  });

  it("with how strongly each has the stem, a keyword's word less than the statement's", () => {
    // The loaded lists keep each fact's strength beside it: a walk does not read the fact's terms.
    const { dataset: plain } = syntheticDataset(300);
    const facts = new Map(
      [...plain.facts].map(([id, fact], i) => [
        id,
        i % 3 === 0 ? { ...fact, keywords: [...fact.keywords, "maritime boundary"] } : fact,
      ]),
    );
    const withKeywords = { ...plain, facts };
    const [loadedNow, addedNow] = [KnowledgeBase.fromDataset(withKeywords), oneByOne(withKeywords)];
    for (const stem of [stemOf("maritime"), stemOf("boundary"), "meet"]) {
      expect(walk(loadedNow, stem), stem).toEqual(walk(addedNow, stem));
    }
    expect(walk(loadedNow, stemOf("maritime"))).toHaveLength(100);
    expect(walk(loadedNow, stemOf("maritime")).every((seen) => seen.endsWith(":0.9"))).toBe(true);
  });

  it("in a scope on top of them", () => {
    const own = (parent: KnowledgeBase) => {
      const scope = new KnowledgeBase(parent);
      const fact = [...dataset.facts.values()][7]!;
      scope.addFact({ ...fact, statement: `${fact.statement} Edited.` });
      scope.removeFact([...dataset.facts.values()][9]!.id);
      return scope;
    };
    const [a, b] = [own(loaded), own(added)];
    for (const stem of stems) {
      expect(walk(a, stem), stem).toEqual(walk(b, stem));
      expect(a.documentFrequency(stem), stem).toBe(b.documentFrequency(stem));
    }
  });
});

describe("entities' and events' words are read through the word table as the tokenizer reads them", () => {
  const texts = [
    "Kazakhstan's Foreign Minister",
    "O'Brien",
    "News.Az",
    "U.S. Secretary of State",
    "COVID-19 task force",
    "COP 29",
    "Ålesund–Tromsø talks",
    "Aliyev’s envoy",
    "İstanbul . trade . energy",
    "x's",
    "' ",
    "",
  ];

  it("the same words and stems as indexWords", () => {
    for (const text of texts) expect(indexWordsOf(text), text).toEqual(indexWords(text));
  });

  it("a name is found by its phrase key", () => {
    const kb = new KnowledgeBase();
    texts.forEach((name, i) => {
      kb.addEntity({ id: `e${i}`, kind: "person", name, description: name, aliases: [] });
    });
    texts.forEach((name, i) => {
      if (phraseKey(name)) expect(kb.entitiesNamed(phraseKey(name)), name).toEqual([`e${i}`]);
    });
  });
});

describe("a fact's kinds are its entities' kinds, each once, in order of first appearance", () => {
  it("for any order of any kinds", () => {
    const kinds = EntityKind.options;
    const kb = new KnowledgeBase();
    kinds.forEach((kind, i) => {
      kb.addEntity({ id: `k${i}`, kind, name: `Name ${i}`, description: "", aliases: [] });
    });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: kinds.length }), { maxLength: 12 }), (picked) => {
        const entities = picked.map((i) => `k${i}`);
        kb.addFact({ ...syntheticDataset(1).dataset.facts.values().next().value!, id: "f", entities });
        const expected = [...new Set(picked.filter((i) => i < kinds.length).map((i) => kinds[i]!))];
        expect(kb.fact("f")!.kinds).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a name's and a meeting's facts walked by callback are the generators' facts", () => {
  it("in a server's scope that edits, removes and adds facts, stopping where told", () => {
    const { dataset } = syntheticDataset(1_000);
    const base = KnowledgeBase.fromDataset(dataset);
    const scope = new KnowledgeBase(base);
    const facts = [...dataset.facts.values()];
    for (const fact of facts.slice(0, 30)) scope.addFact({ ...fact, statement: `${fact.statement} Edited.` });
    for (const fact of facts.slice(30, 60)) scope.removeFact(fact.id);
    scope.addFact({ ...facts[61]!, id: "fact-own", statement: "Another accord was discussed." });
    const visited = (
      visit: (found: (indexed: { fact: { id: string } }) => boolean) => boolean,
      limit: number,
    ) => {
      const seen: string[] = [];
      const whole = visit((indexed) => {
        seen.push(indexed.fact.id);
        return seen.length < limit;
      });
      return { seen, whole };
    };
    for (const kb of [base, scope]) {
      for (const limit of [Number.POSITIVE_INFINITY, 2]) {
        for (const entity of dataset.entities.keys()) {
          const all = [...kb.factsAbout(entity)].map((indexed) => indexed.fact.id);
          const walked = visited((found) => kb.visitFactsAbout(entity, found), limit);
          expect(walked.seen).toEqual(all.slice(0, limit));
          expect(walked.whole).toBe(all.length < limit);
        }
        for (const event of dataset.events.keys()) {
          const all = [...kb.factsOfEventVisible(event)].map((indexed) => indexed.fact.id);
          const walked = visited((found) => kb.visitFactsOfEvent(event, found), limit);
          expect(walked.seen).toEqual(all.slice(0, limit));
          expect(walked.whole).toBe(all.length < limit);
        }
      }
    }
  });
});
