import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  ApplicationCommandOptionType,
  type RESTPostAPIApplicationGuildCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { z } from "zod";
import { CODE_ROOT } from "../config/paths.ts";
import type { Command } from "./command.ts";
import type { ComponentKind } from "./custom-id.ts";
import { LIMITS } from "./limits.ts";
import type { ModerationKind } from "./moderation/custom-id.ts";

/** One file per command lives here; adding a file adds a command (and its deployment). */
export const COMMANDS_DIRECTORY = join(CODE_ROOT, "commands");

// Discord's rule for names (its own regex), plus: lower case wherever the script has case.
const Name = z
  .string()
  .regex(/^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u, "must be 1-32 letters, digits, - or _")
  .refine((name) => name === name.toLowerCase(), "must be lower case");
const Description = z.string().min(1).max(LIMITS.commandDescription);
const ChoiceSchema = z.strictObject({
  name: z.string().min(1).max(LIMITS.choiceName),
  value: z.union([z.string().max(LIMITS.choiceValue), z.number()]),
});

const OptionSchema = z
  .looseObject({
    type: z.enum(ApplicationCommandOptionType),
    name: Name,
    description: Description,
    required: z.boolean().optional(),
    autocomplete: z.boolean().optional(),
    choices: z.array(ChoiceSchema).max(LIMITS.choices).optional(),
    min_length: z.number().int().min(0).max(LIMITS.stringOptionLength).optional(),
    max_length: z.number().int().min(1).max(LIMITS.stringOptionLength).optional(),
  })
  .refine((option) => !(option.autocomplete && option.choices?.length), {
    message: "an option cannot have both autocomplete and fixed choices",
  });

/** The checks Discord applies to a chat-input command, so a bad definition fails before deploying. */
export const CommandDataSchema = z
  .looseObject({
    name: Name,
    description: Description,
    type: z.literal(1).optional(),
    options: z.array(OptionSchema).max(LIMITS.commandOptions).default([]),
    contexts: z.array(z.number().int().min(0).max(2)).min(1).optional(),
    integration_types: z.array(z.number().int().min(0).max(1)).min(1).optional(),
  })
  .superRefine((command, ctx) => {
    const names = command.options.map((option) => option.name);
    if (new Set(names).size !== names.length)
      ctx.addIssue({ code: "custom", message: "option names repeat" });
    const firstOptional = command.options.findIndex((option) => !option.required);
    if (firstOptional >= 0 && command.options.slice(firstOptional).some((option) => option.required)) {
      ctx.addIssue({ code: "custom", message: "required options must come before optional ones" });
    }
    if (commandTextLength(command) > LIMITS.commandTotal) {
      ctx.addIssue({
        code: "custom",
        message: `names, descriptions and choices exceed ${LIMITS.commandTotal} characters`,
      });
    }
  });

function commandTextLength(command: z.infer<typeof CommandDataSchema>): number {
  return (
    command.name.length +
    command.description.length +
    command.options.reduce(
      (sum, option) =>
        sum +
        option.name.length +
        option.description.length +
        (option.choices ?? []).reduce((s, choice) => s + choice.name.length + String(choice.value).length, 0),
      0,
    )
  );
}

const isFunction = (value: unknown) => typeof value === "function";

/** What a command file must export by default. */
const CommandModule = z.object({
  data: CommandDataSchema,
  execute: z.custom<Command["execute"]>(isFunction, "execute must be a function"),
  autocomplete: z.custom<NonNullable<Command["autocomplete"]>>(isFunction).optional(),
  onComponent: z.custom<NonNullable<Command["onComponent"]>>(isFunction).optional(),
  componentKinds: z.array(z.string()).optional(),
  slow: z
    .union([
      z.boolean(),
      z.custom<Extract<Command["slow"], (...args: never) => unknown>>(
        isFunction,
        "slow must be a boolean or a function",
      ),
    ])
    .optional(),
  ephemeralWhenDeferred: z.custom<NonNullable<Command["ephemeralWhenDeferred"]>>(isFunction).optional(),
  interact: z.custom<NonNullable<Command["interact"]>>(isFunction).optional(),
  moderationKinds: z.array(z.string()).optional(),
  onModerationComponent: z.custom<NonNullable<Command["onModerationComponent"]>>(isFunction).optional(),
  onSubmit: z.custom<NonNullable<Command["onSubmit"]>>(isFunction).optional(),
});

export class CommandRegistry {
  private readonly byName = new Map<string, Command>();
  private readonly byComponent = new Map<ComponentKind, Command>();
  private readonly byModeration = new Map<ModerationKind, Command>();

  constructor(commands: readonly Command[]) {
    for (const command of commands) {
      const name = command.data.name;
      if (this.byName.has(name)) throw new Error(`two commands are named /${name}`);
      this.byName.set(name, command);
      for (const kind of command.componentKinds ?? []) {
        const owner = this.byComponent.get(kind);
        if (owner) throw new Error(`/${owner.data.name} and /${name} both claim "${kind}" buttons`);
        if (!command.onComponent) throw new Error(`/${name} claims "${kind}" buttons but has no onComponent`);
        this.byComponent.set(kind, command);
      }
      for (const kind of command.moderationKinds ?? []) {
        const owner = this.byModeration.get(kind);
        if (owner)
          throw new Error(`/${owner.data.name} and /${name} both claim "${kind}" moderation components`);
        if (!command.onModerationComponent && !command.onSubmit) {
          throw new Error(`/${name} claims "${kind}" moderation components but handles none`);
        }
        this.byModeration.set(kind, command);
      }
    }
  }

  /**
   * Imports every command file in the folder (files starting with "_" are helpers, not commands)
   * and checks each against Discord's rules, naming the file at fault.
   */
  static async load(directory: string = COMMANDS_DIRECTORY): Promise<CommandRegistry> {
    const files = readdirSync(directory)
      .filter((file) => /\.(ts|js|mjs)$/.test(file) && !file.startsWith("_") && !/\.(test|d)\.ts$/.test(file))
      .sort();
    const commands: Command[] = [];
    for (const file of files) {
      const module: { default?: unknown } = await import(pathToFileURL(join(directory, file)).href);
      const checked = CommandModule.safeParse(module.default);
      if (!checked.success) {
        const problems = checked.error.issues.map((i) => `${i.path.join(".") || "export"}: ${i.message}`);
        throw new Error(`commands/${file} is not a valid command: ${problems.join("; ")}`);
      }
      // Checked just above; the schema cannot express the handlers' parameter types.
      commands.push(module.default as Command);
    }
    return new CommandRegistry(commands);
  }

  get(name: string): Command | undefined {
    return this.byName.get(name);
  }

  /** The command whose buttons these are. */
  forComponent(kind: ComponentKind): Command | undefined {
    return this.byComponent.get(kind);
  }

  /** The command whose moderation buttons and forms these are. */
  forModeration(kind: ModerationKind): Command | undefined {
    return this.byModeration.get(kind);
  }

  all(): Command[] {
    return [...this.byName.values()];
  }

  /** Definitions for the global command list (usable in servers, DMs and by user installs). */
  globalDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
    return this.all().map((command) => command.data);
  }

  /**
   * Definitions for one server. Discord accepts contexts and integration types only on global
   * commands, so they are left out here.
   */
  guildDefinitions(): RESTPostAPIApplicationGuildCommandsJSONBody[] {
    return this.all().map((command) => {
      const { contexts: _contexts, integration_types: _types, dm_permission: _dm, ...rest } = command.data;
      return rest;
    });
  }
}
