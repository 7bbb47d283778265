import { z } from "zod";
import type { KnowledgeBase } from "../../engine/knowledge.ts";
import type { Entity, EntityKind } from "../../engine/schema.ts";
import type { EntityFields, EventFields, InputProblem } from "../../storage/index.ts";
import { reasonProblems } from "../../storage/index.ts";
import type { TextMemory } from "../text-memory.ts";
import { parseSourceLine, sourceLine, splitNames } from "./fact-form.ts";
import type { FormField, FormModel } from "./form-model.ts";

/**
 * The forms for a server's own entities and events (five text inputs each, as Discord allows),
 * what they parse to, and the drafts that give a moderator their text back after a problem.
 *
 *   entity: name · kind · description · aliases (comma-separated) · reason
 *   event:  title · "YYYY-MM-DD | place | topic, topic" · participants "Name (role), …" · summary ·
 *           source "Outlet | YYYY-MM-DD | link"
 */

export const ENTITY_FIELDS = ["name", "kind", "description", "aliases", "reason"] as const;
export const EVENT_FIELDS = ["title", "when", "participants", "summary", "source"] as const;
export type EntityFormValues = Record<(typeof ENTITY_FIELDS)[number], string>;
export type EventFormValues = Record<(typeof EVENT_FIELDS)[number], string>;

/** The kinds a moderator may type, and how they are stored. */
const KIND_WORDS: Record<string, EntityKind> = {
  person: "person",
  country: "country",
  organisation: "organization",
  organization: "organization",
  place: "place",
  event: "event",
  initiative: "initiative",
  other: "other",
};
export const KIND_CHOICES = "person, country, organisation, place, event, initiative or other";

const field = (
  id: string,
  label: string,
  description: string,
  style: "short" | "paragraph",
  maxLength: number,
  value: string | undefined,
  options: { required?: boolean; placeholder?: string } = {},
): FormField => ({
  id,
  label,
  description,
  style,
  maxLength,
  required: options.required ?? true,
  ...(value ? { value } : {}),
  ...(options.placeholder ? { placeholder: options.placeholder } : {}),
});

export function entityForm(customId: string, title: string, values: Partial<EntityFormValues>): FormModel {
  return {
    customId,
    title,
    fields: [
      field("name", "Name", "As people usually write it.", "short", 200, values.name, {
        placeholder: "e.g. Jane Doe",
      }),
      field("kind", "Kind", `One of: ${KIND_CHOICES}.`, "short", 20, values.kind, {
        placeholder: "e.g. person",
      }),
      field("description", "Description (one line)", "Who or what it is.", "short", 300, values.description, {
        placeholder: "e.g. Secretary General of the Example Forum",
      }),
      field(
        "aliases",
        "Other names (comma-separated)",
        "Abbreviations and spellings people use.",
        "short",
        400,
        values.aliases,
        { required: false, placeholder: "e.g. J. Doe, Doe" },
      ),
      field("reason", "Reason or note", "Kept in the history. Optional.", "short", 200, values.reason, {
        required: false,
        placeholder: "e.g. named in today's news",
      }),
    ],
  };
}

export function entityValues(entity: Entity): EntityFormValues {
  return {
    name: entity.name,
    kind: entity.kind === "organization" ? "organisation" : entity.kind,
    description: entity.description,
    aliases: entity.aliases.join(", "),
    reason: "",
  };
}

export type Parsed<T> = { ok: true; fields: T; reason?: string } | { ok: false; problems: InputProblem[] };

export function parseEntityForm(values: EntityFormValues): Parsed<EntityFields> {
  const problems: InputProblem[] = [];
  // Own words only: "constructor" and "__proto__" are on every object.
  const word = values.kind.trim().toLowerCase();
  const kind = Object.hasOwn(KIND_WORDS, word) ? KIND_WORDS[word] : undefined;
  if (!kind) problems.push({ field: "kind", message: `write one of: ${KIND_CHOICES}` });
  const name = values.name.trim();
  if (!name) problems.push({ field: "name", message: "write the name" });
  const description = values.description.trim();
  if (!description) problems.push({ field: "description", message: "describe it in one line" });
  const reason = values.reason.trim();
  problems.push(...reasonProblems(reason));
  if (problems.length > 0 || !kind) return { ok: false, problems };
  return {
    ok: true,
    fields: { kind, name, description, aliases: splitNames(values.aliases) },
    ...(reason ? { reason } : {}),
  };
}

export function eventForm(customId: string, title: string, values: Partial<EventFormValues>): FormModel {
  return {
    customId,
    title,
    fields: [
      field("title", "Title", "What happened, in a few words.", "short", 200, values.title, {
        placeholder: "e.g. Foreign ministers of two countries meet",
      }),
      field(
        "when",
        "Date | place | topics",
        "YYYY-MM-DD | where | topics, comma-separated.",
        "short",
        400,
        values.when,
        {
          placeholder: "e.g. 2025-05-02 | Port City | trade, energy",
        },
      ),
      field(
        "participants",
        "Participants: Name (role), …",
        "Names or aliases; a role in brackets is optional.",
        "paragraph",
        1000,
        values.participants,
        { placeholder: "e.g. Jane Doe (host), Example Forum (guest)" },
      ),
      field("summary", "Summary", "What happened and what was discussed.", "paragraph", 1500, values.summary),
      field(
        "source",
        "Source: outlet | date | link",
        "Outlet | YYYY-MM-DD | link (optional).",
        "short",
        600,
        values.source,
        {
          placeholder: "e.g. Example Times | 2025-05-02 | https://example.org/…",
        },
      ),
    ],
  };
}

