import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { articleTextOf } from "../drafting/article-text.ts";
import { type Draft, draftArticle } from "../drafting/draft.ts";
import { Engine } from "../engine/engine.ts";
import { crossCheck, loadDataset, type Problem, readDataFolder } from "../engine/load.ts";
import { type Dataset, IsoDate } from "../engine/schema.ts";
import { checkCuratorQuestions } from "./curation.ts";

/** The largest article the drafter takes: a long feature is about 60 kB of text. */
export const MAX_ARTICLE_BYTES = 200_000;

export interface DraftOptions {
  article: string;
  outlet: string | undefined;
  date: string | undefined;
  url?: string | undefined;
  title?: string | undefined;
  out: string | undefined;
  /** The store whose entities are reused; undefined: the draft defines every entity itself. */
  base: string | undefined;
}

export type DraftRun =
  | { ok: true; draft: Draft; out: string; problems: Problem[]; answered: number; questions: number }
  | { ok: false; message: string };

/** Drafts ARTICLE into OUT as a data-style source folder, then validates it as `validate` would. */
export function runDraft(options: DraftOptions): DraftRun {
  if (!options.outlet?.trim()) return { ok: false, message: "draft needs --outlet NAME" };
  if (!options.date || !IsoDate.safeParse(options.date).success)
    return { ok: false, message: "draft needs --date YYYY-MM-DD (a real calendar date)" };
  if (!options.out) return { ok: false, message: "draft needs --out DIR (a new or empty folder)" };
  if (!existsSync(options.article)) return { ok: false, message: `${options.article} not found` };
  if (statSync(options.article).isDirectory())
    return { ok: false, message: `${options.article} is a folder, not an article's text file` };
  if (statSync(options.article).size > MAX_ARTICLE_BYTES)
    return {
      ok: false,
      message: `${options.article} is larger than ${MAX_ARTICLE_BYTES / 1000} kB: is it an article?`,
    };
  const read = articleText(options.article);
  if (!read.ok) return read;
  const text = read.text;
  if (!/\p{L}{3}/u.test(text)) return { ok: false, message: `${options.article} has no text to draft from` };
  const out = resolve(options.out);
  if (existsSync(out) && !statSync(out).isDirectory())
    return { ok: false, message: `${options.out} is a file: draft into a new folder (--out DIR)` };
  if (existsSync(out) && readdirSync(out).length > 0)
    return { ok: false, message: `${options.out} is not empty: draft into a new folder` };

  let base: Dataset | undefined;
  if (options.base !== undefined) {
    const loaded = loadDataset(options.base);
    if (!loaded.ok)
      return {
        ok: false,
        message: `the store in ${options.base} has problems; run: npm run facts -- validate`,
      };
    base = loaded.dataset;
  }
  const draft = draftArticle({
    text,
    outlet: options.outlet,
    date: options.date,
    ...(options.url ? { url: options.url } : {}),
    ...(options.title ? { title: options.title } : {}),
    known: base ? [...base.entities.values()] : [],
    takenIds: new Set(base ? [...base.facts.keys(), ...base.events.keys(), ...base.sources.keys()] : []),
  });
  const existed = existsSync(out);
  try {
    writeDraft(out, draft);
  } catch (error) {
    // Half a draft is not left behind to be mistaken for a whole one.
    if (!existed) removeQuietly(out);
    return { ok: false, message: `cannot write the draft to ${options.out} (${systemReason(error)})` };
  }

  // Validated as it will be used: alone, or beside the store it refers to.
  const inside = options.base !== undefined && !relative(resolve(options.base), out).startsWith("..");
  let dataset: Dataset | undefined;
  let problems: Problem[];
  if (options.base === undefined || inside) {
    const loaded = loadDataset(options.base ?? out);
    dataset = loaded.ok ? loaded.dataset : undefined;
    problems = loaded.ok ? [] : loaded.problems;
  } else {
    const read = [readDataFolder(options.base), readDataFolder(out)];
    const merged: Dataset = { sources: new Map(), entities: new Map(), events: new Map(), facts: new Map() };
    for (const { dataset: part } of read) {
      for (const key of ["sources", "entities", "events", "facts"] as const) {
        for (const [id, record] of part[key]) (merged[key] as Map<string, unknown>).set(id, record);
      }
    }
    problems = [...read.flatMap((r) => r.problems), ...crossCheck(merged)];
    dataset = problems.length === 0 ? merged : undefined;
  }
  const checks = dataset ? checkCuratorQuestions(new Engine(dataset), dataset) : [];
  return {
    ok: true,
    draft,
    out,
    problems,
    answered: checks.filter((c) => c.answered).length,
    questions: checks.length,
  };
}

/** The article's text, read as `/source add` reads an attached file (`articleTextOf`), or why not. */
function articleText(article: string): { ok: true; text: string } | { ok: false; message: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(article);
  } catch (error) {
    return { ok: false, message: `cannot read ${article} (${systemReason(error)})` };
  }
  const text = articleTextOf(bytes);
  if (text === undefined) {
    return {
      ok: false,
      message: `${article} is not UTF-8 text: save the article as plain text (UTF-8) and draft it again`,
    };
  }
  return { ok: true, text };
}

/** "permission denied" from "EACCES: permission denied, mkdir '/x/y'": the path is named already. */
function systemReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*'$/, "");
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Nothing was made there (a file stands in the path): nothing to remove.
  }
}

/**
 * The folder and the missing ones above it, one at a time: Node's recursive mkdir spins forever
 * under /proc (it sees neither the folder nor an error), while one level at a time fails at once.
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  while (!existsSync(at)) {
    missing.unshift(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const folder of missing) mkdirSync(folder);
}

/**
 * Written into a hidden folder beside `dir`, then renamed to it: a draft cut short (a crash, a
 * kill, a full disk) is never a folder at `dir`, nor one the store's loader reads (it skips
 * dot-folders).
 */
export function writeDraft(dir: string, draft: Draft): void {
  const target = resolve(dir);
  makeFolders(dirname(target));
  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  removeQuietly(partial);
  mkdirSync(partial);
  try {
    const json = (name: string, value: unknown) =>
      writeFileSync(join(partial, name), `${JSON.stringify(value, null, 2)}\n`);
    json("source.json", draft.source);
    writeFileSync(join(partial, draft.source.textFile), draft.text);
    json("entities.json", draft.entities);
    json("events.json", draft.events);
    json("facts.json", draft.facts);
    // An empty folder made beforehand (checked by the caller) gives way to the whole draft.
    if (existsSync(target)) rmdirSync(target);
    renameSync(partial, target);
  } catch (error) {
    removeQuietly(partial);
    throw error;
  }
}
