import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import type { z } from "zod";
import { shownPath } from "../config/paths.ts";
import { getOrCreate } from "./collections.ts";
import { canonicalText, phraseKey } from "./language/normalize.ts";
import { type Dataset, Entity, Event, Fact, Source } from "./schema.ts";

/** One thing wrong with the data, located well enough to fix it without searching. */
export interface Problem {
  file: string;
  /** JSON path inside the file, e.g. `$[3].quote`. */
  path: string;
  message: string;
}

/**
 * `notes` are what a curator may want to read but that is no problem: an alias shared by several
 * entities (a question that uses it alone is asked which one is meant).
 */
export type LoadResult =
  | { ok: true; dataset: Dataset; notes: Problem[] }
  | { ok: false; problems: Problem[]; notes: Problem[] };

const FILE_KINDS = ["source.json", "entities.json", "events.json", "facts.json"] as const;
type FileKind = (typeof FILE_KINDS)[number];

/** Where each record came from, so cross-check problems can name the file. */
export interface Origins {
  entity: Map<string, string>;
  event: Map<string, string>;
  fact: Map<string, string>;
  source: Map<string, string>;
  index: Map<string, number>;
}

/**
 * Reads every folder below `dir` that holds any of source.json, entities.json, events.json or
 * facts.json. Returns the dataset only when everything validates and cross-checks: a store with
 * problems is never served, and every problem is reported at once.
 */
export function loadDataset(dir: string): LoadResult {
  const read = readDataFolder(dir);
  const notes: Problem[] = [];
  const problems = [
    ...read.problems,
    ...(read.found ? crossCheck(read.dataset, read.origins, read.broken, notes) : []),
  ];
  return problems.length > 0 ? { ok: false, problems, notes } : { ok: true, dataset: read.dataset, notes };
}

/** What a data folder holds, schema-checked record by record but not yet cross-checked. */
export interface FolderRead {
  /** The folder exists. */
  found: boolean;
  dataset: Dataset;
  origins: Origins;
  /** Ids of records that failed validation: references to them are not reported a second time. */
  broken: Set<string>;
  problems: Problem[];
}

export function readDataFolder(dir: string): FolderRead {
  const problems: Problem[] = [];
  const dataset: Dataset = { sources: new Map(), entities: new Map(), events: new Map(), facts: new Map() };
  const origins: Origins = {
    entity: new Map(),
    event: new Map(),
    fact: new Map(),
    source: new Map(),
    index: new Map(),
  };
  const display = shownPath;
  const broken = new Set<string>();
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    problems.push({ file: dir, path: "$", message: "data folder not found" });
    return { found: false, dataset, origins, broken, problems };
  }

  for (const folder of foldersBelow(dir)) {
    for (const kind of FILE_KINDS) {
      const file = join(folder, kind);
      if (!existsSync(file)) continue;
      const shown = display(file);
      const parsed = readJson(file);
      if (!parsed.ok) {
        problems.push({ file: shown, path: "$", message: parsed.message });
        // Its records are unknown, not missing: references to them are not problems of their own.
        broken.add(unreadable(kind));
        continue;
      }
      switch (kind) {
        case "source.json": {
          const source = validate(Source, parsed.value, shown, "$", problems);
          if (!source) {
            markBroken(parsed.value, broken);
            break;
          }
          const textPath = join(folder, source.textFile);
          // An article's text is one of its own folder's files: a name that climbs out of it
          // ("../../etc/passwd") would read whatever file the bot's user can.
          const inFolder = relative(folder, textPath);
          if (inFolder === "" || inFolder.startsWith("..") || isAbsolute(inFolder)) {
            problems.push({
              file: shown,
              path: "$.textFile",
              message: `text file ${source.textFile} is not in the article's folder`,
            });
            markBroken(source, broken);
            break;
          }
          if (!existsSync(textPath)) {
            problems.push({
              file: shown,
              path: "$.textFile",
              message: `text file ${source.textFile} not found`,
            });
            break;
          }
          const text = readText(textPath);
          if (!text.ok) {
            problems.push({ file: shown, path: "$.textFile", message: text.message });
            markBroken(source, broken);
            break;
          }
          addUnique(dataset.sources, origins.source, { ...source, text: text.value }, shown, "$", problems);
          break;
        }
        case "entities.json":
          for (const [i, entity] of validateEach(Entity, parsed.value, shown, problems, broken)) {
            addUnique(dataset.entities, origins.entity, entity, shown, `$[${i}]`, problems);
            origins.index.set(`entity:${entity.id}`, i);
          }
          break;
        case "events.json":
          for (const [i, event] of validateEach(Event, parsed.value, shown, problems, broken)) {
            addUnique(dataset.events, origins.event, event, shown, `$[${i}]`, problems);
            origins.index.set(`event:${event.id}`, i);
          }
          break;
        case "facts.json":
          for (const [i, fact] of validateEach(Fact, parsed.value, shown, problems, broken)) {
            addUnique(dataset.facts, origins.fact, fact, shown, `$[${i}]`, problems);
            origins.index.set(`fact:${fact.id}`, i);
          }
          break;
      }
    }
  }
  if (problems.length === 0 && dataset.sources.size === 0) {
    problems.push({ file: display(dir), path: "$", message: "no source.json found in any folder" });
  }
  return { found: true, dataset, origins, broken, problems };
}

