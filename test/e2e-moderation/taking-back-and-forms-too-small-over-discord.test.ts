/**
 * Over Discord, through the real bot process (discord.js) and the Discord look-alike: an edit form
 * too small for its record answers with one line and opens nothing; an article approved by mistake
 * is taken back in one confirmed step and restored; an entity or event added by mistake is removed
 * and brought back with revert. (Review 50: items 1 and 7.)
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDirs } from "../fixtures/storage/support.ts";
import {
  ask,
  autocomplete,
  botEnv,
  button,
  command,
  EPHEMERAL,
  factsCli,
  press,
  replyText,
  type Session,
  sessionPerFile,
  submit,
} from "./support.ts";

const session = sessionPerFile();
let s: Session;
beforeAll(() => {
  s = session();
});
const dirs = tempDirs();

const ALIASES = Array.from({ length: 30 }, (_, i) => `Republic of Exampleland number ${i + 1}`);
const ARTICLE = {
  text:
    "BAKU, 2 May. Anna Kessel, Foreign Minister of Veloria, met Ilham Aliyev in Baku on Thursday. " +
    "Kessel and Aliyev discussed ferries across the Caspian Sea. Veloria opened an embassy in Baku.",
  outlet: "Example Wire",
  date: "2024-05-03",
  link: "https://example.org/talks",
  title: "Veloria and Azerbaijan hold talks",
};
const QUESTION = "Where did Veloria open an embassy?";

describe("an edit form too small for its record, over Discord", () => {
  it("/entity edit of an entity with 30 other names answers with one line naming the field and opens no form", async () => {
    const file = join(dirs.make(), "overlay.json");
    writeFileSync(
      file,
      JSON.stringify({
        entities: [
          {
            id: "exampleland",
            kind: "country",
            name: "Exampleland",
            description: "Many names",
            aliases: ALIASES,
          },
        ],
      }),
    );
    const imported = await factsCli(botEnv({ DATABASE_PATH: s.dbPath }), [
      "import",
      file,
      "--guild",
      s.discord.guild.id,
    ]);
    expect(imported.code, imported.output).toBe(0);
    // The bot hears of the command line's import on its own (it follows the database's changes).
    let reply = await command(s, "entity", "edit", { name: "exampleland" });
    for (let tries = 0; reply.type !== 4 || /no entity|unknown/i.test(replyText(reply.data)); tries++) {
      if (tries > 100) break;
      await new Promise((wait) => setTimeout(wait, 100));
      reply = await command(s, "entity", "edit", { name: "exampleland" });
    }
    // A form would have been a modal (callback type 9): this is a message (4).
    expect(reply.type).toBe(4);
    expect(Number(reply.data.flags) & EPHEMERAL).toBe(EPHEMERAL);
    const text = String(reply.data.content);
    expect(text).toMatch(
      /^“Other names[^”]*” holds \d+ characters, more than this form's \d+: opening it would cut them, so nothing was opened\./,
    );
    expect(text.split("\n")).toHaveLength(1);
  }, 60_000);
});

describe("an article approved by mistake, over Discord", () => {
  it("is taken back in one confirmed step, and Undo brings it back", async () => {
    const review = await submit(s, "atm1:sa", ARTICLE);
    const approved = await press(
      s,
      button(review.data, /^Approve/).customId,
      review.handle.originalMessage(),
    );
    expect(replyText(approved.data)).toMatch(/^Saved \d+ facts/);
    expect((await ask(s, QUESTION)).answered).toBe(true);

    const [choice] = await autocomplete(s, "source", "remove", "source", "Example Wire");
    expect(choice?.name).toMatch(/^Example Wire, 2024-05-03: Veloria and Azerbaijan hold talks/);
    const asked = await command(s, "source", "remove", { source: choice!.value });
    expect(Number(asked.data.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(String(asked.data.content)).toMatch(
      /^Take back Example Wire's article of 3 May 2024 .* This removes \d+ facts, the event/,
    );
    expect((await ask(s, QUESTION)).answered).toBe(true);

    const taken = await press(s, button(asked.data, /Take it back/).customId, asked.handle.originalMessage());
    expect(replyText(taken.data)).toMatch(/^Took back Example Wire's article/);
    expect((await ask(s, QUESTION)).answered).toBe(false);
    const latest = await command(s, "event", "show");
    expect(replyText(latest.data)).not.toContain("Anna Kessel met");

    const undone = await press(s, button(taken.data, /Undo/).customId, taken.handle.originalMessage());
    expect(replyText(undone.data)).toMatch(/^Restored \d+ facts/);
    expect((await ask(s, QUESTION)).answered).toBe(true);
  }, 120_000);
});

describe("an entity added by mistake, over Discord", () => {
  it("/entity remove takes it out of autocomplete; /entity revert brings it back", async () => {
    const added = await submit(s, "atm1:na:-", {
      name: "Jonh Smitt",
      kind: "person",
      description: "A misspelt name",
      aliases: "",
      reason: "",
    });
    expect(replyText(added.data)).toContain("Added Jonh Smitt (person)");
    expect((await autocomplete(s, "entity", "edit", "name", "Jonh")).map((c) => c.value)).toEqual([
      "jonh-smitt",
    ]);

    const removed = await command(s, "entity", "remove", { name: "jonh-smitt", reason: "misspelt" });
    expect(String(removed.data.content)).toBe(
      "Removed Jonh Smitt from this server (revision 2): questions, lists and autocomplete here no longer see it. To bring it back: /entity revert name:jonh-smitt revision:1",
    );
    expect(await autocomplete(s, "entity", "edit", "name", "Jonh")).toEqual([]);
    const refused = await command(s, "entity", "remove", { name: "Anna Kessel" });
    expect(String(refused.data.content)).toMatch(
      /^Nothing was removed: Anna Kessel: \d+ facts and 1 event of this server still name it/,
    );

    const back = await command(s, "entity", "revert", { name: "jonh-smitt", revision: 1 });
    expect(String(back.data.content)).toMatch(/^Jonh Smitt is as it was at revision 1/);
    expect((await autocomplete(s, "entity", "edit", "name", "Jonh")).map((c) => c.value)).toEqual([
      "jonh-smitt",
    ]);
  }, 60_000);
});
