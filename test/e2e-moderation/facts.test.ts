/**
 * Moderators keep their server's facts current, end to end: the real bot process, the Discord
 * look-alike, a temporary database. One bot for the file (restarted once, on the same database).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ask,
  autocomplete,
  botEnv,
  button,
  buttons,
  command,
  EPHEMERAL,
  embeds,
  FOUNDED_FACT_ID as FACT_ID,
  formValues,
  FOUNDED_FACT as NEW_FACT,
  press,
  FOUNDED_QUESTION as QUESTION,
  ROOT,
  replyText,
  revisionCount,
  type Session,
  sessionPerFile,
  submit,
} from "./support.ts";

const session = sessionPerFile();
let s: Session;
beforeAll(() => {
  s = session();
});

describe("moderator commands are registered for servers and Manage Server only", () => {
  it("deploys /fact, /alias, /settings, /entity and /source with default_member_permissions and the Guild context", () => {
    const byName = new Map(s.discord.commands.global.map((c) => [c.name, c]));
    for (const name of ["fact", "alias", "settings", "entity", "source"]) {
      expect(byName.get(name), name).toMatchObject({
        default_member_permissions: "32",
        contexts: [0],
        integration_types: [0],
      });
    }
    expect(byName.get("ask")?.default_member_permissions ?? null).toBeNull();
  });
});

describe("a moderator adds a fact with the form", () => {
  it("opens a five-field form on /fact add", async () => {
    const reply = await command(s, "fact", "add");
    expect(reply.type).toBe(9);
    expect(reply.data.custom_id).toBe("atm1:fa");
    expect(Object.keys(formValues(reply.data))).toEqual([
      "statement",
      "entities",
      "source",
      "quote",
      "reason",
    ]);
  });

  it("lists every problem, keeps the text, and reopens the form with it", async () => {
    const before = revisionCount(s.dbPath);
    const typed = { ...NEW_FACT, entities: "CICA, Narnia", source: "Example Times | 2024-02-30" };
    const reply = await submit(s, "atm1:fa", typed);
    expect(reply.type).toBe(4);
    expect(Number(reply.data.flags) & EPHEMERAL).toBe(EPHEMERAL);
    const text = replyText(reply.data);
    expect(text).toContain("2 things to fix; nothing was saved");
    expect(text).toContain("**Source**: 2024-02-30: not a real calendar date");
    expect(text).toContain('**About**: unknown entity "Narnia"');
    expect(revisionCount(s.dbPath)).toBe(before);

    const fix = button(reply.data, /Fix and send again/);
    const reopened = await press(s, fix.customId, reply.handle.originalMessage());
    expect(reopened.type).toBe(9);
    expect(formValues(reopened.data)).toEqual(typed);

    // The date fixed, Narnia is the one thing left: offered for creation, nothing saved yet.
    const second = await submit(s, "atm1:fa", { ...typed, source: NEW_FACT.source });
    expect(replyText(second.data)).toContain("New to this server: “Narnia”.");
    expect(buttons(second.data).map((b) => b.label)).toEqual([
      "Describe “Narnia”",
      "Change the fact instead",
    ]);
    expect(revisionCount(s.dbPath)).toBe(before);
  });

  it("saves a valid fact, which then answers /ask in this server only", async () => {
    expect((await ask(s, QUESTION)).answered).toBe(false);
    const reply = await submit(s, "atm1:fa", NEW_FACT);
    expect(reply.type).toBe(4);
    expect(Number(reply.data.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embeds(reply.data)[0]?.title).toBe(`Added ${FACT_ID}`);
    expect(buttons(reply.data).map((b) => b.label)).toEqual(["Edit", "History", "Remove"]);

    const here = await ask(s, QUESTION, { user: s.discord.users.member });
    expect(here.answered).toBe(true);
    expect(here.text).toContain("founded in 1992");
    expect(here.text).toContain("Example Times");
    expect((await ask(s, QUESTION, { guild: s.discord.otherGuild })).answered).toBe(false);
    expect((await ask(s, QUESTION, { guild: null, user: s.discord.users.outsider })).answered).toBe(false);
  });
});

describe("a moderator edits a fact", () => {
  it("finds it by autocomplete and opens the form pre-filled, with the base revision in its id", async () => {
    const choices = await autocomplete(s, "fact", "edit", "id", "founded");
    expect(choices.map((c) => c.value)).toContain(FACT_ID);
    const reply = await command(s, "fact", "edit", { id: FACT_ID });
    expect(reply.type).toBe(9);
    expect(reply.data.custom_id).toBe(`atm1:fe:${FACT_ID}:1`);
    expect(formValues(reply.data)).toEqual({
      statement: NEW_FACT.statement,
      entities: "Conference on Interaction and Confidence Building in Asia, Kazakhstan",
      source: NEW_FACT.source,
      quote: NEW_FACT.quote,
      reason: "",
    });
  });

  it("saves the edit as revision 2, and /ask answers with it", async () => {
    const open = await command(s, "fact", "edit", { id: FACT_ID });
    const values = formValues(open.data);
    const statement =
      "CICA was founded in 1992 on a proposal by Kazakhstan's president Nursultan Nazarbayev.";
    const saved = await submit(s, String(open.data.custom_id), {
      ...values,
      statement,
      reason: "more precise",
    });
    expect(embeds(saved.data)[0]?.title).toBe(`Saved revision 2 of ${FACT_ID}`);
    const answer = await ask(s, QUESTION);
    expect(answer.text).toContain("Nursultan Nazarbayev");
  });

  it("two edits from the same revision: the second gets what changed and its own text back", async () => {
    const first = await command(s, "fact", "edit", { id: FACT_ID });
    const second = await command(s, "fact", "edit", { id: FACT_ID });
    expect(first.data.custom_id).toBe(`atm1:fe:${FACT_ID}:2`);
    expect(second.data.custom_id).toBe(first.data.custom_id);

    const theirs = "CICA was founded in 1992; its first summit was held in Almaty in 2002.";
    const mine = "CICA, founded in 1992, grew out of a proposal Nursultan Nazarbayev made at the UN in 1992.";
    await submit(s, String(first.data.custom_id), {
      ...formValues(first.data),
      statement: theirs,
      reason: "summit",
    });
    const before = revisionCount(s.dbPath);
    const conflict = await submit(s, String(second.data.custom_id), {
      ...formValues(second.data),
      statement: mine,
    });
    expect(revisionCount(s.dbPath)).toBe(before);
    const text = replyText(conflict.data);
    expect(text).toContain(`Someone changed ${FACT_ID} while you were editing`);
    expect(text).toContain("You started from revision 2; it is now at revision 3");
    expect(text).toMatch(/\*\*r3\*\* · edited \(statement\) by alice/);
    expect(text).toContain("“summit”");
    expect(text).toContain("Your text (not saved)");
    expect(text).toContain("grew out of a proposal");

    const again = await press(
      s,
      button(conflict.data, /Edit again with my text/).customId,
      conflict.handle.originalMessage(),
    );
    expect(again.type).toBe(9);
    expect(again.data.custom_id).toBe(`atm1:fe:${FACT_ID}:3`);
    expect(formValues(again.data).statement).toBe(mine);
    const saved = await submit(s, String(again.data.custom_id), formValues(again.data));
    expect(embeds(saved.data)[0]?.title).toBe(`Saved revision 4 of ${FACT_ID}`);
  });
});

describe("a moderator removes and reverts a fact", () => {
  it("asks for confirmation, then removes it from this server's answers", async () => {
    const confirm = await command(s, "fact", "remove", { id: FACT_ID, reason: "duplicate" });
    expect(replyText(confirm.data)).toContain(`Remove ${FACT_ID}?`);
    const removed = await press(
      s,
      button(confirm.data, /^Remove$/).customId,
      confirm.handle.originalMessage(),
    );
    expect(removed.type).toBe(7);
    expect(replyText(removed.data)).toContain("Removed from this server (revision 5)");
    expect((await ask(s, QUESTION)).answered).toBe(false);
  });

  it("shows the history: number, who, when, action, reason", async () => {
    const reply = await command(s, "fact", "history", { id: FACT_ID });
    const text = replyText(reply.data);
    expect(text).toContain(`History of ${FACT_ID}`);
    for (const line of [
      /\*\*r5\*\* · removed by alice · <t:\d+:f>/,
      /“duplicate”/,
      /\*\*r1\*\* · added by alice/,
      /“more precise”/,
    ]) {
      expect(text).toMatch(line);
    }
  });

  it("reverts to revision 4, which answers again", async () => {
    const reply = await command(s, "fact", "revert", { id: FACT_ID, revision: 4, reason: "not a duplicate" });
    expect(replyText(reply.data)).toContain("Saved as revision 6");
    const answer = await ask(s, QUESTION);
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain("grew out of a proposal");
  });
});

describe("moderators see what members could not get answered", () => {
  it("/fact gaps lists unanswered questions, most frequent first, with a button to add a fact", async () => {
    const member = { user: s.discord.users.member };
    await ask(s, "Who chairs the CICA finance committee?", member);
    await ask(s, "who chairs the CICA finance committee", member);
    await ask(s, "What is the CICA budget?", member);
    await ask(s, "What is the CICA budget?", { ...member, guild: s.discord.otherGuild });

    const reply = await command(s, "fact", "gaps");
    const text = replyText(reply.data);
    // "When was CICA founded?" went unanswered twice too, but a fact answers it now.
    expect(text).not.toContain(QUESTION);
    expect(text).toMatch(/\*\*1\.\*\* “who chairs the CICA finance committee”\n2× unanswered/);
    expect(text).toMatch(/\*\*2\.\*\* “What is the CICA budget\?”\n1× unanswered/);

    const form = await press(s, button(reply.data, /Fact for 1/).customId, reply.handle.originalMessage());
    expect(form.type).toBe(9);
    expect(form.data.custom_id).toBe("atm1:fa");
    expect(formValues(form.data).reason).toBe("Answers the question “who chairs the CICA finance committee”");
  });
});

describe("aliases, lists and export", () => {
  it("/alias add teaches this server a new name", async () => {
    const question = "Who is the Secretary General of SVMDA?";
    expect((await ask(s, question)).answered).toBe(false);
    const choices = await autocomplete(s, "alias", "add", "entity", "cica");
    expect(choices[0]?.value).toBe("cica");
    const reply = await command(s, "alias", "add", { entity: "cica", alias: "SVMDA" });
    expect(replyText(reply.data)).toContain("“SVMDA” now also names");
    expect((await ask(s, question)).answered).toBe(true);
    expect((await ask(s, question, { guild: s.discord.otherGuild })).answered).toBe(false);
  });

  it("/alias remove takes a name back (picked from this server's names), and /alias list shows them", async () => {
    const question = "Who is the Secretary General of QXLMZ?";
    await command(s, "alias", "add", { entity: "cica", alias: "QXLMZ" });
    expect((await ask(s, question)).answered).toBe(true);
    expect(replyText((await command(s, "alias", "list")).data)).toMatch(
      /“QXLMZ” → \*\*Conference on Interaction/,
    );

    const choices = await autocomplete(s, "alias", "remove", "alias", "qxl");
    expect(choices.map((c) => c.name)).toEqual([expect.stringMatching(/^QXLMZ — Conference on Interaction/)]);
    const removed = await command(s, "alias", "remove", { alias: String(choices[0]?.value) });
    expect(replyText(removed.data)).toContain("“QXLMZ” no longer names");
    expect((await ask(s, question)).answered).toBe(false);

    const again = await command(s, "alias", "remove", { alias: "QXLMZ" });
    expect(replyText(again.data)).toContain("has not added the name “QXLMZ”");
  });

  it("/fact list pages with buttons", async () => {
    const first = await command(s, "fact", "list");
    expect(replyText(first.data)).toMatch(/Page 1 of \d+/);
    expect(replyText(first.data)).toContain(FACT_ID);
    const next = await press(s, button(first.data, /Next/).customId, first.handle.originalMessage());
    expect(next.type).toBe(7);
    expect(replyText(next.data)).toMatch(/Page 2 of \d+/);
  });

  it("/fact export sends this server's overlay as a JSON file in the data/ layout", async () => {
    const reply = await command(s, "fact", "export");
    const file = reply.callback.files[0];
    expect(file?.filename).toBe(`attache-overlay-${s.discord.guild.id}.json`);
    const overlay = JSON.parse(file?.text ?? "{}") as {
      facts: { id: string }[];
      aliases: unknown[];
      guild: string;
    };
    expect(overlay.guild).toBe(s.discord.guild.id);
    expect(overlay.facts.map((f) => f.id)).toEqual([FACT_ID]);
    expect(overlay.aliases).toEqual([{ entity: "cica", alias: "SVMDA" }]);
  });
});

describe("an import run while the bot is up", () => {
  it("takes effect within seconds: this server's export, imported into the other server", async () => {
    const exported = await command(s, "fact", "export");
    const file = join(dirname(s.dbPath), "overlay.json");
    writeFileSync(file, exported.callback.files[0]?.text ?? "");
    const other = { guild: s.discord.otherGuild };
    expect((await ask(s, QUESTION, other)).answered).toBe(false);

    const cli = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/cli/facts.ts",
        "import",
        file,
        "--guild",
        s.discord.otherGuild.id,
        "--db",
        s.dbPath,
        "--data",
        join(ROOT, "data"),
      ],
      { cwd: ROOT, env: botEnv({}), stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    cli.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    cli.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const [code] = (await once(cli, "close")) as [number];
    expect(code, output).toBe(0);
    expect(output).toContain(`imported into guild ${s.discord.otherGuild.id}`);

    // The bot looks for changes made by others every five seconds.
    const deadline = Date.now() + 12_000;
    let answer = await ask(s, QUESTION, other);
    while (!answer.answered && Date.now() < deadline) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 250));
      answer = await ask(s, QUESTION, other);
    }
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain("grew out of a proposal");
  }, 30_000);
});

describe("edits survive a restart", () => {
  it("answers from the edited fact after the bot process is restarted", async () => {
    await s.restart();
    const answer = await ask(s, QUESTION);
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain("grew out of a proposal");
    // The import into the other server was kept too; direct messages still see the curated data only.
    expect((await ask(s, QUESTION, { guild: s.discord.otherGuild })).answered).toBe(true);
    expect((await ask(s, QUESTION, { guild: null, user: s.discord.users.outsider })).answered).toBe(false);
    const history = await command(s, "fact", "history", { id: FACT_ID });
    expect(replyText(history.data)).toMatch(/\*\*r6\*\* · reverted to r4 by alice/);
  });

  it("keeps the gaps too (feedback is in the database)", async () => {
    const reply = await command(s, "fact", "gaps");
    expect(replyText(reply.data)).toContain("who chairs the CICA finance committee");
    expect(s.discord.unknownRoutes).toEqual([]);
  });
});
