import { isDeepStrictEqual } from "node:util";
import { formatDate } from "../../engine/compose.ts";
import type { KnowledgeBase } from "../../engine/knowledge.ts";
import type { Fact } from "../../engine/schema.ts";
import type { Actor, Conflict, FactPage, FactRevision, FactView, Gap } from "../../storage/index.ts";
import { withoutHiddenCharacters } from "../../storage/typed-text.ts";
import type { Interactive, Requester } from "../command.ts";
import { databaseTroubleMessage } from "../errors.ts";
import { LIMITS, truncate } from "../limits.ts";
import { blockQuote, link, safeText } from "../markdown.ts";
import type { ActionButton, Card, CardField, ReplyModel } from "../reply-model.ts";
import { encodeModerationId, factRef, type ListFilter } from "./custom-id.ts";
import { type FactFormValues, FIELD_LABELS, type FormProblem } from "./fact-form.ts";

/**
 * The moderator commands' replies. All of them are ephemeral: only the moderator sees them.
 * Text from facts and from users is escaped (safeText) before it goes into markdown.
 */

export const LIST_PAGE_SIZE = 6;
export const HISTORY_PAGE_SIZE = 8;

const code = (text: string) => `\`${text.replaceAll("`", "'")}\``;

/** A Discord timestamp: shown in each reader's own time zone and language. */
export function when(iso: string | undefined): string {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Number.isFinite(ms) ? `<t:${Math.floor(ms / 1000)}:f>` : "with the curated data";
}

export function ephemeral(content: string): ReplyModel {
  return { content, ephemeral: true };
}

function entityNames(fact: Fact, kb: KnowledgeBase): string {
  return fact.entities.map((id) => safeText(kb.entity(id)?.name ?? id)).join(", ");
}

/** A fact as a moderator sees it: statement, what it is about, its source and quote. */
export function factCard(
  view: FactView,
  kb: KnowledgeBase,
  title: string,
  tone: Card["tone"] = "facts",
): Card {
  const { fact, citation } = view;
  const source = `**${safeText(citation.outlet)}**${citation.date ? `, ${formatDate(citation.date)}` : ""}${
    citation.url ? ` · ${link("link", citation.url)}` : ""
  }`;
  const origin = view.origin === "base" ? (view.changed ? "curated, changed here" : "curated") : "added here";
  return {
    tone,
    title: truncate(title, LIMITS.embedTitle),
    description: truncate(safeText(fact.statement), LIMITS.embedDescription),
    fields: [
      { name: "About", value: truncate(entityNames(fact, kb) || "—", LIMITS.embedFieldValue) },
      { name: "Source", value: truncate(source, LIMITS.embedFieldValue) },
      { name: "Quote", value: truncate(blockQuote(`“${safeText(fact.quote)}”`), LIMITS.embedFieldValue) },
    ],
    footer: `${fact.id} · revision ${view.revision} · ${origin}${view.status === "removed" ? " · removed here" : ""}`,
  };
}

/** Edit, History and Remove buttons for a fact. */
export function factButtons(view: FactView): ActionButton[] {
  const ref = factRef(view.id);
  const buttons: ActionButton[] = [
    {
      customId: encodeModerationId({ kind: "edit", fact: ref }),
      label: "Edit",
      emoji: "✏️",
      style: "secondary",
    },
    {
      customId: encodeModerationId({ kind: "history", fact: ref, page: 0 }),
      label: "History",
      emoji: "🕘",
      style: "secondary",
    },
  ];
  if (view.status === "active") {
    buttons.push({
      customId: encodeModerationId({ kind: "remove", fact: ref, base: view.revision }),
      label: "Remove",
      emoji: "🗑️",
      style: "danger",
    });
  }
  return buttons;
}

export function writtenReply(headline: string, view: FactView, kb: KnowledgeBase, note?: string): ReplyModel {
  return {
    ...(note ? { content: note } : {}),
    cards: [factCard(view, kb, headline, "answer")],
    buttons: [factButtons(view)],
    ephemeral: true,
  };
}

/** Nothing was saved: every problem, and a button back to the form with the text as typed. */
export function problemsReply(problems: readonly FormProblem[], draftHash: string | undefined): ReplyModel {
  const lines = problems.map(
    (problem) =>
      `• ${problem.field === "form" ? "" : `**${FIELD_LABELS[problem.field]}**: `}${safeText(problem.message)}`,
  );
  return linesToFix(
    lines,
    draftHash ? encodeModerationId({ kind: "open-draft", draft: draftHash }) : undefined,
  );
}

