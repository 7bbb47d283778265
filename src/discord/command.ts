import type {
  APIApplicationCommandOptionChoice,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { ApplicationIntegrationType, InteractionContextType } from "discord.js";
import type { Logger } from "../config/logger.ts";
import type { Engine } from "../engine/engine.ts";
import type { Cooldown } from "./cooldown.ts";
import type { ComponentAction, ComponentKind } from "./custom-id.ts";
import type { FeedbackStore } from "./feedback.ts";
import type { ComponentResult, ReplyModel } from "./reply-model.ts";
import type { TextMemory } from "./text-memory.ts";

/** Everything a handler may use. Built once at start-up; the console builds its own. */
export interface Services {
  engine: Engine;
  feedback: FeedbackStore;
  cooldown: Cooldown;
  memory: TextMemory;
  logger: Logger;
  /** The bot's version, from package.json. */
  version: string;
  /** The loaded command set, for /help. */
  commands: () => readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
  now: () => Date;
}

/** Where a request came from: a server channel, a direct message, or the local terminal. */
export type Surface = "guild" | "dm" | "console";

export interface Requester {
  services: Services;
  userId: string;
  /**
   * The knowledge scope: the server's id, whose moderator edits apply. Absent in direct
   * messages and the console, which see the shared base.
   */
  scope?: string;
  surface: Surface;
}

/** Options of a slash command, read the same way from Discord and from the console. */
export interface OptionReader {
  string(name: string): string | undefined;
  boolean(name: string): boolean | undefined;
}

export interface CommandContext extends Requester {
  options: OptionReader;
}

export interface AutocompleteContext extends Requester {
  options: OptionReader;
  /** The option being typed into and what has been typed so far. */
  focused: { name: string; value: string };
}

/** What handlers may know of the message whose button was clicked. */
export interface SourceMessage {
  /** Its id on Discord (a vote on it replaces the same user's earlier vote); absent in the console. */
  id?: string;
  ephemeral: boolean;
  /** The first card's title as shown (escaped markdown). */
  title?: string;
  buttons: { customId: string; label: string }[];
}

export interface ComponentContext extends Requester {
  /** The raw custom_id clicked. */
  customId: string;
  message: SourceMessage;
}

export type Choice = APIApplicationCommandOptionChoice<string>;
type Awaitable<T> = T | Promise<T>;

/**
 * One slash command: its Discord definition (the same JSON is deployed), what it does, its
 * autocomplete, and the buttons it owns. Handlers return reply models and never touch Discord.
 */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(ctx: CommandContext): Awaitable<ReplyModel>;
  autocomplete?(ctx: AutocompleteContext): Awaitable<Choice[]>;
  /** Button kinds this command answers; the registry refuses two owners for one kind. */
  componentKinds?: readonly ComponentKind[];
  onComponent?(ctx: ComponentContext, action: ComponentAction): Awaitable<ComponentResult>;
  /**
   * Acknowledge before running: for handlers that do slow I/O. Fast handlers need nothing; the
   * router still defers any handler that has not answered after two seconds.
   */
  slow?: boolean;
  /** Whether a deferred reply should be ephemeral (decided before the handler runs). */
  ephemeralWhenDeferred?(ctx: CommandContext): boolean;
}

/** Identity function that checks a command file's shape where it is written. */
export function defineCommand(command: Command): Command {
  return command;
}

/**
 * Every command works in servers (guild install), for users who installed the app on their
 * account (user install), in the bot's DMs and in group DMs.
 */
export const EVERYWHERE = {
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
  integrationTypes: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
} as const;
