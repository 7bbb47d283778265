/**
 * Approving a drafted article saves its facts, then clears the draft. When the database failed in
 * between (busy, or unreachable), the moderator was told “… yours was not saved … please do it
 * again” although every fact had been saved. Now the reply says what was saved, and that the draft
 * could not be cleared and expires by itself; approving it again saves nothing twice.
 */
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { silentLogger } from "../src/config/logger.ts";
import type { MemberInfo, Requester, Services } from "../src/discord/command.ts";
import { encodeModerationId, parseModerationId } from "../src/discord/moderation/custom-id.ts";
import { CommandRegistry } from "../src/discord/registry.ts";
import { createServices } from "../src/discord/services.ts";
import { openStorage, type Storage } from "../src/storage/index.ts";
import { tempDirs } from "./fixtures/storage/support.ts";
import { engineFrom, SEED_DIR } from "./support/engines.ts";

const GUILD = "900000000000000001";
const MOD: MemberInfo = { permissions: PermissionFlagsBits.ManageGuild, roles: [] };
const TYPED = {
  text:
    "BAKU, 2 May. President of Azerbaijan Ilham Aliyev received the Secretary General of CICA, " +
    "Kairat Sarybay, in Baku on Thursday. Kazakhstan and Azerbaijan signed a memorandum on digital " +
    "cooperation in Astana.",
  outlet: "Trend News Agency",
  date: "2024-05-02",
  link: "",
  title: "",
};
const dirs = tempDirs();
let storage: Storage;
let registry: CommandRegistry;
let services: Services;

beforeAll(async () => {
  const engine = engineFrom(SEED_DIR);
  const opened = openStorage(engine, `${dirs.make()}/attache.db`);
  if (!opened.ok) throw new Error(opened.error.message);
  storage = opened.storage;
  registry = await CommandRegistry.load();
  services = createServices({ engine, registry, logger: silentLogger, cooldown: "unlimited", storage });
});
afterAll(() => {
  storage.store.close();
  dirs.cleanup();
});

const moderator: () => Requester = () => ({
  services,
  userId: "100000000000000001",
  userTag: "alice",
  scope: GUILD,
  surface: "guild",
  member: MOD,
});

describe("an approved article whose draft cannot be cleared", { timeout: 60_000 }, () => {
  it("is told saved, and approving it again saves nothing twice", async () => {
    const source = registry.get("source");
    if (!source?.onSubmit || !source.onModerationComponent) throw new Error("no /source");
    const customId = encodeModerationId({ kind: "source-form" });
    const drafted = await source.onSubmit(
      { ...moderator(), customId, fields: new Map(Object.entries(TYPED)) },
      parseModerationId(customId)!,
    );
    if (drafted.kind !== "reply") throw new Error("expected the review");
    const [approve] = (drafted.reply.buttons ?? [])
      .flat()
      .flatMap((b) => ("customId" in b && b.customId.startsWith("atm1:sy:") ? [b.customId] : []));
    const click = { ...moderator(), customId: approve!, message: { ephemeral: true, buttons: [] } };
    const busy = vi.spyOn(storage.store.sourceDrafts, "delete").mockImplementation(() => {
      throw Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
    });
    let approved: Awaited<ReturnType<NonNullable<typeof source.onModerationComponent>>>;
    try {
      approved = await source.onModerationComponent(click, parseModerationId(approve!)!);
    } finally {
      busy.mockRestore();
    }
    if (approved.kind !== "update") throw new Error(`expected the review updated, got ${approved.kind}`);
    expect(approved.reply.content).toMatch(/^Saved [1-9]\d* facts?, /);
    expect(approved.reply.content).toContain("could not be cleared");
    const saved = storage.facts.listFacts(GUILD, { filter: "changed", pageSize: 100 }).total;
    expect(saved).toBeGreaterThan(0);

    const again = await source.onModerationComponent(click, parseModerationId(approve!)!);
    expect(again.kind === "update" && again.reply.content).toMatch(/^Saved 0 facts/);
    expect(storage.facts.listFacts(GUILD, { filter: "changed", pageSize: 100 }).total).toBe(saved);
  });
});
