import { z } from "zod";
import type { KnowledgeBase } from "../../engine/knowledge.ts";
import { phraseKey } from "../../engine/language/normalize.ts";
import { IsoDate } from "../../engine/schema.ts";
import type { FactInput, FactPatch, InputProblem } from "../../storage/index.ts";
import { resolveEntity } from "../../storage/input.ts";
import { refuseHidden } from "../../storage/typed-text.ts";
import type { FormField, FormModel } from "./form-model.ts";

/**
 * The form a moderator fills in to add or edit a fact. Discord allows five text inputs, so the
 * citation's outlet, date and link share one line ("Example Times | 2025-05-02 | https://…"):
 *
 *   statement  the fact, one sentence, as answers will state it
 *   entities   who or what it is about: names or aliases, comma-separated, the subject first
 *   source     outlet | YYYY-MM-DD | link | happened YYYY-MM-DD (the link and when it happened are
 *              optional: a fact with the day it happened answers "when")
 *   quote      the exact words from the source that support the statement
 *   reason     why (kept in the fact's history); optional
 */
export const FACT_FIELDS = ["statement", "entities", "source", "quote", "reason"] as const;
export type FactField = (typeof FACT_FIELDS)[number];
export type FactFormValues = Record<FactField, string>;

export const FIELD_LABELS: Record<FactField, string> = {
  statement: "Statement",
  entities: "About",
  source: "Source",
  quote: "Quote",
  reason: "Reason",
};

const MAX = { statement: 500, entities: 400, source: 600, quote: 1000, reason: 200 } as const;
/** More names than this is not a fact about something any more. */
const MAX_NAMES = 12;

export function emptyValues(): FactFormValues {
  return { statement: "", entities: "", source: "", quote: "", reason: "" };
}

/** The form, pre-filled with `values`. */
export function factForm(options: {
  customId: string;
  title: string;
  values?: Partial<FactFormValues>;
  /** Shown in the empty statement field, e.g. the question the fact should answer. */
  statementHint?: string;
  editing: boolean;
}): FormModel {
  const values = { ...emptyValues(), ...options.values };
  const field = (id: FactField, rest: Omit<FormField, "id" | "value" | "maxLength">): FormField => ({
    id,
    maxLength: MAX[id],
    ...(values[id] ? { value: values[id] } : {}),
    ...rest,
  });
  return {
    customId: options.customId,
    title: options.title,
    fields: [
      field("statement", {
        label: "Statement",
        description: "The fact in one sentence, as answers will state it.",
        style: "paragraph",
        required: true,
        placeholder:
          options.statementHint ??
          "e.g. Jane Doe has been the Secretary General of the Example Forum since 2022.",
      }),
      field("entities", {
        label: "About (names or aliases, comma-separated)",
        description: "Who or what it is about; the first is the subject.",
        style: "short",
        required: true,
        placeholder: "e.g. Jane Doe, Example Forum",
      }),
      field("source", {
        label: "Source: outlet | date | link | happened",
        description: "Outlet | YYYY-MM-DD | link | happened YYYY-MM-DD (link, happened: optional).",
        style: "short",
        required: true,
        placeholder: "e.g. Example Times | 2025-05-02 | https://example.org/… | happened 2025-05-01",
      }),
      field("quote", {
        label: "Quote from the source",
        description: "The exact words that support the statement; shown with answers.",
        style: "paragraph",
        required: true,
      }),
      field("reason", {
        label: options.editing ? "Reason for the change" : "Reason or note",
        description: "Kept in the fact's history. Optional.",
        style: "short",
        required: false,
        placeholder: options.editing ? "e.g. the ministry corrected the date" : "e.g. asked in #general",
      }),
    ],
  };
}

/** What the form shows for a fact: names rather than ids where a name is unambiguous. */
export function valuesFor(input: FactInput, kb: KnowledgeBase): FactFormValues {
  const names = input.entities.map((id) => {
    const name = kb.entity(id)?.name;
    const unique = name !== undefined && kb.entitiesNamed(phraseKey(name)).length === 1;
    return name && unique && !/[,;\n]/.test(name) ? name : id;
  });
  return {
    statement: input.statement,
    entities: names.join(", "),
    source: sourceLine(input.outlet, input.date, input.url, input.factDate ?? undefined),
    quote: input.quote,
    reason: "",
  };
}

