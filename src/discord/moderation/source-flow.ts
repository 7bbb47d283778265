import { z } from "zod";
import { articleTextOf } from "../../drafting/article-text.ts";
import { draftInWorker } from "../../drafting/draft-in-worker.ts";
import { formatDate } from "../../engine/compose.ts";
import type { KnowledgeBase } from "../../engine/knowledge.ts";
import { phraseKey } from "../../engine/language/normalize.ts";
import { quoteOccursIn } from "../../engine/load.ts";
import { IsoDate } from "../../engine/schema.ts";
import type { SourceDraftData, StoredSourceDraft } from "../../storage/source-drafts.ts";
import { hiddenCharacterProblem, refuseHidden, withoutHiddenCharacters } from "../../storage/typed-text.ts";
import type {
  AttachedFile,
  CommandContext,
  ComponentContext,
  ComponentInteractive,
  Interactive,
  SubmitContext,
} from "../command.ts";
import { shortHash } from "../custom-id.ts";
import { databaseTroubleMessage } from "../errors.ts";
import { LIMITS, truncate } from "../limits.ts";
import { blockQuote, safeText } from "../markdown.ts";
import type { ReplyModel } from "../reply-model.ts";
import { encodeModerationId, type ModerationAction } from "./custom-id.ts";
import { splitNames } from "./fact-form.ts";
import type { FormModel } from "./form-model.ts";
import { type Moderator, requireModerator } from "./gate.ts";
import { readForm, saveFormDraft } from "./record-forms.ts";
import { ephemeral, linesToFix, replyWith, say } from "./views.ts";

/**
 * /source add: a moderator sends a news article (a .txt or .md file, or pasted into a form) with
 * its outlet, date and link; the bot drafts its facts, entities and event (src/drafting) and shows
 * them one by one to approve all, edit one or drop one. Nothing is saved until approved: the draft
 * waits in the database for 24 hours (a restart keeps it); approving imports it into the server's
 * overlay as revisions. Every command, button and form checks the moderator first.
 */

/** The largest article accepted: long features are about 60 kB of text. */
export const MAX_ARTICLE_BYTES = 200_000;
const ARTICLE_FIELDS = ["text", "outlet", "date", "link", "title"] as const;
/** The most the form's text field holds (Discord's limit for a text input). */
const ARTICLE_TEXT_MAX = 4000;
export const FACT_FIELDS = ["statement", "about", "quote", "date"] as const;
const FACT_FIELD_NAMES: Record<(typeof FACT_FIELDS)[number], string> = {
  statement: "Statement",
  about: "About",
  quote: "Quote",
  date: "Date",
};

const update = (model: ReplyModel): ComponentInteractive => ({ kind: "update", reply: model });

// ---- /source add ----

export async function runSourceCommand(ctx: CommandContext): Promise<Interactive> {
  const gate = requireModerator(ctx);
  if (!gate.ok) return say(gate.message);
  const { mod } = gate;
  const meta = {
    outlet: ctx.options.string("outlet") ?? "",
    date: ctx.options.string("date") ?? "",
    link: ctx.options.string("link") ?? "",
    title: ctx.options.string("title") ?? "",
  };
  const file = ctx.options.attachment?.("file");
  if (!file) return { kind: "form", form: articleForm(meta) };
  const text = await readArticle(file);
  if (!text.ok) return say(text.message);
  return draftAndShow(ctx, mod, { ...meta, text: text.text });
}

