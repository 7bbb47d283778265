import type {
  APIApplicationCommandOptionChoice,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits } from "discord.js";
import type { Logger } from "../config/logger.ts";
import type { Engine } from "../engine/engine.ts";
import type { Metrics } from "../observability/metrics.ts";
import type { Storage } from "../storage/index.ts";
import type { AnswerCache } from "./answer-cache.ts";
import type { ConversationMemory } from "./conversations.ts";
import type { Cooldown } from "./cooldown.ts";
import type { ComponentAction, ComponentKind } from "./custom-id.ts";
import type { FeedbackStore } from "./feedback.ts";
import type { ModerationAction, ModerationKind } from "./moderation/custom-id.ts";
import type { FormModel } from "./moderation/form-model.ts";
import type { ComponentResult, ReplyModel } from "./reply-model.ts";
import type { TextMemory } from "./text-memory.ts";

/** Everything a handler may use. Built once at start-up; the console builds its own. */
export interface Services {
  engine: Engine;
  feedback: FeedbackStore;
  cooldown: Cooldown;
  memory: TextMemory;
  /**
   * What moderators typed (form drafts, reasons, list queries, gap questions) behind their buttons:
   * kept apart from members' questions, which on a busy bot would push a draft out within minutes.
   */
  drafts: TextMemory;
  /** Each conversation's last turn, for follow-up questions. */
  conversations: ConversationMemory;
  logger: Logger;
  /** The bot's version, from package.json. */
  version: string;
  /** The loaded command set, for /help. */
  commands: () => readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
  now: () => Date;
  /**
   * The database: moderators' edits (FactService), server settings, gaps. Absent where the bot
   * runs without one (the console, unit tests); the moderator commands then say so.
   */
  storage?: Storage;
  /** Counters for /metrics; absent (nothing recorded) without METRICS_PORT. */
  metrics?: Metrics;
  /** The engine's answers, remembered per server and question until its knowledge changes. */
  answers?: AnswerCache;
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
  /** The channel asked in (a server channel or a DM): with the user, a conversation's key. */
  channelId?: string;
  /**
   * The member as Discord describes them in this very interaction (permissions computed by
   * Discord, role ids). Absent in direct messages and the console. What moderators may do is
   * decided from this alone.
   */
  member?: MemberInfo;
  /** The user's name as shown in revision histories ("alice"); the id when unknown. */
  userTag?: string;
  /** The largest file the bot may attach here, in bytes, as Discord says with each interaction. */
  attachmentSizeLimit?: number;
}

export interface MemberInfo {
  /** The member's permissions in the channel, as Discord computed them (PermissionFlagsBits). */
  permissions: bigint;
  /** Ids of the member's roles (@everyone is implied, never listed). */
  roles: readonly string[];
}

/** Options of a slash command, read the same way from Discord and from the console. */
export interface OptionReader {
  string(name: string): string | undefined;
  boolean(name: string): boolean | undefined;
  /** Integer options (Discord only; the console has none). */
  integer?(name: string): number | undefined;
  /** The chosen subcommand of a command that has them. */
  subcommand?(): string | undefined;
  /** A file sent with the command (Discord only). */
  attachment?(name: string): AttachedFile | undefined;
}

/** A file a user attached to a command: where Discord serves it, and what it says it is. */
export interface AttachedFile {
  name: string;
  url: string;
  /** Bytes. */
  size: number;
  contentType?: string;
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

/** A modal submit: the form's text inputs by their custom_id (missing inputs are absent). */
export interface SubmitContext extends Requester {
  customId: string;
  fields: ReadonlyMap<string, string>;
}

/** A file sent with a reply (an export). */
export interface ReplyFile {
  name: string;
  data: Buffer;
}

/**
 * What an interactive (Discord-only) handler does: reply (optionally with files), open a form,
 * or, for a button, update the message it is on.
 */
export type Interactive =
  | { kind: "reply"; reply: ReplyModel; files?: ReplyFile[] }
  | { kind: "form"; form: FormModel };
export type ComponentInteractive = Interactive | { kind: "update"; reply: ReplyModel };

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
   * Acknowledge before running: for handlers that do slow I/O or work that holds the event loop
   * (drafting an article), when the timer that defers after two seconds could not run. Fast
   * handlers need nothing. A function decides per use ("/source add" with a file, not its form).
   */
  slow?: boolean | ((ctx: CommandContext) => boolean);
  /**
   * Whether this use writes to the database (a revert, an alias, a setting): it is acknowledged
   * before running when a write may have to wait for another's lock (Store.writeMayWait), since
   * that wait holds the event loop past Discord's 3 seconds. Absent: it does not write.
   */
  writes?: (ctx: CommandContext) => boolean;
  /** Whether a deferred reply should be ephemeral (decided before the handler runs). */
  ephemeralWhenDeferred?(ctx: CommandContext): boolean;
  /**
   * On Discord, used instead of `execute` when present: may open a form (modal) or attach files.
   * `execute` stays for surfaces without forms (the console).
   */
  interact?(ctx: CommandContext): Awaitable<Interactive>;
  /** Moderation buttons and forms this command answers (custom_ids of moderation/custom-id.ts). */
  moderationKinds?: readonly ModerationKind[];
  onModerationComponent?(ctx: ComponentContext, action: ModerationAction): Awaitable<ComponentInteractive>;
  onSubmit?(ctx: SubmitContext, action: ModerationAction): Awaitable<Interactive>;
}

/** Identity function that checks a command file's shape where it is written. */
export function defineCommand(command: Command): Command {
  return command;
}

/**
 * Member commands work in servers (guild install), for users who installed the app on their
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

/**
 * Moderator commands: only in servers that installed the bot, hidden by default from members
 * without Manage Server (admins can widen that in Server Settings → Integrations). This only
 * shapes the client's menu: the handlers check every interaction themselves.
 */
export const SERVER_MODERATORS = {
  contexts: [InteractionContextType.Guild],
  integrationTypes: [ApplicationIntegrationType.GuildInstall],
  defaultMemberPermissions: PermissionFlagsBits.ManageGuild,
} as const;
