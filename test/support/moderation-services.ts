/**
 * The services the bot hands a moderator's commands, forms and buttons (the engine over the seed
 * article, the command registry, and storage in a SQLite file of the spec's own), made before the
 * spec's tests (in the describe that calls it, or the file) and closed after them; for specs that
 * send what a moderator sends without Discord in between.
 */
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll } from "vitest";
import { silentLogger } from "../../src/config/logger.ts";
import type {
  Choice,
  CommandContext,
  ComponentInteractive,
  Interactive,
  MemberInfo,
  Requester,
  Services,
} from "../../src/discord/command.ts";
import { parseModerationId } from "../../src/discord/moderation/custom-id.ts";
import type { FormModel } from "../../src/discord/moderation/form-model.ts";
import { CommandRegistry } from "../../src/discord/registry.ts";
import type { ReplyModel } from "../../src/discord/reply-model.ts";
import { createServices } from "../../src/discord/services.ts";
import type { Engine } from "../../src/engine/engine.ts";
import { openStorage, type Storage } from "../../src/storage/index.ts";
import { tempDirs } from "../fixtures/storage/support.ts";
import { engineFrom, SEED_DIR } from "./engines.ts";

/** The server the moderator edits. */
export const GUILD = "900000000000000001";
/** A member with Manage Server. */
export const MOD: MemberInfo = { permissions: PermissionFlagsBits.ManageGuild, roles: [] };

export interface ModerationServices {
  readonly engine: Engine;
  readonly storage: Storage;
  readonly registry: CommandRegistry;
  readonly services: Services;
  /** The SQLite file. */
  readonly file: string;
  /** Alice, holding Manage Server in GUILD (with `overrides` applied). */
  moderator(overrides?: Partial<Requester>): Requester;
  /** Presses a button of the bot's (by its custom id), as the command the router gives it to. */
  click(customId: string, requester?: Requester): Promise<ComponentInteractive> | ComponentInteractive;
  /**
   * Runs a slash command's subcommand with these options, as the router does, and gives back its
   * reply (a command that opens a form is a mistake of the spec's: it throws).
   */
  command(
    name: string,
    subcommand: string,
    options?: Record<string, string | number>,
    requester?: Requester,
  ): Promise<ReplyModel>;
  /** The same, giving back whatever the command did: a reply, or the form it opened. */
  interact(
    name: string,
    subcommand: string,
    options?: Record<string, string | number>,
    requester?: Requester,
  ): Promise<Interactive>;
  /**
   * What the command's autocomplete offers while `typed` is in its `option` (the subcommand's
   * other options empty), as Discord asks it keystroke by keystroke.
   */
  complete(
    name: string,
    subcommand: string,
    option: string,
    typed: string,
    requester?: Requester,
  ): Promise<Choice[]>;
  /** Sends a form of the bot's (by its custom id) with these values, as the router does. */
  send(
    customId: string,
    values: Record<string, string>,
    requester?: Requester,
  ): Promise<Interactive> | Interactive;
}

/** The form a command, button or form opened (anything else is a mistake of the spec's: it throws). */
export function formOf(result: Interactive | ComponentInteractive): FormModel {
  if (result.kind !== "form") throw new Error(`expected a form, got ${JSON.stringify(result).slice(0, 300)}`);
  return result.form;
}

/** The reply a command, button or form gave (a form opened instead throws). */
export function replyOf(result: Interactive | ComponentInteractive): ReplyModel {
  if (result.kind === "form") throw new Error(`expected a reply, got the form ${result.form.customId}`);
  return result.reply;
}

/** The custom ids of a reply's buttons, in order. */
export function buttonIds(reply: ReplyModel): string[] {
  return (reply.buttons ?? []).flat().flatMap((b) => ("customId" in b ? [b.customId] : []));
}

/** A form's fields as the moderator finds them (an empty one as ""). */
export function formValues(form: FormModel): Record<string, string> {
  return Object.fromEntries(form.fields.map((f) => [f.id, f.value ?? ""]));
}

