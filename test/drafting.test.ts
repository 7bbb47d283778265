import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeDraft } from "../src/cli/draft.ts";
import { type Draft, draftArticle } from "../src/drafting/draft.ts";
import { Engine } from "../src/engine/engine.ts";
import { loadDataset, quoteOccursIn } from "../src/engine/load.ts";
import type { Entity, Fact, Source } from "../src/engine/schema.ts";
import { SECOND_EVENT_DIR, SEED_DIR, THIRD_EVENT_DIR } from "./support/engines.ts";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** An article folder of the repository: its text, outlet and date, and what curators wrote for it. */
function article(dir: string) {
  const folder = dir === SEED_DIR ? dir : join(dir, readFirstFolder(dir));
  const source = JSON.parse(readFileSync(join(folder, "source.json"), "utf8")) as Source;
  return {
    text: readFileSync(join(folder, "article.txt"), "utf8"),
    outlet: source.outlet,
    date: source.date,
    curatedFacts: JSON.parse(readFileSync(join(folder, "facts.json"), "utf8")) as Fact[],
    curatedEntities: JSON.parse(readFileSync(join(folder, "entities.json"), "utf8")) as Entity[],
  };
}

function readFirstFolder(dir: string): string {
  const first = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory());
  if (!first) throw new Error(`no folder in ${dir}`);
  return first.name;
}

/** Writes a draft as `npm run facts -- draft` does and loads it with the real loader. */
function engineOf(draft: Draft): Engine {
  const dir = mkdtempSync(join(tmpdir(), "attache-draft-"));
  made.push(dir);
  writeDraft(join(dir, "draft"), draft);
  const loaded = loadDataset(dir);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join("\n"));
  return new Engine(loaded.dataset);
}

const seed = article(SEED_DIR);
const seedDraft = draftArticle({ text: seed.text, outlet: seed.outlet, date: seed.date });
const third = article(THIRD_EVENT_DIR);
const thirdDraft = draftArticle({ text: third.text, outlet: third.outlet, date: third.date });
const second = article(SECOND_EVENT_DIR);
const secondDraft = draftArticle({ text: second.text, outlet: second.outlet, date: second.date });

describe("a drafted article validates as it is", () => {
  it.each([
    ["the seed", seedDraft],
    ["a second article", secondDraft],
    ["a third article", thirdDraft],
  ])("%s: the written folder loads without a problem, every quote verbatim from the text", (_, draft) => {
    expect(() => engineOf(draft)).not.toThrow();
    for (const fact of draft.facts) expect(quoteOccursIn(fact.quote, draft.text), fact.quote).toBe(true);
  });
});

describe("each claim becomes a fact whose statement reads as an answer", () => {
  it("names who did what: pronouns and 'the head of state' become the people they stand for", () => {
    for (const fact of seedDraft.facts) {
      expect(fact.statement, fact.statement).not.toMatch(/^(He|She|They|The head of state)\b/);
    }
    const statements = seedDraft.facts.map((f) => f.statement);
    expect(statements.some((s) => /^Kairat Sarybay highlighted/.test(s))).toBe(true);
  });

  it("answers from the draft alone: who received whom, when, and what an organisation is called", () => {
    const engine = engineOf(seedDraft);
    const received = engine.answer("Who did Ilham Aliyev receive?");
    expect(received.answered).toBe(true);
    expect(received.answer).toContain("Sarybay");
    expect(engine.answer("When did Aliyev receive Sarybay?").answer).toContain("2024");
    expect(engine.answer("Who is Kairat Sarybay?").answer).toContain("Secretary General");
  });

  it("an unseen article, drafted and not edited, answers most questions about it", () => {
    const engine = engineOf(thirdDraft);
    const questions = third.curatedFacts.flatMap((f) => f.questions);
    const answered = questions.filter((q) => engine.answer(q).answered);
    expect(answered.length / questions.length).toBeGreaterThanOrEqual(0.6);
  });

  it("and refuses what the article does not say", () => {
    const engine = engineOf(thirdDraft);
    for (const question of [
      "What is the capital of France?",
      "Who won the 2022 FIFA World Cup?",
      "What is the population of Mongolia?",
      "Who is the president of Chile?",
      "What did Battsetseg discuss with Emmanuel Macron?",
    ]) {
      expect(engine.answer(question).answered, question).toBe(false);
    }
  });
});

describe("entities: the store's are reused, new ones get a guessed kind", () => {
  it("reuses the ids the store already has and writes only the new ones", () => {
    const draft = draftArticle({
      text: seed.text,
      outlet: seed.outlet,
      date: seed.date,
      known: seed.curatedEntities,
    });
    const written = new Set(draft.entities.map((e) => e.id));
    for (const id of ["azerbaijan", "ilham-aliyev", "kairat-sarybay", "cica", "news-az"]) {
      expect(written.has(id), id).toBe(false);
    }
    const used = new Set(draft.facts.flatMap((f) => f.entities));
    for (const id of ["azerbaijan", "ilham-aliyev", "kairat-sarybay", "cica"])
      expect(used.has(id), id).toBe(true);
    expect(draft.report.some((line) => line === "existing entity reused: cica")).toBe(true);
  });

  it("guesses kinds from the text: countries, people with their roles, organisations, places", () => {
    const kind = (draft: Draft, name: string) => draft.entities.find((e) => e.name === name);
    expect(kind(thirdDraft, "Mongolia")?.kind).toBe("country");
    expect(kind(thirdDraft, "Battsetseg Enkhbold")).toMatchObject({
      kind: "person",
      description: "Mongolian Foreign Minister",
    });
    expect(kind(thirdDraft, "Ganbold Dorj")).toMatchObject({
      kind: "person",
      description: "President of Mongolia",
    });
    expect(kind(thirdDraft, "Santiago")?.kind).toBe("place");
    expect(kind(secondDraft, "Veloria")?.kind).toBe("country");
    expect(kind(seedDraft, "Conference on Interaction and Confidence Building in Asia")).toMatchObject({
      kind: "organization",
    });
  });

  it("keeps one entity per name: variants, short forms and acronyms are its aliases", () => {
    const cica = seedDraft.entities.find((e) => e.name.startsWith("Conference on Interaction"));
    expect(cica?.aliases).toEqual(
      expect.arrayContaining(["Council on Interaction and Confidence Building in Asia", "CICA"]),
    );
    const iturra = thirdDraft.entities.find((e) => e.name === "Tomás Iturra Vial");
    expect(iturra?.aliases).toEqual(expect.arrayContaining(["Iturra", "Minister Iturra"]));
    expect(thirdDraft.entities.filter((e) => e.name.includes("Iturra"))).toHaveLength(1);
  });
});

