/**
 * Who may change a server's facts, end to end: members without Manage Server, DMs, moderators of
 * another server and forged interactions are refused and change nothing; a moderator role named
 * by an admin works. Plus: a database that cannot be opened stops the bot and is left untouched.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { APIInteraction, APIRole } from "discord.js";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ask,
  autocomplete,
  botEnv,
  command,
  formValues,
  NOT_MODERATOR,
  press,
  replyText,
  revisionCount,
  type Session,
  sessionPerFile,
  spawnBot,
  submit,
} from "./support.ts";

const PRESIDENT = "aliyev-is-president-of-azerbaijan";
const PRESIDENT_QUESTION = "Who is the president of Azerbaijan?";
const TREATY = {
  statement: "Azerbaijan and Kazakhstan signed a treaty on Caspian shipping in Baku.",
  entities: "Azerbaijan, Kazakhstan",
  source: "Example Times | 2024-05-03",
  quote: "signed a treaty on Caspian shipping",
  reason: "",
};
const TREATY_QUESTION = "What treaty did Azerbaijan and Kazakhstan sign on Caspian shipping?";

const session = sessionPerFile();
let s: Session;
beforeAll(() => {
  s = session();
});

describe("a member without Manage Server cannot change facts", () => {
  const member = () => ({ user: s.discord.users.member });

  it("is refused /fact add, edit, remove and gaps, privately, without a form", async () => {
    for (const [sub, options] of [
      ["add", {}],
      ["edit", { id: PRESIDENT }],
      ["remove", { id: PRESIDENT }],
      ["gaps", {}],
    ] as const) {
      const reply = await command(s, "fact", sub, options, member());
      expect(reply.type, sub).toBe(4);
      expect(reply.data).toMatchObject({ flags: 64 });
      expect(String(reply.data.content)).toMatch(NOT_MODERATOR);
    }
    expect(await autocomplete(s, "fact", "edit", "id", "", member())).toEqual([]);
  });

  it("changes nothing with a form or a button it was never given", async () => {
    const before = revisionCount(s.dbPath);
    const added = await submit(s, "atm1:fa", TREATY, member());
    expect(String(added.data.content)).toMatch(NOT_MODERATOR);
    const edited = await submit(s, `atm1:fe:${PRESIDENT}:1`, { ...TREATY, statement: "Nobody." }, member());
    expect(String(edited.data.content)).toMatch(NOT_MODERATOR);
    const removed = await press(s, `atm1:r:${PRESIDENT}:1:-`, undefined, member());
    expect(String(removed.data.content)).toMatch(NOT_MODERATOR);

    expect(revisionCount(s.dbPath)).toBe(before);
    expect((await ask(s, TREATY_QUESTION)).answered).toBe(false);
    expect((await ask(s, PRESIDENT_QUESTION)).text).toContain("Ilham Aliyev is the President");
  });

  it("cannot name a moderator role", async () => {
    const reply = await command(s, "settings", "moderator-role", { clear: true }, member());
    expect(String(reply.data.content)).toBe("Only members with Manage Server can choose the moderator role.");
    const shown = await command(s, "settings", "moderator-role", {}, member());
    expect(String(shown.data.content)).toMatch(NOT_MODERATOR);
  });
});

describe("moderator commands are refused in direct messages", () => {
  it("says they work in a server only, and changes nothing", async () => {
    const before = revisionCount(s.dbPath);
    const dm = { guild: null, user: s.discord.users.admin };
    const reply = await command(s, "fact", "add", {}, dm);
    expect(reply.type).toBe(4);
    expect(String(reply.data.content)).toContain("Moderator commands work only in a server");
    const submitted = await submit(s, "atm1:fa", TREATY, dm);
    expect(String(submitted.data.content)).toContain("Moderator commands work only in a server");
    expect(revisionCount(s.dbPath)).toBe(before);
  });
});

describe("a moderator of one server can never change another", () => {
  it("a server's admin is a plain member elsewhere, and refused there", async () => {
    const reply = await command(
      s,
      "fact",
      "add",
      {},
      { guild: s.discord.otherGuild, user: s.discord.users.admin },
    );
    expect(String(reply.data.content)).toMatch(NOT_MODERATOR);
  });

  it("the other server's admin edits only their own server, whatever the form names", async () => {
    const added = await submit(s, "atm1:fa", TREATY);
    expect(replyText(added.data)).toContain("Added ");
    const treatyId = String(/Added (\S+)/.exec(replyText(added.data))?.[1]);
    const other = { guild: s.discord.otherGuild, user: s.discord.users.otherAdmin };
    const before = revisionCount(s.dbPath);

    // A fact of the first server, named in a form and a button sent from the other server.
    const edit = await submit(s, `atm1:fe:${treatyId}:1`, { ...TREATY, statement: "Rewritten." }, other);
    expect(String(edit.data.content)).toContain(`There is no fact \`${treatyId}\` in this server`);
    const remove = await press(s, `atm1:r:${treatyId}:1:-`, undefined, other);
    expect(String(remove.data.content)).toContain("no longer in this server");
    expect(revisionCount(s.dbPath)).toBe(before);
    expect((await ask(s, TREATY_QUESTION)).answered).toBe(true);

    // A curated fact exists in both: the other server's edit applies there only.
    const open = await command(s, "fact", "edit", { id: PRESIDENT }, other);
    const statement = "Ilham Aliyev has been President of the Republic of Azerbaijan since 2003.";
    const saved = await submit(
      s,
      String(open.data.custom_id),
      { ...formValues(open.data), statement },
      other,
    );
    expect(replyText(saved.data)).toContain(`Saved revision 2 of ${PRESIDENT}`);
    expect((await ask(s, PRESIDENT_QUESTION, other)).text).toContain("since 2003");
    expect((await ask(s, PRESIDENT_QUESTION)).text).not.toContain("since 2003");
  });
});

describe("a forged interaction without permissions is refused", () => {
  it("does not trust the user: only the permissions the interaction carries", async () => {
    // A real interaction of the server's owner as the template, with its permissions taken away.
    const template = s.discord.sendInteraction({ kind: "command", name: "about" });
    await template.waitForCallback();
    const before = revisionCount(s.dbPath);
    const payload = template.payload as APIInteraction & { member: { permissions: string; roles: string[] } };
    const id = (BigInt(payload.id) + 7n).toString();
    const forged = {
      ...payload,
      id,
      token: `forged-${id}`,
      type: 5,
      member: { ...payload.member, permissions: "0", roles: [] },
      data: {
        custom_id: "atm1:fa",
        components: Object.entries(TREATY).map(([customId, value], i) => ({
          type: 1,
          id: i + 1,
          components: [{ type: 4, id: 10 + i, custom_id: customId, value }],
        })),
      },
    };
    s.discord.dispatch("INTERACTION_CREATE", forged);
    const callback = await s.discord.waitForRequest((request) =>
      request.path.startsWith(`/interactions/${id}/`),
    );
    expect(JSON.stringify(callback.body)).toMatch(NOT_MODERATOR);
    expect(revisionCount(s.dbPath)).toBe(before);
  });
});

describe("admins can name a moderator role", () => {
  it("lets members with that role moderate, but not choose the role; clearing takes it back", async () => {
    const guild = s.discord.guild;
    const bob = s.discord.users.member;
    const roleId = (BigInt(guild.id) + 424_242n).toString();
    const role: APIRole = {
      ...guild.roles.everyone,
      id: roleId,
      name: "Fact keepers",
      permissions: "0",
      position: 1,
    };
    // The role is created and given to Bob, as Discord would tell the bot.
    (guild.roles as unknown as Record<string, APIRole>).keepers = role;
    guild.members.find((m) => m.user.id === bob.id)?.roles.push(roleId);
    s.discord.dispatch("GUILD_ROLE_CREATE", { guild_id: guild.id, role });

    expect(String((await command(s, "fact", "add", {}, { user: bob })).data.content)).toMatch(NOT_MODERATOR);
    expect(String((await command(s, "settings", "moderator-role")).data.content)).toContain(
      "No moderator role is set",
    );
    const set = await command(s, "settings", "moderator-role", { role: roleId });
    expect(String(set.data.content)).toContain(`Members with <@&${roleId}> can now`);
    // Discord hides the moderator commands from the role until an admin allows it on each: the reply says where.
    expect(String(set.data.content)).toContain(
      "Discord shows the role /alias, /entity, /fact, /source once you allow it on each: Server Settings → Integrations → Attaché.",
    );

    expect((await command(s, "fact", "add", {}, { user: bob })).type).toBe(9);
    expect(
      String((await command(s, "settings", "moderator-role", {}, { user: bob })).data.content),
    ).toContain(`members with <@&${roleId}>`);
    const notManager = await command(s, "settings", "moderator-role", { clear: true }, { user: bob });
    expect(String(notManager.data.content)).toContain("Only members with Manage Server");
    // The role means nothing in the other server.
    const elsewhere = await command(s, "fact", "add", {}, { user: bob, guild: s.discord.otherGuild });
    expect(String(elsewhere.data.content)).toMatch(NOT_MODERATOR);

    const everyone = await command(s, "settings", "moderator-role", { role: guild.id });
    expect(String(everyone.data.content)).toContain("@everyone can't be the moderator role");
    const cleared = await command(s, "settings", "moderator-role", { clear: true });
    expect(String(cleared.data.content)).toContain("Cleared the moderator role");
    expect(String((await command(s, "fact", "add", {}, { user: bob })).data.content)).toMatch(NOT_MODERATOR);
    expect(s.discord.unknownRoutes).toEqual([]);
  });
});

describe("a database that cannot be opened stops the bot", () => {
  it("prints one line naming the file, exits 1 and leaves the file as it was", async () => {
    const file = join(s.dbPath, "..", "not-a-database.db");
    const content = "these are my notes, not a database\n".repeat(10);
    writeFileSync(file, content);
    const bot = spawnBot(
      botEnv({
        DISCORD_TOKEN: s.discord.token,
        DISCORD_API_URL: "http://127.0.0.1:9/api",
        DATABASE_PATH: file,
      }),
    );
    expect(await bot.exited).toBe(1);
    const errors = bot.lines.filter((line) => line.startsWith("error:"));
    expect(errors).toEqual([
      `error: database ${file}: the file is not a SQLite database; it was left untouched`,
    ]);
    expect(readFileSync(file, "utf8")).toBe(content);
  });
});
