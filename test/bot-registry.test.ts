import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
} from "discord.js";
import { beforeAll, describe, expect, it } from "vitest";
import { defineCommand } from "../src/discord/command.ts";
import { LIMITS } from "../src/discord/limits.ts";
import { CommandDataSchema, CommandRegistry } from "../src/discord/registry.ts";

const MODERATOR_COMMANDS = ["fact", "alias", "settings", "entity", "source"];

let registry: CommandRegistry;
beforeAll(async () => {
  registry = await CommandRegistry.load();
});

describe("the command set", () => {
  it("loads one command per file in commands/", () => {
    expect(
      registry
        .all()
        .map((c) => c.data.name)
        .sort(),
    ).toEqual(["about", "alias", "ask", "entity", "event", "fact", "facts", "help", "settings", "source"]);
  });

  it("is valid Discord JSON: lower-case names of at most 32, descriptions of at most 100", () => {
    for (const { data } of registry.all()) {
      expect(CommandDataSchema.safeParse(data).success, data.name).toBe(true);
      expect(data.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(data.description.length).toBeGreaterThan(0);
      expect(data.description.length).toBeLessThanOrEqual(LIMITS.commandDescription);
      expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    }
  });

  it("keeps options within Discord's limits, required ones first", () => {
    for (const { data } of registry.all()) {
      const options = data.options ?? [];
      expect(options.length).toBeLessThanOrEqual(LIMITS.commandOptions);
      let seenOptional = false;
      for (const option of options) {
        expect(option.name).toMatch(/^[-_a-z0-9]{1,32}$/);
        expect(option.description.length).toBeLessThanOrEqual(LIMITS.optionDescription);
        const required = "required" in option && option.required === true;
        if (seenOptional) expect(required, `${data.name}.${option.name}`).toBe(false);
        if (!required) seenOptional = true;
        if (option.type === ApplicationCommandOptionType.String) {
          expect(option.max_length ?? LIMITS.stringOptionLength).toBeLessThanOrEqual(
            LIMITS.stringOptionLength,
          );
        }
      }
    }
  });

  it("works in servers, DMs and group DMs, for server and user installs (moderator commands aside)", () => {
    for (const { data } of registry.all().filter((c) => !MODERATOR_COMMANDS.includes(c.data.name))) {
      expect(data.contexts).toEqual([
        InteractionContextType.Guild,
        InteractionContextType.BotDM,
        InteractionContextType.PrivateChannel,
      ]);
      expect(data.integration_types).toEqual([
        ApplicationIntegrationType.GuildInstall,
        ApplicationIntegrationType.UserInstall,
      ]);
    }
  });

  it("autocompletes the free-text options of /ask, /event and /facts", () => {
    const autocompleted = (name: string, sub?: string) => {
      const options = registry.get(name)?.data.options ?? [];
      const own = sub ? options.find((o) => o.name === sub) : undefined;
      return ((own && "options" in own ? own.options : options) ?? [])
        .filter((o) => "autocomplete" in o && o.autocomplete)
        .map((o) => o.name);
    };
    expect(autocompleted("ask")).toEqual(["question"]);
    expect(autocompleted("event", "show")).toEqual(["name"]);
    expect(autocompleted("event", "edit")).toEqual(["name"]);
    expect(autocompleted("facts")).toEqual(["about"]);
    for (const name of ["ask", "event", "facts"])
      expect(registry.get(name)?.autocomplete).toBeTypeOf("function");
  });

  it("leaves contexts and integration types out of server-only deployments, which refuse them", () => {
    for (const body of registry.guildDefinitions()) {
      expect(body).not.toHaveProperty("contexts");
      expect(body).not.toHaveProperty("integration_types");
      expect(body).not.toHaveProperty("dm_permission");
    }
    expect(registry.guildDefinitions().map((b) => b.name)).toEqual(
      registry.globalDefinitions().map((b) => b.name),
    );
  });

  it("routes each button kind to the one command that owns it", () => {
    expect(registry.forComponent("sources")?.data.name).toBe("ask");
    expect(registry.forComponent("feedback")?.data.name).toBe("ask");
    expect(registry.forComponent("suggest")?.data.name).toBe("ask");
    expect(registry.forComponent("page")?.data.name).toBe("facts");
  });
});

describe("moderator commands are for servers and Manage Server only", () => {
  it("registers /fact, /alias and /settings in servers that installed the bot, hidden from other members", () => {
    for (const name of MODERATOR_COMMANDS) {
      const data = registry.get(name)?.data;
      expect(data?.contexts, name).toEqual([InteractionContextType.Guild]);
      expect(data?.integration_types, name).toEqual([ApplicationIntegrationType.GuildInstall]);
      expect(data?.default_member_permissions, name).toBe(PermissionFlagsBits.ManageGuild.toString());
    }
  });

  it("routes each moderation button and form to /fact", () => {
    for (const kind of [
      "add-form",
      "edit-form",
      "open-draft",
      "gap",
      "edit",
      "remove",
      "cancel",
      "list",
      "history",
    ] as const) {
      expect(registry.forModeration(kind)?.data.name, kind).toBe("fact");
    }
  });
});

describe("a broken command set is caught before it reaches Discord", () => {
  const command = (name: string, extra: Partial<Parameters<typeof defineCommand>[0]> = {}) =>
    defineCommand({ data: { name, description: "d" }, execute: () => ({ content: "x" }), ...extra });

  it("refuses two commands with one name", () => {
    expect(() => new CommandRegistry([command("ask"), command("ask")])).toThrow(
      "two commands are named /ask",
    );
  });

  it("refuses two owners for one button kind", () => {
    const onComponent = () => ({ mode: "reply" as const, reply: {} });
    expect(
      () =>
        new CommandRegistry([
          command("a", { componentKinds: ["page"], onComponent }),
          command("b", { componentKinds: ["page"], onComponent }),
        ]),
    ).toThrow('/a and /b both claim "page" buttons');
  });

  it("explains what is wrong with a definition", () => {
    const invalid = [
      { name: "Ask", description: "upper case" },
      { name: "x".repeat(33), description: "too long" },
      { name: "ok", description: "d".repeat(101) },
      { name: "ok", description: "" },
      {
        name: "ok",
        description: "d",
        options: [
          { type: 3, name: "a", description: "optional" },
          { type: 3, name: "b", description: "required after optional", required: true },
        ],
      },
      {
        name: "ok",
        description: "d",
        options: [
          { type: 3, name: "a", description: "d", autocomplete: true, choices: [{ name: "x", value: "x" }] },
        ],
      },
    ];
    for (const data of invalid)
      expect(CommandDataSchema.safeParse(data).success, JSON.stringify(data)).toBe(false);
  });
});
