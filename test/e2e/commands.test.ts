/**
 * /event, /facts, /help, /about and a stale command, end to end against the child process. The
 * bot reads the curated data plus a second (made-up) article, so there is more than one event.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { APIEmbed } from "discord.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle } from "../discord-server/index.ts";
import { combinedDataDir } from "../support/engines.ts";
import { PROJECT_ROOT } from "./support/bot-process.ts";
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

let h: Harness;
let dataDir: string;

beforeAll(async () => {
  dataDir = combinedDataDir();
  h = await startHarness({ env: { DATA_DIR: dataDir } });
}, HOOK_TIMEOUT_MS);
afterEach(() => expectCleanTraffic(h));
afterAll(async () => {
  try {
    await h?.close();
  } finally {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}, HOOK_TIMEOUT_MS);

async function run(
  name: string,
  options: Record<string, string | boolean> = {},
  user = h.discord.users.admin,
) {
  const handle = h.discord.sendInteraction({ kind: "command", name, options, user });
  const callback = await handle.waitForCallback();
  return { handle, type: callback.type, data: dataOf(callback.data) };
}

async function choices(name: string, option: string, typed: string) {
  const handle = h.discord.sendInteraction({
    kind: "autocomplete",
    name,
    options: { [option]: typed },
    focused: option,
  });
  const callback = await handle.waitForCallback();
  expect(callback.type).toBe(8);
  const list = dataOf(callback.data).choices as { name: string; value: string }[];
  expect(list.length).toBeLessThanOrEqual(25);
  for (const choice of list) {
    expect(choice.name.length).toBeGreaterThanOrEqual(1);
    expect(choice.name.length).toBeLessThanOrEqual(100);
    expect(choice.value.length).toBeGreaterThanOrEqual(1);
    expect(choice.value.length).toBeLessThanOrEqual(100);
  }
  return list;
}

function fieldsOf(embed: APIEmbed): Record<string, string> {
  return Object.fromEntries((embed.fields ?? []).map((field) => [field.name, field.value]));
}

describe("/event shows an event card", () => {
  it("shows the most recent event without a name, with the earlier ones listed", async () => {
    const { type, data } = await run("event");
    expect(type).toBe(4);
    expect(Number(data.flags ?? 0) & EPHEMERAL).toBe(0);
    const embed = firstEmbed(data);
    expect(embed.title).toBe("Signing of the Lake Amari Water Accord");
    const fields = fieldsOf(embed);
    expect(fields.Date).toBe("2 March 2025");
    expect(fields.Place).toBe("Port Sella");
    expect(fields.Participants).toContain("Foreign Minister of Veloria");
    expect(fields.Source).toBeDefined();
    expect(fields["Earlier events"]).toContain("17 April 2024");
    expect(embed.footer?.text).toMatch(/most recent event/);
  });

  it("finds the event picked from autocomplete", async () => {
    const list = await choices("event", "name", "april");
    expect(list.length).toBeGreaterThan(0);
    const picked = list[0];
    expect(picked?.name).toMatch(/^17 April 2024 · /);
    const { data } = await run("event", { name: picked?.value ?? "" });
    const embed = firstEmbed(data);
    expect(embed.footer?.text).toBe(`Event id: ${picked?.value}`);
    expect(fieldsOf(embed).Participants).toContain("Ilham Aliyev");
  });

  it("says plainly, and privately, when there is no such event", async () => {
    const { handle, data } = await run("event", { name: "Summit on **Mars**" });
    expect(data).toMatchObject({ flags: EPHEMERAL });
    expect(data.content).toBe(
      "I don't know an event called “Summit on \\*\\*Mars\\*\\*”. Pick one from the list as you type, or run /event show without a name for the latest.",
    );
    expect(await interactionLog(h, handle.id)).toMatchObject({ command: "event", outcome: "user-error" });
  });
});

describe("/facts pages through what the bot knows", () => {
  async function pressAs(customId: string, handle: InteractionHandle, user = h.discord.users.admin) {
    const message = requireMessage(handle.originalMessage(), "the /facts message");
    return h.discord.sendInteraction({ kind: "button", customId, message, user });
  }

  it("turns pages with ▶ and ◀, editing the same message", async () => {
    const { handle, data } = await run("facts", { about: "e:azerbaijan" });
    const first = firstEmbed(data);
    expect(first.title).toBe("Facts about Azerbaijan");
    expect(first.footer?.text).toMatch(/^Page 1 of (\d+) · \d+ facts/);
    const [previous, next] = buttonsOf(data);
    expect([previous?.emoji, previous?.disabled, next?.emoji, next?.disabled]).toEqual([
      "◀",
      true,
      "▶",
      false,
    ]);

    const forward = await (await pressAs(next?.customId ?? "", handle)).waitForCallback();
    expect(forward.type).toBe(7);
    const second = dataOf(forward.data);
    expect(firstEmbed(second).footer?.text).toMatch(/^Page 2 of/);
    expect(firstEmbed(second).description).toContain("**6.**");
    expect(buttonsOf(second)[0]?.disabled).toBe(false);
    const messageId = handle.originalMessage()?.id ?? "";
    expect(h.discord.getMessage(messageId)?.embeds[0]?.footer?.text).toMatch(/^Page 2 of/);

    const back = await (await pressAs(buttonsOf(second)[0]?.customId ?? "", handle)).waitForCallback();
    expect(back.type).toBe(7);
    expect(firstEmbed(dataOf(back.data)).footer?.text).toMatch(/^Page 1 of/);
    expect(firstEmbed(dataOf(back.data)).description).toBe(first.description);
  });

  it("refuses, privately, to turn another user's pages and leaves the message alone", async () => {
    const { handle, data } = await run("facts", { about: "Azerbaijan" });
    const next = buttonsOf(data)[1];
    const pressed = await pressAs(next?.customId ?? "", handle, h.discord.users.member);
    const callback = await pressed.waitForCallback();
    expect(callback.type).toBe(4);
    expect(callback.data).toMatchObject({
      content: "Only the person who ran /facts can turn these pages. Run /facts yourself to browse.",
      flags: EPHEMERAL,
    });
    expect(h.discord.getMessage(handle.originalMessage()?.id ?? "")?.embeds[0]?.footer?.text).toMatch(
      /^Page 1 of/,
    );
  });

  it("autocompletes people and topics, and shows the one picked", async () => {
    const list = await choices("facts", "about", "water");
    const topic = list.find((choice) => choice.name === "Topic: water sharing");
    expect(topic, JSON.stringify(list)).toBeDefined();
    const { data } = await run("facts", { about: topic?.value ?? "" });
    expect(firstEmbed(data).title).toBe("Facts on water sharing");
    expect(await choices("facts", "about", "")).not.toHaveLength(0);
  });

  it("gives an overview without a subject", async () => {
    const { data } = await run("facts");
    const embed = firstEmbed(data);
    expect(embed.title).toBe("What I can tell you about");
    expect(embedText(embed)).toContain("Azerbaijan");
  });
});

describe("/help and /about", () => {
  it("/help explains every way to ask, privately, /ask first", async () => {
    const { data } = await run("help");
    expect(Number(data.flags) & EPHEMERAL).toBe(EPHEMERAL);
    const fields = fieldsOf(firstEmbed(data));
    expect(fields.Commands?.startsWith("**/ask** question [private]")).toBe(true);
    for (const name of ["event", "facts", "help", "about"]) expect(fields.Commands).toContain(`**/${name}**`);
    expect(fields["Other ways to ask"]).toContain("direct message");
  });

  it("/about shows the version and what the bot knows, in a DM too", async () => {
    const version = (
      JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string }
    ).version;
    for (const guild of [h.discord.guild, null]) {
      const handle = h.discord.sendInteraction({ kind: "command", name: "about", guild });
      const data = dataOf((await handle.waitForCallback()).data);
      const fields = fieldsOf(firstEmbed(data));
      expect(fields.Version).toBe(version);
      expect(fields.Events).toBe("2");
      expect(Number(fields.Facts)).toBeGreaterThan(23);
      expect(fields["Knowledge as of"]).toBe("2 March 2025");
    }
  });

  it("answers a command Discord still shows but the bot no longer has with a note", async () => {
    const { handle, data } = await run("retired-command");
    expect(data).toMatchObject({
      content: expect.stringMatching(/^I don't know that command any more/),
      flags: EPHEMERAL,
    });
    expect(await interactionLog(h, handle.id)).toMatchObject({ outcome: "stale" });
  });

  it("answers a select menu from some older message with the same note, not a failed interaction", async () => {
    const handle = h.discord.sendInteraction({ kind: "select", customId: "old-menu", values: ["a"] });
    const { data } = await handle.waitForCallback();
    expect(data).toMatchObject({
      content: expect.stringMatching(/^I don't know that command any more/),
      flags: EPHEMERAL,
    });
  });
});
