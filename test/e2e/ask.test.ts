/**
 * /ask end to end: the real entry point in a child process, a Discord look-alike on 127.0.0.1, and
 * assertions on the REST payloads the bot sends, as Discord would receive them.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle } from "../discord-server/index.ts";
import {
  buttonsOf,
  dataOf,
  EPHEMERAL,
  embedText,
  expectCleanTraffic,
  firstEmbed,
  type Harness,
  HOOK_TIMEOUT_MS,
  interactionLog,
  requireMessage,
  startHarness,
} from "./support/harness.ts";

const KNOWN = "Who is the Secretary General of CICA?";
const UNKNOWN = "What is the capital of Peru?";
const ANSWER_COLOR = 0x5865f2;

let h: Harness;

beforeAll(async () => {
  // As a developer would run it: commands deployed to the dev server on start, so the fake types
  // the options from the real definitions.
  h = await startHarness({
    env: (discord) => ({ DEPLOY_COMMANDS_ON_START: "true", DISCORD_DEV_GUILD_ID: discord.guild.id }),
    waitForDeploy: true,
  });
}, HOOK_TIMEOUT_MS);
afterEach(() => expectCleanTraffic(h));
afterAll(async () => {
  await h?.close();
}, HOOK_TIMEOUT_MS);

async function ask(
  question: string,
  extra: { private?: boolean } = {},
): Promise<{ handle: InteractionHandle; data: Record<string, unknown>; type: number }> {
  const handle = h.discord.sendInteraction({
    kind: "command",
    name: "ask",
    options: { question, ...(extra.private === undefined ? {} : { private: extra.private }) },
  });
  const callback = await handle.waitForCallback();
  return { handle, data: dataOf(callback.data), type: callback.type };
}

function press(customId: string, handle: InteractionHandle, user = h.discord.users.admin) {
  const message = requireMessage(handle.originalMessage(), "message for the pressed button");
  return h.discord.sendInteraction({ kind: "button", customId, message, user });
}

describe("Asking with /ask", () => {
  it("registers its commands in the dev server when it starts", () => {
    const names = h.discord.commands.guilds.get(h.discord.guild.id)?.map((command) => command.name);
    // Moderator commands may join these; the ones a user asks with must be there.
    expect(names).toEqual(expect.arrayContaining(["about", "ask", "event", "facts", "help"]));
  });

  it("answers in the channel with a cited card and Source, 👍 and 👎 buttons", async () => {
    const { handle, data, type } = await ask(KNOWN);

    expect(type).toBe(4);
    expect((Number(data.flags ?? 0) & EPHEMERAL) === 0).toBe(true);
    const embed = firstEmbed(data);
    expect(embed).toMatchObject({ title: KNOWN, color: ANSWER_COLOR });
    expect(embed.description).toContain("Kairat Sarybay");
    expect(embed.fields?.[0]?.name).toBe("Source");
    expect(embed.fields?.[0]?.value).toMatch(/“Kairat Sarybay, Secretary General.*”/);
    expect(embed.fields?.[0]?.value).toContain("**News.Az**");
    expect(embed.fields?.[0]?.value).toContain("17 April 2024");
    expect(embed.footer?.text).toMatch(/^News\.Az: /);
    expect(buttonsOf(data).map((button) => button.emoji)).toEqual(["📚", "👍", "👎"]);
    expect(buttonsOf(data)[0]?.label).toMatch(/^Sources?/);
    // What the channel shows is what was sent.
    expect(handle.originalMessage()?.embeds[0]?.title).toBe(KNOWN);

    const log = await interactionLog(h, handle.id);
    expect(log).toMatchObject({ level: "info", command: "ask", outcome: "ok", type: "ApplicationCommand" });
    expect(log.latencyMs).toEqual(expect.any(Number));
  });

  it("answers only to the asker with private:true", async () => {
    const { data } = await ask(KNOWN, { private: true });
    expect(Number(data.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(firstEmbed(data).title).toBe(KNOWN);
  });
});

describe("The buttons on an answer", () => {
  it("Source shows every supporting fact with its quote and article, privately", async () => {
    const { handle, data } = await ask(KNOWN);
    const sources = buttonsOf(data).find((button) => button.emoji === "📚");
    const pressed = press(sources?.customId ?? "", handle);
    const callback = await pressed.waitForCallback();

    expect(callback.type).toBe(4);
    const reply = dataOf(callback.data);
    expect(Number(reply.flags) & EPHEMERAL).toBe(EPHEMERAL);
    const embed = firstEmbed(reply);
    expect(embed.title).toMatch(/^Sources?( \(\d+\))?$/);
    expect(embed.fields?.length).toBeGreaterThan(0);
    expect(embedText(embed)).toContain("News.Az");
    expect(embedText(embed)).toMatch(/> “Kairat Sarybay, Secretary General/);
    expect(embedText(embed)).toContain("— Ilham Aliyev receives Secretary General");
    expect(await interactionLog(h, pressed.id)).toMatchObject({ component: "s", outcome: "ok" });
  });

  it("👍 and 👎 thank the voter privately", async () => {
    const { handle, data } = await ask(KNOWN);
    const [up, down] = buttonsOf(data).filter((button) => button.emoji === "👍" || button.emoji === "👎");

    const upReply = await press(up?.customId ?? "", handle).waitForCallback();
    expect(upReply.type).toBe(4);
    expect(upReply.data).toMatchObject({ content: "Thanks! Glad that helped.", flags: EPHEMERAL });

    const downReply = await press(down?.customId ?? "", handle, h.discord.users.member).waitForCallback();
    expect(downReply.data).toMatchObject({
      content: "Thanks for telling me. I'll use this to improve.",
      flags: EPHEMERAL,
    });
  });
});

describe("When the bot does not know", () => {
  it("says so privately and suggests up to three questions it can answer", async () => {
    const { data, type } = await ask(UNKNOWN);

    expect(type).toBe(4);
    expect(Number(data.flags) & EPHEMERAL).toBe(EPHEMERAL);
    const embed = firstEmbed(data);
    expect(embed.title).toBe(UNKNOWN);
    expect(embed.description).toContain("Peru");
    expect(embed.description).toContain("I can answer these:");
    const suggestions = buttonsOf(data);
    expect(suggestions.length).toBeGreaterThanOrEqual(1);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    for (const button of suggestions) {
      expect(button.emoji).toBe("💡");
      expect(button.label).toMatch(/\?$/);
    }
  });

  it("answers a pressed suggestion in place of the private refusal", async () => {
    const { handle, data } = await ask(UNKNOWN);
    const suggestion = buttonsOf(data)[0];
    const pressed = press(suggestion?.customId ?? "", handle);
    const callback = await pressed.waitForCallback();

    // 7 = UPDATE_MESSAGE: the refusal turns into the answer.
    expect(callback.type).toBe(7);
    const embed = firstEmbed(dataOf(callback.data));
    expect(embed).toMatchObject({ title: suggestion?.label, color: ANSWER_COLOR });
    expect(embed.fields?.[0]?.name).toMatch(/Source/);
    expect(buttonsOf(dataOf(callback.data)).map((button) => button.emoji)).toEqual(["📚", "👍", "👎"]);
    expect(h.discord.getMessage(handle.originalMessage()?.id ?? "")?.embeds[0]?.title).toBe(
      suggestion?.label,
    );
  });

  it("answers a suggestion from a public refusal (private:false) with a new public reply", async () => {
    const { handle, data } = await ask(UNKNOWN, { private: false });
    expect(Number(data.flags ?? 0) & EPHEMERAL).toBe(0);
    const suggestion = buttonsOf(data)[1] ?? buttonsOf(data)[0];
    const callback = await press(suggestion?.customId ?? "", handle).waitForCallback();

    expect(callback.type).toBe(4);
    const reply = dataOf(callback.data);
    expect(Number(reply.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(firstEmbed(reply).title).toBe(suggestion?.label);
  });
});

describe("Autocomplete while typing a question", () => {
  const typed = ["", "w", "who", "who is", "Secretary", "cica", "zzzzqx", "a".repeat(300), "**@everyone**"];

  it.each(typed)("offers at most 25 valid choices for %j", async (value) => {
    const handle = h.discord.sendInteraction({
      kind: "autocomplete",
      name: "ask",
      options: { question: value },
      focused: "question",
    });
    const callback = await handle.waitForCallback();
    expect(callback.type).toBe(8);
    const choices = dataOf(callback.data).choices;
    expect(Array.isArray(choices)).toBe(true);
    const list = choices as { name: string; value: string }[];
    expect(list.length).toBeLessThanOrEqual(25);
    for (const choice of list) {
      expect(choice.name.length).toBeGreaterThanOrEqual(1);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(typeof choice.value).toBe("string");
      expect(choice.value.length).toBeGreaterThanOrEqual(1);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(list.map((choice) => choice.value)).size).toBe(list.length);
    if (value === "who") expect(list.length).toBeGreaterThan(0);
  });

  it("offers questions that it then answers", async () => {
    const handle = h.discord.sendInteraction({
      kind: "autocomplete",
      name: "ask",
      options: { question: "who is" },
      focused: "question",
    });
    const choices = dataOf((await handle.waitForCallback()).data).choices as { value: string }[];
    const picked = choices.slice(0, 3);
    expect(picked.length).toBeGreaterThan(0);
    for (const choice of picked) {
      const { data } = await ask(choice.value);
      expect(firstEmbed(data), `the answer to the suggested "${choice.value}"`).toMatchObject({
        color: ANSWER_COLOR,
      });
    }
  });
});

describe("User text is shown, never interpreted", () => {
  it("escapes markdown in the question", async () => {
    const { data } = await ask("Who is **Kairat Sarybay**? _really_ `now`");
    expect(firstEmbed(data).title).toBe("Who is \\*\\*Kairat Sarybay\\*\\*? \\_really\\_ \\`now\\`");
  });

  it("answers a question wrapped in mentions as if they were not there", async () => {
    const { discord } = h;
    const { data } = await ask(
      `<@${discord.users.member.id}> @everyone who chairs CICA? <#${discord.guild.id}>`,
    );
    const embed = firstEmbed(data);
    expect(embed.color).toBe(ANSWER_COLOR);
    expect(embed.description).toContain("Azerbaijan chairs CICA");
    expect(embed.title).toBe("@\u200beveryone who chairs CICA?");
  });

  it("pings nobody when the question contains @everyone, @here, a role or a user", async () => {
    const { discord } = h;
    const question = `Who is @everyone and @here, <@&${discord.guild.roles.admin.id}> or <@${discord.users.member.id}>?`;
    const { handle, data } = await ask(question, { private: false });

    const title = firstEmbed(data).title ?? "";
    expect(title).not.toMatch(/@everyone|@here|<@&?\d+>/);
    expect(title).toContain("@\u200beveryone");
    const message = requireMessage(handle.originalMessage(), "reply");
    expect(message).toMatchObject({ mention_everyone: false, mentions: [], mention_roles: [] });
  });
});