/** Referential integrity and curation rules that a schema alone cannot express. */
export function crossCheck(
  dataset: Dataset,
  origins?: Origins,
  broken = new Set<string>(),
  notes?: Problem[],
): Problem[] {
  const problems: Problem[] = [];
  const known = (map: Map<string, unknown>, id: string, kind: FileKind) =>
    map.has(id) || broken.has(id) || broken.has(unreadable(kind));
  const where = (kind: "entity" | "event" | "fact", id: string) => ({
    file: origins?.[kind].get(id) ?? `(${kind})`,
    path: `$[${origins?.index.get(`${kind}:${id}`) ?? "?"}]`,
  });

  const names = checkNames(dataset.entities.values(), (id) => where("entity", id));
  problems.push(...names.problems);
  notes?.push(...names.notes);

  for (const event of dataset.events.values()) {
    const at = where("event", event.id);
    if (!known(dataset.sources, event.source, "source.json")) {
      problems.push({ ...at, path: `${at.path}.source`, message: `unknown source "${event.source}"` });
    }
    event.participants.forEach((participant, i) => {
      if (!known(dataset.entities, participant.entity, "entities.json")) {
        problems.push({
          ...at,
          path: `${at.path}.participants[${i}].entity`,
          message: `unknown entity "${participant.entity}"`,
        });
      }
    });
  }

  for (const fact of dataset.facts.values()) {
    const at = where("fact", fact.id);
    fact.entities.forEach((id, i) => {
      if (!known(dataset.entities, id, "entities.json")) {
        problems.push({ ...at, path: `${at.path}.entities[${i}]`, message: `unknown entity "${id}"` });
      }
    });
    if (fact.event && !known(dataset.events, fact.event, "events.json")) {
      problems.push({ ...at, path: `${at.path}.event`, message: `unknown event "${fact.event}"` });
    }
    const source = dataset.sources.get(fact.source);
    if (!source) {
      if (broken.has(fact.source) || broken.has(unreadable("source.json"))) continue;
      problems.push({ ...at, path: `${at.path}.source`, message: `unknown source "${fact.source}"` });
    } else {
      if (!quoteOccursIn(fact.quote, source.text)) {
        problems.push({
          ...at,
          path: `${at.path}.quote`,
          message: `quote does not occur in the text of source "${fact.source}"`,
        });
      }
      // A fact's date is when what it states happened: an article cannot report a later day.
      if (fact.date && fact.date > source.date) {
        problems.push({
          ...at,
          path: `${at.path}.date`,
          message: `date ${fact.date} is after its source was published (${source.date}); a fact's date is when it happened`,
        });
      }
    }
  }
  return problems;
}

/**
 * The naming rule: an entity's full `name` names it alone (it is what an answer says to tell
 * namesakes apart, and what a member types to pick one), while an alias may be shared: two
 * ministers called Ferrante, two bodies with one acronym. A shared alias is a note, not a problem:
 * a question that uses it and nothing else that picks one is asked which one is meant.
 */