export function articleForm(values: Partial<Record<(typeof ARTICLE_FIELDS)[number], string>>): FormModel {
  const field = (
    id: string,
    label: string,
    description: string,
    style: "short" | "paragraph",
    max: number,
  ) => ({
    id,
    label,
    description,
    style,
    maxLength: max,
    required: id === "text" || id === "outlet" || id === "date",
    ...(values[id as keyof typeof values] ? { value: values[id as keyof typeof values] } : {}),
  });
  return {
    customId: encodeModerationId({ kind: "source-form" }),
    title: "Draft facts from an article",
    fields: [
      field(
        "text",
        "The article's text",
        "Paste the article (longer ones: attach a .txt file).",
        "paragraph",
        ARTICLE_TEXT_MAX,
      ),
      field("outlet", "Outlet", "Who published it.", "short", 100),
      field("date", "Date (YYYY-MM-DD)", "When it was published.", "short", 10),
      field("link", "Link", "https://… (optional).", "short", 500),
      field("title", "Title", "The headline (optional).", "short", 300),
    ],
  };
}

type Read = { ok: true; text: string } | { ok: false; message: string };

/** The attached article: a text file of reasonable size, downloaded from Discord. */
async function readArticle(file: AttachedFile): Promise<Read> {
  const name = safeText(truncate(file.name, 80));
  const textLike =
    /\.(?:txt|md|markdown)$/i.test(file.name) && (!file.contentType || /^text\//i.test(file.contentType));
  if (!textLike) {
    return {
      ok: false,
      message: `${name} is not a text file: send the article as a .txt or .md file, or paste it (run /source add without a file).`,
    };
  }
  if (file.size > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      message: `${name} is ${Math.round(file.size / 1000)} kB; an article is at most ${MAX_ARTICLE_BYTES / 1000} kB of text. Send the article's text only.`,
    };
  }
  let bytes: ArrayBuffer;
  try {
    const response = await fetch(file.url, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok)
      return {
        ok: false,
        message: `I could not download ${name} (HTTP ${response.status}). Please send it again.`,
      };
    bytes = await response.arrayBuffer();
  } catch {
    return { ok: false, message: `I could not download ${name}. Please send it again.` };
  }
  if (bytes.byteLength > MAX_ARTICLE_BYTES)
    return {
      ok: false,
      message: `${name} is larger than ${MAX_ARTICLE_BYTES / 1000} kB. Send the article's text only.`,
    };
  const text = articleTextOf(bytes);
  if (text === undefined) {
    return {
      ok: false,
      message: `${name} is not UTF-8 text: save the article as plain text and send it again.`,
    };
  }
  return { ok: true, text };
}

const Meta = z.object({
  outlet: z
    .string()
    .trim()
    .min(1, "name the outlet")
    .max(100, "the outlet has at most 100 characters")
    .superRefine((value, ctx) => refuseHidden(value, ctx, "the outlet")),
  date: IsoDate,
  link: z.union([z.literal(""), z.httpUrl("the link must be a web address (https://…)")]),
  title: z
    .string()
    .trim()
    .max(300, "the title has at most 300 characters")
    .superRefine((value, ctx) => refuseHidden(value, ctx, "the title")),
});

/**
 * Drafting runs on a worker thread (src/drafting/draft-in-worker.ts), so members are answered
 * meanwhile; its NLP libraries load there with the first /source add (a few seconds).
 */
