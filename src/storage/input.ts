import { createHash } from "node:crypto";
import { z } from "zod";
import { formatDate } from "../engine/compose.ts";
import type { KnowledgeBase } from "../engine/knowledge.ts";
import { canonicalText, phraseKey } from "../engine/language/normalize.ts";
import { damerauLevenshtein } from "../engine/language/spelling.ts";
import { quoteOccursIn } from "../engine/load.ts";
import { type Entity, EntityKind, Fact, Id, IsoDate } from "../engine/schema.ts";
import type { OverlaySource } from "./overlay-store.ts";
import { hiddenCharacterProblem, mentionProblem, refuseHidden, TypedText } from "./typed-text.ts";

/**
 * What a moderator types to add or edit a fact. Entities may be given by id, name or alias; the
 * citation is the outlet, its date, the exact words quoted and, if there is one, the link.
 */
export interface FactInput {
  /** For a new fact: its id. Made from the statement when left out. */
  id?: string;
  statement: string;
  /** Ids, names or aliases; the first is the fact's subject. */
  entities: string[];
  outlet: string;
  /** The source's date, YYYY-MM-DD. */
  date: string;
  /** Exact words from the source that support the statement (shown in answers). */
  quote: string;
  url?: string;
  /** The source's title; "Outlet, 17 April 2024" when left out. */
  title?: string;
  keywords?: string[];
  questions?: string[];
  /** An event id; null removes the link. */
  event?: string | null;
  /** When the fact became true, if not the source's date; null removes it. */
  factDate?: string | null;
}

/** For an edit: only the fields that change; the others keep the current fact's values. */
export type FactPatch = Partial<Omit<FactInput, "id">>;

/** One thing wrong with an input; `field` names the input field ("entities[1]", "quote"). */
export interface InputProblem {
  field: string;
  message: string;
  /** For unknown names: the closest known ones, as "Name (id)". */
  candidates?: string[];
}

const Text = TypedText;
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema);

const FactInputSchema = z.object({
  id: optional(Id.optional()),
  statement: Text(500),
  entities: z
    .array(z.string().trim().min(1, "must not be empty").superRefine(refuseHidden))
    .min(1, "name at least one entity"),
  outlet: Text(100),
  date: IsoDate,
  quote: Text(1000),
  url: optional(z.httpUrl("must be a web address (https://…)").optional()),
  title: optional(Text(300).optional()),
  keywords: z.array(Text(60)).default([]),
  questions: z.array(Text(100)).default([]),
  event: optional(Id.nullable().optional()),
  factDate: optional(IsoDate.nullable().optional()),
});

export const EntityInputSchema = z.object({
  id: optional(Id.optional()),
  kind: EntityKind,
  name: Text(200),
  description: Text(300),
  aliases: z.array(Text(200)).default([]),
});
export type EntityInput = z.input<typeof EntityInputSchema>;

export type Validated =
  | { ok: true; fact: Fact; source?: OverlaySource }
  | { ok: false; problems: InputProblem[] };

export interface ValidateContext {
  /** The fact's id (an edit), or undefined to take input.id or make one. */
  factId?: string;
  /** Whether an id is free for a new fact in this server. */
  idIsFree: (id: string) => boolean;
}

