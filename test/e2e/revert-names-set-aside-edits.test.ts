/**
 * Two moderators keep the same record: one edits, then the other edits, then the first goes back
 * to before both. The first may have read the history before the second edited, so the revert's
 * reply (seen by them alone) names whose edits it set aside, without pinging anyone, and those
 * edits stay in the history. End to end: the real bot process, the Discord look-alike and a
 * temporary database (the command-level test is test/moderation-flows.test.ts).
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ask,
  command,
  EPHEMERAL,
  FOUNDED_FACT,
  FOUNDED_FACT_ID,
  FOUNDED_QUESTION,
  formValues,
  type Reply,
  replyText,
  type Session,
  sessionPerFile,
  submit,
  type Where,
} from "../e2e-moderation/support.ts";

const session = sessionPerFile();
let s: Session;
let alice: Where;
let bob: Where;

beforeAll(() => {
  s = session();
  // Bob is given the server's admin role (Manage Server), as an owner would: a second moderator.
  const guild = s.discord.guild;
  const member = guild.members.find((m) => m.user.id === s.discord.users.member.id);
  if (!member) throw new Error("bob is not a member of the test server");
  member.roles.push(guild.roles.admin.id);
  alice = { user: s.discord.users.admin };
  bob = { user: s.discord.users.member };
});
afterEach(() => {
  expect(s.discord.unknownRoutes, "REST calls Discord does not know").toEqual([]);
});

/**
 * The reply is for the reverting moderator alone, and names Bob without pinging him: the body
 * allows no mentions, and the message Discord made of it mentions nobody.
 */