async function draftAndShow(
  ctx: CommandContext | SubmitContext,
  mod: Moderator,
  input: { text: string; outlet: string; date: string; link: string; title: string },
): Promise<Interactive> {
  const typed = input;
  const meta = Meta.safeParse({ ...input, date: paddedDate(input.date), link: input.link.trim() });
  // A pasted article: its controls and direction overrides are dropped, as from an uploaded file.
  input = { ...input, text: withoutHiddenCharacters(input.text) };
  if (!meta.success) {
    const problems = meta.error.issues.map(
      (i) => `${i.path.join(".") === "date" ? "date: " : ""}${i.message}`,
    );
    return givenBack(ctx, mod, typed, `Nothing was drafted: ${safeText(problems.join("; "))}.`);
  }
  if (!/\p{L}{3}/u.test(input.text))
    return say("That article is empty: there is no text to draft facts from.");
  const kb = ctx.services.engine.knowledge(mod.guildId);
  // With "source drafted" after it: how long a draft took, while the bot went on answering.
  ctx.services.logger.info("drafting article", { guildId: mod.guildId, characters: input.text.length });
  const drafted = await draftInWorker({
    text: input.text,
    outlet: meta.data.outlet,
    date: meta.data.date,
    ...(meta.data.link ? { url: meta.data.link } : {}),
    ...(meta.data.title ? { title: meta.data.title } : {}),
    known: [...kb.allEntities()],
    takenIds: takenIds(kb),
  });
  if (!drafted.ok) {
    const { logger } = ctx.services;
    const fields = { guildId: mod.guildId, problem: drafted.problem, detail: drafted.detail };
    // Over the time limit is the article's doing; a crash or a throw is the drafter's.
    if (drafted.problem === "timeout") logger.warn("source draft failed", fields);
    else logger.error("source draft failed", fields);
    return givenBack(ctx, mod, typed, drafted.message);
  }
  const { draft } = drafted;
  if (draft.facts.length === 0) {
    return givenBack(
      ctx,
      mod,
      typed,
      "I found no claims in that text (sentences that name someone and say what happened). Nothing was saved.",
    );
  }
  const data: SourceDraftData = {
    source: draft.source,
    text: draft.text,
    entities: draft.entities,
    events: draft.events,
    facts: draft.facts,
    report: draft.report,
  };
  let id: string;
  try {
    id = mod.storage.store.sourceDrafts.put(mod.guildId, ctx.userId, data);
  } catch (error) {
    const trouble = databaseTroubleMessage(error);
    if (!trouble) throw error;
    return articleKept(ctx, mod, typed, trouble, error);
  }
  ctx.services.logger.info("source drafted", { guildId: mod.guildId, draft: id, facts: draft.facts.length });
  return replyWith(
    reviewReply(kb, { id, guildId: mod.guildId, userId: ctx.userId, createdAt: "", data }, 0, true),
  );
}

/**
 * The draft could not be saved (the database busy or unreachable): the article is not lost. It
 * comes back as a .txt file to send with /source add again, and, when it was pasted (it fits the
 * form), a button reopens the form with everything typed, for 24 hours.
 */
function articleKept(
  ctx: CommandContext | SubmitContext,
  mod: Moderator,
  typed: { text: string; outlet: string; date: string; link: string; title: string },
  trouble: string,
  error: unknown,
): Interactive {
  ctx.services.logger.warn(
    "a drafted article could not be saved on the database; the article is given back",
    {
      err: error,
      userId: ctx.userId,
    },
  );
  return givenBack(
    ctx,
    mod,
    typed,
    trouble,
    "send it again with /source add (file) once the database answers",
  );
}

/**
 * An article that was not drafted or not saved is never lost: it comes back as a .txt file, and,
 * when it fits the form, behind a button that reopens the form with everything typed (24 hours).
 * `why` says what happened, in one line; the reply adds where the article is and, if given, what to
 * do `again`.
 */
function givenBack(
  ctx: CommandContext | SubmitContext,
  mod: Moderator,
  typed: { text: string; outlet: string; date: string; link: string; title: string },
  why: string,
  again?: string,
): Interactive {
  const fitsTheForm = typed.text.length <= ARTICLE_TEXT_MAX;
  const reopen = fitsTheForm
    ? encodeModerationId({
        kind: "reopen",
        draft: saveFormDraft(ctx.services.drafts, {
          v: 1,
          form: "source",
          guildId: mod.guildId,
          userId: ctx.userId,
          values: { ...typed },
        }),
      })
    : undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(typed.date.trim()) ? typed.date.trim() : "undated";
  return {
    kind: "reply",
    reply: {
      content:
        `${why} Your article is attached${again ? `: ${again}` : ""}` +
        (reopen
          ? `${again ? ", or" : ";"} press the button to reopen the form with what you typed (kept for 24 hours).`
          : "."),
      ...(reopen
        ? {
            buttons: [
              [{ customId: reopen, label: "Open the form again", emoji: "✏️", style: "primary" as const }],
            ],
          }
        : {}),
      ephemeral: true,
    },
    files: [{ name: `article-${date}.txt`, data: Buffer.from(`${typed.text}\n`, "utf8") }],
  };
}