/** The card of problems any moderator form gets, with the button (if any) that reopens the form. */
export function linesToFix(lines: readonly string[], reopenCustomId: string | undefined): ReplyModel {
  return {
    cards: [
      {
        tone: "error",
        title:
          lines.length === 1
            ? "One thing to fix; nothing was saved"
            : `${lines.length} things to fix; nothing was saved`,
        description: truncate(lines.join("\n"), LIMITS.embedDescription),
        footer: reopenCustomId ? "Your text is kept for 24 hours: press the button to fix it." : "",
      },
    ],
    buttons: reopenCustomId
      ? [[{ customId: reopenCustomId, label: "Fix and send again", emoji: "✏️", style: "primary" }]]
      : [],
    ephemeral: true,
  };
}

/** A handler's reply, a private line, and what a command shows where there are no forms (the console). */
export const replyWith = (model: ReplyModel): Interactive => ({ kind: "reply", reply: model });
export const say = (content: string): Interactive => replyWith(ephemeral(content));
export function withoutForms(result: Interactive): ReplyModel {
  return result.kind === "reply"
    ? result.reply
    : ephemeral("This opens a form, which only Discord can show.");
}

const ACTIONS: Record<FactRevision["action"], string> = {
  curated: "curated",
  add: "added",
  edit: "edited",
  remove: "removed",
  revert: "reverted",
  import: "imported",
};

/** What changed between two versions of a fact, in words. */
export function changedParts(before: Fact | null, after: Fact | null): string {
  if (!before || !after) return "";
  const parts: string[] = [];
  if (before.statement !== after.statement) parts.push("statement");
  if (!isDeepStrictEqual(before.entities, after.entities)) parts.push("about");
  if (before.source !== after.source) parts.push("source");
  if (before.quote !== after.quote) parts.push("quote");
  if (
    !isDeepStrictEqual(before.keywords, after.keywords) ||
    !isDeepStrictEqual(before.questions, after.questions)
  )
    parts.push("keywords/questions");
  if (before.event !== after.event || before.date !== after.date) parts.push("event/date");
  return parts.join(", ");
}

export function revisionLine(revision: FactRevision): string {
  const action =
    revision.action === "revert" && revision.revertedTo !== undefined
      ? `reverted to r${revision.revertedTo}`
      : ACTIONS[revision.action];
  const changed =
    revision.action === "edit" || revision.action === "import"
      ? changedParts(revision.before, revision.after)
      : "";
  const who = revision.action === "curated" ? "" : ` by ${safeText(revision.actor.tag)}`;
  return [
    `**r${revision.revision}** · ${action}${changed ? ` (${changed})` : ""}${who} · ${when(revision.at)}`,
    ...(revision.reason ? [`  ↳ “${safeText(truncate(revision.reason, 200))}”`] : []),
  ].join("\n");
}

/** Someone saved first: what changed since the moderator's base, and their own text, kept. */
export function conflictReply(
  conflict: Conflict,
  values: FactFormValues,
  kb: KnowledgeBase,
  draftHash: string,
): ReplyModel {
  const now = conflict.current;
  const fields: CardField[] = [
    {
      name: "Changed in between",
      value: truncate(conflict.changesSince.map(revisionLine).join("\n") || "—", LIMITS.embedFieldValue),
    },
  ];
  if (now) {
    fields.push({
      name: `Now (revision ${now.revision}${now.status === "removed" ? ", removed" : ""})`,
      value: truncate(
        `${safeText(now.fact.statement)}\n*About:* ${entityNames(now.fact, kb)}`,
        LIMITS.embedFieldValue,
      ),
    });
  }
  fields.push({
    name: "Your text (not saved)",
    value: truncate(draftSummary(values), LIMITS.embedFieldValue),
  });
  return {
    cards: [
      {
        tone: "refusal",
        title: truncate(`Someone changed ${conflict.factId} while you were editing`, LIMITS.embedTitle),
        description:
          `You started from revision ${conflict.baseRevision}; it is now at revision ${now?.revision ?? "?"}. ` +
          "Nothing of yours was saved. Press the button to edit again, starting from the current version, with your text.",
        fields,
      },
    ],
    buttons: [
      [
        {
          customId: encodeModerationId({ kind: "open-draft", draft: draftHash }),
          label: "Edit again with my text",
          emoji: "✏️",
          style: "primary",
        },
        {
          customId: encodeModerationId({ kind: "history", fact: factRef(conflict.factId), page: 0 }),
          label: "History",
          emoji: "🕘",
          style: "secondary",
        },
      ],
    ],
    ephemeral: true,
  };
}