/** Checks and resolves an input against what the server sees; lists every problem at once. */
export function validateFactInput(kb: KnowledgeBase, raw: unknown, context: ValidateContext): Validated {
  const problems: InputProblem[] = [];
  const parsed = FactInputSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push({ field: fieldOf(issue.path), message: issue.message });
  }
  const input = parsed.success ? parsed.data : undefined;

  // Entities are resolved even when other fields are wrong, so every problem is listed at once.
  const rawEntities = (raw as { entities?: unknown } | undefined)?.entities;
  const entityIds: string[] = [];
  if (Array.isArray(rawEntities)) {
    rawEntities.forEach((value, i) => {
      // Empty names and hidden characters are the schema's to report, once.
      if (typeof value !== "string" || value.trim() === "" || hiddenCharacterProblem(value)) return;
      // "@here" would be looked up as "here": say what it is rather than offer to create it.
      const mention = mentionProblem(value);
      if (mention) {
        problems.push({ field: `entities[${i}]`, message: mention });
        return;
      }
      const resolved = resolveEntity(kb, value);
      if (resolved.ok) {
        if (!entityIds.includes(resolved.entity.id)) entityIds.push(resolved.entity.id);
      } else problems.push({ field: `entities[${i}]`, ...resolved.problem });
    });
  }

  const rawEvent = (raw as { event?: unknown } | undefined)?.event;
  const event = typeof rawEvent === "string" ? rawEvent.trim() : undefined;
  if (event && !kb.event(event)) {
    const candidates = closest(
      event,
      [...kb.allEvents()].map((e) => ({ key: e.id, label: `${e.title} (${e.id})` })),
    );
    problems.push({
      field: "event",
      message: `unknown event "${event}"`,
      ...(candidates.length > 0 ? { candidates } : {}),
    });
  }

  let id = context.factId;
  if (id === undefined && input) {
    if (input.id !== undefined) {
      if (!context.idIsFree(input.id))
        problems.push({ field: "id", message: `id "${input.id}" is already used` });
      id = input.id;
    } else id = freeId(slugOf(input.statement), context.idIsFree);
  }
  if (!input || problems.length > 0 || id === undefined) return { ok: false, problems };

  const citation = citeSource(kb, input);
  const fact = Fact.safeParse({
    id,
    statement: input.statement,
    entities: entityIds,
    ...(input.event ? { event: input.event } : {}),
    source: citation.sourceId,
    quote: input.quote,
    keywords: input.keywords,
    questions: input.questions,
    ...(input.factDate ? { date: input.factDate } : {}),
  });
  if (!fact.success) {
    return {
      ok: false,
      problems: fact.error.issues.map((issue) => ({ field: fieldOf(issue.path), message: issue.message })),
    };
  }
  return { ok: true, fact: fact.data, ...(citation.source ? { source: citation.source } : {}) };
}

/**
 * The source a citation points at: a known source of the same outlet and date whose text holds
 * the quote (so an edit keeps citing the full article), else a new citation source whose text is
 * the quote itself, with an id derived from its content (the same citation gives the same id).
 */
export function citeSource(
  kb: KnowledgeBase,
  input: Pick<z.output<typeof FactInputSchema>, "outlet" | "date" | "url" | "title" | "quote">,
): { sourceId: string; source?: OverlaySource } {
  const outlet = phraseKey(input.outlet);
  for (let scope: KnowledgeBase | undefined = kb; scope; scope = scope.parent) {
    for (const source of scope.sources.values()) {
      if (source.date !== input.date || phraseKey(source.outlet) !== outlet) continue;
      if (input.url !== undefined && source.url !== input.url) continue;
      if (input.title && source.title !== input.title) continue;
      if (quoteOccursIn(input.quote, source.text)) return { sourceId: source.id };
    }
  }
  const digest = createHash("sha256")
    .update(JSON.stringify([input.outlet, input.date, input.url ?? "", input.title ?? "", input.quote]))
    .digest("hex")
    .slice(0, 16);
  return {
    sourceId: `cite-${digest}`,
    source: {
      id: `cite-${digest}`,
      outlet: input.outlet,
      title: input.title ?? `${input.outlet}, ${formatDate(input.date)}`,
      date: input.date,
      ...(input.url ? { url: input.url } : {}),
      text: input.quote,
    },
  };
}

/**
 * Whether `name` may be given to an entity (`self`, or a new one) as its full name or as an
 * alias, as the server sees the store: a full name names its entity alone (answers tell namesakes
 * apart by it), an alias may be shared but may not be another entity's full name. When it may,
 * `sharedWith` are the other entities it also names (then a question that uses it alone is asked
 * which one is meant).
 */