export function moderationServices(
  options: {
    /** How long a write waits for another process's lock (the bot's default: 5 s). */
    busyTimeoutMs?: number;
    /** The curated data folder every server shares (the seed article by default). */
    data?: string;
  } = {},
): ModerationServices {
  const dirs = tempDirs();
  let made: Pick<ModerationServices, "engine" | "storage" | "registry" | "services" | "file"> | undefined;
  const get = () => {
    if (!made) throw new Error("the moderation services are made in beforeAll: use them inside a test");
    return made;
  };
  beforeAll(async () => {
    const engine = engineFrom(options.data ?? SEED_DIR);
    const file = `${dirs.make()}/attache.db`;
    const opened = openStorage(
      engine,
      file,
      options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs },
    );
    if (!opened.ok) throw new Error(opened.error.message);
    const storage = opened.storage;
    const registry = await CommandRegistry.load();
    const services = createServices({
      engine,
      registry,
      logger: silentLogger,
      cooldown: "unlimited",
      storage,
    });
    made = { engine, storage, registry, services, file };
  });
  afterAll(() => {
    made?.storage.store.close();
    dirs.cleanup();
  });
  const moderator = (overrides: Partial<Requester> = {}): Requester => ({
    services: get().services,
    userId: "100000000000000001",
    userTag: "alice",
    scope: GUILD,
    surface: "guild",
    member: MOD,
    ...overrides,
  });
  const interact: ModerationServices["interact"] = async (
    name,
    subcommand,
    options = {},
    requester = moderator(),
  ) => {
    const ctx: CommandContext = {
      ...requester,
      options: {
        string: (key) => (typeof options[key] === "string" ? (options[key] as string) : undefined),
        boolean: () => undefined,
        integer: (key) => (typeof options[key] === "number" ? (options[key] as number) : undefined),
        subcommand: () => subcommand,
      },
    };
    const found = get().registry.get(name);
    if (!found) throw new Error(`no /${name}`);
    const result = await (found.interact ? found.interact(ctx) : found.execute(ctx));
    return "kind" in result ? (result as Interactive) : { kind: "reply", reply: result };
  };
  const handler = (customId: string) => {
    const action = parseModerationId(customId);
    const command = action ? get().registry.forModeration(action.kind) : undefined;
    if (!action || !command) throw new Error(`nobody handles ${customId}`);
    return { action, command };
  };
  return {
    get engine() {
      return get().engine;
    },
    get storage() {
      return get().storage;
    },
    get registry() {
      return get().registry;
    },
    get services() {
      return get().services;
    },
    get file() {
      return get().file;
    },
    moderator,
    click(customId, requester = moderator()) {
      const { action, command } = handler(customId);
      if (!command.onModerationComponent) throw new Error(`nobody handles ${customId}`);
      return command.onModerationComponent(
        { ...requester, customId, message: { ephemeral: true, buttons: [] } },
        action,
      );
    },
    async command(name, subcommand, options = {}, requester = moderator()) {
      return replyOf(await interact(name, subcommand, options, requester));
    },
    interact,
    async complete(name, subcommand, option, typed, requester = moderator()) {
      const found = get().registry.get(name);
      if (!found?.autocomplete) throw new Error(`/${name} has no autocomplete`);
      return found.autocomplete({
        ...requester,
        options: {
          string: (key) => (key === option ? typed : undefined),
          boolean: () => undefined,
          integer: () => undefined,
          subcommand: () => subcommand,
        },
        focused: { name: option, value: typed },
      });
    },
    send(customId, values, requester = moderator()) {
      const { action, command } = handler(customId);
      if (!command.onSubmit) throw new Error(`nobody handles ${customId}`);
      return command.onSubmit({ ...requester, customId, fields: new Map(Object.entries(values)) }, action);
    },
  };
}
