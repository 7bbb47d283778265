import { z } from "zod";

/** Ids are stable slugs so that facts, revisions and links survive edits and renames. */
export const Id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "ids are lower-case slugs: letters, digits, '.', '_' or '-'");

/** A calendar date, YYYY-MM-DD, that really exists (2024-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dates are written YYYY-MM-DD")
  .refine((value) => {
    // Malformed values are already reported by the pattern above; one message per problem.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "not a real calendar date");

const Text = (max: number) => z.string().trim().min(1).max(max);

export const EntityKind = z.enum([
  "person",
  "country",
  "organization",
  "event",
  "initiative",
  "place",
  "other",
]);
export type EntityKind = z.infer<typeof EntityKind>;

export const Source = z.strictObject({
  id: Id,
  outlet: Text(100),
  title: Text(300),
  date: IsoDate,
  // A web link: any other scheme (javascript:, ftp:, file:) would be kept and never shown on a card.
  url: z.httpUrl().optional(),
  /** File (relative to the source's folder) holding the cleaned article text. */
  textFile: z.string().min(1).default("article.txt"),
});
export type Source = z.infer<typeof Source>;

export const Entity = z.strictObject({
  id: Id,
  kind: EntityKind,
  name: Text(200),
  /** One line, e.g. "President of Azerbaijan"; shown in answers and used to resolve role questions. */
  description: Text(300),
  /** Abbreviations, transliterations and the variants the sources themselves use. */
  aliases: z.array(Text(200)).default([]),
});
export type Entity = z.infer<typeof Entity>;

export const Event = z.strictObject({
  id: Id,
  title: Text(200),
  date: IsoDate,
  place: Text(200).optional(),
  participants: z
    .array(z.strictObject({ entity: Id, role: Text(200).optional() }))
    .min(1, "an event has at least one participant"),
  summary: Text(1500),
  topics: z.array(Text(100)).default([]),
  source: Id,
});
export type Event = z.infer<typeof Event>;

export const Fact = z.strictObject({
  id: Id,
  /** One self-contained sentence that answers on its own. */
  statement: Text(500),
  /** Entities the fact is about; the first is its subject. */
  entities: z.array(Id).min(1, "a fact is about at least one entity"),
  event: Id.optional(),
  source: Id,
  /** Exact words from the source text that support the statement. */
  quote: Text(1000),
  /** Extra search words the statement itself does not contain (synonyms, topic names). */
  keywords: z.array(Text(60)).default([]),
  /** Questions this fact answers, offered as suggestions and autocomplete (not used for scoring). */
  questions: z.array(Text(100)).default([]),
  /**
   * When what the fact states happened (for what was said at a meeting, the meeting's date).
   * Only dated facts answer "when" questions; background facts (roles, earlier events) have none.
   */
  date: IsoDate.optional(),
});
export type Fact = z.infer<typeof Fact>;

/** Everything the engine knows: plain data, already validated and cross-checked. */
export interface Dataset {
  sources: Map<string, Source & { text: string }>;
  entities: Map<string, Entity>;
  events: Map<string, Event>;
  facts: Map<string, Fact>;
}

export const SourceRef = z.strictObject({
  outlet: z.string(),
  title: z.string(),
  date: z.string(),
  quote: z.string(),
  url: z.string().optional(),
});

export const AnswerFact = z.strictObject({
  id: z.string(),
  statement: z.string(),
  source: SourceRef,
});
export type AnswerFact = z.infer<typeof AnswerFact>;

/**
 * What a follow-up may refer back to: one turn of a conversation, as the engine read and answered
 * it. Adapters keep it (per DM, per user and channel, per reply chain) and hand it back.
 */
export const DialogueTurn = z.strictObject({
  /** The question as the engine read it (a follow-up already rewritten). */
  question: z.string(),
  /** The names the question used, as typed, and whom they named. */
  mentions: z.array(z.strictObject({ entity: z.string(), text: z.string() })),
  /** Entities of the turn, most salient first: the answer's own, then the question's, then the facts'. */
  entities: z.array(z.string()),
  /** The event the turn was about, if one. */
  event: z.string().optional(),
  /** Facts the answer cited. */
  facts: z.array(z.string()),
  /**
   * Of those, the ones cited only in support of another (the refusal beside its correction, the
   * act beside its stated reason): not things the answer listed.
   */
  beside: z.array(z.string()).optional(),
});
export type DialogueTurn = z.infer<typeof DialogueTurn>;

/** A suggestion is a button label: at most this long. */
export const MAX_SUGGESTION = 100;

export const AnswerResult = z.strictObject({
  answered: z.boolean(),
  answer: z.string(),
  confidence: z.number().min(0).max(1),
  facts: z.array(AnswerFact),
  suggestions: z.array(z.string().max(MAX_SUGGESTION)).max(3),
  /** How a follow-up was read ('Taking "he" as Ilham Aliyev.'), when the conversation was used. */
  reading: z.string().optional(),
  /** This turn, for the next question to refer back to. */
  turn: DialogueTurn.optional(),
  /**
   * "Which Ferrante do you mean?": the question used a name several entities share and nothing
   * said which; these are the entities (ids) it asks among, and `suggestions` the question asked
   * with each one's full name. Not a gap in the facts.
   */
  asksWhich: z.array(z.string()).optional(),
});
export type AnswerResult = z.infer<typeof AnswerResult>;
