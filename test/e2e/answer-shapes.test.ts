/**
 * Every shape of answer the engine gives, end to end: the real bot process and discord.js client
 * against the test Discord server, asked by /ask, by a mention and in a direct message. Each shape
 * must reach the user whole, fit Discord's limits, say where it comes from (outlet, date and the
 * quoted sentence) and ping no one. The bot reads the seed article plus two made-up ones (a
 * fisheries council in Praia, Lithuanian–Latvian consultations in Vilnius), so there are several
 * meetings, long overviews, and a refusal on record that corrects a question's false premise.
 * Two bugs were found this way (an overview cut mid-word, a regex that froze the bot); their
 * tests say what a user sees now.
 */
import { rmSync } from "node:fs";
import type { APIEmbed, APIMessage, APIUser } from "discord.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { safeText } from "../../src/discord/markdown.ts";
import type { Engine } from "../../src/engine/engine.ts";
import { combinedDataDir, EIGHTH_EVENT_DIR, engineFrom, SIXTH_EVENT_DIR } from "../support/engines.ts";
import {
  askInChannel,
  type ButtonView,
  buttonsOf,
  dataOf,
  EPHEMERAL,
  embedsOf,
  embedText,
  expectCleanTraffic,
  firstEmbed,
  type Harness,
  HOOK_TIMEOUT_MS,
  messageBodies,
  messageHandled,
  requireMessage,
  startHarness,
} from "./support/harness.ts";

const ANSWER_COLOR = 0x5865f2;
const REFUSAL_COLOR = 0xf0b232;

/** What the articles say, as a reader of the card would check it. */
const NEWS_AZ = { outlet: "News.Az", date: "17 April 2024" };
const SHORE_HERALD = { outlet: "Atlantic Shore Herald", date: "5 November 2025" };
const NERIS_HERALD = { outlet: "Neris Herald", date: "12 November 2026" };

let h: Harness;
let dataDir: string;
/** The same articles in this process: what the engine answers, to show nothing is lost on the way. */
let engine: Engine;
/** The first request of the running test: the checks after it look at what it sent. */
let firstSeq = 0;

beforeAll(async () => {
  dataDir = combinedDataDir(SIXTH_EVENT_DIR, EIGHTH_EVENT_DIR);
  engine = engineFrom(dataDir);
  // Tests ask several questions as one user: the cooldown is off (messages.test.ts covers it).
  h = await startHarness({ env: { DATA_DIR: dataDir, COOLDOWN_SECONDS: "0" } });
}, HOOK_TIMEOUT_MS);
beforeEach(() => {
  firstSeq = (h.discord.requests.at(-1)?.seq ?? 0) + 1;
});
afterEach(() => {
  expectCleanTraffic(h);
  expectEverythingSentFits();
});
afterAll(async () => {
  try {
    await h?.close();
  } finally {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}, HOOK_TIMEOUT_MS);

// ---------------------------------------------------------------------------------------------
// Discord's limits, counted as Discord counts them (UTF-16 units)

/** Every way a message body breaks Discord's limits, as readable lines (none: it fits). */
function overLimits(body: { content?: unknown; embeds?: unknown; components?: unknown }): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what}: ${length} > ${max}`);
  };
  if (typeof body.content === "string") over("content", body.content.length, 2000);
  const embeds = embedsOf(body);
  over("embeds", embeds.length, 10);
  let total = 0;
  embeds.forEach((embed: APIEmbed, i) => {
    const fields = embed.fields ?? [];
    over(`embeds[${i}].title`, embed.title?.length ?? 0, 256);
    over(`embeds[${i}].description`, embed.description?.length ?? 0, 4096);
    over(`embeds[${i}].footer`, embed.footer?.text.length ?? 0, 2048);
    over(`embeds[${i}].fields`, fields.length, 25);
    fields.forEach((field, j) => {
      over(`embeds[${i}].fields[${j}].name`, field.name.length, 256);
      over(`embeds[${i}].fields[${j}].value`, field.value.length, 1024);
      if (!field.name || !field.value) problems.push(`embeds[${i}].fields[${j}] is empty`);
    });
    total +=
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.author?.name.length ?? 0) +
      fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  });
  over("embeds, all text together", total, 6000);
  const rows = Array.isArray(body.components) ? body.components : [];
  over("action rows", rows.length, 5);
  for (const row of rows) {
    const components = (row as { components?: unknown[] }).components ?? [];
    over("buttons in a row", components.length, 5);
  }
  for (const button of buttonsOf(body)) {
    over(`button "${button.label}" label`, button.label.length, 80);
    over(`button "${button.label}" custom_id`, button.customId.length, 100);
  }
  return problems;
}

/**
 * After each test: everything the bot sent fits Discord's limits, and Discord refused none of it
 * (the test server answers 400 where Discord would, and the user would then see nothing).
 */
function expectEverythingSentFits(): void {
  const sent = messageBodies(h.discord).filter((body) => body.request.seq >= firstSeq);
  for (const body of sent) {
    expect(overLimits(body.body), `${body.what} (#${body.request.seq}) within Discord's limits`).toEqual([]);
  }
  const refused = h.discord.requests
    .filter((request) => request.seq >= firstSeq && request.status >= 400)
    .map((request) => `${request.method} ${request.route ?? request.path} → ${request.status}`);
  expect(refused, `requests the test Discord refused\n${h.discord.describe()}`).toEqual([]);
}

