import { beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../src/config/logger.ts";
import { ask } from "../src/discord/ask-flow.ts";
import type {
  AutocompleteContext,
  CommandContext,
  ComponentContext,
  Requester,
  Services,
} from "../src/discord/command.ts";
import { Cooldown } from "../src/discord/cooldown.ts";
import { type ComponentAction, encodeCustomId, parseCustomId, shortHash } from "../src/discord/custom-id.ts";
import { UserError } from "../src/discord/errors.ts";
import { MemoryFeedbackStore } from "../src/discord/feedback.ts";
import { CommandRegistry } from "../src/discord/registry.ts";
import type { ActionButton, ComponentResult, ReplyModel } from "../src/discord/reply-model.ts";
import { createServices } from "../src/discord/services.ts";
import { TextMemory } from "../src/discord/text-memory.ts";
import { Engine } from "../src/engine/engine.ts";
import { SEED_DIR } from "./support/engines.ts";

const ANN = "100000000000000001";
const BOB = "100000000000000002";
const GUILD = "900000000000000001";
const NOW = new Date("2024-05-01T12:00:00Z");

let engine: Engine;
let registry: CommandRegistry;
let services: Services;

beforeAll(async () => {
  const loaded = Engine.fromDirectory(SEED_DIR);
  if (!loaded.ok) throw new Error("the seed data does not load");
  engine = loaded.engine;
  registry = await CommandRegistry.load();
});

function freshServices(overrides: Partial<Services> = {}): Services {
  services = {
    ...createServices({ engine, registry, logger: silentLogger, cooldown: "unlimited", now: () => NOW }),
    ...overrides,
  };
  return services;
}

const who = (userId = ANN, scope: string | undefined = GUILD): Requester => ({
  services,
  userId,
  ...(scope ? { scope } : {}),
  surface: scope ? "guild" : "dm",
});

async function run(
  name: string,
  options: Record<string, string | boolean> = {},
  userId = ANN,
): Promise<ReplyModel> {
  const command = registry.get(name);
  if (!command) throw new Error(`no /${name}`);
  const ctx: CommandContext = {
    ...who(userId),
    options: {
      string: (key) => (typeof options[key] === "string" ? (options[key] as string) : undefined),
      boolean: (key) => (typeof options[key] === "boolean" ? (options[key] as boolean) : undefined),
    },
  };
  return command.execute(ctx);
}

async function complete(name: string, focused: string, value: string) {
  const command = registry.get(name);
  if (!command?.autocomplete) throw new Error(`no autocomplete on /${name}`);
  const ctx: AutocompleteContext = {
    ...who(),
    options: { string: () => value, boolean: () => undefined },
    focused: { name: focused, value },
  };
  return command.autocomplete(ctx);
}

function buttonsOf(reply: ReplyModel): ActionButton[] {
  return (reply.buttons ?? []).flat().filter((b): b is ActionButton => "customId" in b);
}

async function press(
  reply: ReplyModel,
  button: ActionButton,
  userId = ANN,
  messageId = "m1",
): Promise<ComponentResult> {
  const action = parseCustomId(button.customId) as ComponentAction;
  const owner = registry.forComponent(action.kind);
  if (!owner?.onComponent) throw new Error(`nobody handles ${action.kind}`);
  const title = reply.cards?.[0]?.title;
  const ctx: ComponentContext = {
    ...who(userId),
    customId: button.customId,
    message: {
      id: messageId,
      ephemeral: reply.ephemeral === true,
      ...(title ? { title } : {}),
      buttons: buttonsOf(reply).map((b) => ({ customId: b.customId, label: b.label })),
    },
  };
  return owner.onComponent(ctx, action);
}

describe("/ask answers with a cited source", () => {
  it("answers publicly with the source and Sources/👍/👎 buttons", async () => {
    freshServices();
    const reply = await run("ask", { question: "Who is the Secretary General of CICA?" });
    expect(reply.ephemeral).toBe(false);
    expect(reply.cards?.[0]?.tone).toBe("answer");
    expect(reply.cards?.[0]?.description).toContain("Kairat Sarybay");
    expect(reply.cards?.[0]?.fields?.[0]?.value).toContain("News.Az");
    expect(buttonsOf(reply).map((b) => parseCustomId(b.customId)?.kind)).toEqual([
      "sources",
      "feedback",
      "feedback",
    ]);
  });

  it("answers privately when private:true", async () => {
    freshServices();
    expect((await run("ask", { question: "Who is Ilham Aliyev?", private: true })).ephemeral).toBe(true);
  });

  it("autocompletes questions the store can answer, within Discord's limits", async () => {
    freshServices();
    const choices = await complete("ask", "question", "who is");
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices.map((c) => c.value)).toContain("Who is Ilham Aliyev?");
  });
});