export function draftSummary(values: FactFormValues): string {
  const line = (label: string, text: string) =>
    text.trim() ? `*${label}:* ${safeText(truncate(text.trim(), 300))}` : "";
  return (
    [
      line("Statement", values.statement),
      line("About", values.entities),
      line("Source", values.source),
      line("Quote", values.quote),
      line("Reason", values.reason),
    ]
      .filter(Boolean)
      .join("\n") || "(empty)"
  );
}

/** Are you sure? The removal is soft: history and revert bring the fact back. */
export function removeConfirmReply(
  view: FactView,
  kb: KnowledgeBase,
  reasonHash: string | undefined,
): ReplyModel {
  return {
    content:
      "Remove this fact from this server? It stops being used in answers here (other servers keep it). " +
      "It stays in its history, and `/fact revert` brings it back.",
    cards: [factCard(view, kb, `Remove ${view.id}?`, "refusal")],
    buttons: [
      [
        {
          customId: encodeModerationId({
            kind: "remove",
            fact: factRef(view.id),
            base: view.revision,
            ...(reasonHash ? { reason: reasonHash } : {}),
          }),
          label: "Remove",
          emoji: "🗑️",
          style: "danger",
        },
        { customId: encodeModerationId({ kind: "cancel" }), label: "Cancel", style: "secondary" },
      ],
    ],
    ephemeral: true,
  };
}

function pager(page: number, pageCount: number, make: (page: number) => string): ActionButton[][] {
  if (pageCount <= 1) return [];
  return [
    [
      {
        customId: make(Math.max(0, page - 1)),
        label: "Previous",
        emoji: "◀",
        style: "secondary",
        disabled: page <= 0,
      },
      {
        customId: make(Math.min(pageCount - 1, page + 1)),
        label: "Next",
        emoji: "▶",
        style: "secondary",
        disabled: page >= pageCount - 1,
      },
    ],
  ];
}

const FILTER_TITLES: Record<ListFilter, string> = {
  visible: "Facts answered in this server",
  changed: "This server's additions, edits and removals",
  removed: "Facts removed in this server",
  all: "All facts, including removed ones",
};

/** One page of /fact list (`page` is 1-based, as FactService counts). */
export function listReply(
  page: FactPage,
  filter: ListFilter,
  query: string | undefined,
  queryHash: string | undefined,
): ReplyModel {
  const first = (page.page - 1) * LIST_PAGE_SIZE;
  const lines = page.items.map((view, i) => {
    const marks = [
      `r${view.revision}`,
      view.origin === "server" ? "added here" : view.changed ? "changed here" : "curated",
      ...(view.status === "removed" ? ["removed"] : []),
    ].join(" · ");
    return `**${first + i + 1}.** ${code(view.id)} · ${marks}\n${safeText(truncate(view.fact.statement, 300))}`;
  });
  const title = query ? `${FILTER_TITLES[filter]} matching “${truncate(query, 80)}”` : FILTER_TITLES[filter];
  return {
    cards: [
      {
        tone: "facts",
        title: truncate(safeText(title), LIMITS.embedTitle),
        description: truncate(lines.join("\n\n") || "No facts match.", LIMITS.embedDescription),
        footer: `Page ${page.page} of ${page.pageCount} · ${page.total} fact${page.total === 1 ? "" : "s"} · /fact edit id:… changes one`,
      },
    ],
    buttons: pager(page.page - 1, page.pageCount, (p) =>
      encodeModerationId({ kind: "list", filter, ...(queryHash ? { query: queryHash } : {}), page: p }),
    ),
    ephemeral: true,
  };
}

