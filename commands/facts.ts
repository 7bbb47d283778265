import { SlashCommandBuilder } from "discord.js";
import { type ComponentContext, defineCommand, EVERYWHERE, type Requester } from "../src/discord/command.ts";
import { type ComponentAction, encodeCustomId, shortHash } from "../src/discord/custom-id.ts";
import { UserError } from "../src/discord/errors.ts";
import { fitChoices, LIMITS, truncate } from "../src/discord/limits.ts";
import { safeText } from "../src/discord/markdown.ts";
import { type ComponentResult, notice, type ReplyModel } from "../src/discord/reply-model.ts";
import { eventsSeen } from "../src/discord/server-view.ts";
import { formatDate } from "../src/engine/compose.ts";
import type { IndexedFact, KnowledgeBase } from "../src/engine/knowledge.ts";
import { STOPWORDS } from "../src/engine/language/lexicon.ts";
import { phraseKey, tokenize } from "../src/engine/language/normalize.ts";
import type { Entity } from "../src/engine/schema.ts";

export const PAGE_SIZE = 5;

/** What /facts can browse: everything known about an entity, or the facts on an event topic. */
type Subject = { kind: "entity"; entity: Entity } | { kind: "topic"; topic: string };

/** /facts: browse the facts about an entity or a topic, a page at a time. */
export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("facts")
    .setDescription("Browse the facts I hold about a person, country, organisation or topic")
    .addStringOption((option) =>
      option
        .setName("about")
        .setDescription("Who or what (start typing to search); leave empty for an overview")
        .setMaxLength(200)
        .setAutocomplete(true),
    )
    .addBooleanOption((option) => option.setName("private").setDescription("Only you see the list"))
    .setContexts(...EVERYWHERE.contexts)
    .setIntegrationTypes(...EVERYWHERE.integrationTypes)
    .toJSON(),

  execute(ctx) {
    const about = ctx.options.string("about")?.trim();
    const ephemeral = ctx.options.boolean("private") === true;
    if (!about) return overviewReply(ctx, ephemeral);
    const subject = findSubject(ctx, about);
    if (!subject) {
      throw new UserError(
        `I have no facts about “${safeText(truncate(about, 100))}”. Pick a name or topic from the list as you type.`,
      );
    }
    return { ...pageReply(ctx, subject, 0, ctx.userId), ephemeral };
  },

  autocomplete(ctx) {
    const typed = phraseKey(ctx.focused.value);
    const kb = ctx.services.engine.knowledge(ctx.scope);
    const entities = [...kb.allEntities()]
      .map((entity) => ({ entity, count: countFacts(kb, entity.id) }))
      .filter(
        ({ entity, count }) => count > 0 && (!typed || namesOf(entity).some((name) => name.includes(typed))),
      )
      .sort((a, b) => b.count - a.count);
    const topics = allTopics(ctx).filter((topic) => !typed || phraseKey(topic).includes(typed));
    return fitChoices([
      ...entities.map(({ entity, count }) => ({
        name: `${entity.name} — ${count} fact${count === 1 ? "" : "s"}`,
        value: `e:${entity.id}`,
      })),
      ...topics.map((topic) => ({ name: `Topic: ${topic}`, value: `t:${shortHash(`topic:${topic}`)}` })),
    ]);
  },

  ephemeralWhenDeferred: (ctx) => ctx.options.boolean("private") === true,

  componentKinds: ["page"],
  onComponent(ctx: ComponentContext, action: ComponentAction): ComponentResult {
    if (action.kind !== "page") throw new Error(`/facts does not handle ${action.kind} buttons`);
    if (action.owner !== ctx.userId) {
      return {
        mode: "reply",
        reply: notice("Only the person who ran /facts can turn these pages. Run /facts yourself to browse."),
      };
    }
    const subject = allSubjects(ctx).find((candidate) => subjectHash(candidate) === action.subject);
    if (!subject) throw new UserError("This list is out of date: its subject is no longer in my store.");
    return { mode: "update", reply: pageReply(ctx, subject, action.page, action.owner) };
  },
});

/** One page of facts with ◀ ▶ buttons that only the owner can use. */
export function pageReply(
  ctx: Requester,
  subject: Subject,
  requestedPage: number,
  owner: string,
): ReplyModel {
  const kb = ctx.services.engine.knowledge(ctx.scope);
  const facts = factsOf(kb, subject);
  const pages = Math.max(1, Math.ceil(facts.length / PAGE_SIZE));
  // The store may have changed since the button was drawn: stay within the pages that exist now.
  const page = Math.min(Math.max(0, requestedPage), pages - 1);
  const shown = facts.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const lines = shown.map((indexed, i) => {
    const source = kb.source(indexed.fact.source);
    const cite = source ? ` — *${safeText(source.outlet)}, ${formatDate(source.date)}*` : "";
    return `**${page * PAGE_SIZE + i + 1}.** ${safeText(indexed.fact.statement)}${cite}`;
  });
  const intro = subject.kind === "entity" ? `*${safeText(subject.entity.description)}*\n\n` : "";
  const title =
    subject.kind === "entity" ? `Facts about ${subject.entity.name}` : `Facts on ${subject.topic}`;
  const hash = subjectHash(subject);
  const buttons =
    pages > 1
      ? [
          [
            {
              customId: encodeCustomId({ kind: "page", owner, subject: hash, page: Math.max(0, page - 1) }),
              label: "Previous",
              emoji: "◀",
              style: "secondary" as const,
              disabled: page === 0,
            },
            {
              customId: encodeCustomId({
                kind: "page",
                owner,
                subject: hash,
                page: Math.min(pages - 1, page + 1),
              }),
              label: "Next",
              emoji: "▶",
              style: "secondary" as const,
              disabled: page === pages - 1,
            },
          ],
        ]
      : [];
  return {
    cards: [
      {
        tone: "facts",
        title: truncate(safeText(title), LIMITS.embedTitle),
        description: `${intro}${lines.join("\n\n") || "No facts left on this page."}`,
        footer: `Page ${page + 1} of ${pages} · ${facts.length} fact${facts.length === 1 ? "" : "s"} · /ask for details and sources`,
      },
    ],
    buttons,
  };
}

