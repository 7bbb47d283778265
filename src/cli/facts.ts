import { existsSync, readFileSync, statSync } from "node:fs";
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { SNOWFLAKE } from "../config/env.ts";
import { loadEnvFile } from "../config/env-file.ts";
import { dataDirectory, nonBlank } from "../config/paths.ts";
import { truncate } from "../discord/limits.ts";
import { Engine } from "../engine/engine.ts";
import { loadDataset, type Problem } from "../engine/load.ts";
import type { Fact } from "../engine/schema.ts";
import { isWriteContention } from "../storage/contention.ts";
import { openStore, type Store } from "../storage/database.ts";
import {
  exportKnowledge,
  exportOverlay,
  type ImportCounts,
  type OverlayExport,
  readDatasetDirectory,
} from "../storage/overlay-file.ts";
import { databasePath, IN_MEMORY, isPostgresUrl, shownPath } from "../storage/paths.ts";
import { openPostgresStore } from "../storage/postgres.ts";
import { replayOverlays } from "../storage/replay.ts";
import { type FactRevision, FactService } from "../storage/service.ts";
import { hiddenCharacterProblem } from "../storage/typed-text.ts";
import type { Actor } from "../storage/types.ts";
import { endQuietlyWhenOutputCloses } from "./closed-output.ts";
import { checkCuratorQuestions, formatQuestionReport, hiddenCharacters, missingFiles } from "./curation.ts";
import { plural, visible } from "./format.ts";
import { formatProblem, missingDataFolder, unreadableFolder } from "./load-engine.ts";

const USAGE = `usage: npm run facts -- <command> [options]

commands:
  validate [DIR]              check a data folder (default: the curated data/) and count its records;
                              then ask its curator questions (--data-only: the checks alone)
  import FILE|DIR --guild ID  import an exported overlay (JSON) or a data/-style folder into a server
  import FILE|DIR             check an import against the curated base, without writing anything
  export [--guild ID]         print the curated base, or a server's overlay, as JSON
  history FACT [--guild ID]   the revisions of a fact (curated, or as a server sees it)
  draft ARTICLE.txt --outlet NAME --date YYYY-MM-DD --out DIR [--url URL] [--title TITLE] [--standalone]
                              draft a source folder (facts, entities, event) from an article's text;
                              entities the curated data knows are reused, unless --standalone

options:
  --db PATH|URL   database file, or a PostgreSQL server as postgres://user:password@host/db
                  (default: DATABASE_URL, else DATABASE_PATH, else data/attache.db)
  --data DIR      curated base folder (default: DATA_DIR, else data/)
  --guild ID      the server (Discord guild id)
  --reason TEXT   why (stored with an import's revisions)
  --actor NAME    who (stored with an import's revisions; default: cli:<user>)
  --json          history as JSON
  --outlet, --date, --url, --title, --out, --standalone: see draft`;

/** A failure the user can act on: one line on stderr and exit code 1. */
class Failure extends Error {}

type Options = ReturnType<typeof parse>["values"];

function main(): number | Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const usage = (message: string) => {
    process.stderr.write(`error: ${message}\n${USAGE}\n`);
    return 2;
  };
  if (!command) return usage("no command given");
  // DATABASE_PATH, DATABASE_URL and DATA_DIR as the bot reads them: an import reaches its database.
  const envFile = loadEnvFile();
  if (envFile) {
    process.stderr.write(`error: ${envFile}\n`);
    return 1;
  }
  const badOption = optionProblem(values);
  if (badOption) {
    process.stderr.write(`error: ${badOption}\n`);
    return 2;
  }
  if (rest.length > 1) return usage(`too many arguments: ${rest.join(" ")}`);
  try {
    switch (command) {
      case "validate":
        return validate(rest[0] ?? dataDirectory(values.data), values["data-only"]);
      case "import":
        if (!rest[0]) return usage("import needs a FILE or DIR");
        return importCommand(rest[0], values);
      case "export":
        if (rest.length > 0) return usage("export takes no arguments (use --guild ID)");
        return exportCommand(values);
      case "history":
        if (!rest[0]) return usage("history needs a fact id");
        return history(rest[0], values);
      case "draft":
        if (!rest[0]) return usage("draft needs an ARTICLE.txt");
        return draft(rest[0], values);
      default:
        return usage(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof Failure) {
      // What it names (an id, a file, a path) is as given: shown, not obeyed, on one line.
      process.stderr.write(`error: ${visible(error.message)}\n`);
      return 1;
    }
    throw error;
  }
}