export function sourceLine(outlet: string, date: string, url?: string, happened?: string): string {
  return [outlet, date, ...(url ? [url] : []), ...(happened ? [`${HAPPENED} ${happened}`] : [])].join(" | ");
}

/** The word before the day a fact's event happened, on the Source line. */
const HAPPENED = "happened";
const HAPPENED_PART = /(^|\|)\s*happened\b\s*:?([^|]*)/gi;

/** The submitted values; inputs missing from a (forged) submission count as empty. */
export function readValues(fields: ReadonlyMap<string, string>): FactFormValues {
  const values = emptyValues();
  for (const id of FACT_FIELDS) values[id] = fields.get(id) ?? "";
  return values;
}

export interface SourceParts {
  outlet: string;
  date: string;
  url?: string;
  /** When what the fact says happened ("happened 2025-05-01"), if not undated. */
  happened?: string;
}

const LOOSE_DATE = /(?<![\d-])\d{4}-\d{1,2}-\d{1,2}(?![\d-])/g;

/** "2024-5-2" is 2024-05-02, as the article form reads it; else the one line saying what is wrong. */
function dateOf(typed: string): { ok: true; date: string } | { ok: false; message: string } {
  const date = typed.replace(/-(\d)(?!\d)/g, "-0$1");
  const checked = IsoDate.safeParse(date);
  return checked.success
    ? { ok: true, date }
    : { ok: false, message: `${typed}: ${checked.error.issues[0]?.message ?? "not a date"}` };
}

/**
 * "Example Times | 2025-05-02 | https://…": the link and the date are found wherever they are, the
 * rest is the outlet, so "Example Times, 2025-05-02" and "2025-05-02 Example Times" work too.
 */
export function parseSourceLine(text: string): { parts: Partial<SourceParts>; problems: string[] } {
  const problems: string[] = [];
  let rest = ` ${text.trim()} `;
  const urls = rest.match(/https?:\/\/\S+/gi) ?? [];
  rest = rest.replace(/https?:\/\/\S+/gi, " ");
  if (urls.length > 1) problems.push("give at most one link");
  const url = urls[0]?.replace(/[.,;)]+$/, "");
  if (url !== undefined && !z.httpUrl().safeParse(url).success)
    problems.push(`"${url}" is not a web address`);
  if (url === undefined && /\bwww\.\S+/i.test(rest))
    problems.push("write the link in full, starting with https://");

  // "happened 2025-05-01": the day of what the fact says, taken out before the source's own date.
  let happened: string | undefined;
  // Only a part of the line that starts with the word: an outlet may have "happened" in its name.
  const happenings = [...rest.matchAll(HAPPENED_PART)];
  rest = rest.replace(HAPPENED_PART, "$1 ");
  if (happenings.length > 1) problems.push("give one day it happened");
  else if (happenings[0]) {
    const typed = (happenings[0][2] ?? "").trim();
    const parsed = /^\d{4}-\d{1,2}-\d{1,2}$/.test(typed) ? dateOf(typed) : undefined;
    if (!parsed)
      problems.push("write the day it happened as YYYY-MM-DD after “happened” (e.g. happened 2025-05-01)");
    else if (!parsed.ok) problems.push(`happened ${parsed.message}`);
    else happened = parsed.date;
  }

  const dates = rest.match(LOOSE_DATE) ?? [];
  rest = rest.replace(LOOSE_DATE, " ");
  let date: string | undefined;
  if (dates.length === 0) problems.push("add the date, written YYYY-MM-DD (e.g. 2025-05-02)");
  else if (dates.length > 1) problems.push("give one date");
  else {
    const parsed = dateOf(dates[0]!);
    if (parsed.ok) date = parsed.date;
    else problems.push(parsed.message);
  }

  const outlet = rest
    .split("|")
    .map((part) => part.replace(/^[\s,;·–—-]+|[\s,;·–—-]+$/g, ""))
    .filter(Boolean)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  if (!outlet) problems.push("name the outlet (e.g. Example Times)");
  else if (outlet.length > 100) problems.push("the outlet's name has at most 100 characters");
  return {
    parts: {
      ...(outlet ? { outlet } : {}),
      ...(date ? { date } : {}),
      ...(url ? { url } : {}),
      ...(happened ? { happened } : {}),
    },
    problems,
  };
}

export function splitNames(text: string): string[] {
  const names = text
    .split(/[,;\n]/)
    .map((name) => name.trim())
    .filter(Boolean);
  return [...new Set(names)];
}

