/**
 * Builders for INTERACTION_CREATE payloads as Discord sends them to a guild-installed bot:
 * slash commands (with subcommands and typed options), autocomplete, buttons, string selects and
 * modal submits, in a guild (with `member`) or in the bot's DM (with `user`, `context: 1`).
 */
import { randomBytes } from "node:crypto";
import type {
  APIApplicationCommand,
  APIApplicationCommandInteractionDataOption,
  APIApplicationCommandOption,
  APIDMChannel,
  APIInteraction,
  APIInteractionDataResolved,
  APIInteractionGuildMember,
  APIMessage,
  APIModalSubmissionComponent,
  APITextChannel,
  APIUser,
  Locale,
} from "discord.js";
import {
  ApplicationCommandType,
  ComponentType,
  InteractionContext,
  InteractionType,
  OptionType,
} from "./constants.ts";
import {
  DEFAULT_LOCALE,
  DM_APP_PERMISSIONS,
  dmChannelFor,
  type FakeGuild,
  findChannel,
  findGuild,
  findMember,
  findRole,
  findUser,
  memberPermissions,
} from "./fixtures.ts";
import { createBotMessage, memberWithoutUser } from "./payloads.ts";
import type { FakeContext, InteractionState } from "./state.ts";

/** Where and by whom an interaction is triggered. */
export interface InteractionTarget {
  /** Default: `users.admin`. */
  user?: APIUser;
  /** Default: the main guild. `null` means the bot's DM with `user`. */
  guild?: FakeGuild | null;
  /** A text channel of `guild`. Default: its #general. */
  channel?: APITextChannel;
  /** The user's client locale. Default: en-US. */
  locale?: string;
}

/**
 * An option value. Plain values get their type from the registered command definition (so
 * `getInteger` vs `getNumber` work), falling back to string/boolean/integer/number inference.
 * For USER/CHANNEL/ROLE/MENTIONABLE options pass the id; `resolved` is filled from the fixtures.
 */
export type OptionValue = string | number | boolean | { type: number; value: string | number | boolean };

export interface CommandInteractionSpec extends InteractionTarget {
  kind: "command";
  name: string;
  subcommandGroup?: string;
  subcommand?: string;
  options?: Record<string, OptionValue>;
}

export interface AutocompleteInteractionSpec extends InteractionTarget {
  kind: "autocomplete";
  name: string;
  subcommandGroup?: string;
  subcommand?: string;
  /** What the user has typed so far, per option; the focused option defaults to "". */
  options?: Record<string, OptionValue>;
  /** Name of the option being typed into. */
  focused: string;
}

export interface ButtonInteractionSpec extends InteractionTarget {
  kind: "button";
  customId: string;
  /** The message the button is on. Default: a fresh bot message carrying this button. */
  message?: APIMessage;
}

export interface SelectInteractionSpec extends InteractionTarget {
  kind: "select";
  customId: string;
  values: string[];
  /** The message the select menu is on. Default: a fresh bot message carrying the menu. */
  message?: APIMessage;
}

export interface ModalSubmitInteractionSpec extends InteractionTarget {
  kind: "modal";
  /** The modal's custom_id. */
  customId: string;
  /** Text input values by their custom_id. */
  fields: Record<string, string>;
  /**
   * Submission layout. "actionRows": rows of text inputs (classic modals); "labels": Label
   * components wrapping one input each (newer modals). Default "auto": mirror the most recent
   * modal the bot showed with this custom_id, else action rows.
   */
  layout?: "auto" | "actionRows" | "labels";
  /** When the modal was opened from a component, the message that component is on. */
  message?: APIMessage;
}

export type InteractionSpec =
  | CommandInteractionSpec
  | AutocompleteInteractionSpec
  | ButtonInteractionSpec
  | SelectInteractionSpec
  | ModalSubmitInteractionSpec;

/** Interaction tokens are long opaque URL-safe strings. */
function makeToken(id: string): string {
  return `aW50ZXJhY3Rpb246${Buffer.from(id).toString("base64url")}${randomBytes(48).toString("base64url")}`;
}

const ATTACHMENT_SIZE_LIMIT = 25 * 1024 * 1024;

interface BaseFields {
  id: string;
  token: string;
  user: APIUser;
  guild: FakeGuild | null;
  channelId: string;
  common: Omit<APIInteraction, "type" | "data">;
}

