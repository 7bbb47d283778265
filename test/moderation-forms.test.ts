import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  emptyValues,
  FACT_FIELDS,
  type FactFormValues,
  factForm,
  formProblems,
  parseFactForm,
  parseSourceLine,
  patchOf,
  readValues,
  splitNames,
  unknownNames,
  valuesFor,
} from "../src/discord/moderation/fact-form.ts";
import { FORM_LIMITS, type FormModel, toDiscordModal } from "../src/discord/moderation/form-model.ts";
import type { Engine } from "../src/engine/engine.ts";
import { openStorage, type Storage } from "../src/storage/index.ts";
import { engineFrom, SEED_DIR } from "./support/engines.ts";

const VALID: FactFormValues = {
  statement: "Azerbaijan and Kazakhstan signed a memorandum on digital cooperation in Astana.",
  entities: "Azerbaijan, Kazakstan",
  source: "Trend News Agency | 2024-05-02 | https://example.org/news/1",
  quote: "signed a memorandum of understanding on digital cooperation",
  reason: "from today's news",
};

let engine: Engine;
let storage: Storage;
let dir: string;
beforeAll(() => {
  engine = engineFrom(SEED_DIR);
  dir = mkdtempSync(join(tmpdir(), "attache-forms-"));
  const opened = openStorage(engine, join(dir, "attache.db"));
  if (!opened.ok) throw new Error(opened.error.message);
  storage = opened.storage;
});
afterAll(() => {
  storage.store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the source line holds outlet, date and link in one field", () => {
  it.each([
    [
      "News.Az | 2024-04-17 | https://news.az/a",
      { outlet: "News.Az", date: "2024-04-17", url: "https://news.az/a" },
    ],
    ["News.Az | 2024-04-17", { outlet: "News.Az", date: "2024-04-17" }],
    [
      "News.Az, 2024-04-17, https://news.az/a",
      { outlet: "News.Az", date: "2024-04-17", url: "https://news.az/a" },
    ],
    ["2024-04-17 Trend News Agency", { outlet: "Trend News Agency", date: "2024-04-17" }],
    ["  Trend |  2024-4-7 |  ", { outlet: "Trend", date: "2024-04-07" }],
    [
      "The Times | 2024-04-17 | https://t.co/x).",
      { outlet: "The Times", date: "2024-04-17", url: "https://t.co/x" },
    ],
  ])("reads %j", (line, parts) => {
    expect(parseSourceLine(line)).toEqual({ parts, problems: [] });
  });

  it.each([
    ["News.Az", ["add the date, written YYYY-MM-DD (e.g. 2025-05-02)"]],
    ["2024-04-17", ["name the outlet (e.g. Example Times)"]],
    ["News.Az | 17 April 2024", ["add the date, written YYYY-MM-DD (e.g. 2025-05-02)"]],
    ["News.Az | 2024-02-30", ["2024-02-30: not a real calendar date"]],
    ["News.Az | 2024-04-17 | 2024-04-18", ["give one date"]],
    ["News.Az | 2024-04-17 | www.news.az", ["write the link in full, starting with https://"]],
    ["A | 2024-04-17 | https://a.org https://b.org", ["give at most one link"]],
    ["", ["add the date, written YYYY-MM-DD (e.g. 2025-05-02)", "name the outlet (e.g. Example Times)"]],
  ])("explains what is wrong with %j", (line, problems) => {
    expect(parseSourceLine(line).problems).toEqual(problems);
  });
});

describe("a submitted form is checked with every problem listed at once", () => {
  it("turns a valid form into the service's input", () => {
    expect(parseFactForm(VALID)).toEqual({
      ok: true,
      input: {
        statement: VALID.statement,
        entities: ["Azerbaijan", "Kazakstan"],
        outlet: "Trend News Agency",
        date: "2024-05-02",
        quote: VALID.quote,
        url: "https://example.org/news/1",
      },
      reason: "from today's news",
    });
  });

  it("lists each empty required field, by the label the moderator sees", () => {
    const parsed = parseFactForm(emptyValues());
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      { field: "statement", message: "write the fact in one sentence" },
      { field: "entities", message: "name at least one person, country or organisation it is about" },
      { field: "source", message: "add the date, written YYYY-MM-DD (e.g. 2025-05-02)" },
      { field: "source", message: "name the outlet (e.g. Example Times)" },
      { field: "quote", message: "quote the words of the source that support the statement" },
    ]);
  });

  it("refuses text over the limits and too many names", () => {
    const parsed = parseFactForm({
      ...VALID,
      statement: "x".repeat(501),
      entities: Array.from({ length: 13 }, (_, i) => `name ${i}`).join(", "),
      quote: "q".repeat(1001),
      reason: "r".repeat(201),
    });
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.field)).toEqual([
      "statement",
      "entities",
      "quote",
      "reason",
    ]);
  });

  it("splits names on commas, semicolons and lines, without blanks or repeats", () => {
    expect(splitNames(" CICA ; Kazakhstan,\nCICA,, ")).toEqual(["CICA", "Kazakhstan"]);
  });

  it("reads inputs missing from a forged submission as empty", () => {
    expect(
      readValues(
        new Map([
          ["statement", "S"],
          ["bogus", "x"],
        ]),
      ),
    ).toEqual({ ...emptyValues(), statement: "S" });
  });

  it("also names the people and places it does not know, when other fields are wrong too", () => {
    const kb = engine.knowledge("G");
    expect(unknownNames(kb, { ...VALID, entities: "Azerbaijan, Sarybai, Narnia" })).toEqual([
      { field: "entities", message: 'unknown entity "Narnia"' },
    ]);
  });
});

