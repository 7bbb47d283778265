/**
 * The services the bot hands a moderator's commands, forms and buttons (the engine over the seed
 * article, the command registry, and storage in a SQLite file of the spec's own), made before the
 * spec's tests (in the describe that calls it, or the file) and closed after them; for specs that
 * send what a moderator sends without Discord in between.
 */
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll } from "vitest";
import { silentLogger } from "../../src/config/logger.ts";
import type { MemberInfo, Requester, Services } from "../../src/discord/command.ts";
import { CommandRegistry } from "../../src/discord/registry.ts";
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
}

export function moderationServices(
  options: {
    /** How long a write waits for another process's lock (the bot's default: 5 s). */
    busyTimeoutMs?: number;
  } = {},
): ModerationServices {
  const dirs = tempDirs();
  let made: Omit<ModerationServices, "moderator"> | undefined;
  const get = () => {
    if (!made) throw new Error("the moderation services are made in beforeAll: use them inside a test");
    return made;
  };
  beforeAll(async () => {
    const engine = engineFrom(SEED_DIR);
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
    moderator: (overrides = {}) => ({
      services: get().services,
      userId: "100000000000000001",
      userTag: "alice",
      scope: GUILD,
      surface: "guild",
      member: MOD,
      ...overrides,
    }),
  };
}
