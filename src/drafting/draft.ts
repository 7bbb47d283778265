import * as chrono from "chrono-node";
import nlp from "compromise";
import { listInWords } from "../engine/collections.ts";
import { statesDate } from "../engine/language/time.ts";
import type { Entity, EntityKind, Event, Fact, Source } from "../engine/schema.ts";
import { type DraftEntity, EntityTable, isTitle, type Mention, namesIn, slug, tagsOf } from "./names.ts";

/**
 * Drafts a data-style source (source, entities, event, facts) from an article's plain text:
 * one fact per sentence with its pronouns and short references replaced by the names they stand
 * for, one per "Name, Role," apposition, one per trailing "..., underlining ..." clause and one
 * for the outlet's attribution. Knows nothing of Discord, files or storage: text in, records out.
 */

export interface DraftInput {
  text: string;
  outlet: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  url?: string;
  title?: string;
  /** Entities the store already has: reused by id when the article names them. */
  known?: readonly Entity[];
  /** Ids already taken in the store (facts, events, sources): drafted ids avoid them. */
  takenIds?: ReadonlySet<string>;
}

export interface Draft {
  source: Source;
  /** The article text the quotes come from (written as the source's text file). */
  text: string;
  /** New entities only: those the store knows are referred to by id. */
  entities: Entity[];
  events: Event[];
  facts: Fact[];
  /** What a human should check, one line each. */
  report: string[];
}

const DESCRIPTIONS: Record<EntityKind, string> = {
  person: "Person named in the article",
  country: "Country",
  organization: "Organisation",
  event: "Event",
  initiative: "Initiative",
  place: "Place",
  other: "Named in the article",
};

const NOT_PARTICIPLES = new Set([
  "including",
  "according",
  "during",
  "regarding",
  "concerning",
  "following",
  "excluding",
  "notwithstanding",
]);
const ATTRIBUTION =
  /,\s*([^,]+?)\s+(reports|reported|says|said|writes|wrote|informs|informed|notes|noted)\s*\.?\s*$/;
const HEAD_OF: Record<string, RegExp> = {
  "head of state": /\b(?:president|king|queen|emir|sultan|monarch|head of state)\b/i,
  "head of government": /\b(?:prime minister|premier|chancellor|head of government)\b/i,
};

interface Sentence {
  text: string;
  /** Terms with compromise's tags, for tense and participles. */
  tags: { text: string; tags: string[] }[];
}

interface Replacement {
  start: number;
  end: number;
  text: string;
  entities: DraftEntity[];
  /** For the report. */
  note: string;
}

/** The most text one draft reads: ten times a long news article (about 5,000 words). */
const MAX_DRAFTED_CHARS = 50_000;