/** "2025-5-2" is 2025-05-02, as the fact form reads it; anything else is left for the schema to refuse. */
function paddedDate(typed: string): string {
  const parts = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed.trim());
  return parts ? `${parts[1]}-${parts[2]!.padStart(2, "0")}-${parts[3]!.padStart(2, "0")}` : typed;
}

function takenIds(kb: KnowledgeBase): Set<string> {
  const ids = new Set<string>();
  for (const indexed of kb.allFacts()) ids.add(indexed.fact.id);
  for (const event of kb.allEvents()) ids.add(event.id);
  for (let scope: KnowledgeBase | undefined = kb; scope; scope = scope.parent) {
    for (const id of scope.sources.keys()) ids.add(id);
  }
  return ids;
}

// ---- review ----

function reviewReply(kb: KnowledgeBase, draft: StoredSourceDraft, index: number, first = false): ReplyModel {
  const { data, id } = draft;
  const total = data.facts.length;
  const at = Math.max(0, Math.min(total - 1, index));
  const fact = data.facts[at];
  const newIds = new Set(data.entities.map((e) => e.id));
  const nameOf = (entityId: string) => {
    const name = data.entities.find((e) => e.id === entityId)?.name ?? kb.entity(entityId)?.name ?? entityId;
    return `${safeText(name)}${newIds.has(entityId) ? " (new)" : ""}`;
  };
  const checks = data.report.slice(1, 5).map((line) => `• ${safeText(truncate(line, 180))}`);
  const content = first
    ? truncate(
        [
          `Drafted ${total} fact${total === 1 ? "" : "s"} from **${safeText(data.source.outlet)}**, ${formatDate(
            data.source.date,
          )}. Nothing is saved until you approve.`,
          ...(checks.length > 0 ? ["Worth checking:", ...checks] : []),
        ].join("\n"),
        LIMITS.content,
      )
    : undefined;
  const action = (kind: "source-page" | "source-drop" | "source-edit", i: number) => {
    const shown = data.facts[i];
    return kind === "source-page" || !shown
      ? encodeModerationId({ kind: "source-page", draft: id, index: i })
      : encodeModerationId({ kind, draft: id, index: i, fact: draftedFactKey(shown) });
  };
  return {
    ...(content ? { content } : {}),
    cards: fact
      ? [
          {
            tone: "facts",
            title: `Fact ${at + 1} of ${total}`,
            description: truncate(safeText(fact.statement), LIMITS.embedDescription),
            fields: [
              {
                name: "About",
                value: truncate(fact.entities.map(nameOf).join(", "), LIMITS.embedFieldValue),
              },
              {
                name: "Quote",
                value: truncate(blockQuote(`“${safeText(fact.quote)}”`), LIMITS.embedFieldValue),
              },
              ...(fact.date ? [{ name: "Date", value: formatDate(fact.date), inline: true }] : []),
            ],
            footer: `draft ${id} · kept for 24 hours · ${data.source.title}`.slice(0, 200),
          },
        ]
      : [],
    buttons: [
      [
        {
          customId: action("source-page", Math.max(0, at - 1)),
          label: "◀",
          style: "secondary",
          disabled: at === 0,
        },
        {
          customId: action("source-page", at + 1),
          label: "▶",
          style: "secondary",
          disabled: at >= total - 1,
        },
        {
          customId: encodeModerationId({ kind: "source-approve", draft: id }),
          label: `Approve all ${total}`,
          emoji: "✅",
          style: "success",
        },
        { customId: action("source-edit", at), label: "Edit this one", emoji: "✏️", style: "primary" },
        { customId: action("source-drop", at), label: "Drop this one", emoji: "🗑️", style: "danger" },
      ],
    ],
    ephemeral: true,
  };
}