/**
 * Options are checked before anything is read or written: an id that no server can have, or an
 * empty value where a path or a name belongs, would otherwise write somewhere nobody looks.
 */
function optionProblem(values: Options): string | undefined {
  if (values.guild !== undefined && !SNOWFLAKE.test(values.guild)) {
    return `--guild takes a server id (17 to 20 digits), not ${JSON.stringify(values.guild)}`;
  }
  for (const [name, what] of [
    ["db", "a database file"],
    ["data", "a data folder"],
    ["actor", "a name"],
    ["reason", "some text"],
  ] as const) {
    if (values[name] !== undefined && values[name].trim() === "")
      return `--${name} needs ${what}, not an empty value`;
  }
  // The actor and the reason are kept in every revision they write, as /fact add keeps its text.
  for (const name of ["actor", "reason"] as const) {
    const hidden = values[name] === undefined ? undefined : hiddenCharacterProblem(values[name]);
    if (hidden) return `--${name} ${hidden}`;
  }
  return undefined;
}

function parse() {
  return parseArgs({
    options: {
      db: { type: "string" },
      data: { type: "string" },
      guild: { type: "string" },
      reason: { type: "string" },
      actor: { type: "string" },
      json: { type: "boolean", default: false },
      outlet: { type: "string" },
      date: { type: "string" },
      url: { type: "string" },
      title: { type: "string" },
      out: { type: "string" },
      standalone: { type: "boolean", default: false },
      "data-only": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
  });
}

// ---- validate ----

/**
 * `dataOnly` checks the files without asking the engine anything: a curator writing held-out
 * questions must not see how the engine answers its own (then it checks only what was written).
 */
function validate(dir: string, dataOnly: boolean): number {
  // (No folder, no list of problems: one line says so, as every other command does.)
  const missing = missingDataFolder(dir);
  if (missing) throw new Failure(missing);
  const { loaded, problems } = readingData(dir, () => {
    const loaded = loadDataset(dir);
    return {
      loaded,
      problems: [...missingFiles(dir), ...(loaded.ok ? [] : loaded.problems), ...hiddenCharacters(dir)],
    };
  });
  // Notes are no problems (a shared alias): read beside the problems or the counts, never failing.
  const notes = loaded.notes.map((note) => `note: ${formatProblem(note)}\n`).join("");
  if (!loaded.ok || problems.length > 0) {
    for (const problem of problems) process.stdout.write(`${formatProblem(problem)}\n`);
    process.stdout.write(notes);
    process.stderr.write(`error: ${shown(dir)} has ${plural(problems.length, "problem")}\n`);
    return 1;
  }
  const { sources, entities, events, facts } = loaded.dataset;
  process.stdout.write(
    `ok: ${shown(dir)}: ${plural(sources.size, "source")}, ${plural(entities.size, "entity", "entities")}, ` +
      `${plural(events.size, "event")}, ${plural(facts.size, "fact")}\n`,
  );
  process.stdout.write(notes);
  if (dataOnly) return 0;
  const checks = checkCuratorQuestions(new Engine(loaded.dataset), loaded.dataset);
  for (const line of formatQuestionReport(checks)) process.stdout.write(`${line}\n`);
  return 0;
}

// ---- import ----

function importCommand(path: string, values: Options): number {
  const document = readDocument(path);
  if (!document.ok) return reportProblems(document.problems, path);
  const engine = loadBase(values.data);
  // A dry run against the base alone, in a database that lives only for this check: a document
  // with problems of its own is turned down before any database is opened (or created, empty).
  const opened = openStore(IN_MEMORY);
  if (!opened.ok) throw new Failure(opened.error.message);
  const checked = new FactService(engine, opened.store).importOverlay(
    "(check)",
    cliActor(values),
    document.json,
    {
      file: shown(path),
    },
  );
  opened.store.close();
  if (!checked.ok) return reportProblems(checked.problems.map(document.locate), path);
  if (values.guild === undefined) {
    process.stdout.write(
      `ok: ${shown(path)} is valid and could be imported (${countsText(checked.counts)}).\n` +
        "Nothing was written. The curated base is edited as files in data/ (check them with " +
        "`npm run facts -- validate`); to import into a server's overlay, add --guild ID.\n",
    );
    return 0;
  }
  const store = openDatabase(values.db, false);
  try {
    const guild = values.guild;
    const result = usingDatabase(
      store,
      "the import did not finish",
      () => {
        replayOverlays(engine, store, [guild]);
        return new FactService(engine, store).importOverlay(guild, cliActor(values), document.json, {
          file: shown(path),
          ...(values.reason !== undefined ? { reason: values.reason } : {}),
        });
      },
      "; run it again (what it saved counts as unchanged)",
    );
    if (!result.ok) return reportProblems(result.problems.map(document.locate), path);
    process.stdout.write(`imported into guild ${values.guild}: ${countsText(result.counts)}\n`);
    return 0;
  } finally {
    store.close();
  }
}

type Document =
  | { ok: true; json: unknown; locate: (problem: Problem) => Problem }
  | { ok: false; problems: Problem[] };

function readDocument(path: string): Document {
  if (!existsSync(path)) throw new Failure(`${shown(path)} not found`);
  if (statSync(path).isDirectory()) {
    let read: ReturnType<typeof readDatasetDirectory>;
    try {
      read = readDatasetDirectory(path);
    } catch (error) {
      throw unreadableImport(path, error) ?? error;
    }
    return read.ok ? { ok: true, json: read.document, locate: read.locate } : read;
  }
  let text: string;
  try {
    // A file saved by Notepad or PowerShell starts with a byte-order mark: not part of the JSON.
    text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw (
      unreadableImport(path, error) ?? new Failure(`cannot read ${shown(path)}: ${(error as Error).message}`)
    );
  }
  try {
    return { ok: true, json: JSON.parse(text), locate: (problem) => problem };
  } catch (error) {
    return {
      ok: false,
      problems: [{ file: shown(path), path: "$", message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
}

/**
 * An import's file or folder (or a folder inside it) that the file system would not let this user
 * read: one line naming it and what to do, not Node's `EACCES: permission denied, scandir '…'`.
 */
function unreadableImport(path: string, error: unknown): Failure | undefined {
  const { code, path: at } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return undefined;
  const why: Record<string, string> = {
    EACCES: "permission denied (fix its permissions, or run this as a user who may read it)",
    EPERM: "permission denied (fix its permissions, or run this as a user who may read it)",
    ELOOP: "too many symbolic links (a link loops)",
    ENOENT: "it vanished while being read",
    EIO: "the disk reported an error",
    EMFILE: "too many files open",
  };
  const inside = typeof at === "string" && at !== path ? `${shown(at)}: ` : "";
  return new Failure(`cannot read ${shown(path)}: ${inside}${why[code] ?? code}; nothing was imported`);
}

function reportProblems(problems: Problem[], path: string): number {
  for (const problem of problems) process.stdout.write(`${formatProblem(problem)}\n`);
  process.stderr.write(
    `error: ${shown(path)} has ${plural(problems.length, "problem")}; nothing was imported\n`,
  );
  return 1;
}

function countsText(counts: ImportCounts): string {
  const parts = [
    plural(counts.facts, "fact"),
    counts.removed > 0 ? `${counts.removed} removed` : "",
    counts.sources > 0 ? plural(counts.sources, "source") : "",
    counts.entities > 0 ? plural(counts.entities, "entity", "entities") : "",
    counts.events > 0 ? plural(counts.events, "event") : "",
    counts.aliases > 0 ? plural(counts.aliases, "alias", "aliases") : "",
    counts.unchanged > 0 ? `${counts.unchanged} unchanged` : "",
  ];
  return parts.filter(Boolean).join(", ");
}

// ---- export ----

function exportCommand(values: Options): number {
  let document: OverlayExport;
  if (values.guild === undefined) {
    const dir = dataDirectory(values.data);
    const missing = missingDataFolder(dir);
    if (missing) throw new Failure(missing);
    const loaded = readingData(dir, () => loadDataset(dir));
    if (!loaded.ok)
      throw new Failure(`the data in ${shown(dir)} has problems; run: npm run facts -- validate`);
    document = exportKnowledge(loaded.dataset);
  } else {
    const store = openDatabase(values.db, true);
    const guild = values.guild;
    try {
      document = usingDatabase(store, "cannot read it", () => exportOverlay(store, guild, new Date()));
    } finally {
      store.close();
    }
  }
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  return 0;
}

// ---- history ----

function history(factId: string, values: Options): number {
  const engine = loadBase(values.data);
  if (values.guild === undefined) {
    const fact = engine.base.fact(factId)?.fact;
    if (!fact)
      throw new Failure(`no curated fact "${shortId(factId)}" (add --guild ID for a server's own facts)`);
    const revisions: FactRevision[] = [
      {
        revision: 1,
        action: "curated",
        state: "base",
        actor: { userId: "curated", tag: "data/" },
        before: null,
        after: fact,
      },
    ];
    if (values.json) process.stdout.write(`${JSON.stringify({ factId, revisions }, null, 2)}\n`);
    else {
      process.stdout.write(`${factId} (curated; its history is the history of data/ in git)\n`);
      printRevisions(revisions);
    }
    return 0;
  }
  const store = openDatabase(values.db, true);
  try {
    const guild = values.guild;
    const result = usingDatabase(store, "cannot read it", () => {
      replayOverlays(engine, store, [guild]);
      return new FactService(engine, store).history(guild, factId);
    });
    if (!result.ok) throw new Failure(`no fact "${shortId(factId)}" in guild ${values.guild}`);
    if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      const last = result.revisions.at(-1);
      const status = last?.state === "removed" ? "removed" : "active";
      process.stdout.write(
        `${factId} in guild ${values.guild}: revision ${last?.revision ?? 1}, ${status}\n`,
      );
      printRevisions(result.revisions);
    }
    return 0;
  } finally {
    store.close();
  }
}

/** An id as typed, cut to its start: a whole file pasted as the id is not printed back. */
function shortId(id: string): string {
  return truncate(id, 80);
}

function printRevisions(revisions: FactRevision[]): void {
  for (const revision of revisions) {
    const what =
      revision.action === "revert"
        ? `revert to r${revision.revertedTo}`
        : revision.action === "curated"
          ? "curated"
          : revision.action;
    const when = revision.at ? ` ${revision.at}` : "";
    // Each part one line, whatever an export file or --reason put in it: a line break, or an escape
    // sequence that would clear or recolour the terminal, is shown, not obeyed.
    const who = visible(`${revision.actor.tag} (${revision.actor.userId})`);
    process.stdout.write(`  r${revision.revision}  ${what}${when}  by ${who}\n`);
    if (revision.reason) process.stdout.write(`      reason: ${visible(revision.reason)}\n`);
    process.stdout.write(`      ${visible(describe(revision.after, revision.state))}\n`);
  }
}

function describe(fact: Fact | null, state: string): string {
  if (state === "removed" || !fact) return "(removed)";
  return `${state === "base" ? "(curated) " : ""}${fact.statement}`;
}

// ---- draft ----

/** The drafter loads an NLP library: only this command pays for it. */
async function draft(article: string, values: Options): Promise<number> {
  const { runDraft } = await import("./draft.ts");
  const run = runDraft({
    article,
    outlet: values.outlet,
    date: values.date,
    url: values.url,
    title: values.title,
    out: values.out,
    base: values.standalone ? undefined : dataDirectory(values.data),
  });
  if (!run.ok) {
    process.stderr.write(`error: ${run.message}\n`);
    return 1;
  }
  const { draft: written, problems } = run;
  process.stdout.write(`drafted ${shown(run.out)}: ${written.report[0]}\n`);
  for (const line of written.report.slice(1)) process.stdout.write(`  ${line}\n`);
  if (problems.length > 0) {
    for (const problem of problems) process.stdout.write(`${formatProblem(problem)}\n`);
    process.stderr.write(`error: the draft has ${plural(problems.length, "problem")}\n`);
    return 1;
  }
  process.stdout.write(
    `ok: the draft validates; ${run.answered} of ${plural(run.questions, "question")} it offers are answered\n`,
  );
  return 0;
}

// ---- shared ----

/**
 * Reads the data folder `dir`; a folder or file in it that cannot be read on the file system
 * (EACCES: another user's, a mount point) is one line naming it and what to do, not Node's error.
 */
function readingData<T>(dir: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const unreadable = unreadableFolder(dir, error);
    throw unreadable ? new Failure(unreadable) : error;
  }
}

function loadBase(dataDir: string | undefined): Engine {
  const dir = dataDirectory(dataDir);
  const missing = missingDataFolder(dir);
  if (missing) throw new Failure(missing);
  let loaded: ReturnType<typeof Engine.fromDirectory>;
  try {
    loaded = Engine.fromDirectory(dir);
  } catch (error) {
    const unreadable = unreadableFolder(dir, error);
    throw unreadable ? new Failure(unreadable) : error;
  }
  if (!loaded.ok) {
    throw new Failure(
      `the curated data in ${shown(dir)} has ${plural(loaded.problems.length, "problem")}; run: npm run facts -- validate`,
    );
  }
  return loaded.engine;
}

/**
 * `readOnly`: the command only reads (export, history): the database must exist, and is opened
 * read-only, so a read-only backup or mount can be read. Otherwise (import) it is created if missing.
 * `--db` (else DATABASE_URL, else DATABASE_PATH) may name a PostgreSQL server: postgres://…
 */
function openDatabase(path: string | undefined, readOnly: boolean): Store {
  const location = nonBlank(path) ?? nonBlank(process.env.DATABASE_URL);
  if (location !== undefined && isPostgresUrl(location)) {
    const opened = openPostgresStore(location, { readOnly });
    if (!opened.ok) throw new Failure(opened.error.message);
    return opened.store;
  }
  const file = databasePath(path);
  if (readOnly) {
    const missing = missingDatabase(file);
    if (missing) throw new Failure(missing);
  }
  const opened = openStore(file, { readOnly });
  if (!opened.ok) throw new Failure(opened.error.message);
  if (opened.created) process.stderr.write(`note: created a new database ${shown(file)}\n`);
  return opened.store;
}

/** Why a database to read is not there: missing, or in a folder this user may not enter. */
function missingDatabase(file: string): string | undefined {
  try {
    statSync(file);
    return undefined;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "EACCES" || code === "EPERM") {
      return `database ${shown(file)}: its folder cannot be entered by this user (permission denied); fix the folder's permissions, or run this as the user that owns it`;
    }
    return `database ${shown(file)} does not exist`;
  }
}

/**
 * Runs `work` on an open database: a failure there (PostgreSQL ended the connection, the disk is
 * full) is one line naming the database and what did not happen; an import is one transaction, so
 * running it again is safe (what was saved counts as unchanged).
 */
function usingDatabase<T>(store: Store, failed: string, work: () => T, advice = ""): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof Failure) throw error;
    const where = isPostgresUrl(store.file) ? store.file : shown(store.file);
    if (isWriteContention(error)) {
      // Two writers raced (the bot saving a change, another import) and this one gave up waiting.
      throw new Failure(
        `database ${where}: ${failed}: another process (the bot saving a change, or another import) ` +
          "held the write lock too long, so nothing was written; run the same command again (that is safe)",
      );
    }
    const why = error instanceof Error ? error.message : String(error);
    throw new Failure(`database ${where}: ${failed} (${why})${advice}`);
  }
}

function cliActor(values: Options): Actor {
  let user = "unknown";
  try {
    user = userInfo().username;
  } catch {
    // No user name on this system: keep "unknown".
  }
  return { userId: "cli", tag: values.actor ?? `cli:${user}` };
}

const shown = shownPath;

/** Anything unforeseen still ends in one line, never a stack trace. */
async function run(): Promise<number> {
  endQuietlyWhenOutputCloses();
  try {
    return await main();
  } catch (error) {
    process.stderr.write(`error: ${visible(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}

void run().then((code) => {
  process.exitCode = code;
});