/** Without a subject: what there is to browse. */
function overviewReply(ctx: Requester, ephemeral: boolean): ReplyModel {
  const kb = ctx.services.engine.knowledge(ctx.scope);
  const entities = [...kb.allEntities()]
    .map((entity) => ({ entity, count: countFacts(kb, entity.id) }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count);
  const topics = allTopics(ctx);
  const fields = [
    {
      name: "People, countries and organisations",
      value:
        entities.map(({ entity, count }) => `${safeText(entity.name)} (${count})`).join(" · ") || "None yet",
    },
    ...(topics.length > 0 ? [{ name: "Topics", value: topics.map((t) => safeText(t)).join(" · ") }] : []),
  ];
  return {
    cards: [
      {
        tone: "facts",
        title: "What I can tell you about",
        description: "Run `/facts about:` and pick one of these to browse its facts.",
        fields,
        footer: `${kb.size} facts in all`,
      },
    ],
    ephemeral,
  };
}

function findSubject(ctx: Requester, about: string): Subject | undefined {
  const kb = ctx.services.engine.knowledge(ctx.scope);
  if (about.startsWith("e:")) {
    const entity = kb.entity(about.slice(2));
    if (entity) return { kind: "entity", entity };
  }
  if (about.startsWith("t:")) {
    const topic = allSubjects(ctx).find((s) => s.kind === "topic" && subjectHash(s) === about.slice(2));
    if (topic) return topic;
  }
  // Typed rather than picked: a name or alias, then a topic, then a partial match of either.
  const key = phraseKey(about);
  if (!key) return undefined;
  const named = kb.entitiesNamed(key).flatMap((id) => kb.entity(id) ?? []);
  if (named.length > 1) {
    // "Ferrante" for two people: browsing whichever was listed first would be a guess.
    const each = named.map((e) => (e.description ? `${e.name} (${e.description})` : e.name)).join(", ");
    throw new UserError(
      truncate(
        `“${safeText(truncate(about, 100))}” names ${named.length}: ${safeText(each)}. Pick one from the list as you type.`,
        1900,
      ),
    );
  }
  if (named[0]) return { kind: "entity", entity: named[0] };
  const topics = allTopics(ctx);
  const topic = topics.find((t) => phraseKey(t) === key) ?? topics.find((t) => phraseKey(t).includes(key));
  if (topic) return { kind: "topic", topic };
  const partial = [...kb.allEntities()].find((e) => namesOf(e).some((name) => name.includes(key)));
  return partial ? { kind: "entity", entity: partial } : undefined;
}

function allSubjects(ctx: Requester): Subject[] {
  const kb = ctx.services.engine.knowledge(ctx.scope);
  return [
    ...[...kb.allEntities()].map((entity): Subject => ({ kind: "entity", entity })),
    ...allTopics(ctx).map((topic): Subject => ({ kind: "topic", topic })),
  ];
}

function subjectHash(subject: Subject): string {
  return shortHash(subject.kind === "entity" ? `entity:${subject.entity.id}` : `topic:${subject.topic}`);
}

function allTopics(ctx: Requester): string[] {
  return [...new Set(eventsSeen(ctx).flatMap((event) => event.topics))];
}

function namesOf(entity: Entity): string[] {
  return [entity.name, ...entity.aliases].map(phraseKey);
}

function countFacts(kb: KnowledgeBase, entityId: string): number {
  let count = 0;
  for (const _ of kb.factsAbout(entityId)) count++;
  return count;
}

/**
 * Facts of a subject in a stable order. For a topic: the facts whose own words (statement, quote,
 * keywords, entity names) carry every content word of the topic; if none do, the facts of the
 * events filed under it.
 */
function factsOf(kb: KnowledgeBase, subject: Subject): IndexedFact[] {
  if (subject.kind === "entity") {
    return [...kb.factsAbout(subject.entity.id)].sort(bySubjectFirst(subject.entity.id));
  }
  const stems = tokenize(subject.topic)
    .filter((token) => !STOPWORDS.has(token.word))
    .map((token) => token.stem);
  const all = [...kb.allFacts()];
  const worded = all.filter((indexed) => stems.every((stem) => (indexed.terms.get(stem) ?? 0) >= 0.8));
  if (worded.length > 0) return worded;
  const events = new Set(
    [...kb.allEvents()].filter((e) => e.topics.includes(subject.topic)).map((e) => e.id),
  );
  return all.filter((indexed) => indexed.fact.event !== undefined && events.has(indexed.fact.event));
}

/** Facts whose subject is the entity come before facts that merely mention it. */
function bySubjectFirst(entityId: string) {
  return (a: IndexedFact, b: IndexedFact) =>
    Number(b.fact.entities[0] === entityId) - Number(a.fact.entities[0] === entityId);
}