export function nameUse(
  kb: KnowledgeBase,
  name: string,
  full: boolean,
  self?: string,
): { ok: true; sharedWith: Entity[] } | { ok: false; message: string } {
  const mention = mentionProblem(name);
  if (mention) return { ok: false, message: mention };
  const key = phraseKey(name);
  if (!key) return { ok: false, message: `"${name}" has no letters or digits` };
  const others = kb
    .entitiesNamed(key)
    .filter((id) => id !== self)
    .map((id) => kb.entity(id))
    .filter((entity): entity is Entity => entity !== undefined);
  const fullNameOf = others.find((entity) => phraseKey(entity.name) === key);
  if (fullNameOf) {
    return {
      ok: false,
      message: `"${name}" is the full name of ${fullNameOf.name} (${fullNameOf.id}); a full name names one entity alone`,
    };
  }
  if (full && others.length > 0) {
    return {
      ok: false,
      message:
        `"${name}" already names ${others.map((entity) => `${entity.name} (${entity.id})`).join(", ")}; ` +
        "a full name names one entity alone (give a fuller one, and this as an alias)",
    };
  }
  return { ok: true, sharedWith: others };
}

export type EntityResolution =
  | { ok: true; entity: Entity }
  | { ok: false; problem: { message: string; candidates?: string[] } };

/** An entity by id, name or alias, as the server sees it; unknown names come with close candidates. */
export function resolveEntity(kb: KnowledgeBase, text: string): EntityResolution {
  const trimmed = text.trim();
  const byId = kb.entity(trimmed);
  if (byId) return { ok: true, entity: byId };
  const key = phraseKey(trimmed);
  const seen = kb.entitiesNamed(key);
  // A curated entity this server removed is still found (as by its id), so that what names it is
  // told how to bring it back rather than that nothing is so named.
  const ids = seen.length > 0 ? seen : kb.hiddenEntitiesNamed(key);
  const named = ids.map((id) => kb.entity(id)).filter((e): e is Entity => e !== undefined);
  if (named.length === 1) return { ok: true, entity: named[0]! };
  if (named.length > 1) {
    return {
      ok: false,
      problem: {
        message: `"${trimmed}" names several entities; give the full name or id of the one you mean`,
        candidates: named.map(label),
      },
    };
  }
  const rows = [...kb.allEntities()].flatMap((entity) =>
    [entity.id, entity.name, ...entity.aliases].map((name) => ({ key: name, label: label(entity) })),
  );
  const candidates = closest(trimmed, rows);
  return {
    ok: false,
    problem: { message: `unknown entity "${trimmed}"`, ...(candidates.length > 0 ? { candidates } : {}) },
  };
}

function label(entity: Entity): string {
  return `${entity.name} (${entity.id})`;
}

/** Up to five labels whose keys are closest to `text` (typos, or one contains the other). */
function closest(text: string, rows: { key: string; label: string }[], max = 5): string[] {
  const wanted = phraseKey(text) || text.toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  const best = new Map<string, number>();
  for (const row of rows) {
    const key = phraseKey(row.key) || row.key.toLowerCase();
    let distance = damerauLevenshtein(wanted, key, limit);
    if (distance > limit && wanted.length >= 3 && (key.includes(wanted) || wanted.includes(key))) {
      distance = limit;
    }
    if (distance > limit) continue;
    best.set(row.label, Math.min(distance, best.get(row.label) ?? Number.POSITIVE_INFINITY));
  }
  return [...best]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([name]) => name);
}

/** A slug id from a statement: its first words, lower case, at most 60 characters. */
export function slugOf(statement: string): string {
  const words = canonicalText(statement)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 60) break;
    slug = next;
  }
  return slug || "fact";
}

export function freeId(base: string, isFree: (id: string) => boolean): string {
  if (isFree(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (isFree(id)) return id;
  }
}

/** "$.entities[1]" without the "$.": the field name a form shows. */
function fieldOf(path: readonly PropertyKey[]): string {
  const text = path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    "",
  );
  return text || "input";
}

/** The input that would recreate a fact: what an edit form is filled with. */
export function inputOf(fact: Fact, kb: KnowledgeBase): FactInput {
  const source = kb.source(fact.source);
  return {
    statement: fact.statement,
    entities: [...fact.entities],
    outlet: source?.outlet ?? "",
    date: source?.date ?? "",
    quote: fact.quote,
    ...(source?.url ? { url: source.url } : {}),
    ...(source ? { title: source.title } : {}),
    keywords: [...fact.keywords],
    questions: [...fact.questions],
    ...(fact.event ? { event: fact.event } : {}),
    ...(fact.date ? { factDate: fact.date } : {}),
  };
}
