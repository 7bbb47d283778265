import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../src/config/logger.ts";
import { ConsoleSession, runConsole } from "../src/console/console.ts";
import { markdownToText, renderReply } from "../src/console/render.ts";
import type { Services } from "../src/discord/command.ts";
import { safeText } from "../src/discord/markdown.ts";
import { CommandRegistry } from "../src/discord/registry.ts";
import { createServices } from "../src/discord/services.ts";
import { Engine } from "../src/engine/engine.ts";
import { SEED_DIR } from "./support/engines.ts";

let registry: CommandRegistry;
let services: Services;

beforeAll(async () => {
  const loaded = Engine.fromDirectory(SEED_DIR);
  if (!loaded.ok) throw new Error("the seed data does not load");
  registry = await CommandRegistry.load();
  services = createServices({ engine: loaded.engine, registry, logger: silentLogger, cooldown: "unlimited" });
});

describe("the console shows the same cards as Discord, as text", () => {
  it("renders title, description, fields, footer and numbered buttons", () => {
    const { text, buttons } = renderReply(
      {
        cards: [
          {
            tone: "answer",
            title: "Who leads CICA?",
            description: "Kairat **Sarybay**.",
            fields: [
              { name: "Source", value: "> “quote”\n— [**News.Az**](<https://news.az/x>), 17 April 2024" },
            ],
            footer: "News.Az: article",
          },
        ],
        buttons: [
          [
            { customId: "at1:s:a", label: "Source", emoji: "📚", style: "secondary" },
            { customId: "at1:f:u:q:a", label: "", emoji: "👍", style: "secondary" },
          ],
        ],
      },
      { color: false },
    );
    expect(text).toBe(
      [
        "┃ Who leads CICA?",
        "┃",
        "┃ Kairat Sarybay.",
        "┃",
        "┃ Source",
        "┃ │ “quote”",
        "┃ — News.Az <https://news.az/x>, 17 April 2024",
        "┃",
        "┃ News.Az: article",
        "[1] 📚 Source   [2] 👍",
      ].join("\n"),
    );
    expect(buttons.map((b) => b.customId)).toEqual(["at1:s:a", "at1:f:u:q:a"]);
  });

  it("shows escaped user text exactly as typed", () => {
    const typed = "what is **x**, _y_ and [z](https://e.example)? @everyone";
    expect(markdownToText(safeText(typed), false)).toBe(typed);
  });

  it("marks private cards and dims disabled buttons only in colour", () => {
    const model = {
      cards: [{ tone: "facts" as const, title: "t" }],
      buttons: [
        [{ customId: "x", label: "Previous", emoji: "◀", style: "secondary" as const, disabled: true }],
      ],
      ephemeral: true,
    };
    expect(renderReply(model, { color: false }).text).toBe("┃ t\n[1] ◀ Previous\n(only you can see this)");
    expect(renderReply(model, { color: true }).text).toContain("\u001b[2m[1] ◀ Previous\u001b[0m");
  });
});

describe("the console answers like the bot", () => {
  it("answers a question with its source, and its buttons can be pressed by number", async () => {
    const session = new ConsoleSession({ services, registry, color: false });
    const answer = await session.handle("Who is the Secretary General of CICA?");
    expect(answer).toContain("┃ Kairat Sarybay is the Secretary General");
    expect(answer).toContain("— News.Az, 17 April 2024");
    expect(answer).toContain("[1] 📚 Source   [2] 👍   [3] 👎");
    expect(answer).toContain("(type a button's number to press it)");
    expect(await session.handle("1")).toContain("┃ 1. News.Az, 17 April 2024");
    expect(await session.handle("2")).toBe("Thanks! Glad that helped.\n");
    expect((await services.feedback.votes())[0]).toMatchObject({ vote: "up", userId: "0" });
  });

  it("offers suggestions when it does not know, and answers the one pressed", async () => {
    const session = new ConsoleSession({ services, registry, color: false });
    const refusal = await session.handle("What is the capital of Peru?");
    expect(refusal).toContain("I don't have");
    expect(refusal).toMatch(/\[1\] 💡 /);
    const answer = await session.handle("1");
    expect(answer).toContain("[1] 📚 Source");
  });

  it("runs slash commands, with the text after the name as the first option", async () => {
    const session = new ConsoleSession({ services, registry, color: false });
    expect(await session.handle("/facts Azerbaijan")).toContain("┃ Facts about Azerbaijan");
    expect(await session.handle("2")).toContain("Page 2 of");
    expect(await session.handle("/event")).toContain("┃ Participants");
    expect(await session.handle("/about")).toContain("┃ Knowledge as of");
    expect(await session.handle("/nope")).toBe("There is no /nope. Type /help for the commands.\n");
    expect(await session.handle("9")).toBe("There is no button 9 on the last reply.\n");
  });

  it("tab-completes commands and questions without rewriting what was typed", () => {
    const session = new ConsoleSession({ services, registry, color: false });
    expect(session.complete("/fa")).toEqual([["/fact ", "/facts "], "/fa"]);
    const [questions, typed] = session.complete("Who is");
    expect(typed).toBe("Who is");
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) expect(question.startsWith("Who is")).toBe(true);
  });

  it("reads lines until quit, printing the banner first", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => {
      printed += chunk.toString("utf8");
    });
    const done = runConsole({
      services,
      registry,
      input,
      output,
      color: false,
      terminal: false,
      banner: ["Attaché test banner"],
    });
    input.write("Who is Ilham Aliyev?\n");
    input.write("quit\n");
    input.write("Who is Kairat Sarybay?\n");
    await done;
    expect(printed.startsWith("Attaché test banner\n")).toBe(true);
    expect(printed).toContain("Ilham Aliyev");
    expect(printed).not.toContain("Who is Kairat Sarybay?");
  });
});

describe("the console keeps one conversation, as a DM does", () => {
  it("reads a follow-up against the question before it", async () => {
    const session = new ConsoleSession({ services, registry, color: false });
    await session.handle("Who did Ilham Aliyev receive?");
    const followUp = await session.handle("what else did he say?");
    expect(followUp).toContain('Taking "he" as Kairat Sarybay');
  });

  it("gives a hint, not a guess, to a pronoun with nothing said before", async () => {
    const session = new ConsoleSession({ services, registry, color: false });
    const reply = await session.handle("who is he?");
    expect(reply).toContain("Who or what do you mean");
  });
});