/** What a message shows fits Discord's limits and pings no one. */
function expectShownSafely(message: APIMessage): void {
  expect(overLimits(message)).toEqual([]);
  expect(message).toMatchObject({ mention_everyone: false, mentions: [], mention_roles: [] });
}

// ---------------------------------------------------------------------------------------------
// Asking, three ways

/** /ask in the main server's #general; the answer as the channel shows it once it is final. */
async function slashAsk(question: string, user: APIUser = h.discord.users.member): Promise<APIMessage> {
  const handle = h.discord.sendInteraction({ kind: "command", name: "ask", options: { question }, user });
  const callback = await handle.waitForCallback();
  // A reply (4), or on a busy machine a deferral (5) that an edit of the original then fills.
  expect([4, 5]).toContain(callback.type);
  if (callback.type === 5) await handle.waitForWebhook((record) => record.request.method === "PATCH");
  return requireMessage(handle.originalMessage(), `the /ask reply to "${question}"`);
}

const handled = (messageId: string) => messageHandled(h, messageId);
const inChannel = (user: APIUser, content: string, extra?: Parameters<typeof askInChannel>[3]) =>
  askInChannel(h, user, content, extra);

/** A direct message to the bot; its reply. */
async function dm(user: APIUser, content: string): Promise<APIMessage> {
  const sent = h.discord.sendMessage({ content, channel: "dm", author: user });
  const reply = await h.discord.waitForChannelMessage(
    h.discord.dmChannel(user).id,
    (message) => message.message_reference?.message_id === sent.payload.id,
  );
  await handled(sent.payload.id);
  return reply.message;
}

const mention = () => `<@${h.discord.botUser.id}>`;

/** Presses a button of a message the bot sent; the callback's message body. */
async function press(
  button: ButtonView | undefined,
  message: APIMessage,
  user: APIUser,
  where: { guild?: null } = {},
): Promise<{ type: number; data: Record<string, unknown> }> {
  if (!button) throw new Error(`no such button on ${JSON.stringify(buttonsOf(message))}`);
  const pressed = h.discord.sendInteraction({
    kind: "button",
    customId: button.customId,
    message,
    user,
    ...where,
  });
  const callback = await pressed.waitForCallback();
  return { type: callback.type, data: dataOf(callback.data) };
}

// ---------------------------------------------------------------------------------------------
// What a reader checks on a card

/** Text from the store as the card shows it: Discord markdown escaped, mentions made inert. */
const escaped = safeText;

/** The card's text is the engine's answer to that question, whole: nothing cut or lost on the way. */
function expectWholeAnswer(embed: APIEmbed, question: string): void {
  const result = engine.answer(question);
  expect(result.answered, `the engine answers "${question}"`).toBe(true);
  expect(embed.description).toBe(escaped(result.answer));
}

/**
 * The card's citation: the outlet (bold), the article's date and the quoted sentence, in the
 * Source field (Main source when there are more, with a pointer to the Sources button).
 */
function expectCited(
  embed: APIEmbed,
  source: { outlet: string; date: string },
  quote: string,
  count = 1,
): void {
  const field = embed.fields?.[0];
  expect(field?.name).toBe(count > 1 ? "Main source" : "Source");
  const value = field?.value ?? "";
  expect(value.startsWith(`> “${escaped(quote)}”\n— `), `the quote opens the source field:\n${value}`).toBe(
    true,
  );
  expect(value).toContain(`**${source.outlet}**`);
  expect(value).toContain(`, ${source.date}`);
  if (count > 1) expect(value).toContain(`*+${count - 1} more: press Sources*`);
  expect(embed.footer?.text.startsWith(`${source.outlet}: `)).toBe(true);
}