type Found = { ok: true; draft: StoredSourceDraft } | { ok: false; message: string };

function findDraft(ctx: ComponentContext | SubmitContext, mod: Moderator, id: string): Found {
  const draft = mod.storage.store.sourceDrafts.get(mod.guildId, id);
  if (!draft)
    return {
      ok: false,
      message:
        "That draft is gone: drafts are kept for 24 hours, and approved ones are saved. Run /source add again.",
    };
  if (draft.userId !== ctx.userId)
    return { ok: false, message: "That draft is another moderator's to review." };
  return { ok: true, draft };
}

export function onSourceButton(ctx: ComponentContext, action: ModerationAction): ComponentInteractive {
  const gate = requireModerator(ctx);
  if (!gate.ok) return say(gate.message);
  const { mod } = gate;
  if (!("draft" in action) || action.draft === undefined)
    return say("That button is from an older version of the bot. Please start again.");
  const found = findDraft(ctx, mod, action.draft);
  if (!found.ok) return say(found.message);
  const { draft } = found;
  const kb = ctx.services.engine.knowledge(mod.guildId);
  const drafts = mod.storage.store.sourceDrafts;
  switch (action.kind) {
    case "source-page":
      return update(reviewReply(kb, draft, action.index));
    case "source-drop": {
      if (isStale(draft, action)) return update(staleReview(kb, draft, action.index));
      const facts = draft.data.facts.filter((_, i) => i !== action.index);
      if (facts.length === 0) {
        drafts.delete(mod.guildId, draft.id);
        return update(ephemeral("Every drafted fact was dropped; nothing was saved."));
      }
      const data = { ...draft.data, facts };
      drafts.replace(mod.guildId, draft.id, data);
      return update(reviewReply(kb, { ...draft, data }, action.index));
    }
    case "source-edit": {
      const fact = draft.data.facts[action.index];
      if (!fact) return say("That fact is no longer in the draft.");
      if (isStale(draft, action)) return update(staleReview(kb, draft, action.index));
      const names = fact.entities.map(
        (id) => draft.data.entities.find((e) => e.id === id)?.name ?? kb.entity(id)?.name ?? id,
      );
      return {
        kind: "form",
        form: factDraftForm(draft.id, action.index, draftedFactKey(fact), {
          statement: fact.statement,
          about: names.join(", "),
          quote: fact.quote,
          date: fact.date ?? "",
        }),
      };
    }
    case "source-approve":
      return update(approve(ctx, mod, draft));
    default:
      return say("That button is from an older version of the bot. Please start again.");
  }
}

/** What a drafted fact's buttons carry to find it again: a hash of its words and its quote. */
/** The four fields of a drafted fact's form as typed, quoted, for a reply that cannot reopen it. */
function typedFact(values: Record<(typeof FACT_FIELDS)[number], string>): string {
  return FACT_FIELDS.filter((field) => values[field].trim())
    .map((field) => `${FACT_FIELD_NAMES[field]}:\n${blockQuote(safeText(values[field].trim()))}`)
    .join("\n");
}

function draftedFactKey(fact: SourceDraftData["facts"][number]): string {
  return shortHash(`${fact.statement}\u0000${fact.quote}`);
}

/** Whether the fact a button or form was made for is no longer at its place in the draft. */
function isStale(draft: StoredSourceDraft, action: { index: number; fact: string }): boolean {
  const now = draft.data.facts[action.index];
  return !now || draftedFactKey(now) !== action.fact;
}

