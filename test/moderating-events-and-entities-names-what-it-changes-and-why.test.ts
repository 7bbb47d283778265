/**
 * `/event revert name:talks` reverted whichever event whose title held "talks" came first, at once,
 * without saying several matched; `/entity revert` and `/event revert` took no reason although the
 * history keeps one for every other change; and `/fact export` counted facts, aliases, entities and
 * sources but not the events its file held, so a server that had only added events was told its
 * export was empty. (Found by a fresh-eyes review in session 50.)
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { ReplyModel } from "../src/discord/reply-model.ts";
import type { EventFields } from "../src/storage/records.ts";
import { alice } from "./fixtures/storage/support.ts";
import { GUILD, moderationServices } from "./support/moderation-services.ts";

const TALKS = (title: string, place: string): EventFields => ({
  title,
  date: "2025-05-02",
  place,
  participants: [{ name: "Azerbaijan" }, { name: "Kazakhstan" }],
  summary: `Azerbaijan and Kazakhstan held water talks in ${place}.`,
  outlet: "Example Wire",
  sourceDate: "2025-05-03",
});

const bot = moderationServices();
const ids: string[] = [];

beforeAll(() => {
  const { records } = bot.storage;
  for (const [title, place] of [
    ["Water talks in Baku", "Baku"],
    ["Water talks in Astana", "Astana"],
  ] as const) {
    const added = records.addEvent(GUILD, alice, TALKS(title, place));
    if (!added.ok) throw new Error(JSON.stringify(added));
    ids.push(added.record.id);
    const edited = records.editEvent(GUILD, alice, added.record.id, TALKS(`${title} (round one)`, place), 1);
    if (!edited.ok) throw new Error(JSON.stringify(edited));
  }
});

const run = (command: string, subcommand: string, options: Record<string, string | number>) =>
  bot.command(command, subcommand, options);
const textOf = (reply: ReplyModel) =>
  [reply.content ?? "", ...(reply.cards ?? []).flatMap((c) => [c.title ?? "", c.description ?? ""])].join(
    "\n",
  );
const revisionsOf = (id: string) => bot.storage.records.history(GUILD, "event", id) ?? [];

describe("a moderator names an event that several titles hold", () => {
  it("/event revert name:water talks writes nothing and names the events it could mean", async () => {
    const before = ids.map((id) => revisionsOf(id).length);
    const reply = await run("event", "revert", { name: "water talks", revision: 1 });
    expect(textOf(reply)).toMatch(
      /^Several events match “water talks” \(.*Baku.*Astana.*|^Several events match “water talks” \(.*Astana.*Baku.*/,
    );
    expect(ids.map((id) => revisionsOf(id).length)).toEqual(before);
  });

  it("a name only one title holds still finds it", async () => {
    const reply = await run("event", "history", { name: "talks in astana" });
    expect(textOf(reply)).toContain("Water talks in Astana");
  });
});

describe("reverting an event or an entity keeps the moderator's reason", () => {
  it("/event revert with a reason: the new revision carries it", async () => {
    const id = ids[0] as string;
    await run("event", "revert", { name: id, revision: 1, reason: "round one was a later label" });
    const last = revisionsOf(id).at(-1);
    expect(last).toMatchObject({ action: "revert", revertedTo: 1, reason: "round one was a later label" });
  });

  it("/entity revert with a reason: the new revision carries it", async () => {
    const state = bot.storage.records.state(GUILD, "entity", "kazakhstan");
    if (!state) throw new Error("no kazakhstan in the seed");
    const { id: _id, ...fields } = state.current;
    const edited = bot.storage.records.editEntity(
      GUILD,
      alice,
      "kazakhstan",
      { ...fields, description: `${fields.description} (edited)` },
      state.revision,
    );
    if (!edited.ok) throw new Error(JSON.stringify(edited));
    await run("entity", "revert", {
      name: "kazakhstan",
      revision: state.revision,
      reason: "the edit was a test",
    });
    const last = (bot.storage.records.history(GUILD, "entity", "kazakhstan") ?? []).at(-1);
    expect(last).toMatchObject({
      action: "revert",
      revertedTo: state.revision,
      reason: "the edit was a test",
    });
  });

  it("a reason holding a control character is refused in one line, and nothing is reverted", async () => {
    const id = ids[1] as string;
    const before = revisionsOf(id).length;
    const reply = await run("event", "revert", { name: id, revision: 1, reason: "oops \u001b[2J" });
    expect(textOf(reply)).toMatch(/^Nothing was reverted: the reason holds an invisible character \(U\+001B/);
    expect(revisionsOf(id)).toHaveLength(before);
  });
});

describe("/fact export says what its file holds", () => {
  it("a server that added only events is told how many events the file holds", async () => {
    const reply = await run("fact", "export", {});
    expect(textOf(reply)).toMatch(/\b2 events\b/);
  });
});