/** The answer's buttons: Sources (with the count when several facts back it), 👍 and 👎. */
function expectAnswerButtons(message: { components?: unknown }, count: number): void {
  const buttons = buttonsOf(message);
  expect(buttons.map((button) => button.emoji)).toEqual(["📚", "👍", "👎"]);
  expect(buttons[0]?.label).toBe(count > 1 ? `Sources (${count})` : "Source");
}

/** An answer card for `question`: the question as its title, the answer colour. */
function answerCard(message: { embeds?: unknown }, question: string): APIEmbed {
  const embed = firstEmbed(message);
  expect(embed).toMatchObject({ title: question, color: ANSWER_COLOR });
  return embed;
}

/**
 * Presses Sources: privately, one field per fact behind the answer, each with the fact, the quoted
 * sentence and the article, under the outlet and date.
 */
async function expectSources(
  message: APIMessage,
  user: APIUser,
  statements: readonly string[],
  source: { outlet: string; date: string },
  where: { guild?: null } = {},
): Promise<APIEmbed> {
  const { type, data } = await press(buttonsOf(message)[0], message, user, where);
  expect(type).toBe(4);
  expect(Number(data.flags) & EPHEMERAL).toBe(EPHEMERAL);
  const embed = firstEmbed(data);
  expect(embed.title).toBe(statements.length === 1 ? "Source" : `Sources (${statements.length})`);
  const fields = embed.fields ?? [];
  expect(fields).toHaveLength(statements.length);
  for (const statement of statements) {
    const field = fields.find((candidate) => candidate.value.startsWith(escaped(statement)));
    expect(field, `a source for "${statement}" in\n${embedText(embed)}`).toBeDefined();
    expect(field?.name).toMatch(new RegExp(`^\\d+\\. ${source.outlet.replace(".", "\\.")}, ${source.date}$`));
    expect(field?.value).toMatch(/\n> “.+”\n— /);
  }
  return embed;
}

/** The lines of a list answer that are its items ("• …"), bullet removed. */
function items(description: string | undefined): string[] {
  return (description ?? "")
    .split("\n")
    .filter((line) => line.startsWith("• "))
    .map((line) => line.slice(2));
}

// ---------------------------------------------------------------------------------------------

