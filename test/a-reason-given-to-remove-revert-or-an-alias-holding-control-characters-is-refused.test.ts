/**
 * The fact form's Reason refused control characters and direction overrides, but the reason a
 * moderator gives on `/fact remove`, `/fact revert`, `/alias add`, `/alias remove` and in the entity
 * form went into the history as typed: "\u001b[2J" cleared the terminal of whoever ran
 * `facts history`, and U+202E showed the reason reversed. Each is now refused in one line naming
 * the reason, before anything is saved (a removal is refused before its confirmation is shown),
 * and the storage refuses it too whatever calls it.
 */
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../src/config/logger.ts";
import type { CommandContext, Interactive, MemberInfo, Requester, Services } from "../src/discord/command.ts";
import { parseEntityForm } from "../src/discord/moderation/record-forms.ts";
import { CommandRegistry } from "../src/discord/registry.ts";
import type { ReplyModel } from "../src/discord/reply-model.ts";
import { createServices } from "../src/discord/services.ts";
import type { Engine } from "../src/engine/engine.ts";
import { openStorage, type Storage } from "../src/storage/index.ts";
import { alice, MEMORANDUM, tempDirs } from "./fixtures/storage/support.ts";
import { engineFrom, SEED_DIR } from "./support/engines.ts";

const GUILD = "900000000000000001";
const MOD: MemberInfo = { permissions: PermissionFlagsBits.ManageGuild, roles: [] };
const ESCAPE = "wrong \u001b[2Joutlet";
const OVERRIDE = "typo\u202E fixed";

const dirs = tempDirs();
let engine: Engine;
let storage: Storage;
let registry: CommandRegistry;
let services: Services;
let factId: string;

beforeAll(async () => {
  engine = engineFrom(SEED_DIR);
  const opened = openStorage(engine, `${dirs.make()}/attache.db`);
  if (!opened.ok) throw new Error(opened.error.message);
  storage = opened.storage;
  registry = await CommandRegistry.load();
  services = createServices({ engine, registry, logger: silentLogger, cooldown: "unlimited", storage });
  const added = storage.facts.addFact(GUILD, alice, MEMORANDUM);
  if (!added.ok) throw new Error(JSON.stringify(added));
  factId = added.fact.id;
});
afterAll(() => {
  storage.store.close();
  dirs.cleanup();
});

const requester: Requester = {
  get services() {
    return services;
  },
  userId: "100000000000000001",
  userTag: "alice",
  scope: GUILD,
  surface: "guild",
  member: MOD,
};

async function run(command: string, subcommand: string, options: Record<string, string | number>) {
  const ctx: CommandContext = {
    ...requester,
    services,
    options: {
      string: (name) => (typeof options[name] === "string" ? (options[name] as string) : undefined),
      boolean: () => undefined,
      integer: (name) => (typeof options[name] === "number" ? (options[name] as number) : undefined),
      subcommand: () => subcommand,
    },
  };
  const found = registry.get(command);
  if (!found) throw new Error(`no /${command}`);
  const result = await (found.interact ? found.interact(ctx) : found.execute(ctx));
  const reply = "kind" in result ? (result as Interactive) : { kind: "reply" as const, reply: result };
  if (reply.kind !== "reply") throw new Error(`expected a reply, got ${reply.kind}`);
  return reply.reply;
}

const textOf = (reply: ReplyModel) =>
  [reply.content ?? "", ...(reply.cards ?? []).flatMap((c) => [c.title ?? "", c.description ?? ""])].join(
    "\n",
  );
const buttons = (reply: ReplyModel) => (reply.buttons ?? []).flat();
const revisions = () => {
  const history = storage.facts.history(GUILD, factId);
  return history.ok ? history.revisions.length : -1;
};

describe("a reason holding a control character", () => {
  it("/fact remove: refused in one line naming the reason, with no button to confirm", async () => {
    const reply = await run("fact", "remove", { id: factId, reason: ESCAPE });
    expect(buttons(reply)).toEqual([]);
    expect(textOf(reply)).toMatch(/^Nothing was removed: the reason holds an invisible character \(U\+001B/);
    expect(textOf(reply)).not.toContain("\u001b");
    expect(textOf(reply).split("\n")).toHaveLength(1);
    expect(storage.facts.getFact(GUILD, factId)?.status).toBe("active");
  });

  it("/fact revert: refused in one line naming the reason; no revision is made", async () => {
    const before = revisions();
    const reply = await run("fact", "revert", { id: factId, revision: 1, reason: OVERRIDE });
    expect(textOf(reply)).toMatch(/^Nothing was reverted: the reason holds .*U\+202E/);
    expect(textOf(reply)).not.toContain("\u202E");
    expect(revisions()).toBe(before);
  });

  it("/alias add and /alias remove: refused, naming the reason", async () => {
    const added = await run("alias", "add", { entity: "azerbaijan", alias: "AZR", reason: ESCAPE });
    expect(textOf(added)).toMatch(/\*\*reason\*\*: the reason holds an invisible character \(U\+001B/);
    expect(storage.facts.aliases(GUILD)).toEqual([]);
    expect(textOf(await run("alias", "add", { entity: "azerbaijan", alias: "AZR" }))).toContain(
      "now also names",
    );
    const removed = await run("alias", "remove", { alias: "AZR", reason: OVERRIDE });
    expect(textOf(removed)).toMatch(/^Nothing was removed: the reason holds .*U\+202E/);
    expect(storage.facts.aliases(GUILD)).toHaveLength(1);
  });

  it("the entity form's Reason or note: one problem on the reason", () => {
    const parsed = parseEntityForm({
      name: "Leyla Mammadova",
      kind: "person",
      description: "Deputy minister",
      aliases: "",
      reason: OVERRIDE,
    });
    expect(parsed).toEqual({
      ok: false,
      problems: [{ field: "reason", message: expect.stringMatching(/^the reason holds .*U\+202E/) }],
    });
  });

  it("the storage refuses it whatever calls it, and nothing is written", () => {
    const before = revisions();
    const removed = storage.facts.removeFact(GUILD, alice, factId, { reason: ESCAPE });
    expect(removed).toMatchObject({ ok: false, kind: "invalid", problems: [{ field: "reason" }] });
    const reverted = storage.facts.revertFact(GUILD, alice, factId, 1, OVERRIDE);
    expect(reverted).toMatchObject({ ok: false, kind: "invalid", problems: [{ field: "reason" }] });
    const entity = storage.records.addEntity(
      GUILD,
      alice,
      { kind: "person", name: "Leyla Mammadova", description: "Deputy minister" },
      ESCAPE,
    );
    expect(entity).toMatchObject({ ok: false, kind: "invalid", problems: [{ field: "reason" }] });
    expect(revisions()).toBe(before);
    expect(storage.facts.getFact(GUILD, factId)?.status).toBe("active");
  });

  it("tabs and ordinary text are kept", async () => {
    const reply = await run("fact", "remove", { id: factId, reason: "wrong\toutlet" });
    expect(buttons(reply).length).toBeGreaterThan(0);
  });
});