export function checkNames(
  entities: Iterable<Entity>,
  where: (id: string) => { file: string; path: string },
): { problems: Problem[]; notes: Problem[] } {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const uses = new Map<string, { entity: Entity; name: string; full: boolean; path: string }[]>();
  for (const entity of entities) {
    const at = where(entity.id);
    const seenHere = new Set<string>();
    for (const [offset, name] of [entity.name, ...entity.aliases].entries()) {
      const key = phraseKey(name);
      const path = offset === 0 ? `${at.path}.name` : `${at.path}.aliases[${offset - 1}]`;
      if (key.length === 0) {
        problems.push({ ...at, path, message: `name "${name}" has no letters or digits` });
        continue;
      }
      if (seenHere.has(key)) continue;
      seenHere.add(key);
      getOrCreate(uses, key, () => []).push({ entity, name, full: offset === 0, path });
    }
  }
  for (const named of uses.values()) {
    if (named.length < 2) continue;
    const owner = named.find((use) => use.full) ?? named[0]!;
    if (owner.full) {
      for (const use of named) {
        if (use === owner) continue;
        problems.push({
          ...where(use.entity.id),
          path: use.path,
          message:
            `"${use.name}" names both "${owner.entity.id}" and "${use.entity.id}"; an entity's full name ` +
            "must name it alone (an alias may be shared)",
        });
      }
      continue;
    }
    const last = named.at(-1)!;
    notes.push({
      ...where(last.entity.id),
      path: last.path,
      message:
        `the alias "${last.name}" is shared by ${named.map((use) => `"${use.entity.id}" (${use.entity.name})`).join(", ")}: ` +
        "a question that names it and nothing else that picks one is asked which one",
    });
  }
  return { problems, notes };
}

/** Quotes must be verbatim; only typographic quote marks and white space may differ. */
export function quoteOccursIn(quote: string, text: string): boolean {
  return canonicalText(text).includes(canonicalText(quote));
}

function foldersBelow(dir: string): string[] {
  const folders = [dir];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.isDirectory() && !entry.name.startsWith("."))
      folders.push(...foldersBelow(join(dir, entry.name)));
  }
  return folders;
}

/** Marks, among the broken ids, that a whole file of this kind could not be read. */
function unreadable(kind: FileKind): string {
  return `\0${kind}`;
}

function readJson(file: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const text = readText(file);
  if (!text.ok) return text;
  try {
    return { ok: true, value: JSON.parse(text.value) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `not valid JSON: ${reason}` };
  }
}

/** A file's text, or why it cannot be read, in words (not "EACCES"). */
function readText(file: string): { ok: true; value: string } | { ok: false; message: string } {
  try {
    // A byte-order mark (what some Windows editors put first) is no part of the text.
    return { ok: true, value: readFileSync(file, "utf8").replace(/^\uFEFF/, "") };
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    const reason =
      code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "EISDIR"
          ? "it is a folder, not a file"
          : code === "ENOENT"
            ? "not found"
            : error instanceof Error
              ? error.message
              : String(error);
    return { ok: false, message: `cannot read it: ${reason}` };
  }
}

function validate<T extends z.ZodType>(
  schema: T,
  value: unknown,
  file: string,
  at: string,
  problems: Problem[],
) {
  const result = schema.safeParse(value);
  if (result.success) return result.data as z.infer<T>;
  for (const issue of result.error.issues) {
    problems.push({ file, path: jsonPath(issue.path, at), message: issue.message });
  }
  return undefined;
}

/** Validates each record of a list on its own, so one bad record does not hide the others' problems. */
function* validateEach<T extends z.ZodType>(
  schema: T,
  value: unknown,
  file: string,
  problems: Problem[],
  broken: Set<string>,
): Generator<[number, z.infer<T>]> {
  if (!Array.isArray(value)) {
    problems.push({ file, path: "$", message: "expected a JSON array of records" });
    return;
  }
  for (const [i, item] of value.entries()) {
    const record = validate(schema, item, file, `$[${i}]`, problems);
    if (record) yield [i, record];
    else markBroken(item, broken);
  }
}

function markBroken(value: unknown, broken: Set<string>): void {
  if (value && typeof value === "object" && "id" in value && typeof value.id === "string")
    broken.add(value.id);
}

export function jsonPath(path: readonly PropertyKey[], root = "$"): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    root,
  );
}

function addUnique<T extends { id: string }>(
  into: Map<string, T>,
  origin: Map<string, string>,
  record: T,
  file: string,
  path: string,
  problems: Problem[],
): void {
  const previous = origin.get(record.id);
  if (previous) {
    problems.push({
      file,
      path: `${path}.id`,
      message: `duplicate id "${record.id}" (first defined in ${previous})`,
    });
    return;
  }
  into.set(record.id, record);
  origin.set(record.id, file);
}