describe("An overview of a meeting", () => {
  const PRAIA = "Summarise the fisheries session in Praia.";
  const PRAIA_HEADING =
    "CCFC ministerial session on sardinella catch limits and joint surveillance in Praia (5 November 2025, Plateau Convention Centre, Praia)";
  const PRAIA_QUOTE =
    "The ministerial session of the Canary Current Fisheries Council (CCFC) was held at the Plateau Convention Centre and brought together all six member states: Cabo Verde, The Gambia, Guinea, Guinea-Bissau, Mauritania and Senegal.";

  it("gives the meeting, its date and place, who took part with their roles and what happened, cited", async () => {
    const message = await slashAsk(PRAIA);
    expectShownSafely(message);
    const embed = answerCard(message, PRAIA);
    const lines = (embed.description ?? "").split("\n");
    expect(lines[0]).toBe(PRAIA_HEADING);
    expect(lines[1]).toMatch(
      /^Who: Abraão Tavares Lopes \(Minister of the Sea of Cabo Verde \(chair of the session/,
    );
    expect(lines[1]).toContain("Aïssatou Ndiaye Sarr (Deputy Minister of Fisheries of Senegal");
    expect(lines[2]).toContain("Senegal refused, objecting to the allocation key.");
    expect(lines[3]).toMatch(/^Topics: sardinella catch limit; Praia Protocol; /);
    expectWholeAnswer(embed, PRAIA);
    expectCited(embed, SHORE_HERALD, PRAIA_QUOTE, 4);
    expectAnswerButtons(message, 4);
    expect(Number(message.flags ?? 0) & EPHEMERAL).toBe(0);

    // Every fact behind the overview is cited in full behind the Sources button.
    const statements = engine.answer(PRAIA).facts.map((fact) => fact.statement);
    expect(statements).toHaveLength(4);
    await expectSources(message, h.discord.users.member, statements, SHORE_HERALD);
  });

  it("in a direct message, shows a short meeting whole: summary and every topic", async () => {
    const question = "Give me an overview of Aliyev's meeting with Sarybay.";
    const user = h.discord.users.outsider;
    const message = await dm(user, question);
    expectShownSafely(message);
    const embed = answerCard(message, question);
    const lines = (embed.description ?? "").split("\n");
    expect(lines[0]).toBe("Ilham Aliyev receives CICA Secretary General Kairat Sarybay (17 April 2024)");
    expect(lines[1]).toBe(
      "Who: Ilham Aliyev (President of Azerbaijan (host)), Kairat Sarybay (Secretary General of CICA (visitor)).",
    );
    expect(lines[2]).toMatch(
      /^President Ilham Aliyev of Azerbaijan received Kairat Sarybay,.*green transportation concept\.$/,
    );
    expect(lines[3]).toBe(
      "Topics: Azerbaijan's CICA chairmanship; COP29; Non-Aligned Movement; confidence-building in Asia; green transportation; sectoral cooperation.",
    );
    expectWholeAnswer(embed, question);
    expect(embed.fields?.[0]?.value).toContain(`**${NEWS_AZ.outlet}**, ${NEWS_AZ.date}`);
    expect(embed.fields?.[0]?.value).toMatch(/^> “.+”\n— /);
  });

  /**
   * An overview once stopped at 1,800 characters, mid-word ("…; foreign trawle…"), though the
   * card had room: whole lines and whole topics are shown now.
   */
  it("is not cut off mid-word while the card has room for all of it", async () => {
    const message = await inChannel(h.discord.users.admin, `${mention()} ${PRAIA}`);
    expectShownSafely(message);
    const embed = answerCard(message, PRAIA);
    const description = embed.description ?? "";
    expect(description.split("\n").at(-1), "the overview's last line, as shown").toBe(
      "Topics: sardinella catch limit; Praia Protocol; allocation key dispute; joint surveillance; Regional Surveillance Fund; foreign trawler licence fees; CCFC chair handover; scientific committee; fish stocks.",
    );
    expect(description.endsWith("…"), "the overview ends cut off").toBe(false);
  });
});

describe("A profile: tell me about a person", () => {
  const QUESTION = "tell me about Kārlis Ozoliņš";

  it("says who they are, then their most important facts, each cited", async () => {
    const user = h.discord.users.member;
    const message = await inChannel(user, `${mention()} ${QUESTION}`);
    expectShownSafely(message);
    const embed = answerCard(message, QUESTION);
    const description = embed.description ?? "";
    expect(description.split("\n")[0]).toBe(
      "Kārlis Ozoliņš: Minister of Foreign Affairs of Latvia; visited Vilnius for the Lithuanian–Latvian intergovernmental consultations; refused a common truck toll.",
    );
    const facts = items(description);
    expect(facts.length).toBeGreaterThanOrEqual(2);
    expect(facts.every((fact) => /Ozoliņš|Latvia/.test(fact))).toBe(true);
    expectWholeAnswer(embed, QUESTION);
    expectCited(
      embed,
      NERIS_HERALD,
      "Latvia's Minister of Foreign Affairs, Kārlis Ozoliņš, was received at the Lithuanian foreign ministry by his Lithuanian counterpart, Rūta Žemaitytė, for the yearly intergovernmental consultations between the two countries",
      facts.length,
    );
    expectAnswerButtons(message, facts.length);
    await expectSources(message, user, facts, NERIS_HERALD);
  });
});

describe("A list answer", () => {
  const QUESTION = "What did Sarybay highlight about Azerbaijan?";

  it("in a direct message, lists every fact that answers, one a line, each behind Sources with its quote", async () => {
    const user = h.discord.users.outsider;
    const message = await dm(user, QUESTION);
    expectShownSafely(message);
    const embed = answerCard(message, QUESTION);
    const listed = items(embed.description);
    expect(listed).toHaveLength(4);
    expect(embed.description).toBe(listed.map((item) => `• ${item}`).join("\n"));
    for (const item of listed) expect(item).toMatch(/^Sarybay highlighted Azerbaijan's /);
    expect(listed.join("\n")).toContain("non-permanent member of the UN Security Council");
    expect(listed.join("\n")).toContain("successful chairmanship of the Non-Aligned Movement");
    expectWholeAnswer(embed, QUESTION);
    expectCited(embed, NEWS_AZ, "successful chairmanship in the Non-Aligned Movement", 4);
    expectAnswerButtons(message, 4);
    await expectSources(message, user, listed, NEWS_AZ, { guild: null });
  });
});

describe("Asking who an article quoted", () => {
  const QUESTION = "who was quoted in the Neris Herald report?";
  const QUOTED = ["Inese Kalniņa", "Giedrius Vaitkūnas", "Kārlis Ozoliņš", "Rūta Žemaitytė", "Kadri Põder"];

  it("names each person the outlet's report quotes, with their role, each behind Sources", async () => {
    const user = h.discord.users.member;
    const message = await inChannel(user, `${mention()} ${QUESTION}`);
    expectShownSafely(message);
    const embed = answerCard(message, QUESTION);
    const description = embed.description ?? "";
    expect(description.startsWith("Neris Herald's report of 12 November 2026")).toBe(true);
    for (const name of QUOTED) expect(description).toContain(name);
    expect(description).toContain("(Minister of Transport of Lithuania)");
    expectWholeAnswer(embed, QUESTION);
    const cited = engine.answer(QUESTION).facts;
    expect(cited).toHaveLength(QUOTED.length);
    expectCited(embed, NERIS_HERALD, cited[0]!.source.quote, QUOTED.length);
    expectAnswerButtons(message, QUOTED.length);
    await expectSources(
      message,
      user,
      cited.map((fact) => fact.statement),
      NERIS_HERALD,
    );
  });
});

describe("A question whose premise the article contradicts", () => {
  const QUESTION = "Why did Latvia back Lithuania's proposal for a common truck toll?";
  const CORRECTING_FACT =
    "Latvia refused Lithuania's proposal for a common truck toll, because its own time-based road charge is run by a private operator under a contract that does not end until 2028.";

  it("is corrected with the fact that contradicts it, cited, instead of being answered as asked", async () => {
    const message = await slashAsk(QUESTION);
    expectShownSafely(message);
    const embed = answerCard(message, QUESTION);
    expect(embed.description).toBe(`That isn't what my sources say: ${CORRECTING_FACT}`);
    expectWholeAnswer(embed, QUESTION);
    expectCited(
      embed,
      NERIS_HERALD,
      "Latvia refused, because its own time-based road charge is run by a private operator under a contract that does not end until 2028.",
    );
    expectAnswerButtons(message, 1);
    await expectSources(message, h.discord.users.member, [CORRECTING_FACT], NERIS_HERALD);
  });
});

describe("A follow-up in a reply chain says how it read the question", () => {
  it('answers "what more did he say?" replied to an answer, naming whom it took "he" to be', async () => {
    const { discord } = h;
    const user = discord.users.admin;
    const first = await inChannel(user, `${mention()} Who is the Secretary General of CICA?`);
    const firstCard = answerCard(first, "Who is the Secretary General of CICA?");
    expect(firstCard.description).toContain("Kairat Sarybay is the Secretary General");

    const followUp = await inChannel(user, "what more did he say?", {
      replyTo: first,
      mentions: [discord.botUser],
    });
    expectShownSafely(followUp);
    const embed = answerCard(followUp, "what more did he say?");
    const lines = (embed.description ?? "").split("\n");
    expect(lines[0]).toBe('Taking "he" as Kairat Sarybay.');
    const said = items(embed.description);
    expect(said.length).toBeGreaterThanOrEqual(2);
    expect(lines.slice(1)).toEqual(said.map((item) => `• ${item}`));
    // What the first answer said is not said again; everything else is about Sarybay.
    expect(said.join("\n")).not.toContain("is the Secretary General");
    for (const item of said) expect(item).toMatch(/Sarybay/);
    expect(embed.fields?.[0]?.name).toBe("Main source");
    expect(embed.fields?.[0]?.value).toMatch(/^> “.+”\n— \*\*News\.Az\*\*, 17 April 2024\n/);
    expectAnswerButtons(followUp, said.length);
    await expectSources(followUp, user, said, NEWS_AZ);
  });
});

describe("A question the bot cannot answer", () => {
  const SUGGESTION_FOOTER = "Questions I can't answer are noted, so the facts can be added.";

  /** The refusal card: says so, claims nothing (no source), offers 1–3 questions as 💡 buttons. */
  function expectRefusal(message: APIMessage, question: string): ButtonView[] {
    expectShownSafely(message);
    const embed = firstEmbed(message);
    expect(embed).toMatchObject({ title: question, color: REFUSAL_COLOR });
    expect(embed.description).toMatch(/^I don't have (a fact|any facts) about .+\n\nI can answer these:$/);
    expect(embed.fields ?? []).toEqual([]);
    expect(embed.footer?.text).toBe(SUGGESTION_FOOTER);
    const suggestions = buttonsOf(message);
    expect(suggestions.length).toBeGreaterThanOrEqual(1);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    for (const button of suggestions) {
      expect(button.emoji).toBe("💡");
      expect(button.label).toMatch(/^\S.*\?$/);
      expect(engine.answer(button.label).answered, `the suggested "${button.label}" is answered`).toBe(true);
    }
    return suggestions;
  }

  /** A pressed suggestion's answer: the suggestion as the title, a cited card with Sources, 👍, 👎. */
  function expectSuggestionAnswered(
    callback: { type: number; data: Record<string, unknown> },
    label: string,
  ) {
    expect(callback.type).toBe(4);
    expect(overLimits(callback.data)).toEqual([]);
    const embed = answerCard(callback.data, label);
    expectWholeAnswer(embed, label);
    const value = embed.fields?.[0]?.value ?? "";
    expect(embed.fields?.[0]?.name).toMatch(/^(Main )?[Ss]ource$/);
    expect(value).toMatch(/^> “.+”\n— \*\*[^*]+\*\*(\]\(<[^>]+>\))?, \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(buttonsOf(callback.data).map((button) => button.emoji)).toEqual(["📚", "👍", "👎"]);
  }

  it("when mentioned in a server, says so and offers questions it can answer as buttons", async () => {
    const question = "How many moons does Jupiter have?";
    const user = h.discord.users.member;
    const refusal = await inChannel(user, `${mention()} ${question}`);
    const suggestions = expectRefusal(refusal, question);
    expect(firstEmbed(refusal).description).toContain("Jupiter");

    const picked = suggestions.at(-1)!;
    const callback = await press(picked, refusal, user);
    expectSuggestionAnswered(callback, picked.label);
  });

  it("in a direct message, says so and offers questions it can answer as buttons", async () => {
    const question = "What was Aliyev grateful to Kazakhstan for?";
    const user = h.discord.users.otherAdmin;
    const refusal = await dm(user, question);
    const suggestions = expectRefusal(refusal, question);

    const picked = suggestions[0]!;
    const callback = await press(picked, refusal, user, { guild: null });
    expectSuggestionAnswered(callback, picked.label);
  });
});

/**
 * "please, please, … summarise …": greetings before a question once made the regex that spots
 * "tell me about …" try about 3^n ways to split the commas between repetitions, and the bot, on
 * one event loop, answered no one for seconds at 17 repetitions and for hours at 24. With 24
 * repetitions the test would time out, not merely run slow; how fast questions are answered is
 * measured by `npm run bench`, not here.
 */
describe("A question padded with greetings", () => {
  const PADDED = `${"please, ".repeat(24)}summarise the fisheries session in Praia.`;
  const PLAIN = "Who chairs CICA?";

  it("is answered, and so is everyone else asking at the same time", async () => {
    const { discord } = h;
    const padder = discord.users.member;
    const other = discord.users.otherAdmin;
    const replyTo = (user: APIUser, id: string, started: number) =>
      discord
        .waitForChannelMessage(
          discord.dmChannel(user).id,
          (message) => message.message_reference?.message_id === id,
          60_000,
        )
        .then((record) => ({ message: record.message, ms: Date.now() - started }));

    // On its own (and once the engine has run: V8 compiles a regex natively after its first use).
    const alone = Date.now();
    const first = discord.sendMessage({ content: PLAIN, channel: "dm", author: other });
    const plainAlone = await replyTo(other, first.payload.id, alone);
    await handled(first.payload.id);
    expect(firstEmbed(plainAlone.message).description).toContain("Azerbaijan chairs CICA");

    // The padded question, and the same plain question from someone else at the same moment.
    const started = Date.now();
    const padded = discord.sendMessage({ content: PADDED, channel: "dm", author: padder });
    const plain = discord.sendMessage({ content: PLAIN, channel: "dm", author: other });
    const [paddedReply, plainReply] = await Promise.all([
      replyTo(padder, padded.payload.id, started),
      replyTo(other, plain.payload.id, started),
    ]);
    await handled(padded.payload.id);
    await handled(plain.payload.id);

    expect(firstEmbed(plainReply.message).description).toContain("Azerbaijan chairs CICA");
    expect(paddedReply.message.content ?? "").not.toMatch(/^Something went wrong/);
    expect(firstEmbed(paddedReply.message).description).toMatch(/^CCFC ministerial session on sardinella/);
  }, 90_000);
});