/** The review as it is now, saying the click changed nothing (a double click, an old message). */
function staleReview(kb: KnowledgeBase, draft: StoredSourceDraft, index: number): ReplyModel {
  const at = Math.max(0, Math.min(index, draft.data.facts.length - 1));
  const review = reviewReply(kb, draft, at);
  const note =
    "That fact was dropped or changed since this message was drawn: nothing changed. The draft as it is now:";
  return {
    ...review,
    content: truncate(review.content ? `${note}\n${review.content}` : note, LIMITS.content),
  };
}

function approve(ctx: ComponentContext, mod: Moderator, draft: StoredSourceDraft): ReplyModel {
  const { source, text, entities, events, facts } = draft.data;
  const { textFile: _textFile, ...cited } = source;
  const used = new Set([
    ...facts.flatMap((f) => f.entities),
    ...events.flatMap((e) => e.participants.map((p) => p.entity)),
  ]);
  const result = mod.storage.facts.importOverlay(
    mod.guildId,
    mod.actor,
    {
      sources: [{ ...cited, text }],
      entities: entities.filter((e) => used.has(e.id)),
      events,
      facts,
      aliases: [],
      removedFacts: [],
    },
    { reason: `approved from /source add (draft ${draft.id})`, file: "draft" },
  );
  if (!result.ok) {
    const lines = result.problems.slice(0, 5).map((p) => `• ${safeText(p.message)}`);
    return ephemeral(
      truncate(
        `Nothing was saved: the draft no longer fits this server.\n${lines.join("\n")}`,
        LIMITS.content,
      ),
    );
  }
  // Saved: a database that fails now, only clearing the draft, must not make that look unsaved.
  let cleared = true;
  try {
    mod.storage.store.sourceDrafts.delete(mod.guildId, draft.id);
  } catch (error) {
    if (!databaseTroubleMessage(error)) throw error;
    cleared = false;
    ctx.services.logger.warn("an approved draft was saved but could not be cleared; it expires by itself", {
      err: error,
      guildId: mod.guildId,
      draft: draft.id,
    });
  }
  ctx.services.logger.info("source approved", {
    guildId: mod.guildId,
    draft: draft.id,
    facts: result.counts.facts,
  });
  const { counts } = result;
  return ephemeral(
    `Saved ${counts.facts} fact${counts.facts === 1 ? "" : "s"}, ${counts.entities} new ${
      counts.entities === 1 ? "entity" : "entities"
    } and ${counts.events} event${counts.events === 1 ? "" : "s"} from ${safeText(source.outlet)}: questions in this server are answered from them now. Each is a revision (see /fact history); /source remove takes the whole article back.${
      cleared
        ? ""
        : " (The draft itself could not be cleared just now; it expires within 24 hours, and approving it again changes nothing.)"
    }`,
  );
}

export function factDraftForm(
  id: string,
  index: number,
  fact: string,
  values: Record<(typeof FACT_FIELDS)[number], string>,
): FormModel {
  return {
    customId: encodeModerationId({ kind: "source-edit-form", draft: id, index, fact }),
    title: `Edit drafted fact ${index + 1}`,
    fields: [
      {
        id: "statement",
        label: "Statement",
        description: "The fact in one sentence, as answers will state it.",
        style: "paragraph",
        maxLength: 500,
        required: true,
        value: values.statement,
      },
      {
        id: "about",
        label: "About (names, comma-separated)",
        description: "Who or what it is about; the first is the subject.",
        style: "short",
        maxLength: 400,
        required: true,
        value: values.about,
      },
      {
        id: "quote",
        label: "Quote from the article",
        description: "Exact words of the article that support it.",
        style: "paragraph",
        maxLength: 1000,
        required: true,
        value: values.quote,
      },
      {
        id: "date",
        label: "Date it happened (YYYY-MM-DD)",
        description: "Empty for background (roles, earlier events).",
        style: "short",
        maxLength: 10,
        required: false,
        ...(values.date ? { value: values.date } : {}),
      },
    ],
  };
}