/** One page of a fact's revisions, newest first (`page` is 0-based). */
export function historyReply(
  factId: string,
  revisions: readonly FactRevision[],
  requestedPage: number,
): ReplyModel {
  const newestFirst = [...revisions].reverse();
  const pageCount = Math.max(1, Math.ceil(newestFirst.length / HISTORY_PAGE_SIZE));
  const page = Math.min(Math.max(0, requestedPage), pageCount - 1);
  const shown = newestFirst.slice(page * HISTORY_PAGE_SIZE, (page + 1) * HISTORY_PAGE_SIZE);
  return {
    cards: [
      {
        tone: "info",
        title: truncate(`History of ${factId}`, LIMITS.embedTitle),
        description: truncate(shown.map(revisionLine).join("\n"), LIMITS.embedDescription),
        footer: `Page ${page + 1} of ${pageCount} · ${revisions.length} revision${revisions.length === 1 ? "" : "s"} · /fact revert id:… revision:N restores one`,
      },
    ],
    buttons: pager(page, pageCount, (p) =>
      encodeModerationId({ kind: "history", fact: factRef(factId), page: p }),
    ),
    ephemeral: true,
  };
}

/** /fact gaps: the questions this server's facts serve badly, most frequent first. */
export function gapsReply(gaps: readonly Gap[], questionHashes: readonly string[]): ReplyModel {
  if (gaps.length === 0) {
    return ephemeral(
      "No gaps: every question asked in this server was answered, and nobody pressed 👎. " +
        "Unanswered questions and 👎 votes show up here.",
    );
  }
  const lines = gaps.map((gap, i) => {
    const counts = [
      ...(gap.unanswered > 0 ? [`${gap.unanswered}× unanswered`] : []),
      ...(gap.downvotes > 0
        ? [
            `${gap.downvotes}× 👎${gap.factIds.length ? ` (on ${gap.factIds.slice(0, 3).map(code).join(", ")})` : ""}`,
          ]
        : []),
    ].join(" · ");
    return `**${i + 1}.** “${safeText(truncate(withoutHiddenCharacters(gap.question), 200))}”\n${counts} · last ${when(gap.lastAskedAt)}`;
  });
  const buttons: ActionButton[] = gaps.slice(0, 10).map((_, i) => ({
    customId: encodeModerationId({ kind: "gap", question: questionHashes[i] ?? "0" }),
    label: `Fact for ${i + 1}`,
    emoji: "➕",
    style: "secondary",
  }));
  return {
    cards: [
      {
        tone: "facts",
        title: "Questions this server's facts don't answer well",
        description: truncate(lines.join("\n\n"), LIMITS.embedDescription),
        footer:
          "Most frequent first. Press a button to add a fact that answers it; /fact edit fixes a 👎'd one.",
      },
    ],
    buttons: [buttons.slice(0, 5), buttons.slice(5, 10)],
    ephemeral: true,
  };
}

/**
 * What a revert set aside, when others wrote it: a moderator who read the history a while ago may
 * not know that someone edited since. Their edits stay in the history. Empty when only the
 * reverting moderator's own revisions are set aside.
 */
export function setAside(
  revisions: readonly { revision: number; actor: Actor }[],
  reverting: Actor,
  revertedTo: number,
  saved: number,
): string {
  const undone = revisions.filter((r) => r.revision > revertedTo && r.revision < saved);
  const others = [
    ...new Set(undone.filter((r) => r.actor.userId !== reverting.userId).map((r) => r.actor.tag)),
  ];
  if (others.length === 0) return "";
  const span =
    undone.length === 1
      ? `revision ${undone[0]!.revision}`
      : `revisions ${undone[0]!.revision}–${undone.at(-1)!.revision}`;
  return ` It sets aside ${span}, with edits by ${others.map((tag) => safeText(tag)).join(", ")}: they stay in the history.`;
}

/**
 * Runs a form's write. When the database was busy or could not be reached (nothing was saved),
 * the moderator is told so in one line with a button that reopens the form with what they typed:
 * the form has closed, and "do it again" must not mean typing it all again. Anything else is thrown.
 */
export function keptIfTroubled<T>(
  ctx: Requester,
  reopenCustomId: () => string,
  write: () => T,
): { done: true; value: T } | { done: false; kept: ReplyModel } {
  try {
    return { done: true, value: write() };
  } catch (error) {
    const trouble = databaseTroubleMessage(error);
    if (!trouble) throw error;
    ctx.services.logger.warn("a form's write failed on the database; the moderator's text is kept", {
      err: error,
      userId: ctx.userId,
    });
    return {
      done: false,
      kept: {
        content: `${trouble} Your text is kept for 24 hours: press the button to send it again.`,
        buttons: [
          [
            {
              customId: reopenCustomId(),
              label: "Open the form again",
              emoji: "✏️",
              style: "primary",
            },
          ],
        ],
        ephemeral: true,
      },
    };
  }
}
