import { z } from "zod";
import type { TextMemory } from "../text-memory.ts";
import { FACT_FIELDS, type FactFormValues } from "./fact-form.ts";

/**
 * What a moderator typed into a form, kept so a button can reopen the form with it (after a
 * validation problem or a conflict). Stored in the bot's TextMemory under a short hash that the
 * button's custom_id carries: bounded, 24 hours, gone after a restart. A draft belongs to one
 * moderator in one server; anyone else's click on it is treated as expired.
 */
const Values = z.object(
  Object.fromEntries(FACT_FIELDS.map((field) => [field, z.string()])) as Record<
    (typeof FACT_FIELDS)[number],
    z.ZodString
  >,
);

export const Draft = z.object({
  v: z.literal(1),
  form: z.enum(["add", "edit"]),
  guildId: z.string(),
  userId: z.string(),
  /** For an edit: the fact and the revision the form starts from. */
  factId: z.string().optional(),
  base: z.number().int().min(1).optional(),
  /** For an add from an event's card: the event the fact belongs to. */
  event: z.string().optional(),
  /** For an add from /fact gaps: the question the fact should answer. */
  question: z.string().optional(),
  values: Values,
});
export type Draft = z.infer<typeof Draft>;

export function saveDraft(memory: TextMemory, draft: Draft): string {
  return memory.remember(JSON.stringify(draft));
}

export type DraftLookup = { ok: true; draft: Draft } | { ok: false; message: string };

export const DRAFT_EXPIRED =
  "I no longer have the text you typed: drafts are kept for 24 hours and not across a restart of the bot. " +
  "Please start again with /fact add or /fact edit.";

export function loadDraft(
  memory: TextMemory,
  hash: string,
  owner: { guildId: string; userId: string },
): DraftLookup {
  const text = memory.recall(hash);
  if (text === undefined) return { ok: false, message: DRAFT_EXPIRED };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: DRAFT_EXPIRED };
  }
  const parsed = Draft.safeParse(value);
  if (!parsed.success || parsed.data.guildId !== owner.guildId || parsed.data.userId !== owner.userId) {
    return { ok: false, message: DRAFT_EXPIRED };
  }
  return { ok: true, draft: parsed.data };
}

export function draftValues(draft: Draft): FactFormValues {
  return { ...draft.values };
}