// ---- forms ----

export async function submitSourceForm(ctx: SubmitContext, action: ModerationAction): Promise<Interactive> {
  const gate = requireModerator(ctx);
  if (!gate.ok) return say(gate.message);
  const { mod } = gate;
  if (action.kind === "source-form") {
    const values = readForm(ARTICLE_FIELDS, ctx.fields);
    return draftAndShow(ctx, mod, values);
  }
  if (action.kind !== "source-edit-form")
    return say("That form is from an older version of the bot. Please start again.");
  const found = findDraft(ctx, mod, action.draft);
  if (!found.ok) return say(found.message);
  const { draft } = found;
  const fact = draft.data.facts[action.index];
  const values = readForm(FACT_FIELDS, ctx.fields);
  if (!fact || isStale(draft, action))
    return say(
      truncate(
        `Nothing changed in the draft: that fact was dropped or changed since you opened the form (open it again from the review).\nWhat you typed:\n${typedFact(values)}`,
        LIMITS.content,
      ),
    );
  const kb = ctx.services.engine.knowledge(mod.guildId);
  const problems: string[] = [];
  const statement = values.statement.trim();
  if (!statement) problems.push("write the fact in one sentence");
  const hidden = hiddenCharacterProblem(statement);
  if (hidden) problems.push(`the fact ${hidden}`);
  const quote = values.quote.trim();
  if (!quote || !quoteOccursIn(quote, draft.data.text))
    problems.push("the quote must be words of the article, exactly");
  // 2024-5-2 is 2024-05-02, as in the article's and the fact's forms.
  const date = values.date
    .trim()
    .replace(
      /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
      (_, y, m, d) => `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`,
    );
  if (date && (!IsoDate.safeParse(date).success || date > draft.data.source.date))
    problems.push(`the date is YYYY-MM-DD, on or before the article's (${draft.data.source.date}), or empty`);
  const entities: string[] = [];
  for (const name of splitNames(values.about)) {
    const key = phraseKey(name);
    const own = draft.data.entities.find((e) =>
      [e.id, e.name, ...e.aliases].some((n) => phraseKey(n) === key),
    );
    const named = kb.entitiesNamed(key);
    if (!own && !kb.entity(name) && named.length > 1) {
      // Namesakes: which one is the moderator's to say, by full name (or id).
      const which = named.map((id) => `${kb.entity(id)?.name ?? id} (${id})`).join(", ");
      problems.push(`"${name}" names ${which}: write the full name of the one you mean`);
      continue;
    }
    const id = own?.id ?? (kb.entity(name) ? name : named[0]);
    if (id) entities.push(id);
    else problems.push(`"${name}" is neither in the draft nor in this server (add it with /entity add)`);
  }
  if (entities.length === 0 && problems.length === 0) problems.push("name who or what it is about");
  if (problems.length > 0) {
    // Every field as typed, behind "Fix and send again": the form reopens as it was sent.
    const kept = saveFormDraft(ctx.services.drafts, {
      v: 1,
      form: "drafted-fact",
      guildId: mod.guildId,
      userId: ctx.userId,
      values,
      drafted: { draft: draft.id, index: action.index, fact: action.fact },
    });
    const lines = problems.map((problem) => `• ${safeText(problem)}`);
    const fix = linesToFix(lines, encodeModerationId({ kind: "reopen", draft: kept }));
    return replyWith({ ...fix, content: "Nothing changed in the draft." });
  }
  const { date: _drafted, ...rest } = fact;
  const edited = { ...rest, statement, quote, entities: [...new Set(entities)], ...(date ? { date } : {}) };
  const data = { ...draft.data, facts: draft.data.facts.map((f, i) => (i === action.index ? edited : f)) };
  mod.storage.store.sourceDrafts.replace(mod.guildId, draft.id, data);
  return replyWith(reviewReply(kb, { ...draft, data }, action.index));
}