describe("when the bot does not know", () => {
  it("says so privately, offers suggestions, and records the gap", async () => {
    const feedback = new MemoryFeedbackStore();
    freshServices({ feedback });
    const reply = await run("ask", { question: "What is the capital of Peru?" });
    expect(reply.ephemeral).toBe(true);
    expect(reply.cards?.[0]?.tone).toBe("refusal");
    expect(reply.cards?.[0]?.description).toMatch(/I don't have/);
    const suggestions = buttonsOf(reply);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    const gaps = await feedback.unanswered();
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({
      question: "What is the capital of Peru?",
      guildId: GUILD,
      userId: ANN,
      at: NOW,
    });
    expect(gaps[0]?.suggestions).toEqual(suggestions.map((b) => b.label));
  });

  it("refuses publicly only when private:false was chosen", async () => {
    freshServices();
    expect((await run("ask", { question: "What is the capital of Peru?", private: false })).ephemeral).toBe(
      false,
    );
  });

  it("answers a clicked suggestion in place of a private refusal", async () => {
    freshServices();
    const refusal = await run("ask", { question: "What is the capital of Peru?" });
    const first = buttonsOf(refusal)[0]!;
    const result = await press(refusal, first);
    expect(result.mode).toBe("update");
    expect(result.reply.cards?.[0]?.title).toBe(first.label);
    expect(result.reply.cards?.[0]?.tone).toBe("answer");
  });

  it("still knows a suggestion after a restart, from the button's label", async () => {
    freshServices();
    const refusal = await run("ask", { question: "What is the capital of Peru?" });
    freshServices({ memory: new TextMemory() });
    const result = await press(refusal, buttonsOf(refusal)[1]!);
    expect(result.reply.cards?.[0]?.tone).toBe("answer");
  });

  it("explains an expired suggestion it can no longer recover", async () => {
    freshServices();
    const forged: ActionButton = {
      customId: encodeCustomId({ kind: "suggest", index: 0, hash: shortHash("a question nobody offered") }),
      label: "shortened label…",
      style: "primary",
    };
    await expect(press({ buttons: [[forged]] }, forged)).rejects.toThrow(UserError);
  });
});

describe("the buttons on an answer", () => {
  it("Sources lists every supporting fact, privately", async () => {
    freshServices();
    const answer = await run("ask", { question: "Who is the Secretary General of CICA?" });
    const result = await press(answer, buttonsOf(answer)[0]!);
    expect(result.mode).toBe("reply");
    expect(result.reply.ephemeral).toBe(true);
    expect(result.reply.cards?.[0]?.fields?.[0]?.value).toContain("Kairat Sarybay");
  });

  it("👍 and 👎 are recorded with the question, facts, server, user and time; a second vote replaces the first", async () => {
    const feedback = new MemoryFeedbackStore();
    freshServices({ feedback });
    const answer = await run("ask", { question: "Who is the Secretary General of CICA?" });
    const [, up, down] = buttonsOf(answer);
    const thanks = await press(answer, up!);
    expect(thanks.reply).toEqual({ content: "Thanks! Glad that helped.", ephemeral: true });
    await press(answer, down!);
    await press(answer, up!, BOB);
    const votes = await feedback.votes();
    expect(votes).toHaveLength(2);
    expect(votes.find((v) => v.userId === ANN)).toEqual({
      vote: "down",
      question: "Who is the Secretary General of CICA?",
      factIds: ["sarybay-is-cica-secretary-general"],
      messageId: "m1",
      guildId: GUILD,
      userId: ANN,
      at: NOW,
    });
  });

  it("a vote after a restart still records the question, read from the card", async () => {
    const feedback = new MemoryFeedbackStore();
    freshServices({ feedback });
    const answer = await run("ask", { question: "Who is *the* Secretary General of CICA?" });
    freshServices({ feedback, memory: new TextMemory() });
    await press(answer, buttonsOf(answer)[1]!);
    expect((await feedback.votes())[0]?.question).toBe("Who is *the* Secretary General of CICA?");
  });
});

describe("the cooldown", () => {
  it("stops a user asking too fast, with the wait, and lets others ask", async () => {
    freshServices({ cooldown: new Cooldown({ limit: 2, windowMs: 10_000, clock: () => 0 }) });
    await ask(who(), "Who is Ilham Aliyev?");
    await ask(who(), "Who is Ilham Aliyev?");
    const limited = await ask(who(), "Who is Ilham Aliyev?");
    expect(limited.kind).toBe("limited");
    expect(limited.reply).toEqual({
      content: "You're asking faster than I can keep up. Please wait 10 s before the next question.",
      ephemeral: true,
    });
    expect((await ask(who(BOB), "Who is Ilham Aliyev?")).kind).toBe("answered");
  });
});

describe("/event shows an event card", () => {
  it("shows the most recent event without a name: date, participants with roles, topics, source", async () => {
    freshServices();
    const card = (await run("event")).cards?.[0];
    expect(card?.tone).toBe("event");
    expect(card?.title).toContain("Kairat Sarybay");
    const fields = Object.fromEntries((card?.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields.Date).toBe("17 April 2024");
    expect(fields.Participants).toContain("**Ilham Aliyev** — President of Azerbaijan (host)");
    expect(fields.Topics).toContain("COP29");
    expect(fields.Source).toContain("News.Az");
  });

  it("finds an event by the id autocomplete sends, or by words of its title", async () => {
    freshServices();
    const choices = await complete("event", "name", "sarybay");
    expect(choices).toHaveLength(1);
    expect(choices[0]?.name).toMatch(/^17 April 2024 · /);
    const byId = await run("event", { name: choices[0]!.value });
    const byWords = await run("event", { name: "aliyev receives sarybay" });
    expect(byWords.cards?.[0]?.title).toBe(byId.cards?.[0]?.title);
  });

  it("says plainly when there is no such event", async () => {
    freshServices();
    await expect(run("event", { name: "Summit on Mars" })).rejects.toThrow(/I don't know an event called/);
  });
});

describe("/facts browses facts a page at a time", () => {
  it("pages with ◀ ▶, first page with ◀ disabled", async () => {
    freshServices();
    const first = await run("facts", { about: "e:azerbaijan" });
    expect(first.cards?.[0]?.title).toBe("Facts about Azerbaijan");
    expect(first.cards?.[0]?.footer).toMatch(/^Page 1 of \d+ · \d+ facts/);
    const [previous, next] = buttonsOf(first);
    expect(previous?.disabled).toBe(true);
    expect(next?.disabled).toBe(false);
    const second = await press(first, next!);
    expect(second.mode).toBe("update");
    expect(second.reply.cards?.[0]?.footer).toMatch(/^Page 2 of/);
    expect(second.reply.cards?.[0]?.description).toContain("**6.**");
  });

  it("lets only the person who ran it turn the pages", async () => {
    freshServices();
    const first = await run("facts", { about: "Azerbaijan" });
    const result = await press(first, buttonsOf(first)[1]!, BOB);
    expect(result).toEqual({
      mode: "reply",
      reply: {
        content: "Only the person who ran /facts can turn these pages. Run /facts yourself to browse.",
        ephemeral: true,
      },
    });
  });

  it("autocompletes entities and topics", async () => {
    freshServices();
    const choices = await complete("facts", "about", "cop");
    expect(choices.map((c) => c.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^COP29 — \d+ facts?$/)]),
    );
    expect(choices.some((c) => c.name === "Topic: COP29")).toBe(true);
    const topic = await run("facts", { about: choices.find((c) => c.name === "Topic: COP29")!.value });
    expect(topic.cards?.[0]?.title).toBe("Facts on COP29");
  });

  it("gives an overview without a subject, and a clear note for an unknown one", async () => {
    freshServices();
    expect((await run("facts")).cards?.[0]?.title).toBe("What I can tell you about");
    await expect(run("facts", { about: "Atlantis" })).rejects.toThrow(/I have no facts about “Atlantis”/);
  });
});

describe("/help and /about", () => {
  it("/help lists every command, /ask first, privately", async () => {
    freshServices();
    const help = await run("help");
    expect(help.ephemeral).toBe(true);
    const commands = help.cards?.[0]?.fields?.find((f) => f.name === "Commands")?.value ?? "";
    expect(commands.indexOf("**/ask** question [private]")).toBe(0);
    for (const name of ["event", "facts", "help", "about"]) expect(commands).toContain(`**/${name}**`);
  });

  it("/about shows the version, counts and data freshness", async () => {
    freshServices();
    const fields = Object.fromEntries(
      ((await run("about")).cards?.[0]?.fields ?? []).map((f) => [f.name, f.value]),
    );
    expect(fields.Version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Number(fields.Facts)).toBeGreaterThan(0);
    expect(Number(fields.Events)).toBeGreaterThan(0);
    expect(Number(fields.Sources)).toBeGreaterThan(0);
    expect(fields["Knowledge as of"]).toBe("17 April 2024");
  });
});