export function eventValues(fields: EventFields): EventFormValues {
  return {
    title: fields.title,
    when: [fields.date, fields.place ?? "", (fields.topics ?? []).join(", ")]
      .join(" | ")
      .replace(/( \| )+$/, ""),
    participants: fields.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(", "),
    summary: fields.summary,
    source: sourceLine(fields.outlet, fields.sourceDate, fields.url),
  };
}

export function parseEventForm(values: EventFormValues): Parsed<EventFields> {
  const problems: InputProblem[] = [];
  const [date = "", place = "", topics = ""] = values.when.split("|").map((part) => part.trim());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    problems.push({ field: "date", message: "start with the date, written YYYY-MM-DD (e.g. 2025-05-02)" });
  const participants = splitParticipants(values.participants);
  if (!bracketsClosed(values.participants)) {
    // "Kazakhstan (CICA" would lose Kazakhstan and take the role for a participant.
    problems.push({
      field: "participants",
      message: "a bracket is left open: write each one as Name (role)",
    });
  } else if (participants.length === 0)
    problems.push({ field: "participants", message: "name at least one participant" });
  const source = parseSourceLine(values.source);
  for (const message of source.problems) problems.push({ field: "source", message });
  if (source.parts.happened)
    problems.push({
      field: "source",
      message: "an event's own day goes on its date line, not after “happened”",
    });
  if (!values.title.trim()) problems.push({ field: "title", message: "give the event a title" });
  if (!values.summary.trim())
    problems.push({ field: "summary", message: "say in a few sentences what happened" });
  const { outlet, date: sourceDate, url } = source.parts;
  if (problems.length > 0 || !outlet || !sourceDate) return { ok: false, problems };
  return {
    ok: true,
    fields: {
      title: values.title.trim(),
      date,
      ...(place ? { place } : {}),
      participants,
      summary: values.summary.trim(),
      topics: splitNames(topics),
      outlet,
      sourceDate,
      ...(url ? { url } : {}),
    },
  };
}

/** "Jane Doe (host), Example Forum" → names with optional roles; commas inside brackets stay. */
/** Every "(" closed by a ")" before the next one opens. */
function bracketsClosed(text: string): boolean {
  let open = false;
  for (const char of text) {
    if (char === "(") {
      if (open) return false;
      open = true;
    } else if (char === ")") {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}

function splitParticipants(text: string): { name: string; role?: string }[] {
  const out: { name: string; role?: string }[] = [];
  for (const match of text.matchAll(
    /([^,;\n(\s](?:[^,;\n(]*[^,;\n(\s])?)\s*(?:\(([^)]*)\))?\s*(?:[,;\n]|$)/g,
  )) {
    const name = match[1]?.trim();
    const role = match[2]?.trim();
    if (name) out.push({ name, ...(role ? { role } : {}) });
  }
  return out;
}

/** A guess at an unknown name's kind, to pre-fill the form: a moderator corrects it in one word. */
export function guessKind(name: string, kb: KnowledgeBase): string {
  if (kb.countryOfAdjective(name.toLowerCase())) return "country";
  const words = name.trim().split(/\s+/);
  if (
    /\b(?:forum|council|organi[sz]ation|union|ministry|agency|bank|fund|committee|commission|association)\b/i.test(
      name,
    )
  )
    return "organisation";
  if (/\b(?:summit|conference|meeting|talks|games|expo)\b/i.test(name)) return "event";
  if (/^\p{Lu}{2,}$/u.test(name)) return "organisation";
  return words.length >= 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? "person" : "other";
}

// ---- drafts: the text typed into an entity or event form ----

const FormDraft = z.object({
  v: z.literal(1),
  /**
   * "source": the /source add form, kept when its draft could not be saved; "drafted-fact": the
   * form editing one fact of an article's draft, kept when it had a problem.
   */
  form: z.enum(["entity", "event", "source", "drafted-fact"]),
  guildId: z.string(),
  userId: z.string(),
  values: z.record(z.string(), z.string()),
  /** For an edit: the record and the revision the form started from. */
  target: z.object({ id: z.string(), base: z.number().int().min(1) }).optional(),
  /** For an entity made for a fact form's new name: that fact's draft. */
  pending: z.string().optional(),
  /** For a drafted fact: the article's draft, the fact's place in it and its hash (see custom-id.ts). */
  drafted: z.object({ draft: z.string(), index: z.number().int().min(0), fact: z.string() }).optional(),
});
export type FormDraft = z.infer<typeof FormDraft>;

export function saveFormDraft(memory: TextMemory, draft: FormDraft): string {
  return memory.remember(JSON.stringify(draft));
}

export function loadFormDraft(
  memory: TextMemory,
  hash: string,
  owner: { guildId: string; userId: string },
): FormDraft | undefined {
  const text = memory.recall(hash);
  if (text === undefined) return undefined;
  try {
    const parsed = FormDraft.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.guildId === owner.guildId && parsed.data.userId === owner.userId
      ? parsed.data
      : undefined;
  } catch {
    return undefined;
  }
}

export function readForm<K extends string>(
  names: readonly K[],
  fields: ReadonlyMap<string, string>,
): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, fields.get(name) ?? ""])) as Record<K, string>;
}
