/**
 * Over Discord, through the real bot process (discord.js) and the Discord look-alike: a curated
 * fact removed in one server stops being answered there while another server's answer is
 * unchanged; the curated entity it named, removed once no fact names it, is offered by the
 * autocomplete of /entity revert marked "(removed)", and brought back with what it offers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  ask,
  autocomplete,
  button,
  command,
  EPHEMERAL,
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

const QUESTION = "Which CICA member countries did Aliyev thank?";
const KAZAKHSTAN_FACT = "aliyev-thanked-member-countries-kazakhstan";

describe("a curated fact removed in one server, over Discord", () => {
  it("is no longer answered there; another server's answer is unchanged", async () => {
    const other = { guild: s.discord.otherGuild };
    const here = await ask(s, QUESTION);
    const elsewhere = await ask(s, QUESTION, other);
    expect(here.text).toContain("Kazakhstan");
    expect(elsewhere).toEqual(here);

    const asked = await command(s, "fact", "remove", { id: KAZAKHSTAN_FACT, reason: "not ours" });
    expect(Number(asked.data.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(replyText(asked.data)).toMatch(/other servers keep it/);
    const removed = await press(s, button(asked.data, /^Remove/).customId, asked.handle.originalMessage());
    expect(replyText(removed.data)).toMatch(/Removed from this server \(revision 2\)/);

    expect((await ask(s, QUESTION)).text).not.toContain("including Kazakhstan");
    expect(await ask(s, QUESTION, other)).toEqual(elsewhere);
  }, 60_000);
});

describe("a curated entity removed in one server, over Discord", () => {
  it("is offered by /entity revert's autocomplete marked removed, and brought back with it", async () => {
    const removed = await command(s, "entity", "remove", { name: "kazakhstan" });
    expect(String(removed.data.content)).toBe(
      "Removed Kazakhstan from this server (revision 2): questions, lists and autocomplete here no longer see it. " +
        "It comes with the curated data: other servers keep it. To bring it back: /entity revert name:kazakhstan revision:1",
    );
    expect(await autocomplete(s, "entity", "edit", "name", "Kazak")).toEqual([]);
    const offered = await autocomplete(s, "entity", "revert", "name", "Kazak");
    expect(offered).toEqual([
      {
        name: "Kazakhstan (removed) — country: Country in Central Asia; a CICA member state",
        value: "kazakhstan",
      },
    ]);
    // Members of the other server are still told about it.
    expect((await ask(s, "What is Kazakhstan?", { guild: s.discord.otherGuild })).answered).toBe(true);
    expect((await ask(s, "What is Kazakhstan?")).answered).toBe(false);

    const back = await command(s, "entity", "revert", { name: offered[0]!.value, revision: 1 });
    expect(String(back.data.content)).toMatch(
      /^Kazakhstan is as it was at revision 1 \(saved as revision 3\)/,
    );
    expect((await autocomplete(s, "entity", "edit", "name", "Kazak")).map((choice) => choice.value)).toEqual([
      "kazakhstan",
    ]);
  }, 60_000);
});