describe("a nationality word links its country", () => {
  it("'Mongolian Foreign Minister' is about Mongolia, once the article names it", () => {
    const role = thirdDraft.facts.find(
      (f) => f.statement === "Battsetseg Enkhbold is Mongolian Foreign Minister.",
    );
    expect(role?.entities).toEqual(["battsetseg-enkhbold", "mongolia"]);
    // A question naming the countries finds the facts that name only their nationalities.
    const engine = engineOf(thirdDraft);
    expect(engine.answer("Which outlet reported the Mongolia-Chile talks?").answer).toContain("Steppe Daily");
  });
});

describe("the event: date, place and participants", () => {
  it("is the first reported meeting, on the article's day, with the people in it and their roles", () => {
    const [event] = thirdDraft.events;
    expect(event?.date).toBe("2024-10-09");
    expect(event?.place).toContain("Ulaanbaatar");
    expect(event?.participants.map((p) => p.entity)).toEqual(["battsetseg-enkhbold", "tomas-iturra-vial"]);
    expect(thirdDraft.facts.every((f) => f.event === event?.id)).toBe(true);
  });

  it("takes the place from a dateline", () => {
    expect(secondDraft.events[0]?.place).toBe("Port Sella");
  });
});

describe("dates: what happened carries the article's day, background does not", () => {
  it("dates claims told in the past; not roles, and not sentences that name their own year", () => {
    const byStatement = (start: string) => thirdDraft.facts.find((f) => f.statement.startsWith(start));
    expect(byStatement("Later the same day, President of Mongolia Ganbold Dorj received")?.date).toBe(
      "2024-10-09",
    );
    expect(byStatement("Ganbold Dorj is President of Mongolia")?.date).toBeUndefined();
    expect(
      byStatement("Diplomatic relations between Mongolia and Chile were established in 1970")?.date,
    ).toBeUndefined();
  });

  it("a full date written in a claim is its date", () => {
    const draft = draftArticle({
      text: "Minister Ana Rivas of Veloria met envoys of Norland in Port Sella on 3 May 2024. The talks covered fishing.",
      outlet: "Example Wire",
      date: "2024-05-06",
    });
    expect(draft.facts.find((f) => f.statement.startsWith("Minister Ana Rivas"))?.date).toBe("2024-05-03");
  });
});

describe("the report says what a human should check", () => {
  it("counts, new entities with how their kind was guessed, references read, made-up acronyms", () => {
    expect(seedDraft.report[0]).toMatch(/^\d+ facts from \d+ of \d+ sentences; \d+ new entities/);
    expect(seedDraft.report).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^new entity kazakhstan: country/),
        expect.stringMatching(/^"He" read as Kairat Sarybay/),
        expect.stringMatching(/^acronyms made up from names .*CICA/),
      ]),
    );
  });
});

describe("a surname alone is the person the article named in full, not whoever the store lists first", () => {
  const person = (id: string, name: string, description: string): Entity => ({
    id,
    kind: "person",
    name,
    aliases: ["Ferrante"],
    description,
  });
  const known = [
    person("marco-ferrante", "Marco Ferrante", "Foreign Minister of Italy"),
    person("luca-ferrante", "Luca Ferrante", "Mayor of Bari"),
  ];
  const saidBy = (draft: Draft, words: string) => draft.facts.find((f) => f.quote.includes(words))?.entities;

  it("two people of the store share 'Ferrante': the one named in full earlier in the article", () => {
    const draft = draftArticle({
      text:
        "BARI, 3 March 2026 — Luca Ferrante, the Mayor of Bari, met port officials on Tuesday. " +
        "Ferrante said the new ferry terminal would open in June.",
      outlet: "Adriatic Wire",
      date: "2026-03-04",
      known,
    });
    const entities = saidBy(draft, "ferry terminal would open");
    expect(entities).toContain("luca-ferrante");
    expect(entities).not.toContain("marco-ferrante");
  });

  it("someone new the article names in full keeps the surname, not a store namesake it never mentions", () => {
    const draft = draftArticle({
      text:
        "ROME, 3 March 2026 — Giulia Ferrante, head of the Italian Port Authority, visited Bari on Tuesday. " +
        "Ferrante said the new ferry terminal would open in June.",
      outlet: "Adriatic Wire",
      date: "2026-03-04",
      known: [known[0]!],
    });
    const giulia = draft.entities.find((e) => e.name === "Giulia Ferrante");
    expect(giulia).toBeDefined();
    const entities = saidBy(draft, "ferry terminal would open");
    expect(entities).toContain(giulia!.id);
    expect(entities).not.toContain("marco-ferrante");
  });
});
