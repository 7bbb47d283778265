/**
 * Running the bot: start-up, Discord refusing a reply, the gateway connection dropping, what the
 * logs say, and SIGTERM (last: it stops the bot the other tests share). The bot's REST traffic
 * goes through a proxy that can answer a chosen request with an error (support/rest-faults.ts);
 * nothing in the bot is switched for tests.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseLog } from "./support/bot-process.ts";
import {
  dataOf,
  EPHEMERAL,
  expectCleanTraffic,
  firstEmbed,
  type Harness,
  HOOK_TIMEOUT_MS,
  interactionLog,
  startHarness,
} from "./support/harness.ts";
import { type FaultyRest, INVALID_FORM_BODY, startFaultyRest } from "./support/rest-faults.ts";

const KNOWN = "Who is the Secretary General of CICA?";
const ANSWER_COLOR = 0x5865f2;
const ERROR_REPLY =
  /^Something went wrong \(ref ([2-9A-HJKMNP-Z]{6})\)\. It has been logged; please try again in a moment\.$/;

let h: Harness;
let faults: FaultyRest;

beforeAll(async () => {
  h = await startHarness({
    apiUrl: async (discord) => {
      faults = await startFaultyRest(discord);
      return faults.apiUrl;
    },
  });
}, HOOK_TIMEOUT_MS);
afterEach(() => expectCleanTraffic(h));
afterAll(async () => {
  try {
    await h?.close();
  } finally {
    await faults?.close();
  }
}, HOOK_TIMEOUT_MS);

function askCommand(question = KNOWN) {
  return h.discord.sendInteraction({ kind: "command", name: "ask", options: { question } });
}

async function expectAnswered(question = KNOWN) {
  const callback = await askCommand(question).waitForCallback();
  expect(firstEmbed(dataOf(callback.data)), "a normal answer").toMatchObject({
    title: question,
    color: ANSWER_COLOR,
  });
}

describe("Starting the bot", () => {
  it("says where it connects and what it loaded, then that it is connected", async () => {
    const starting = await h.bot.waitForLog((record) => record.msg === "starting", "starting");
    expect(starting).toMatchObject({
      level: "info",
      api: faults.apiUrl,
      facts: expect.any(Number),
      events: expect.any(Number),
      cooldown: { questions: expect.any(Number), seconds: 0 },
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    const connected = await h.bot.waitForLog((record) => record.msg === "connected", "connected");
    expect(connected).toMatchObject({ level: "info", userId: h.discord.botUser.id, guilds: 2 });
    expect(h.discord.identifies).toHaveLength(1);
  });
});

describe("When Discord refuses the bot's reply", () => {
  it("tells the user privately with a reference that is in the log, and the next command still works", async () => {
    const handle = askCommand();
    // Registered before the event loop turns, so the bot's first callback cannot slip past it.
    faults.failNext({
      matches: ({ method, path }) =>
        method === "POST" && path === `/interactions/${handle.id}/${handle.token}/callback`,
      status: 400,
      body: INVALID_FORM_BODY,
      times: 1,
    });

    const callback = await handle.waitForCallback();
    expect(faults.injected).toHaveLength(1);
    expect(callback.type).toBe(4);
    const data = dataOf(callback.data);
    expect(data.flags).toBe(EPHEMERAL);
    const ref = ERROR_REPLY.exec(String(data.content))?.[1];
    expect(ref, `an error reference in ${JSON.stringify(data.content)}`).toBeDefined();

    const failure = await h.bot.waitForLog(
      (record) => record.msg === "handler failed" && record.ref === ref,
      `handler failed with ref ${ref}`,
    );
    expect(failure).toMatchObject({ level: "error", interactionId: handle.id });
    expect(JSON.stringify(failure.err)).toContain("Invalid Form Body");
    expect(await interactionLog(h, handle.id)).toMatchObject({ command: "ask", outcome: "error" });

    await expectAnswered();
  });

  it("answers a direct message with the reference when its answer is refused", async () => {
    const { discord } = h;
    const user = discord.users.outsider;
    const dm = discord.dmChannel(user);
    faults.failNext({
      matches: ({ method, path }) => method === "POST" && path === `/channels/${dm.id}/messages`,
      status: 400,
      body: INVALID_FORM_BODY,
      times: 1,
    });
    discord.sendMessage({ content: KNOWN, channel: "dm", author: user });

    const reply = await discord.waitForChannelMessage(dm.id);
    const ref = ERROR_REPLY.exec(reply.message.content)?.[1];
    expect(ref, reply.message.content).toBeDefined();
    await h.bot.waitForLog(
      (record) => record.msg === "message handler failed" && record.ref === ref,
      `message handler failed with ref ${ref}`,
    );
  });

  it("stays quiet where it may not write (403), and keeps answering elsewhere", async () => {
    const { discord } = h;
    const channelId = discord.guild.textChannel.id;
    faults.failNext({
      matches: ({ method, path }) => method === "POST" && path === `/channels/${channelId}/messages`,
      status: 403,
      body: { message: "Missing Permissions", code: 50013 },
      times: 1,
    });
    const before = discord.channelMessages.length;
    discord.sendMessage({ content: `<@${discord.botUser.id}> ${KNOWN}` });
    await h.bot.waitForLog((record) => record.msg === "cannot reply in this channel", "cannot reply");
    expect(discord.channelMessages.length).toBe(before);

    await expectAnswered();
  });
});

describe("When the gateway connection drops", () => {
  it("resumes the same session and answers a command sent while it was down", async () => {
    const { discord } = h;
    expect(discord.dropSocket()).toBe(1);
    // The socket is down: Discord keeps this event and replays it on RESUME.
    const handle = askCommand();

    const resume = await discord.waitForResume({ timeoutMs: 15_000 });
    expect(resume.path).toBe("/resume");
    const callback = await handle.waitForCallback(10_000);
    expect(firstEmbed(dataOf(callback.data)).title).toBe(KNOWN);
    expect(discord.identifies).toHaveLength(1);
    await h.bot.waitForLog((record) => record.msg === "gateway resumed", "gateway resumed");
  });

  it.each([
    ["a resumable close code (4000)", () => h.discord.dropSocket(4000)],
    ["a RECONNECT request (op 7)", () => h.discord.requestReconnect()],
  ])("resumes after %s and keeps answering", async (_what, disrupt) => {
    const resumes = h.discord.resumes.length;
    disrupt();
    await h.discord.waitForResume({ count: resumes + 1, timeoutMs: 15_000 });
    await expectAnswered();
    expect(h.discord.identifies).toHaveLength(1);
  });
});

describe("What the bot logs", () => {
  it("one JSON line per request with its id, command and latency, and never what was asked", async () => {
    const { discord } = h;
    const marker = "Zanzibarquux";
    const question = `Who is ${marker}?`;

    const command = askCommand(question);
    await command.waitForCallback();
    const dmUser = discord.users.member;
    const dm = discord.sendMessage({ content: question, channel: "dm", author: dmUser });
    await discord.waitForChannelMessage(discord.dmChannel(dmUser).id);
    const mention = discord.sendMessage({ content: `<@${discord.botUser.id}> ${question}` });
    await discord.waitForChannelMessage(
      discord.guild.textChannel.id,
      (message) => message.message_reference?.message_id === mention.payload.id,
    );
    // The "message" line is written once the reply is sent.
    await h.bot.waitForLog(
      (record) => record.msg === "message" && record.messageId === mention.payload.id,
      "the mention's log line",
    );

    expect(await interactionLog(h, command.id)).toMatchObject({
      level: "info",
      interactionId: command.id,
      type: "ApplicationCommand",
      command: "ask",
      userId: discord.users.admin.id,
      guildId: discord.guild.id,
      outcome: "ok",
      latencyMs: expect.any(Number),
    });
    const dmLog = await h.bot.waitForLog(
      (record) => record.msg === "message" && record.messageId === dm.payload.id,
      "the DM's log line",
    );
    expect(dmLog).toMatchObject({
      level: "info",
      channel: "dm",
      questionLength: question.length,
      latencyMs: expect.any(Number),
    });

    const stderr = h.bot.lines.filter((line) => line.stream === "stderr");
    expect(stderr.filter((line) => !parseLog(line.text)).map((line) => line.text)).toEqual([]);
    expect(h.bot.lines.filter((line) => line.text.includes(marker)).map((line) => line.text)).toEqual([]);
  });
});

describe("Stopping the bot", () => {
  it("exits with code 0 on SIGTERM, closing its gateway connection", async () => {
    const status = await h.bot.stop("SIGTERM");
    expect(status, h.bot.output()).toEqual({ code: 0, signal: null });
    const logs = h.bot.logs();
    const shutdown = logs.slice(logs.findIndex((record) => record.msg === "shutting down"));
    expect(shutdown.map((record) => record.msg)).toEqual(["shutting down", "stopped"]);
    expect(shutdown[0]?.signal).toBe("SIGTERM");
    expect(h.discord.connections.filter((connection) => connection.closedAt === null)).toEqual([]);
  });
});