function baseFields(ctx: FakeContext, target: InteractionTarget): BaseFields {
  const id = ctx.ids.next();
  const token = makeToken(id);
  const user = target.user ?? ctx.world.users.admin;
  const locale = (target.locale ?? DEFAULT_LOCALE) as Locale;
  const shared = {
    id,
    application_id: ctx.world.applicationId,
    token,
    version: 1 as const,
    locale,
    entitlements: [],
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };
  if (target.guild === null) {
    const dm: APIDMChannel = dmChannelFor(ctx.world, ctx.ids, user);
    return {
      id,
      token,
      user,
      guild: null,
      channelId: dm.id,
      common: {
        ...shared,
        user,
        channel: { ...dm, recipients: [user] },
        channel_id: dm.id,
        app_permissions: DM_APP_PERMISSIONS.toString(),
        // Key "0" is GUILD_INSTALL: "0" (instead of a guild id) means "in the bot's DM".
        authorizing_integration_owners: { "0": "0" },
        context: InteractionContext.BotDM,
      },
    };
  }
  const guild = target.guild ?? ctx.world.guild;
  const channel = target.channel ?? guild.textChannel;
  if (channel.guild_id !== guild.id)
    throw new Error(`Channel #${channel.name} is not in guild ${guild.name}`);
  const member = findMember(guild, user.id);
  if (!member) throw new Error(`${user.username} is not a member of ${guild.name}`);
  const permissions = memberPermissions(guild, user.id).toString();
  const interactionMember: APIInteractionGuildMember = { ...member, user, permissions };
  // Interaction channel objects carry the invoking member's computed permissions.
  const channelWithPermissions = { ...channel, permissions };
  return {
    id,
    token,
    user,
    guild,
    channelId: channel.id,
    common: {
      ...shared,
      guild_id: guild.id,
      guild: { id: guild.id, locale: DEFAULT_LOCALE, features: [] },
      guild_locale: DEFAULT_LOCALE,
      member: interactionMember,
      channel: channelWithPermissions,
      channel_id: channel.id,
      app_permissions: memberPermissions(guild, ctx.world.botUser.id).toString(),
      authorizing_integration_owners: { "0": guild.id },
      context: InteractionContext.Guild,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Options

interface RawOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: RawOption[];
}

function inferType(value: string | number | boolean): number {
  if (typeof value === "boolean") return OptionType.Boolean;
  if (typeof value === "number") return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
  return OptionType.String;
}

function addResolved(
  ctx: FakeContext,
  guild: FakeGuild | null,
  resolved: APIInteractionDataResolved,
  type: number,
  id: string,
): void {
  const user = findUser(ctx.world, id);
  const addUser = () => {
    if (!user) return;
    resolved.users = { ...resolved.users, [id]: user };
    const member = guild ? findMember(guild, id) : undefined;
    if (guild && member) {
      const permissions = memberPermissions(guild, id).toString();
      resolved.members = { ...resolved.members, [id]: { ...memberWithoutUser(member), permissions } };
    }
  };
  const role = guild ? findRole(guild, id) : undefined;
  if (type === OptionType.User || (type === OptionType.Mentionable && user)) addUser();
  if ((type === OptionType.Role || type === OptionType.Mentionable) && role) {
    resolved.roles = { ...resolved.roles, [id]: role };
  }
  const upload = type === OptionType.Attachment ? ctx.userUploads.get(id) : undefined;
  if (upload) resolved.attachments = { ...resolved.attachments, [id]: upload };
  if (type === OptionType.Channel) {
    const known = findChannel(ctx.world, id);
    if (known?.kind === "guild") {
      const { channel } = known;
      resolved.channels = {
        ...resolved.channels,
        [id]: {
          id,
          name: channel.name,
          type: channel.type,
          permissions: memberPermissions(known.guild, ctx.world.botUser.id).toString(),
        },
      };
    }
  }
}

function buildOptions(
  ctx: FakeContext,
  guild: FakeGuild | null,
  definitions: APIApplicationCommandOption[] | undefined,
  values: Record<string, OptionValue>,
  focused: string | null,
  resolved: APIInteractionDataResolved,
): RawOption[] {
  const names = new Set(Object.keys(values));
  if (focused !== null) names.add(focused);
  return [...names].map((name): RawOption => {
    const given = values[name] ?? "";
    const definition = definitions?.find((option) => option.name === name);
    const value = typeof given === "object" ? given.value : given;
    const type = typeof given === "object" ? given.type : (definition?.type ?? inferType(given));
    if (
      [
        OptionType.User,
        OptionType.Channel,
        OptionType.Role,
        OptionType.Mentionable,
        OptionType.Attachment,
      ].some((t) => t === type)
    ) {
      addResolved(ctx, guild, resolved, type, String(value));
    }
    return { name, type, value, ...(name === focused ? { focused: true } : {}) };
  });
}

function commandData(
  ctx: FakeContext,
  guild: FakeGuild | null,
  spec: CommandInteractionSpec | AutocompleteInteractionSpec,
  focused: string | null,
) {
  const registered: APIApplicationCommand | undefined = ctx.commands.lookup(spec.name, guild?.id ?? null);
  const resolved: APIInteractionDataResolved = {};
  // Walk the registered definition alongside the subcommand path to learn the option types.
  let definitions = registered?.options;
  const wrap: { name: string; type: number }[] = [];
  if (spec.subcommandGroup !== undefined) {
    const group = definitions?.find((option) => option.name === spec.subcommandGroup);
    definitions =
      group && "options" in group ? (group.options as APIApplicationCommandOption[] | undefined) : undefined;
    wrap.push({ name: spec.subcommandGroup, type: OptionType.SubcommandGroup });
  }
  if (spec.subcommand !== undefined) {
    const sub = definitions?.find((option) => option.name === spec.subcommand);
    definitions =
      sub && "options" in sub ? (sub.options as APIApplicationCommandOption[] | undefined) : undefined;
    wrap.push({ name: spec.subcommand, type: OptionType.Subcommand });
  }
  let options = buildOptions(ctx, guild, definitions, spec.options ?? {}, focused, resolved);
  for (const level of wrap.reverse()) options = [{ ...level, options }];
  const hasResolved = Object.keys(resolved).length > 0;
  return {
    id: registered?.id ?? ctx.ids.next(),
    name: spec.name,
    type: ApplicationCommandType.ChatInput,
    // discord-api-types splits option values per interaction type; the raw tree matches both.
    options: options as APIApplicationCommandInteractionDataOption[],
    ...(registered?.guild_id ? { guild_id: registered.guild_id } : {}),
    ...(hasResolved ? { resolved } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Components and modals

function componentMessage(
  ctx: FakeContext,
  channelId: string,
  component: Record<string, unknown>,
): APIMessage {
  return createBotMessage(ctx, {
    channelId,
    body: { content: "", components: [{ type: ComponentType.ActionRow, components: [component] }] },
    files: [],
  });
}

function modalLayout(ctx: FakeContext, spec: ModalSubmitInteractionSpec): "actionRows" | "labels" {
  if (spec.layout === "actionRows" || spec.layout === "labels") return spec.layout;
  const shown = [...ctx.journals.callbacks.items]
    .reverse()
    .find((callback) => callback.type === 9 && modalCustomId(callback.data) === spec.customId);
  const components = shown ? modalComponents(shown.data) : [];
  return components.some((component) => component.type === ComponentType.Label) ? "labels" : "actionRows";
}

function modalCustomId(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null || !("custom_id" in data)) return undefined;
  return typeof data.custom_id === "string" ? data.custom_id : undefined;
}

function modalComponents(data: unknown): { type: unknown }[] {
  if (typeof data !== "object" || data === null || !("components" in data)) return [];
  return Array.isArray(data.components) ? data.components : [];
}

function modalSubmission(
  layout: "actionRows" | "labels",
  fields: Record<string, string>,
): APIModalSubmissionComponent[] {
  // Discord numbers every component of a submission with an `id`.
  let nextId = 1;
  return Object.entries(fields).map(([customId, value]): APIModalSubmissionComponent => {
    const outerId = nextId++;
    const input = { type: ComponentType.TextInput, id: nextId++, custom_id: customId, value };
    return layout === "labels"
      ? { type: ComponentType.Label, id: outerId, component: input }
      : { type: ComponentType.ActionRow, id: outerId, components: [input] };
  });
}

// ---------------------------------------------------------------------------------------------

export function buildInteraction(ctx: FakeContext, spec: InteractionSpec): InteractionState {
  const base = baseFields(ctx, spec);
  let payload: APIInteraction;
  let sourceMessage: APIMessage | null = null;
  switch (spec.kind) {
    case "command":
      payload = {
        ...base.common,
        type: InteractionType.ApplicationCommand,
        data: commandData(ctx, base.guild, spec, null),
      } as APIInteraction;
      break;
    case "autocomplete":
      payload = {
        ...base.common,
        type: InteractionType.ApplicationCommandAutocomplete,
        data: commandData(ctx, base.guild, spec, spec.focused),
      } as APIInteraction;
      break;
    case "button":
    case "select": {
      sourceMessage =
        spec.message ??
        componentMessage(
          ctx,
          base.channelId,
          spec.kind === "button"
            ? { type: ComponentType.Button, style: 1, label: spec.customId, custom_id: spec.customId }
            : {
                type: ComponentType.StringSelect,
                custom_id: spec.customId,
                options: spec.values.map((value) => ({ label: value, value })),
              },
        );
      payload = {
        ...base.common,
        type: InteractionType.MessageComponent,
        message: sourceMessage,
        data:
          spec.kind === "button"
            ? { custom_id: spec.customId, component_type: ComponentType.Button }
            : { custom_id: spec.customId, component_type: ComponentType.StringSelect, values: spec.values },
      } as APIInteraction;
      break;
    }
    case "modal":
      sourceMessage = spec.message ?? null;
      payload = {
        ...base.common,
        type: InteractionType.ModalSubmit,
        ...(sourceMessage ? { message: sourceMessage } : {}),
        data: { custom_id: spec.customId, components: modalSubmission(modalLayout(ctx, spec), spec.fields) },
      } as APIInteraction;
      break;
  }
  const state: InteractionState = {
    id: base.id,
    token: base.token,
    type: payload.type,
    payload,
    channelId: base.channelId,
    guildId: base.guild?.id ?? null,
    createdAt: Date.now(),
    callbackType: null,
    originalMessageId: null,
    sourceMessageId: sourceMessage?.id ?? null,
    messageIds: new Set(),
  };
  ctx.interactionsById.set(state.id, state);
  ctx.interactionsByToken.set(state.token, state);
  return state;
}

/** Guild an interaction happened in, if any. */
export function interactionGuild(ctx: FakeContext, state: InteractionState): FakeGuild | null {
  return state.guildId ? (findGuild(ctx.world, state.guildId) ?? null) : null;
}
