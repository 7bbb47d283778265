/**
 * Over Discord, through the real bot process (discord.js) and the Discord look-alike: once a
 * server removed an entity, neither /source restore of an article naming it nor /event revert of
 * an event it took part in brings that entity's facts or events back while it stays hidden. Each
 * is refused in one line naming the revert that brings the entity back first, and nothing is lost:
 * once the entity is back, the same two commands work.
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
} from "./support.ts";

const session = sessionPerFile();
let s: Session;
beforeAll(() => {
  s = session();
});
const dirs = tempDirs();

const SOURCE = "astana-courier-2024-05-01-cica";
const EVENT = "2024-04-30-cica-meeting-in-astana";
const QUESTION = "Where did Kazakhstan host a CICA meeting?";
const KAZAKHSTAN_FACT = "aliyev-thanked-member-countries-kazakhstan";
/** An article this server imported: a fact and an event, both naming Kazakhstan. */
const OVERLAY = {
  sources: [
    {
      id: SOURCE,
      outlet: "Astana Courier",
      title: "CICA meets in Astana",
      date: "2024-05-01",
      text: "Kazakhstan hosted a CICA meeting in Astana.",
    },
  ],
  events: [
    {
      id: EVENT,
      title: "CICA meeting in Astana",
      date: "2024-04-30",
      place: "Astana",
      participants: [{ entity: "kazakhstan", role: "host" }],
      summary: "Kazakhstan hosted a CICA meeting in Astana.",
      topics: [],
      source: SOURCE,
    },
  ],
  facts: [
    {
      id: "kazakhstan-hosted-a-cica-meeting-in-astana",
      statement: "Kazakhstan hosted a CICA meeting in Astana.",
      entities: ["kazakhstan"],
      event: EVENT,
      source: SOURCE,
      quote: "Kazakhstan hosted a CICA meeting in Astana.",
      date: "2024-04-30",
    },
  ],
};
const BRING_KAZAKHSTAN_BACK =
  "Kazakhstan was removed in this server (/entity revert name:kazakhstan brings it back)";

/** Sends the command until the bot has heard of the command line's import (it follows the database). */
async function once(run: () => ReturnType<typeof command>, heard: (text: string) => boolean) {
  let reply = await run();
  for (let tries = 0; !heard(replyText(reply.data)) && tries < 100; tries++) {
    await new Promise((wait) => setTimeout(wait, 100));
    reply = await run();
  }
  return reply;
}

describe("an entity removed after its article was taken back, over Discord", () => {
  it("/source restore of that article is refused in one line naming the revert that brings the entity back", async () => {
    const file = join(dirs.make(), "overlay.json");
    writeFileSync(file, JSON.stringify(OVERLAY));
    const imported = await factsCli(botEnv({ DATABASE_PATH: s.dbPath }), [
      "import",
      file,
      "--guild",
      s.discord.guild.id,
    ]);
    expect(imported.code, imported.output).toBe(0);

    const asked = await once(
      () => command(s, "source", "remove", { source: SOURCE }),
      (text) => text.startsWith("Take back"),
    );
    expect(replyText(asked.data)).toMatch(/^Take back Astana Courier's article of 1 May 2024/);
    const taken = await press(s, button(asked.data, /Take it back/).customId, asked.handle.originalMessage());
    expect(replyText(taken.data)).toMatch(/^Took back Astana Courier's article/);

    const removeFact = await command(s, "fact", "remove", { id: KAZAKHSTAN_FACT });
    const factGone = await press(
      s,
      button(removeFact.data, /^Remove/).customId,
      removeFact.handle.originalMessage(),
    );
    expect(replyText(factGone.data)).toMatch(/Removed from this server/);
    expect(replyText((await command(s, "entity", "remove", { name: "kazakhstan" })).data)).toMatch(
      /^Removed Kazakhstan from this server/,
    );

    const refused = await command(s, "source", "restore", { source: SOURCE });
    expect(Number(refused.data.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(replyText(refused.data)).toBe(
      `Nothing was restored: ${BRING_KAZAKHSTAN_BACK}. ` +
        "Astana Courier's article of 1 May 2024 “CICA meets in Astana” names it: bring it back first, then run /source restore again.",
    );
    expect(refused.data.allowed_mentions).toMatchObject({ parse: [] });
    expect((await ask(s, QUESTION)).answered).toBe(false);
    // Nothing is lost: the article still waits to be restored.
    expect((await autocomplete(s, "source", "restore", "source", "Astana")).map((c) => c.value)).toEqual([
      SOURCE,
    ]);
  }, 120_000);
});

describe("an event whose participant this server removed, over Discord", () => {
  it("/event revert to revision 1 is refused in one line; with the entity back, it and /source restore work", async () => {
    const offered = await autocomplete(s, "event", "revert", "name", "Astana");
    expect(offered).toEqual([
      { name: expect.stringMatching(/CICA meeting in Astana \(removed\)$/), value: EVENT },
    ]);

    const refused = await command(s, "event", "revert", { name: EVENT, revision: 1 });
    expect(Number(refused.data.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(replyText(refused.data)).toBe(`Nothing was saved: ${BRING_KAZAKHSTAN_BACK}.`);
    expect(refused.data.allowed_mentions).toMatchObject({ parse: [] });
    expect(replyText((await command(s, "event", "show", { name: EVENT })).data)).not.toContain("Astana");

    const back = await command(s, "entity", "revert", { name: "kazakhstan", revision: 1 });
    expect(replyText(back.data)).toMatch(/^Kazakhstan is as it was at revision 1/);
    expect(replyText((await command(s, "event", "revert", { name: EVENT, revision: 1 })).data)).toMatch(
      /^Saved revision 3/,
    );
    expect(replyText((await command(s, "source", "restore", { source: SOURCE })).data)).toMatch(
      /^Restored 1 fact/,
    );
    expect((await ask(s, QUESTION)).answered).toBe(true);
  }, 120_000);
});