/** One thing to fix, by the form field it is in ("form" when it fits none). */
export interface FormProblem {
  field: FactField | "form";
  message: string;
}

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} has at most ${max} characters`)
    .transform((value) => value || undefined);

const FormSchema = z.object({
  statement: z
    .string()
    .trim()
    .min(1, "write the fact in one sentence")
    .max(MAX.statement, `at most ${MAX.statement} characters`),
  entities: z
    .string()
    .transform(splitNames)
    .pipe(
      z
        .array(z.string().max(200, "a name has at most 200 characters"))
        .min(1, "name at least one person, country or organisation it is about")
        .max(MAX_NAMES, `name at most ${MAX_NAMES}`),
    ),
  source: z.string().transform((text, ctx) => {
    const { parts, problems } = parseSourceLine(text);
    for (const message of problems) ctx.addIssue({ code: "custom", message });
    return parts;
  }),
  quote: z
    .string()
    .trim()
    .min(1, "quote the words of the source that support the statement")
    .max(MAX.quote, `at most ${MAX.quote} characters`),
  // Kept in the history with the revision: held to the same rule as the fact's own text.
  reason: z
    .string()
    .superRefine((value, ctx) => refuseHidden(value, ctx, "the reason"))
    .pipe(optionalText(MAX.reason, "the reason")),
});

export type ParsedForm =
  | { ok: true; input: FactInput; reason?: string }
  | { ok: false; problems: FormProblem[] };

/** Checks the form as typed; every problem is listed. Names are resolved later, by the service. */
export function parseFactForm(values: FactFormValues): ParsedForm {
  const parsed = FormSchema.safeParse(values);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        field: FACT_FIELDS.find((field) => field === issue.path[0]) ?? "form",
        message: issue.message,
      })),
    };
  }
  const { statement, entities, source, quote, reason } = parsed.data;
  // parseSourceLine reported a problem for any missing part, so these are present here.
  const input: FactInput = {
    statement,
    entities,
    outlet: source.outlet ?? "",
    date: source.date ?? "",
    quote,
    ...(source.url ? { url: source.url } : {}),
    ...(source.happened ? { factDate: source.happened } : {}),
  };
  return { ok: true, input, ...(reason ? { reason } : {}) };
}

/**
 * An edit sends every field of the form: what was left as it was changes nothing, and an emptied
 * link or "happened" removes it. The fact's title, keywords, questions and event are kept.
 */
export function patchOf(input: FactInput): FactPatch {
  return {
    statement: input.statement,
    entities: input.entities,
    outlet: input.outlet,
    date: input.date,
    quote: input.quote,
    url: input.url ?? "",
    factDate: input.factDate ?? null,
  };
}

/** The service's problems (by input field) as problems of the form (by form field). */
export function formProblems(problems: readonly InputProblem[], values: FactFormValues): FormProblem[] {
  const names = splitNames(values.entities);
  return problems.map((problem) => {
    const [head = "", index] = problem.field.split(/[[\]]/);
    const candidates = problem.candidates?.length ? ` (did you mean ${problem.candidates.join(", ")}?)` : "";
    const field: FormProblem["field"] =
      head === "statement" || head === "questions" || head === "keywords"
        ? "statement"
        : head === "entities"
          ? "entities"
          : head === "outlet" || head === "date" || head === "url" || head === "title"
            ? "source"
            : head === "quote"
              ? "quote"
              : "form";
    const named = head === "entities" && index !== undefined ? names[Number(index)] : undefined;
    const prefix =
      field === "source" && head !== "source"
        ? `${head}: `
        : named && !problem.message.includes(named)
          ? `"${named}": `
          : "";
    return { field, message: `${prefix}${problem.message}${candidates}` };
  });
}

/**
 * The names that do not resolve in this server, for a form that has other problems too: so the
 * moderator sees every problem at once, not the unknown names only after fixing the rest.
 */
export function unknownNames(kb: KnowledgeBase, values: FactFormValues): FormProblem[] {
  return splitNames(values.entities).flatMap((name) => {
    if (name.length > 200) return [];
    const resolved = resolveEntity(kb, name);
    if (resolved.ok) return [];
    const candidates = resolved.problem.candidates?.length
      ? ` (did you mean ${resolved.problem.candidates.join(", ")}?)`
      : "";
    return [{ field: "entities" as const, message: `${resolved.problem.message}${candidates}` }];
  });
}
