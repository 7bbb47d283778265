import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataset } from "../src/engine/load.ts";
import { DATA_DIR, SECOND_EVENT_DIR, SEED_DIR } from "./support/engines.ts";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the second-event fixture, with `edit` applied to its JSON files. */
function fixtureWith(edit: (files: Record<string, unknown[] | Record<string, unknown>>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "attache-loader-"));
  made.push(dir);
  cpSync(SECOND_EVENT_DIR, dir, { recursive: true });
  const folder = join(dir, "harbor-gazette-2025-03-02");
  const names = ["source.json", "entities.json", "events.json", "facts.json"];
  const files = Object.fromEntries(names.map((n) => [n, JSON.parse(readFileSync(join(folder, n), "utf8"))]));
  edit(files);
  for (const name of names) writeFileSync(join(folder, name), JSON.stringify(files[name], null, 2));
  return dir;
}

function problemsOf(dir: string) {
  const result = loadDataset(dir);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

describe("the curated data loads cleanly", () => {
  it("loads everything in data/ with no problem", () => {
    const result = loadDataset(DATA_DIR);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("loads the seed article completely", () => {
    const result = loadDataset(SEED_DIR);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.sources.size).toBe(1);
    expect(result.dataset.events.size).toBe(1);
    expect(result.dataset.facts.size).toBeGreaterThanOrEqual(20);
  });

  it("keeps the page chrome out of the article text and the outlet's attribution in", () => {
    const result = loadDataset(SEED_DIR);
    if (!result.ok) throw new Error("data must load");
    const text = [...result.dataset.sources.values()][0]!.text;
    expect(text).not.toMatch(/16 px|↺/);
    expect(text).toContain("News.Az reports");
  });
});

describe("broken data is refused with every problem located", () => {
  it("reports a file that is not JSON", () => {
    const dir = fixtureWith(() => {});
    writeFileSync(join(dir, "harbor-gazette-2025-03-02", "events.json"), "[{ nope");
    const problems = problemsOf(dir);
    expect(problems[0]?.file).toMatch(/events\.json$/);
    expect(problems[0]?.message).toMatch(/not valid JSON/);
  });

  it("reports all problems at once, each with its file and JSON path", () => {
    const dir = fixtureWith((files) => {
      const facts = files["facts.json"] as Record<string, unknown>[];
      facts[0]!.entities = ["atlantis"];
      facts[1]!.quote = "words that are not in the article";
      facts[2]!.id = facts[3]!.id;
      facts[4]!.date = "2025-02-30";
      facts[5]!.event = "no-such-event";
      const entities = files["entities.json"] as Record<string, unknown>[];
      entities[1]!.aliases = ["Veloria"];
    });
    const problems = problemsOf(dir);
    const located = problems.map((p) => `${p.file.split("/").pop()} ${p.path}: ${p.message}`);
    expect(located).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^facts\.json \$\[0\]\.entities\[0\]: unknown entity "atlantis"/),
        expect.stringMatching(/^facts\.json \$\[1\]\.quote: quote does not occur/),
        expect.stringMatching(/^facts\.json \$\[3\]\.id: duplicate id/),
        expect.stringMatching(/^facts\.json \$\[4\]\.date: not a real calendar date/),
        expect.stringMatching(/^facts\.json \$\[5\]\.event: unknown event "no-such-event"/),
        expect.stringMatching(
          /^entities\.json \$\[1\]\.aliases\[0\]: "Veloria" names both "veloria" and "norland"/,
        ),
      ]),
    );
  });

  it("refuses a fact dated after its article was published", () => {
    const dir = fixtureWith((files) => {
      (files["facts.json"] as Record<string, unknown>[])[0]!.date = "2025-04-01";
    });
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({
        path: "$[0].date",
        message: expect.stringMatching(/^date 2025-04-01 is after its source was published \(2025-03-02\)/),
      }),
    ]);
  });

  it("reports a malformed source date once, without knock-on complaints about facts citing it", () => {
    const dir = fixtureWith((files) => {
      (files["source.json"] as Record<string, unknown>).date = "March 2025";
    });
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: "$.date", message: "dates are written YYYY-MM-DD" });
  });

  it("rejects unknown fields rather than ignoring a typo", () => {
    const dir = fixtureWith((files) => {
      (files["facts.json"] as Record<string, unknown>[])[0]!.statment = "typo";
    });
    expect(problemsOf(dir).some((p) => p.path === "$[0]" && /statment/.test(p.message))).toBe(true);
  });

  it("refuses a folder with no sources, and a missing folder", () => {
    const empty = mkdtempSync(join(tmpdir(), "attache-empty-"));
    made.push(empty);
    expect(problemsOf(empty)[0]?.message).toMatch(/no source\.json/);
    expect(problemsOf(join(empty, "missing"))[0]?.message).toMatch(/not found/);
  });

  it("accepts typographic quote marks in a quote", () => {
    const dir = fixtureWith((files) => {
      const facts = files["facts.json"] as Record<string, unknown>[];
      facts[6]!.quote = "Ilsa Marrow called the accord “a model for every shared lake in the region”";
    });
    expect(loadDataset(dir).ok).toBe(true);
  });
});