function expectPrivateAndSilent(reply: Reply): void {
  expect(reply.type).toBe(4);
  expect(Number(reply.data.flags) & EPHEMERAL).toBe(EPHEMERAL);
  expect(reply.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expect(replyText(reply.data)).not.toContain(`<@${s.discord.users.member.id}>`);
  const message = reply.handle.originalMessage();
  expect(message?.mentions ?? []).toEqual([]);
  expect(message?.mention_everyone ?? false).toBe(false);
}

/** Opens the edit form as `who`, changes `changes`, and sends it back. */
async function edit(
  name: string,
  options: Record<string, string>,
  changes: Record<string, string>,
  who: Where,
): Promise<Reply> {
  const open = await command(s, name, "edit", options, who);
  expect(open.type, `${name} edit opens a form`).toBe(9);
  return submit(s, String(open.data.custom_id), { ...formValues(open.data), ...changes }, who);
}

describe("a moderator who reverts a fact past another moderator's edit is told whose edit it set aside", () => {
  const ALICE_STATEMENT =
    "CICA was founded in 1992 on a proposal by Kazakhstan's president Nursultan Nazarbayev.";
  const BOB_STATEMENT = "CICA was founded in 1992; its first summit was held in Almaty in 2002.";

  it("Alice adds the fact, Alice edits it, then Bob edits it", async () => {
    const added = await submit(s, "atm1:fa", FOUNDED_FACT, alice);
    expect(replyText(added.data)).toContain(`Added ${FOUNDED_FACT_ID}`);
    const mine = await edit(
      "fact",
      { id: FOUNDED_FACT_ID },
      { statement: ALICE_STATEMENT, reason: "more precise" },
      alice,
    );
    expect(replyText(mine.data)).toContain(`Saved revision 2 of ${FOUNDED_FACT_ID}`);
    const his = await edit(
      "fact",
      { id: FOUNDED_FACT_ID },
      { statement: BOB_STATEMENT, reason: "summit" },
      bob,
    );
    expect(replyText(his.data)).toContain(`Saved revision 3 of ${FOUNDED_FACT_ID}`);
    expect((await ask(s, FOUNDED_QUESTION)).text).toContain("Almaty");
  });

  it("Alice reverts to revision 1: her reply names Bob's edit, privately and without pinging him", async () => {
    const reverted = await command(
      s,
      "fact",
      "revert",
      { id: FOUNDED_FACT_ID, revision: 1, reason: "back to the source's words" },
      alice,
    );
    const text = replyText(reverted.data);
    expect(text).toContain("Saved as revision 4.");
    expect(text).toContain("It sets aside revisions 2–3, with edits by bob: they stay in the history.");
    // Her own edit among those set aside is not hers to be told about.
    expect(text).not.toMatch(/edits by [^:]*alice/);
    expectPrivateAndSilent(reverted);

    const answer = await ask(s, FOUNDED_QUESTION, bob);
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain("on the initiative of Kazakhstan");
    expect(answer.text).not.toContain("Almaty");
  });

  it("the history still holds Bob's edit, under the revert", async () => {
    const history = replyText((await command(s, "fact", "history", { id: FOUNDED_FACT_ID }, bob)).data);
    expect(history).toMatch(/\*\*r3\*\* · edited \(statement\) by bob/);
    expect(history).toContain("“summit”");
    expect(history).toMatch(/\*\*r4\*\* · reverted to r1 by alice/);
  });

  it("reverting past nobody else's edit names no one", async () => {
    await edit("fact", { id: FOUNDED_FACT_ID }, { statement: ALICE_STATEMENT, reason: "again" }, alice);
    const reverted = await command(s, "fact", "revert", { id: FOUNDED_FACT_ID, revision: 4 }, alice);
    expect(replyText(reverted.data)).toContain("Saved as revision 6.");
    expect(replyText(reverted.data)).not.toContain("sets aside");
  });
});

describe("a moderator who reverts a person past another moderator's edit is told whose edit it set aside", () => {
  const ROE = {
    name: "Jane Roe",
    kind: "person",
    description: "Envoy of Kazakhstan to CICA",
    aliases: "J. Roe",
    reason: "",
  };

  it("Alice describes Jane Roe, Bob edits her, Alice reverts: the reply names Bob's edit", async () => {
    const added = await submit(s, "atm1:na:-", ROE, alice);
    expect(replyText(added.data)).toContain("Added Jane Roe (person) to this server.");
    const his = await edit(
      "entity",
      { name: "Jane Roe" },
      { description: "Former envoy of Kazakhstan" },
      bob,
    );
    expect(replyText(his.data)).toContain("Saved revision 2 of Jane Roe (person).");

    const reverted = await command(s, "entity", "revert", { name: "Jane Roe", revision: 1 }, alice);
    expect(String(reverted.data.content)).toBe(
      "Jane Roe is as it was at revision 1 (saved as revision 3). It sets aside revision 2, with edits by bob: they stay in the history.",
    );
    expectPrivateAndSilent(reverted);

    const history = replyText((await command(s, "entity", "history", { name: "Jane Roe" }, alice)).data);
    expect(history).toMatch(/r2\*\* edit[^\n]*bob/);
    expect(history).toContain("Former envoy of Kazakhstan");
    expect(history).toMatch(/r3\*\* reverted to r1[^\n]*alice/);
  });
});

describe("a moderator who reverts an event past another moderator's edit is told whose edit it set aside", () => {
  const TALKS = {
    title: "Kazakhstan and CICA consultations",
    when: "2025-05-02 | Astana | security",
    participants: "Kazakhstan (host), CICA (guest)",
    summary: "Kazakhstan and CICA consulted on confidence-building measures.",
    source: "Example Wire | 2025-05-03 | https://example.org/consultations",
  };

  it("Alice adds the event, Bob moves it, Alice reverts: the reply names Bob's edit", async () => {
    const added = await submit(s, "atm1:va", TALKS, alice);
    expect(replyText(added.data)).toContain(TALKS.title);
    const his = await edit(
      "event",
      { name: "consultations" },
      { when: "2025-05-02 | Almaty | security" },
      bob,
    );
    expect(replyText(his.data)).toContain("Saved revision 2.");

    const reverted = await command(s, "event", "revert", { name: "consultations", revision: 1 }, alice);
    const text = replyText(reverted.data);
    expect(text).toContain("Saved revision 3.");
    expect(text).toContain("It sets aside revision 2, with edits by bob: they stay in the history.");
    expectPrivateAndSilent(reverted);

    const history = replyText((await command(s, "event", "history", { name: "consultations" }, alice)).data);
    expect(history).toMatch(/r2\*\* edit[\s\S]*Almaty/);
    expect(history).toMatch(/r2\*\* edit[^\n]*bob/);
    expect(history).toMatch(/r3\*\* reverted to r1/);
  });
});