describe("the service's problems point at the form's fields", () => {
  it("maps input fields to form fields, with the name typed and the closest candidates", () => {
    const values = { ...VALID, entities: "Azerbaijan, Kazakhztan" };
    expect(
      formProblems(
        [
          { field: "entities[1]", message: "unknown entity", candidates: ["Kazakhstan (kazakhstan)"] },
          { field: "date", message: "not a real calendar date" },
          { field: "url", message: "must be a web address" },
          { field: "quote", message: "too long" },
          { field: "questions[0]", message: "too long" },
          { field: "id", message: 'id "x" is already used' },
        ],
        values,
      ),
    ).toEqual([
      { field: "entities", message: '"Kazakhztan": unknown entity (did you mean Kazakhstan (kazakhstan)?)' },
      { field: "source", message: "date: not a real calendar date" },
      { field: "source", message: "url: must be a web address" },
      { field: "quote", message: "too long" },
      { field: "statement", message: "too long" },
      { field: "form", message: 'id "x" is already used' },
    ]);
  });
});

describe("the edit form is filled with what recreates the fact", () => {
  it("shows names rather than ids, and the citation as one line", () => {
    const input = storage.facts.inputFor("G", "sarybay-is-cica-secretary-general");
    if (!input) throw new Error("no curated fact");
    expect(valuesFor(input, engine.knowledge("G"))).toMatchObject({
      entities: "Kairat Sarybay, Conference on Interaction and Confidence Building in Asia",
      source: "News.Az | 2024-04-17",
      reason: "",
    });
  });

  it("saving an untouched form changes nothing, for every curated fact", () => {
    const actor = { userId: "1", tag: "mod" };
    for (const { fact } of engine.base.allFacts()) {
      const input = storage.facts.inputFor("G", fact.id);
      if (!input) throw new Error(fact.id);
      const parsed = parseFactForm(valuesFor(input, engine.knowledge("G")));
      expect(parsed.ok, fact.id).toBe(true);
      if (!parsed.ok) continue;
      const result = storage.facts.editFact("G", actor, fact.id, patchOf(parsed.input), 1);
      expect(result.ok ? "saved" : result.kind, fact.id).toBe("unchanged");
    }
  });

  it("an emptied link removes the link", () => {
    const parsed = parseFactForm({ ...VALID, source: "Trend News Agency | 2024-05-02" });
    expect(parsed.ok && patchOf(parsed.input).url).toBe("");
  });
});

describe("forms fit Discord's limits", () => {
  const render = (form: FormModel) => toDiscordModal(form).toJSON();

  it("renders five labelled text inputs with the values as typed", () => {
    const json = render(
      factForm({ customId: "atm1:fa", title: "Add a fact", values: VALID, editing: false }),
    );
    expect(json.components).toHaveLength(FORM_LIMITS.fields);
    const inputs = json.components.map((c) => ("component" in c ? c.component : undefined));
    expect(inputs.map((input) => input && "custom_id" in input && input.custom_id)).toEqual([...FACT_FIELDS]);
    expect(inputs.map((input) => input && "value" in input && input.value)).toEqual(
      FACT_FIELDS.map((f) => VALID[f]),
    );
    for (const component of json.components) {
      if (!("label" in component)) throw new Error("expected labels");
      expect(component.label.length).toBeLessThanOrEqual(FORM_LIMITS.label);
      expect(component.description?.length ?? 0).toBeLessThanOrEqual(FORM_LIMITS.description);
    }
  });

  it("shortens a long title and cuts pre-filled text to the input's maximum", () => {
    const json = render(
      factForm({
        customId: "atm1:fe:x:1",
        title: `Edit ${"a-very-long-fact-id-".repeat(4)}`,
        values: { statement: "s".repeat(900) },
        editing: true,
      }),
    );
    expect(json.title.length).toBeLessThanOrEqual(FORM_LIMITS.title);
    const statement = json.components[0];
    expect(
      statement && "component" in statement && "value" in statement.component && statement.component.value,
    ).toHaveLength(500);
  });

  it("refuses more than five fields", () => {
    const field = { id: "a", label: "A", style: "short" as const, required: false, maxLength: 10 };
    expect(() => render({ customId: "x", title: "t", fields: Array(6).fill(field) })).toThrow(
      "1 to 5 fields",
    );
  });
});
