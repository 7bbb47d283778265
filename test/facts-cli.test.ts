import { execFile } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { plural } from "../src/cli/format.ts";
import { exportOverlay } from "../src/storage/overlay-file.ts";
import { FIXTURES, openOrThrow, ROOT, tempDirs } from "./fixtures/storage/support.ts";
import { DATA_DIR, engineFrom, SEED_DIR } from "./support/engines.ts";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const CLI = join(ROOT, "src", "cli", "facts.ts");
const OVERLAY_DIR = join(FIXTURES, "overlay");
const BROKEN_DIR = join(FIXTURES, "broken");
const NEW_FACT = "azerbaijan-kazakhstan-digital-memorandum";
/** Server ids shaped like Discord's (the command line refuses any other). */
const GUILD_A = "111111111111111111";
const GUILD_B = "222222222222222222";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command line in a child process (node + tsx, as `npm run facts` does). */
function facts(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", CLI, ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_PATH: "", ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe.concurrent("npm run facts", () => {
  it("validate: lists every problem of a broken folder with file and JSON path, exit 1", async () => {
    const run = await facts(["validate", BROKEN_DIR]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    const at = (file: string, path: string) => `test/fixtures/storage/broken/${file} ${path}:`;
    expect(lines.map((line) => line.slice(0, line.indexOf(":") + 1))).toEqual([
      at("one/entities.json", "$"),
      at("one/events.json", "$"),
      at("one/facts.json", "$"),
      at("two/events.json", "$"),
      at("one/source.json", "$.date"),
      at("two/entities.json", "$[1].kind"),
      at("two/facts.json", "$[0].id"),
      at("two/facts.json", "$[1].entities[1]"),
      at("two/facts.json", "$[2].quote"),
    ]);
    expect(run.stdout).toContain('unknown entity "zeta"');
    expect(run.stdout).toContain("one/facts.json $: facts.json is missing");
    expect(run.stderr.trim()).toBe("error: test/fixtures/storage/broken has 9 problems");
  });

  it("validate (through npm, as documented): counts the curated data", async () => {
    const run = await new Promise<Run>((resolve) => {
      execFile(
        "npm",
        ["run", "--silent", "facts", "--", "validate"],
        { cwd: ROOT },
        (error, stdout, stderr) => resolve({ code: error ? 1 : 0, stdout, stderr }),
      );
    });
    expect(run.code).toBe(0);
    // Whatever articles curators have added: the counts are the loader's.
    const stats = engineFrom(DATA_DIR).stats();
    const [counts, questions] = run.stdout.split("\n");
    expect(counts).toBe(
      `ok: data: ${plural(stats.sources, "source")}, ${plural(stats.entities, "entity", "entities")}, ` +
        `${plural(stats.events, "event")}, ${plural(stats.facts, "fact")}`,
    );
    // Every question curators offer is answered (npm test holds them to it).
    expect(questions).toMatch(/^curator questions: (\d+) of \1 answered$/);
  });

  it("import DIR --guild, export, history, and export → import into another server", async () => {
    const dir = dirs.make();
    const db = join(dir, "attache.db");
    const imported = await facts(["import", OVERLAY_DIR, "--guild", GUILD_A, "--db", db, "--reason", "seed"]);
    // The first write makes the database, and says so.
    expect(imported.stderr).toBe(`note: created a new database ${db}\n`);
    expect(imported.stdout).toBe(`imported into guild ${GUILD_A}: 1 fact, 1 source\n`);
    expect(imported.code).toBe(0);

    const exported = await facts(["export", "--guild", GUILD_A, "--db", db]);
    expect(exported.code).toBe(0);
    const document = JSON.parse(exported.stdout);
    expect(document.facts.map((f: { id: string }) => f.id)).toEqual([NEW_FACT]);
    expect(document.sources[0].text).toContain("memorandum of understanding");

    // DATABASE_PATH is honoured when --db is left out.
    const history = await facts(["history", NEW_FACT, "--guild", GUILD_A], { DATABASE_PATH: db });
    expect(history.code).toBe(0);
    expect(history.stdout).toMatch(/revision 1, active/);
    expect(history.stdout).toMatch(/r1 {2}import .* by cli:/);
    expect(history.stdout).toContain("reason: seed");

    const file = join(dir, "overlay-111.json");
    writeFileSync(file, exported.stdout);
    const copy = await facts(["import", file, "--guild", GUILD_B, "--db", db]);
    expect(copy.stdout).toBe(`imported into guild ${GUILD_B}: 1 fact, 1 source\n`);
    const store = openOrThrow(db);
    const second = exportOverlay(store, GUILD_B, new Date());
    store.close();
    expect({ ...second, guild: GUILD_A, exportedAt: document.exportedAt }).toEqual(document);
  });

  it("a broken import is refused whole, every problem named by file and JSON path", async () => {
    const dir = dirs.make();
    const db = join(dir, "attache.db");
    const folder = join(dir, "overlay");
    cpSync(OVERLAY_DIR, folder, { recursive: true });
    const factsFile = join(folder, "trend-2024-05-02", "facts.json");
    const records = JSON.parse(readFileSync(factsFile, "utf8"));
    records[0].quote = "a quote the article does not have";
    records.push({ ...records[0], id: "second", quote: "Astana", entities: ["kazakstan-typo"] });
    writeFileSync(factsFile, JSON.stringify(records));
    const run = await facts(["import", folder, "--guild", GUILD_A, "--db", db]);
    expect(run.code).toBe(1);
    const shown = join(folder, "trend-2024-05-02", "facts.json");
    expect(run.stdout.trim().split("\n")).toEqual([
      `${shown} $[0].quote: quote does not occur in the text of source "trend-2024-05-02-digital-memorandum"`,
      `${shown} $[1].entities[0]: unknown entity "kazakstan-typo"`,
    ]);
    expect(run.stderr).toMatch(/has 2 problems; nothing was imported\n$/);
    const store = openOrThrow(db);
    expect(store.overlays.records()).toEqual([]);
    expect(store.overlays.sources()).toEqual([]);
    store.close();
  });

  it("a corrupt database: one line naming the file, exit 1, file unchanged", async () => {
    const db = join(dirs.make(), "attache.db");
    const garbage = Buffer.from("definitely not sqlite\n".repeat(100));
    writeFileSync(db, garbage);
    const run = await facts(["export", "--guild", GUILD_A, "--db", db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `error: database ${db}: the file is not a SQLite database; it was left untouched\n`,
    );
    expect(readFileSync(db).equals(garbage)).toBe(true);
  });

  it("export without --guild prints the base; import without --guild only checks and explains", async () => {
    const dir = dirs.make();
    const run = await facts(["export"]);
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(Object.keys(document)).toEqual(
      expect.arrayContaining(["sources", "entities", "events", "facts", "aliases", "removedFacts"]),
    );
    expect(document.sources[0].text).toContain("Aliyev");

    const file = join(dir, "base.json");
    document.facts.push({ ...document.facts[0], id: "one-more", statement: "One more fact." });
    writeFileSync(file, JSON.stringify(document));
    const db = join(dir, "never.db");
    const check = await facts(["import", file, "--db", db]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/is valid and could be imported \(1 fact, \d+ unchanged\)/);
    expect(check.stdout).toContain("curated base is edited as files in data/");
    expect(existsSync(db)).toBe(false);
  });

  it("usage errors exit 2; other errors are one line and exit 1", async () => {
    const [unknown, noDb] = await Promise.all([
      facts(["frobnicate"]),
      facts(["history", "x", "--guild", GUILD_A, "--db", join(dirs.make(), "none.db")]),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error: unknown command "frobnicate"\nusage:/);
    expect(noDb.code).toBe(1);
    expect(noDb.stderr).toMatch(/^error: database .*none\.db does not exist\n$/);
  });
});

// One at a time: each runs the command line, and the concurrent block above already fills two cores.
describe("npm run facts -- validate tells curators what is missing and what is answered", () => {
  it("validate: names a source folder's missing facts.json in one line instead of counting 0 facts", async () => {
    const dir = dirs.make();
    cpSync(SEED_DIR, join(dir, "seed"), { recursive: true });
    rmSync(join(dir, "seed", "facts.json"));
    const run = await facts(["validate", dir]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    expect(run.stdout).toMatch(/seed\/facts\.json \$: facts\.json is missing/);
    expect(run.stderr.trim()).toMatch(/has 1 problem$/);
  });

  it("validate --data-only: checks the files and asks the engine nothing (for blind question writers)", async () => {
    const run = await facts(["validate", SEED_DIR, "--data-only"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    expect(run.stdout).toMatch(/^ok: .*facts\n$/);
    expect(run.stdout).not.toMatch(/curator questions/);
  });

  it("validate: reports which curator questions are answered and why the others were refused", async () => {
    const dir = dirs.make();
    cpSync(SEED_DIR, join(dir, "seed"), { recursive: true });
    const file = join(dir, "seed", "facts.json");
    const records = JSON.parse(readFileSync(file, "utf8")) as { questions?: string[] }[];
    const first = records[0];
    if (!first) throw new Error("the seed has no facts");
    first.questions = [...(first.questions ?? []), "What is the population of the moon?"];
    writeFileSync(file, JSON.stringify(records));
    const run = await facts(["validate", dir]);
    expect(run.code).toBe(0);
    const total = records.reduce((n, r) => n + (r.questions?.length ?? 0), 0);
    expect(run.stdout).toContain(`curator questions: ${total - 1} of ${total} answered`);
    expect(run.stdout).toMatch(
      /not answered: "What is the population of the moon\?" \(fact [a-z0-9-]+\): I don't have .*\(confidence \d\.\d\d/,
    );
  });

  it("draft: writes a source folder from an article's text that validates as it is; bad input is one line", async () => {
    const out = join(dirs.make(), "drafted");
    const article = join(SEED_DIR, "article.txt");
    const draft = ["draft", article, "--outlet", "Example Wire", "--date", "2025-05-02", "--out", out];
    const run = await facts([...draft, "--standalone"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^drafted .*: \d+ facts from \d+ of \d+ sentences/);
    expect(run.stdout).toMatch(/ok: the draft validates; \d+ of \d+ questions it offers are answered\n$/);
    for (const file of ["source.json", "article.txt", "entities.json", "events.json", "facts.json"]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    expect((await facts(["validate", out])).code).toBe(0);

    const missing = await facts(["draft", article, "--date", "2025-05-02", "--out", join(dirs.make(), "x")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("error: draft needs --outlet NAME\n");
    const again = await facts(draft);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(again.stderr).toContain("is not empty: draft into a new folder");
  }, 60_000);
});
