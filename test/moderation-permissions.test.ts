import { PermissionFlagsBits } from "discord.js";
import { describe, expect, it } from "vitest";
import type { MemberInfo, Requester } from "../src/discord/command.ts";
import { NO_DATABASE, requireModerator } from "../src/discord/moderation/gate.ts";
import {
  canManageServer,
  managerVerdict,
  moderatorVerdict,
  NOT_IN_SERVER,
  UNKNOWN_MEMBER,
} from "../src/discord/moderation/permissions.ts";
import { moderationServices } from "./support/moderation-services.ts";

const GUILD = "900000000000000001";
const OTHER_GUILD = "900000000000000002";
const ROLE = "700000000000000001";
const { ManageGuild, Administrator, SendMessages, ManageMessages, BanMembers } = PermissionFlagsBits;

const member = (permissions: bigint, roles: string[] = []): MemberInfo => ({ permissions, roles });

describe("who may change a server's facts", () => {
  it("a member with Manage Server, or an administrator", () => {
    expect(
      moderatorVerdict({ guildId: GUILD, member: member(ManageGuild | SendMessages) }, undefined),
    ).toEqual({
      ok: true,
      guildId: GUILD,
      via: "manage-server",
    });
    expect(moderatorVerdict({ guildId: GUILD, member: member(Administrator) }, undefined).ok).toBe(true);
  });

  it("a member holding the role the server's admins named", () => {
    expect(moderatorVerdict({ guildId: GUILD, member: member(SendMessages, [ROLE]) }, ROLE)).toEqual({
      ok: true,
      guildId: GUILD,
      via: "moderator-role",
    });
  });

  it("nobody else: other powers, other roles, or no role named", () => {
    for (const [asker, role] of [
      [member(SendMessages | ManageMessages | BanMembers), ROLE],
      [member(SendMessages, ["700000000000000002"]), ROLE],
      [member(SendMessages, [ROLE]), undefined],
      [member(0n), undefined],
    ] as const) {
      const verdict = moderatorVerdict({ guildId: GUILD, member: asker }, role);
      expect(verdict).toMatchObject({ ok: false, reason: "not-moderator" });
    }
  });

  it("@everyone cannot be the moderator role", () => {
    // Discord's @everyone role has the server's id; members never list it.
    expect(moderatorVerdict({ guildId: GUILD, member: member(0n, [GUILD]) }, GUILD).ok).toBe(false);
  });

  it("outside a server, or without Discord's word on the member, nobody", () => {
    expect(moderatorVerdict({ member: member(ManageGuild) }, undefined)).toEqual({
      ok: false,
      reason: "not-in-server",
      message: NOT_IN_SERVER,
    });
    expect(moderatorVerdict({ guildId: GUILD }, ROLE)).toEqual({
      ok: false,
      reason: "unknown-member",
      message: UNKNOWN_MEMBER,
    });
  });
});

describe("who may choose the moderator role", () => {
  it("Manage Server only: the moderator role itself is not enough", () => {
    expect(managerVerdict({ guildId: GUILD, member: member(ManageGuild) }).ok).toBe(true);
    expect(managerVerdict({ guildId: GUILD, member: member(SendMessages, [ROLE]) })).toMatchObject({
      ok: false,
      reason: "not-manager",
    });
    expect(canManageServer(undefined)).toBe(false);
  });
});

describe("every moderator entry point checks the interaction, and writes to its server only", () => {
  const bot = moderationServices();

  const asker = (overrides: Partial<Requester>): Requester => ({
    services: bot.services,
    userId: "100000000000000001",
    userTag: "alice",
    scope: GUILD,
    surface: "guild",
    ...overrides,
  });

  it("clears a moderator for the interaction's own server, as the actor of the change", () => {
    const gate = requireModerator(asker({ member: member(ManageGuild) }));
    expect(gate.ok && gate.mod.guildId).toBe(GUILD);
    expect(gate.ok && gate.mod.actor).toEqual({ userId: "100000000000000001", tag: "alice" });
  });

  it("reads the moderator role of that server, not of another", () => {
    bot.storage.store.settings.setModeratorRole(OTHER_GUILD, ROLE, { userId: "1", tag: "carol" });
    expect(requireModerator(asker({ member: member(0n, [ROLE]) })).ok).toBe(false);
    expect(requireModerator(asker({ scope: OTHER_GUILD, member: member(0n, [ROLE]) })).ok).toBe(true);
    expect(requireModerator(asker({ scope: OTHER_GUILD, member: member(0n, [ROLE]) }), "manager").ok).toBe(
      false,
    );
  });

  it("refuses DMs and the console, and says so when there is no database", () => {
    const dm = asker({ surface: "dm", member: member(ManageGuild) });
    delete dm.scope;
    expect(requireModerator(dm)).toEqual({ ok: false, message: NOT_IN_SERVER });
    const console = asker({ surface: "console" });
    delete console.scope;
    expect(requireModerator(console)).toEqual({ ok: false, message: NOT_IN_SERVER });
    const { storage: _storage, ...withoutDatabase } = bot.services;
    expect(requireModerator(asker({ services: withoutDatabase, member: member(ManageGuild) }))).toEqual({
      ok: false,
      message: NO_DATABASE,
    });
  });
});