export function draftArticle(input: DraftInput): Draft {
  const table = new EntityTable(input.known ?? []);
  const report: string[] = [];
  const taken = new Set(input.takenIds ?? []);
  const outlet = table.resolve(input.outlet.trim(), { kind: "organization", reason: "the outlet" });
  if (!outlet.known) outlet.description ??= "News outlet";

  // Drafting runs where it is asked (the bot's one event loop): it reads a news article's worth
  // of text, not whatever fits in a 200 kB file (a realistic 200 kB took 4.8 s).
  const text = input.text.length > MAX_DRAFTED_CHARS ? input.text.slice(0, MAX_DRAFTED_CHARS) : input.text;
  if (text !== input.text) {
    report.push(
      `drafted the first ${MAX_DRAFTED_CHARS.toLocaleString("en")} characters only: add the rest as another article`,
    );
  }
  const sentences = sentencesOf(text);
  const facts: Fact[] = [];
  const factIds = new Set<string>();
  const addFact = (
    fact: Omit<Fact, "id" | "source" | "keywords" | "questions"> & { questions?: string[] },
  ) => {
    const statement = tidy(fact.statement);
    if (facts.some((f) => f.statement === statement)) return;
    const base = slug(statement);
    let id = base;
    for (let n = 2; factIds.has(id) || taken.has(id); n++) id = `${base}-${n}`;
    factIds.add(id);
    facts.push({
      id,
      statement,
      entities: fact.entities,
      source: "",
      quote: fact.quote,
      keywords: [],
      questions: fact.questions ?? [],
      ...(fact.event ? { event: fact.event } : {}),
      ...(fact.date ? { date: fact.date } : {}),
    });
  };

  let lastPerson: DraftEntity | undefined;
  let lastCountry: DraftEntity | undefined;
  let participants: DraftEntity[] = [];
  let eventSentence: { core: string; text: string; mentions: Mention[] } | undefined;
  const roleOf = new Map<DraftEntity, string>();
  let skipped = 0;
  const demonymsOf = new Map<Fact, string[]>();

  for (const sentence of sentences) {
    const raw = sentence.text;
    if (!isClaim(sentence)) {
      if (/\p{L}{3}/u.test(raw)) {
        skipped++;
        report.push(`skipped (not a claim: no verb or too short): "${clip(raw, 60)}"`);
      }
      continue;
    }
    const factsBefore = facts.length;
    const { mentions, roles, personRoles } = namesIn(raw, table, sentence.tags);
    // "Mongolian Foreign Minister X", "President of Y X": the role, and a fact of its own.
    for (const { entity, role, start, end } of personRoles) {
      if (!roleOf.has(entity)) roleOf.set(entity, role);
      if (!entity.known && !entity.description) entity.description = clip(role, 300);
      addFact({
        statement: `${entity.name} is ${role}.`,
        entities: ids([
          entity,
          ...mentions.filter((m) => m.start >= start && m.end <= end).map((m) => m.entity),
        ]),
        quote: raw.slice(start, end),
        questions: [`Who is ${entity.name}?`.slice(0, 100)],
      });
    }
    const replacements: Replacement[] = [];
    const past = sentence.tags.some((t) => t.tags.includes("PastTense"));

    // Appositions: "Ilham Aliyev, President of the Republic of X," — a role, and a fact of its own.
    const appositions: { start: number; end: number }[] = [];
    for (const mention of mentions) {
      if (mention.entity.kind !== "person") continue;
      const after = raw.slice(mention.end);
      const match = /^,\s*([^,.;]+?)\s*(?=,|\.?$)/.exec(after);
      const role = match?.[1]?.trim();
      if (!match || !role) continue;
      const firstWord = role.split(/\s+/)[0] ?? "";
      const isRole = isTitle(firstWord) || roles.some((r) => r.text === role);
      if (!isRole) continue;
      const end = mention.end + match[0].length;
      appositions.push({ start: mention.end, end: raw[end] === "," ? end + 1 : end });
      if (!mention.entity.known && !mention.entity.description) mention.entity.description = clip(role, 300);
      roleOf.set(mention.entity, role);
      const inRole = mentions.filter((m) => m.start >= mention.end && m.end <= end).map((m) => m.entity);
      addFact({
        statement: `${mention.entity.name} is ${role}.`,
        entities: ids([mention.entity, ...inRole]),
        quote: raw.slice(mention.start, end).trim(),
        questions: [`Who is ${mention.entity.name}?`.slice(0, 100)],
      });
    }

    // References: "He", "They", "The head of state", "the country's", "this organization".
    const opening =
      /^(He|She|They|(?:The|Both) (?:two )?(?:ministers|leaders|sides|presidents|delegations|parties)|The (head of state|head of government|[A-Za-z]+ [a-z]+|[A-Za-z]+))\b(?=\s+(?:also\s+|specifically\s+|then\s+)?[a-z]+(?:ed|s)\b)/.exec(
        raw,
      );
    if (opening) {
      const word = opening[1] ?? "";
      let who: DraftEntity[] = [];
      if ((word === "He" || word === "She") && lastPerson) who = [lastPerson];
      else if (!opening[2] && participants.length > 1 && word !== "He" && word !== "She") who = participants;
      else if (opening[2]) {
        const role = opening[2].toLowerCase();
        const pattern =
          HEAD_OF[role] ??
          (role.split(" ").every((w) => isTitle(w)) ? new RegExp(`\\b${role}\\b`, "i") : undefined);
        if (pattern) {
          const holders = table.mentioned.filter(
            (e) => e.kind === "person" && pattern.test(roleOf.get(e) ?? e.description ?? ""),
          );
          if (holders.length === 1 && holders[0]) who = [holders[0]];
        }
      }
      if (who.length > 0) {
        for (const e of who) e.mentions++;
        replacements.push({
          start: 0,
          end: word.length,
          text: names(who),
          entities: who,
          note: `"${word}" read as ${names(who)}`,
        });
      }
    }
    for (const match of raw.matchAll(/(?<=[,"”] )(?:he|she)(?= (?:said|added|noted|stressed|told)\b)/g)) {
      if (lastPerson)
        replacements.push({
          start: match.index,
          end: match.index + match[0].length,
          text: lastPerson.name,
          entities: [lastPerson],
          note: `"${match[0]}" read as ${lastPerson.name}`,
        });
    }
    for (const match of raw.matchAll(/(?<=, )they\b/g)) {
      if (participants.length > 1)
        replacements.push({
          start: match.index,
          end: match.index + match[0].length,
          text: names(participants),
          entities: participants,
          note: `"they" read as ${names(participants)}`,
        });
    }
    for (const match of raw.matchAll(/\b[Tt]he country(['’]s)?\b/g)) {
      const country =
        mentions.find((m) => m.entity.kind === "country" && m.end <= match.index)?.entity ?? lastCountry;
      if (country)
        replacements.push({
          start: match.index,
          end: match.index + match[0].length,
          text: `${country.name}${match[1] ?? ""}`,
          entities: [country],
          note: `"${match[0]}" read as ${country.name}`,
        });
    }
    for (const match of raw.matchAll(
      /\b(?:[Tt]his|[Tt]hat) (?:organi[sz]ation|institution|body|forum|bloc)\b/g,
    )) {
      const here = new Set(mentions.map((m) => m.entity));
      const candidates = table.mentioned.filter(
        (e) => e.kind === "organization" && e !== outlet && !here.has(e) && e.mentions > 0,
      );
      // The organisation the article is about: named most, and in the roles of the people it reports on.
      const weight = (e: DraftEntity) =>
        e.mentions +
        ([...roleOf.values()].some((role) => table.lookup(role.replace(/^.*? of (?:the )?/, "")) === e)
          ? 3
          : 0);
      const salient = candidates.sort((a, b) => weight(b) - weight(a))[0];
      if (salient)
        replacements.push({
          start: match.index,
          end: match.index + match[0].length,
          text: `the ${salient.name}`,
          entities: [salient],
          note: `"${match[0]}" read as ${salient.name}`,
        });
    }
    // A head word standing for a name the article gave in full ("within the Movement").
    for (const mention of mentions) {
      if (
        !/\s/.test(mention.text) &&
        mention.text !== mention.entity.name &&
        mention.entity.name.includes(" ")
      ) {
        if (phraseIsAlias(mention)) continue;
        replacements.push({
          start: mention.start,
          end: mention.end,
          text: mention.entity.name,
          entities: [mention.entity],
          note: `"${mention.text}" read as ${mention.entity.name}`,
        });
      }
    }

    // The outlet's attribution ("..., News.Az reports.") is a fact of its own.
    const attribution = ATTRIBUTION.exec(raw);
    const attributed = attribution
      ? mentions.find((m) => attribution[1]?.trim().replace(/^the /i, "") === m.text)?.entity
      : undefined;
    const claimEnd = attribution && attributed ? attribution.index : raw.length;

    const date = dateOf(raw, past, input.date);
    const rewrite = (from: number, to: number) => rewriteRange(raw, from, to, replacements);
    const entitiesIn = (from: number, to: number, first: DraftEntity[] = []) =>
      ids([
        ...first,
        ...[
          ...mentions
            .filter((m) => m.start >= from && m.end <= to)
            .map((m) => ({ at: m.start, e: m.entity })),
          ...replacements
            .filter((r) => r.start >= from && r.end <= to)
            .flatMap((r) => r.entities.map((e) => ({ at: r.start, e }))),
        ]
          .sort((a, b) => a.at - b.at)
          .map((x) => x.e),
      ]);
    for (const r of replacements) report.push(`${r.note} in: "${clip(raw, 60)}"`);

    // The trailing participle clause: "..., underscoring X" → "<subject> underscored X".
    const participle = trailingParticiple(raw.slice(0, claimEnd), sentence);
    const main = rewrite(0, claimEnd);
    let mainEntities = entitiesIn(0, claimEnd);
    if (mainEntities.length === 0) {
      // A claim that names no one is about the article's event: its participants.
      if (participants.length === 0) {
        report.push(`skipped (names no one): "${clip(raw, 60)}"`);
        skipped++;
        continue;
      }
      mainEntities = ids(participants);
      report.push(`names no one, so linked to the event's participants: "${clip(raw, 60)}"`);
    }
    addFact({
      statement: main,
      entities: mainEntities,
      quote: raw.slice(0, claimEnd).trim(),
      ...(date ? { date } : {}),
    });
    const subject = entityById(table, mainEntities[0]);
    if (participle && subject && ["person", "country", "organization"].includes(subject.kind)) {
      const rest = rewrite(participle.restStart, claimEnd);
      addFact({
        statement: `${subject.name} ${participle.past} ${rest}`,
        entities: entitiesIn(participle.restStart, claimEnd, [subject]),
        quote: raw.slice(participle.start, claimEnd).trim(),
        ...(date ? { date } : {}),
      });
    }
    if (attribution && attributed) {
      addFact({
        statement: `${attributed.name} reported that ${lowerFirst(stripAppositions(raw, 0, claimEnd, appositions, replacements))}`,
        entities: ids([
          attributed,
          ...mainEntities.map((id) => entityById(table, id)).filter((e) => e !== undefined),
        ]),
        quote: raw
          .slice(attribution.index)
          .replace(/^,\s*/, "")
          .replace(/\s*\.$/, "")
          .trim(),
        ...(date ? { date } : {}),
      });
    }

    if (!eventSentence && past && mentions.length >= 2) {
      eventSentence = {
        core: stripAppositions(raw, 0, claimEnd, appositions, replacements),
        text: raw,
        mentions,
      };
      const people = uniq(mentions.filter((m) => m.entity.kind === "person").map((m) => m.entity));
      participants =
        people.length > 0
          ? people
          : uniq(
              mentions
                .map((m) => m.entity)
                .filter((e) => e !== outlet && ["country", "organization"].includes(e.kind)),
            ).slice(0, 4);
    }
    const subjectHere = replacements.find((r) => r.start === 0)?.entities[0] ?? mentions[0]?.entity;
    if (subjectHere?.kind === "person") lastPerson = subjectHere;
    else lastPerson = mentions.find((m) => m.entity.kind === "person")?.entity ?? lastPerson;
    lastCountry = [...mentions].reverse().find((m) => m.entity.kind === "country")?.entity ?? lastCountry;
    // "the Chilean minister": the country, once the article has named it (resolved at the end).
    const demonyms = sentence.tags
      .filter((t) => t.tags.includes("Demonym"))
      .map((t) => t.text.replace(/['’]s$/, ""));
    for (const fact of facts.slice(factsBefore)) {
      const here = demonyms.filter((d) => fact.statement.includes(d) || fact.quote.includes(d));
      if (here.length > 0) demonymsOf.set(fact, here);
    }
  }
  for (const [fact, demonyms] of demonymsOf) {
    for (const demonym of demonyms) {
      const country = countryOf(demonym, table);
      if (country && !fact.entities.includes(country.id) && fact.entities.length < 10)
        fact.entities.push(country.id);
    }
  }
  table.addAcronyms();

  // The event: the first reported happening, dated the day of the article.
  const title = clip(
    (input.title ?? eventSentence?.core ?? sentences[0]?.text ?? input.outlet).replace(/\.$/, ""),
    300,
  );
  const sourceId = slug(`${input.outlet} ${input.date} ${title}`);
  const events: Event[] = [];
  if (eventSentence) {
    const people =
      participants.length > 0 ? participants : uniq(eventSentence.mentions.map((m) => m.entity)).slice(0, 4);
    // A dateline ("Port Sella, 2 March 2025.") says where; else a place the event's sentence is "in" or "at".
    const dateline = /^\s*(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}),\s+\d{1,2} \p{Lu}\p{Ll}+ \d{4}\b/u.exec(
      input.text,
    )?.[1];
    const place =
      dateline ??
      eventSentence.mentions.find(
        (m) =>
          m.entity.kind === "place" &&
          /\b(?:in|at)(?: the)? $/.test(eventSentence?.text.slice(0, m.start) ?? ""),
      )?.entity.name ??
      placeOf(table, sentences);
    const eventTitle = clip(eventSentence.core.replace(/\.$/, ""), 200);
    const eventId = `${input.date}-${slug(eventTitle)}`.slice(0, 80).replace(/-+$/, "");
    events.push({
      id: eventId,
      title: eventTitle,
      date: input.date,
      ...(place ? { place } : {}),
      participants: people.map((e) => ({
        entity: e.id,
        ...(roleOf.get(e) ? { role: clip(roleOf.get(e) ?? "", 200) } : {}),
      })),
      summary: clip(
        [...facts.filter((f) => f.date), ...facts.filter((f) => !f.date)]
          .slice(0, 3)
          .map((f) => f.statement)
          .join(" "),
        1500,
      ),
      topics: uniq(
        table.mentioned.filter(
          (e) => e !== outlet && ["organization", "initiative", "event", "other"].includes(e.kind),
        ),
      )
        .slice(0, 8)
        .map((e) => clip(e.name, 100)),
      source: sourceId,
    });
    for (const fact of facts) fact.event = eventId;
    if (!place)
      report.push(`event "${eventTitle}": no place found in the text; add one if the article says where`);
  } else report.push("no event: no sentence reports something that happened between two named parties");
  for (const fact of facts) fact.source = sourceId;

  const newEntities = table.entities.filter((e) => !e.known && (e.mentions > 0 || e === outlet));
  for (const entity of newEntities) {
    report.push(
      `new entity ${entity.id}: ${entity.kind} (${entity.kindReason})${entity.description ? "" : ", no description in the text"}`,
    );
  }
  for (const entity of table.entities.filter((e) => e.known && e.mentions > 0)) {
    report.push(`existing entity reused: ${entity.id}`);
  }
  const made = newEntities.flatMap((e) =>
    e.aliases
      .filter((a) => /^\p{Lu}{3,6}$/u.test(a) && !input.text.includes(a))
      .map((a) => `${a} (${e.name})`),
  );
  if (made.length > 0)
    report.push(`acronyms made up from names (keep only those people use): ${made.join(", ")}`);
  report.unshift(
    `${facts.length} facts from ${sentences.length - skipped} of ${sentences.length} sentences; ${newEntities.length} new entities; check each statement reads as an answer`,
  );

  return {
    source: {
      id: sourceId,
      outlet: input.outlet.trim(),
      title,
      date: input.date,
      ...(input.url ? { url: input.url } : {}),
      textFile: "article.txt",
    },
    text: input.text,
    entities: newEntities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      description: clip(e.description ?? DESCRIPTIONS[e.kind], 300),
      aliases: e.aliases.filter((a) => a.length <= 200),
    })),
    events,
    facts,
    report,
  };
}

/** The country a nationality word stands for ("Chilean" → Chile), among the countries the draft knows. */
function countryOf(demonym: string, table: EntityTable): DraftEntity | undefined {
  const word = demonym.toLowerCase();
  return table.entities.find((e) => {
    if (e.kind !== "country") return false;
    return [e.name, ...e.aliases].some((name) => {
      const country = name.toLowerCase();
      let common = 0;
      while (common < Math.min(word.length, country.length) && word[common] === country[common]) common++;
      return common >= 4 && common >= Math.min(country.length - 1, word.length - 2);
    });
  });
}

/** The text in paragraphs, each cut at a full stop if longer than the splitter should read. */
function piecesOf(text: string): string[] {
  const pieces: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let rest = paragraph;
    while (rest.length > MAX_PIECE_CHARS) {
      const stop = rest.lastIndexOf(". ", MAX_PIECE_CHARS);
      const cut = stop > 0 ? stop + 1 : MAX_PIECE_CHARS;
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    if (rest.trim()) pieces.push(rest);
  }
  return pieces;
}

/**
 * Longest piece of text the sentence splitter reads at once. It rejoins pieces that end in an
 * abbreviation and tests the growing text again, so its time grows with the square of a piece:
 * a 160 kB list of "Mr. Aa, " took a minute in one call. Paragraphs are far shorter than this.
 */
const MAX_PIECE_CHARS = 3_000;

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const piece of piecesOf(text)) {
    const json = nlp(piece).json({ offset: true }) as {
      offset: { start: number; length: number };
      terms: { text: string; tags: string[] }[];
    }[];
    for (const s of json) {
      const exact = piece.slice(s.offset.start, s.offset.start + s.offset.length).trim();
      if (exact) out.push({ text: exact, tags: s.terms });
    }
  }
  return out;
}

function isClaim(sentence: Sentence): boolean {
  const words = sentence.tags.filter((t) => /\p{L}/u.test(t.text));
  return (
    words.length >= 4 && sentence.tags.some((t) => t.tags.includes("Verb")) && /\p{Ll}/u.test(sentence.text)
  );
}

function trailingParticiple(
  text: string,
  sentence: Sentence,
): { start: number; restStart: number; past: string } | undefined {
  const matches = [...text.matchAll(/,\s+(?:([a-z]+ly)\s+)?([a-z]+ing)\s+/g)];
  for (const match of matches.reverse()) {
    const verb = match[2] ?? "";
    if (NOT_PARTICIPLES.has(verb)) continue;
    if (!sentence.tags.some((t) => t.text === verb && (t.tags.includes("Gerund") || t.tags.includes("Verb"))))
      continue;
    const past = pastOf(verb);
    if (past === verb) continue;
    const adverb = match[1] ? `${match[1]} ` : "";
    return {
      start: match.index + match[0].indexOf(match[1] ?? verb),
      restStart: match.index + match[0].length,
      past: `${adverb}${past}`,
    };
  }
  return undefined;
}

/** A dated claim is one told in the past tense; a date written in it wins, a year or month alone undates it. */
function dateOf(text: string, past: boolean, published: string): string | undefined {
  const reference = new Date(`${published}T12:00:00Z`);
  for (const parsed of chrono.parse(text, reference)) {
    if (!parsed.start.isCertain("day") || !parsed.start.isCertain("month")) continue;
    const day = parsed.start.date();
    const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
    if (iso <= published) return iso;
  }
  if (statesDate(text)) return undefined;
  return past ? published : undefined;
}

const pastMemo = new Map<string, string>();
/** "underlining" → "underlined" (compromise's conjugation, remembered: the same verbs recur). */
function pastOf(gerund: string): string {
  let past = pastMemo.get(gerund);
  if (past === undefined) {
    past = nlp(gerund).verbs().toPastTense().text() || gerund;
    if (pastMemo.size > 10_000) pastMemo.clear();
    pastMemo.set(gerund, past);
  }
  return past;
}

function rewriteRange(text: string, from: number, to: number, replacements: Replacement[]): string {
  let out = "";
  let at = from;
  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > to) continue;
    out += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + text.slice(at, to);
}

function stripAppositions(
  text: string,
  from: number,
  to: number,
  appositions: { start: number; end: number }[],
  replacements: Replacement[],
): string {
  const cut: Replacement[] = [
    ...replacements,
    ...appositions.map((a) => ({
      start: a.start,
      end: Math.min(a.end, to),
      text: "",
      entities: [],
      note: "",
    })),
  ];
  return tidy(rewriteRange(text, from, to, cut));
}

function placeOf(table: EntityTable, sentences: Sentence[]): string | undefined {
  for (const sentence of sentences.slice(0, 3)) {
    // "in Baku", not the "in Asia" inside "Conference on ... in Asia".
    const match = /(?<=\b\p{Ll}+,? )in ((?:\p{Lu}[\p{L}-]+)(?: \p{Lu}[\p{L}-]+)?)/u.exec(sentence.text);
    const name = match?.[1];
    if (!name) continue;
    const entity = table.lookup(name);
    if (entity && (entity.kind === "place" || entity.kind === "country")) return entity.name;
    if (!entity && tagsOf(name).has("Place")) return name;
  }
  return undefined;
}

function phraseIsAlias(mention: Mention): boolean {
  return /^\p{Lu}{2,}$/u.test(mention.text);
}

function entityById(table: EntityTable, id: string | undefined): DraftEntity | undefined {
  return table.entities.find((e) => e.id === id);
}

function ids(entities: DraftEntity[]): string[] {
  return uniq(entities.map((e) => e.id)).slice(0, 10);
}

function uniq<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function names(entities: DraftEntity[]): string {
  return listInWords(entities.map((e) => e.name));
}

function tidy(statement: string): string {
  const text = statement
    .replace(/["“”]/g, "")
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;])/g, "$1")
    .trim()
    .replace(/[,;:]$/, "");
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return clip(/[.!?]$/.test(capital) ? capital : `${capital}.`, 500);
}

function lowerFirst(text: string): string {
  const first = text.split(" ")[0] ?? "";
  return /^(The|This|That|These|Those|During|In|On|At)$/.test(first)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
