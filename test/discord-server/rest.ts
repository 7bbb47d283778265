/**
 * REST API v10 (the part bots use): gateway discovery, the bot's user/application, application
 * commands, interaction callbacks and webhooks, channel messages and DMs, basic guild reads.
 * Every call is recorded; unknown routes answer 404 and are also listed in `unknownRoutes`.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type {
  APIApplication,
  APIApplicationCommand,
  APIMessage,
  ApplicationFlags,
  RESTGetAPIGatewayBotResult,
} from "discord.js";
import { z } from "zod";
import {
  API_VERSION,
  ApplicationCommandType,
  CallbackType,
  ChannelType,
  ErrorCode,
  InteractionType,
  MessageFlag,
  NO_FLAGS,
} from "./constants.ts";
import {
  dmChannelFor,
  findChannel,
  findGuild,
  findMember,
  findUser,
  guilds,
  memberPermissions,
} from "./fixtures.ts";
import { boundaryFrom, parseMultipart } from "./multipart.ts";
import { createBotMessage, editBotMessage, guildCreatePayload } from "./payloads.ts";
import { Router } from "./router.ts";
import type { FakeContext, InteractionState } from "./state.ts";
import type { RecordedFile, RecordedRequest } from "./types.ts";
import {
  type CommandBody,
  commandBodySchema,
  type DiscordError,
  discordError,
  FormErrors,
  validateAutocompleteData,
  validateCommandList,
  validateMessageBody,
  validateModalData,
} from "./validation.ts";

/** Lets the gateway echo message changes back to the bot, as Discord does. */
export interface RestEvents {
  messageCreated(message: APIMessage): void;
  messageUpdated(message: APIMessage): void;
  messageDeleted(message: APIMessage): void;
}

interface RouteInput {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  files: RecordedFile[];
}

interface RouteResult {
  status: number;
  body?: unknown;
  /** Runs after the request is recorded, to add derived records (callbacks, webhooks, messages). */
  after?: (request: RecordedRequest) => void;
}

interface RouteDef {
  /** Interaction callbacks and webhook-with-token routes need no bot token on real Discord. */
  auth: "bot" | "none";
  handle(input: RouteInput): RouteResult;
}

const MAX_BODY_BYTES = 30 * 1024 * 1024;

function json(status: number, body: unknown, after?: (request: RecordedRequest) => void): RouteResult {
  return after ? { status, body, after } : { status, body };
}

function fail(error: DiscordError): RouteResult {
  return { status: error.status, body: error.body };
}

const noContent: RouteResult = { status: 204 };

const callbackBodySchema = z.looseObject({ type: z.number().int(), data: z.unknown().optional() });
const dmBodySchema = z.looseObject({ recipient_id: z.string() });

/** Which callback types Discord accepts for which interaction types. */
function callbackAllowed(state: InteractionState, type: number): boolean {
  switch (state.type) {
    case InteractionType.ApplicationCommand:
      return (
        [
          CallbackType.ChannelMessageWithSource,
          CallbackType.DeferredChannelMessageWithSource,
          CallbackType.Modal,
          CallbackType.LaunchActivity,
        ] as number[]
      ).includes(type);
    case InteractionType.MessageComponent:
      return (
        [
          CallbackType.ChannelMessageWithSource,
          CallbackType.DeferredChannelMessageWithSource,
          CallbackType.DeferredMessageUpdate,
          CallbackType.UpdateMessage,
          CallbackType.Modal,
        ] as number[]
      ).includes(type);
    case InteractionType.ApplicationCommandAutocomplete:
      return type === CallbackType.ApplicationCommandAutocompleteResult;
    case InteractionType.ModalSubmit:
      // Updating is only possible when the modal was opened from a message component.
      return (
        type === CallbackType.ChannelMessageWithSource ||
        type === CallbackType.DeferredChannelMessageWithSource ||
        ((type === CallbackType.DeferredMessageUpdate || type === CallbackType.UpdateMessage) &&
          state.sourceMessageId !== null)
      );
    default:
      return false;
  }
}

function isEmptyMessage(message: APIMessage): boolean {
  return (
    message.content === "" &&
    message.embeds.length === 0 &&
    message.attachments.length === 0 &&
    (message.components ?? []).length === 0 &&
    message.poll === undefined
  );
}

export function createRestHandler(ctx: FakeContext, events: RestEvents) {
  const router = new Router<RouteDef>();
  const { world, options } = ctx;
  const bot = (handle: RouteDef["handle"]): RouteDef => ({ auth: "bot", handle });
  const open = (handle: RouteDef["handle"]): RouteDef => ({ auth: "none", handle });

  const application = (): APIApplication => ({
    id: world.applicationId,
    name: world.botUser.username,
    icon: null,
    description: "",
    summary: "",
    bot_public: false,
    bot_require_code_grant: false,
    bot: world.botUser,
    verify_key: "0".repeat(64),
    owner: world.users.admin,
    team: null,
    flags: NO_FLAGS as ApplicationFlags,
    flags_new: "0",
    approximate_guild_count: guilds(world).length,
    integration_types_config: { "0": {} },
  });

  // ---- gateway discovery and identity ----------------------------------------------------------

  router.add(
    "GET",
    "/gateway",
    open(() => json(200, { url: ctx.urls.gateway })),
  );
  router.add(
    "GET",
    "/gateway/bot",
    bot(() => {
      const result: RESTGetAPIGatewayBotResult = {
        url: ctx.urls.gateway,
        shards: ctx.options.recommendedShards,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 14_400_000,
          max_concurrency: ctx.options.maxConcurrency,
        },
      };
      return json(200, result);
    }),
  );
  router.add(
    "GET",
    "/users/@me",
    bot(() => json(200, { ...world.botUser, verified: true, mfa_enabled: true })),
  );
  router.add(
    "GET",
    "/users/@me/guilds",
    bot(() =>
      json(
        200,
        guilds(world).map((guild) => ({
          id: guild.id,
          name: guild.name,
          icon: null,
          banner: null,
          owner: false,
          permissions: memberPermissions(guild, world.botUser.id).toString(),
          features: [],
        })),
      ),
    ),
  );
  router.add(
    "GET",
    "/users/:userId",
    bot(({ params }) => {
      const user = findUser(world, params.userId ?? "");
      return user ? json(200, user) : fail(discordError(404, ErrorCode.UnknownUser, "Unknown User"));
    }),
  );
  router.add(
    "POST",
    "/users/@me/channels",
    bot(({ body }) => {
      const parsed = dmBodySchema.safeParse(body);
      const user = parsed.success ? findUser(world, parsed.data.recipient_id) : undefined;
      if (!user || user.id === world.botUser.id) {
        return fail(discordError(400, ErrorCode.InvalidRecipient, "Invalid Recipient(s)"));
      }
      return json(200, dmChannelFor(world, ctx.ids, user));
    }),
  );
  router.add(
    "GET",
    "/applications/@me",
    bot(() => json(200, application())),
  );
  router.add(
    "GET",
    "/oauth2/applications/@me",
    bot(() => json(200, application())),
  );

  // ---- application commands --------------------------------------------------------------------

  const toCommand = (
    body: CommandBody,
    guildId: string | null,
    existing?: APIApplicationCommand,
  ): APIApplicationCommand => {
    // Discord keeps a command's id when an overwrite contains a command with the same name+type.
    const type = body.type ?? ApplicationCommandType.ChatInput;
    const { options: commandOptions, dm_permission: dmPermission, ...fields } = body;
    return {
      ...fields,
      id: existing?.id ?? ctx.ids.next(),
      application_id: world.applicationId,
      type: type as APIApplicationCommand["type"],
      ...(typeof dmPermission === "boolean" ? { dm_permission: dmPermission } : {}),
      name: body.name,
      description: body.description ?? "",
      default_member_permissions: body.default_member_permissions ?? null,
      nsfw: body.nsfw ?? false,
      integration_types: (body.integration_types ?? [0]) as APIApplicationCommand["integration_types"],
      contexts: (body.contexts ?? null) as APIApplicationCommand["contexts"],
      version: ctx.ids.next(),
      // Validated by validateCommandList; the loose schema type is wider than discord-api-types'.
      ...(commandOptions ? { options: commandOptions as APIApplicationCommand["options"] } : {}),
      ...(guildId ? { guild_id: guildId } : {}),
    };
  };

  /** Resolves the command list for a scope, or an error (wrong application, unknown guild). */
  const scope = (params: Record<string, string>): APIApplicationCommand[] | DiscordError => {
    if (params.applicationId !== world.applicationId) {
      return discordError(403, ErrorCode.MissingAccess, "Missing Access");
    }
    if (params.guildId === undefined) return ctx.commands.global;
    if (!findGuild(world, params.guildId))
      return discordError(403, ErrorCode.MissingAccess, "Missing Access");
    return ctx.commands.forGuild(params.guildId);
  };

  for (const base of [
    "/applications/:applicationId/commands",
    "/applications/:applicationId/guilds/:guildId/commands",
  ]) {
    router.add(
      "GET",
      base,
      bot(({ params }) => {
        const list = scope(params);
        return Array.isArray(list) ? json(200, list) : fail(list);
      }),
    );
    router.add(
      "PUT",
      base,
      bot(({ params, body }) => {
        const list = scope(params);
        if (!Array.isArray(list)) return fail(list);
        const validated = validateCommandList(body);
        if (!validated.ok) return fail(validated.error);
        const next = validated.commands.map((command) =>
          toCommand(
            command,
            params.guildId ?? null,
            list.find((old) => old.name === command.name && old.type === (command.type ?? 1)),
          ),
        );
        list.splice(0, list.length, ...next);
        return json(200, next);
      }),
    );
    router.add(
      "POST",
      base,
      bot(({ params, body }) => {
        const list = scope(params);
        if (!Array.isArray(list)) return fail(list);
        const validated = validateCommandList([body]);
        if (!validated.ok || validated.commands[0] === undefined) {
          return fail(validated.ok ? new FormErrors().toError() : validated.error);
        }
        const input = validated.commands[0];
        const index = list.findIndex((old) => old.name === input.name && old.type === (input.type ?? 1));
        const command = toCommand(input, params.guildId ?? null, list[index]);
        // Creating a command with an existing name overwrites it (and answers 200 instead of 201).
        if (index >= 0) list.splice(index, 1, command);
        else list.push(command);
        return json(index >= 0 ? 200 : 201, command);
      }),
    );
    router.add(
      "GET",
      `${base}/:commandId`,
      bot(({ params }) => {
        const list = scope(params);
        if (!Array.isArray(list)) return fail(list);
        const command = list.find((candidate) => candidate.id === params.commandId);
        return command
          ? json(200, command)
          : fail(discordError(404, ErrorCode.UnknownApplicationCommand, "Unknown application command"));
      }),
    );
    router.add(
      "PATCH",
      `${base}/:commandId`,
      bot(({ params, body }) => {
        const list = scope(params);
        if (!Array.isArray(list)) return fail(list);
        const index = list.findIndex((candidate) => candidate.id === params.commandId);
        const current = list[index];
        if (!current)
          return fail(discordError(404, ErrorCode.UnknownApplicationCommand, "Unknown application command"));
        const merged = commandBodySchema.safeParse({ ...current, ...(typeof body === "object" ? body : {}) });
        if (!merged.success) return fail(new FormErrors().toError());
        const command = toCommand(merged.data, params.guildId ?? null, current);
        list.splice(index, 1, command);
        return json(200, command);
      }),
    );
    router.add(
      "DELETE",
      `${base}/:commandId`,
      bot(({ params }) => {
        const list = scope(params);
        if (!Array.isArray(list)) return fail(list);
        const index = list.findIndex((candidate) => candidate.id === params.commandId);
        if (index < 0)
          return fail(discordError(404, ErrorCode.UnknownApplicationCommand, "Unknown application command"));
        list.splice(index, 1);
        return noContent;
      }),
    );
  }

  // ---- interaction callbacks -------------------------------------------------------------------

  router.add(
    "POST",
    "/interactions/:interactionId/:token/callback",
    open(({ params, query, body, files }) => {
      const state = ctx.interactionsById.get(params.interactionId ?? "");
      const unknownInteraction = discordError(404, ErrorCode.UnknownInteraction, "Unknown interaction");
      if (!state || state.token !== params.token) return fail(unknownInteraction);
      // Discord only accepts the initial response within 3 seconds of the interaction.
      const age = Date.now() - state.createdAt;
      if (options.interactionResponseDeadlineMs > 0 && age > options.interactionResponseDeadlineMs) {
        options.log(`interaction ${state.id} answered after ${age}ms; Discord would have expired it`);
        return fail(unknownInteraction);
      }
      if (state.callbackType !== null) {
        return fail(
          discordError(
            400,
            ErrorCode.InteractionAlreadyAcknowledged,
            "Interaction has already been acknowledged.",
          ),
        );
      }
      const parsed = callbackBodySchema.safeParse(body);
      if (!parsed.success || !callbackAllowed(state, parsed.data.type)) {
        const errors = new FormErrors();
        errors.add(
          ["type"],
          "INTERACTION_CALLBACK_TYPE_INVALID",
          "Invalid interaction callback type for this interaction",
        );
        return fail(errors.toError());
      }
      const { type, data } = parsed.data;
      let message: APIMessage | null = null;
      switch (type) {
        case CallbackType.ChannelMessageWithSource: {
          const validated = validateMessageBody(data, { fileCount: files.length, requireContent: true });
          if (!validated.ok) return fail(validated.error);
          message = createBotMessage(ctx, {
            channelId: state.channelId,
            body: validated.body,
            files,
            interaction: state,
          });
          state.originalMessageId = message.id;
          state.messageIds.add(message.id);
          break;
        }
        case CallbackType.DeferredChannelMessageWithSource: {
          const validated = validateMessageBody(data, { fileCount: 0, requireContent: false });
          if (!validated.ok) return fail(validated.error);
          // The "<bot> is thinking..." placeholder: an empty message flagged LOADING.
          message = createBotMessage(ctx, {
            channelId: state.channelId,
            body: { content: "", flags: validated.body.flags ?? 0 },
            files: [],
            interaction: state,
            extraFlags: MessageFlag.Loading,
          });
          state.originalMessageId = message.id;
          state.messageIds.add(message.id);
          break;
        }
        case CallbackType.DeferredMessageUpdate:
          // After an update, `@original` is the message the component is attached to.
          state.originalMessageId = state.sourceMessageId;
          message = state.sourceMessageId ? (ctx.messages.find(state.sourceMessageId) ?? null) : null;
          break;
        case CallbackType.UpdateMessage: {
          const validated = validateMessageBody(data, { fileCount: files.length, requireContent: false });
          if (!validated.ok) return fail(validated.error);
          const source = state.sourceMessageId ? ctx.messages.find(state.sourceMessageId) : undefined;
          if (source) message = editBotMessage(ctx, source, validated.body, files);
          state.originalMessageId = state.sourceMessageId;
          break;
        }
        case CallbackType.ApplicationCommandAutocompleteResult: {
          const error = validateAutocompleteData(data);
          if (error) return fail(error);
          break;
        }
        case CallbackType.Modal: {
          const error = validateModalData(data);
          if (error) return fail(error);
          break;
        }
        default:
          break;
      }
      state.callbackType = type;
      const created = message;
      const after = (request: RecordedRequest) => {
        ctx.journals.callbacks.push({
          interactionId: state.id,
          token: state.token,
          type,
          data,
          files,
          request,
        });
        if (created && type === CallbackType.ChannelMessageWithSource) echoCreate(created);
        if (created && type === CallbackType.DeferredChannelMessageWithSource) echoCreate(created);
        if (created && type === CallbackType.UpdateMessage) echoUpdate(created);
      };
      if (query.with_response !== "true") return { status: 204, after };
      // `?with_response=true` returns an InteractionCallbackResponse (discord.js `withResponse`).
      return json(
        200,
        {
          interaction: {
            id: state.id,
            type: state.type,
            ...(created
              ? {
                  response_message_id: created.id,
                  response_message_loading: ((created.flags ?? 0) & MessageFlag.Loading) !== 0,
                  response_message_ephemeral: ((created.flags ?? 0) & MessageFlag.Ephemeral) !== 0,
                }
              : {}),
          },
          resource: { type, ...(created ? { message: created } : {}) },
        },
        after,
      );
    }),
  );

  const echoCreate = (message: APIMessage) => {
    // Ephemeral messages are only visible to the invoking user; no MESSAGE_CREATE for them.
    if (((message.flags ?? 0) & MessageFlag.Ephemeral) === 0) events.messageCreated(message);
  };
  const echoUpdate = (message: APIMessage) => {
    if (((message.flags ?? 0) & MessageFlag.Ephemeral) === 0) events.messageUpdated(message);
  };

  // ---- interaction webhooks (follow-ups, @original) --------------------------------------------

  const webhookState = (params: Record<string, string>): InteractionState | DiscordError => {
    const state = ctx.interactionsByToken.get(params.token ?? "");
    // The webhook only exists once the interaction has been acknowledged.
    if (params.applicationId !== world.applicationId || !state || state.callbackType === null) {
      return discordError(404, ErrorCode.UnknownWebhook, "Unknown Webhook");
    }
    return state;
  };
  const unknownMessage = discordError(404, ErrorCode.UnknownMessage, "Unknown Message");
  const webhookMessage = (state: InteractionState, messageId: string): APIMessage | undefined => {
    const id = messageId === "@original" ? state.originalMessageId : messageId;
    if (
      id === null ||
      (messageId !== "@original" && !state.messageIds.has(id) && id !== state.originalMessageId)
    ) {
      return undefined;
    }
    return ctx.messages.find(id);
  };
  const recordWebhook = (state: InteractionState, message: APIMessage | null) => (request: RecordedRequest) =>
    ctx.journals.webhooks.push({ token: state.token, message, request });

  router.add(
    "POST",
    "/webhooks/:applicationId/:token",
    open(({ params, query, body, files }) => {
      const state = webhookState(params);
      if (!("token" in state)) return fail(state);
      const validated = validateMessageBody(body, { fileCount: files.length, requireContent: true });
      if (!validated.ok) return fail(validated.error);
      const original = state.originalMessageId ? ctx.messages.find(state.originalMessageId) : undefined;
      let message: APIMessage;
      let edited = false;
      if (original && ((original.flags ?? 0) & MessageFlag.Loading) !== 0) {
        // Non-obvious Discord behaviour: the first follow-up after a deferred reply *replaces*
        // the "thinking..." placeholder instead of creating a new message.
        message = editBotMessage(ctx, original, validated.body, files, MessageFlag.Loading);
        edited = true;
      } else {
        message = createBotMessage(ctx, {
          channelId: state.channelId,
          body: validated.body,
          files,
          interaction: state,
        });
        state.messageIds.add(message.id);
      }
      const after = (request: RecordedRequest) => {
        recordWebhook(state, message)(request);
        if (edited) echoUpdate(message);
        else echoCreate(message);
      };
      // Without `?wait=true` Discord answers 204 and does not return the message.
      return query.wait === "true" ? json(200, message, after) : { status: 204, after };
    }),
  );
  router.add(
    "GET",
    "/webhooks/:applicationId/:token/messages/:messageId",
    open(({ params }) => {
      const state = webhookState(params);
      if (!("token" in state)) return fail(state);
      const message = webhookMessage(state, params.messageId ?? "");
      return message ? json(200, message, recordWebhook(state, message)) : fail(unknownMessage);
    }),
  );
  router.add(
    "PATCH",
    "/webhooks/:applicationId/:token/messages/:messageId",
    open(({ params, body, files }) => {
      const state = webhookState(params);
      if (!("token" in state)) return fail(state);
      const current = webhookMessage(state, params.messageId ?? "");
      if (!current) return fail(unknownMessage);
      const validated = validateMessageBody(body, { fileCount: files.length, requireContent: false });
      if (!validated.ok) return fail(validated.error);
      // Editing a deferred reply turns the placeholder into the real message.
      const message = editBotMessage(ctx, current, validated.body, files, MessageFlag.Loading);
      if (isEmptyMessage(message)) {
        ctx.messages.put(current);
        return fail(discordError(400, ErrorCode.CannotSendEmptyMessage, "Cannot send an empty message"));
      }
      return json(200, message, (request) => {
        recordWebhook(state, message)(request);
        echoUpdate(message);
      });
    }),
  );
  router.add(
    "DELETE",
    "/webhooks/:applicationId/:token/messages/:messageId",
    open(({ params }) => {
      const state = webhookState(params);
      if (!("token" in state)) return fail(state);
      const message = webhookMessage(state, params.messageId ?? "");
      if (!message) return fail(unknownMessage);
      ctx.messages.delete(message.channel_id, message.id);
      return {
        status: 204,
        after: (request) => {
          recordWebhook(state, null)(request);
          events.messageDeleted(message);
        },
      };
    }),
  );

  // ---- channels and messages -------------------------------------------------------------------

  const unknownChannel = discordError(404, ErrorCode.UnknownChannel, "Unknown Channel");

  router.add(
    "GET",
    "/channels/:channelId",
    bot(({ params }) => {
      const known = findChannel(world, params.channelId ?? "");
      return known ? json(200, known.channel) : fail(unknownChannel);
    }),
  );
  router.add(
    "POST",
    "/channels/:channelId/messages",
    bot(({ params, body, files }) => {
      const known = findChannel(world, params.channelId ?? "");
      if (!known) return fail(unknownChannel);
      if (known.channel.type === ChannelType.GuildCategory) {
        return fail(discordError(400, 50008, "Cannot send messages in a non-text channel"));
      }
      const validated = validateMessageBody(body, { fileCount: files.length, requireContent: true });
      if (!validated.ok) return fail(validated.error);
      const reference = validated.body.message_reference;
      if (reference?.message_id && !ctx.messages.get(known.channel.id, reference.message_id)) {
        if (reference.fail_if_not_exists !== false) {
          const errors = new FormErrors();
          errors.add(["message_reference"], "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message");
          return fail(errors.toError());
        }
      }
      const message = createBotMessage(ctx, { channelId: known.channel.id, body: validated.body, files });
      known.channel.last_message_id = message.id;
      return json(200, message, (request) => {
        ctx.journals.channelMessages.push({ channelId: known.channel.id, message, request });
        events.messageCreated(message);
      });
    }),
  );
  router.add(
    "GET",
    "/channels/:channelId/messages",
    bot(({ params, query }) => {
      const known = findChannel(world, params.channelId ?? "");
      if (!known) return fail(unknownChannel);
      const limit = Math.min(Number(query.limit ?? 50) || 50, 100);
      // Newest first, like Discord.
      return json(200, ctx.messages.inChannel(known.channel.id).reverse().slice(0, limit));
    }),
  );
  router.add(
    "GET",
    "/channels/:channelId/messages/:messageId",
    bot(({ params }) => {
      const message = ctx.messages.get(params.channelId ?? "", params.messageId ?? "");
      return message ? json(200, message) : fail(unknownMessage);
    }),
  );
  router.add(
    "PATCH",
    "/channels/:channelId/messages/:messageId",
    bot(({ params, body, files }) => {
      const current = ctx.messages.get(params.channelId ?? "", params.messageId ?? "");
      if (!current) return fail(unknownMessage);
      if (current.author.id !== world.botUser.id) {
        return fail(discordError(403, 50005, "Cannot edit a message authored by another user"));
      }
      const validated = validateMessageBody(body, { fileCount: files.length, requireContent: false });
      if (!validated.ok) return fail(validated.error);
      const message = editBotMessage(ctx, current, validated.body, files);
      return json(200, message, () => events.messageUpdated(message));
    }),
  );
  router.add(
    "DELETE",
    "/channels/:channelId/messages/:messageId",
    bot(({ params }) => {
      const message = ctx.messages.get(params.channelId ?? "", params.messageId ?? "");
      if (!message) return fail(unknownMessage);
      ctx.messages.delete(message.channel_id, message.id);
      return { status: 204, after: () => events.messageDeleted(message) };
    }),
  );
  router.add(
    "POST",
    "/channels/:channelId/typing",
    bot(({ params }) => (findChannel(world, params.channelId ?? "") ? noContent : fail(unknownChannel))),
  );
  router.add(
    "PUT",
    "/channels/:channelId/messages/:messageId/reactions/:emoji/@me",
    bot(({ params }) =>
      ctx.messages.get(params.channelId ?? "", params.messageId ?? "") ? noContent : fail(unknownMessage),
    ),
  );

  // ---- guilds ------------------------------------------------------------------------------------

  const unknownGuild = discordError(404, ErrorCode.UnknownGuild, "Unknown Guild");
  router.add(
    "GET",
    "/guilds/:guildId",
    bot(({ params }) => {
      const guild = findGuild(world, params.guildId ?? "");
      if (!guild) return fail(unknownGuild);
      const {
        channels: _channels,
        members: _members,
        threads: _threads,
        presences: _presences,
        voice_states: _voiceStates,
        joined_at: _joinedAt,
        large: _large,
        member_count: _memberCount,
        stage_instances: _stageInstances,
        guild_scheduled_events: _events,
        soundboard_sounds: _sounds,
        unavailable: _unavailable,
        ...rest
      } = guildCreatePayload(ctx, guild, 0);
      return json(200, rest);
    }),
  );
  router.add(
    "GET",
    "/guilds/:guildId/channels",
    bot(({ params }) => {
      const guild = findGuild(world, params.guildId ?? "");
      return guild ? json(200, guild.channels) : fail(unknownGuild);
    }),
  );
  router.add(
    "GET",
    "/guilds/:guildId/roles",
    bot(({ params }) => {
      const guild = findGuild(world, params.guildId ?? "");
      return guild ? json(200, Object.values(guild.roles)) : fail(unknownGuild);
    }),
  );
  router.add(
    "GET",
    "/guilds/:guildId/members",
    bot(({ params }) => {
      const guild = findGuild(world, params.guildId ?? "");
      return guild ? json(200, guild.members) : fail(unknownGuild);
    }),
  );
  router.add(
    "GET",
    "/guilds/:guildId/members/:userId",
    bot(({ params }) => {
      const guild = findGuild(world, params.guildId ?? "");
      if (!guild) return fail(unknownGuild);
      const member = findMember(guild, params.userId ?? "");
      return member ? json(200, member) : fail(discordError(404, ErrorCode.UnknownMember, "Unknown Member"));
    }),
  );

  // ---- request plumbing -----------------------------------------------------------------------

  const apiPrefix = `/api/v${API_VERSION}`;

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake.invalid");
    const method = (req.method ?? "GET").toUpperCase();

    if (method === "GET" && url.pathname.startsWith("/attachments/")) {
      const key = url.pathname.slice("/attachments/".length).split("/").map(decodeURIComponent).join("/");
      const file = ctx.attachments.get(key);
      if (!file) return send(res, 404, { message: "404: Not Found", code: 0 });
      res.writeHead(200, { "content-type": file.contentType ?? "application/octet-stream" });
      res.end(file.data);
      return;
    }

    const raw = await readBody(req);
    // discord.js percent-encodes some segments (`%40original`); record the decoded path.
    const rawPath = url.pathname.startsWith(`${apiPrefix}/`)
      ? url.pathname.slice(apiPrefix.length)
      : url.pathname;
    const path = rawPath.split("/").map(safeDecode).join("/");
    const query = Object.fromEntries(url.searchParams);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (name !== "authorization" && value !== undefined)
        headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
    const authorization = req.headers.authorization;
    const auth = {
      present: authorization !== undefined,
      scheme: authorization?.split(" ")[0] ?? null,
      valid: authorization === `Bot ${options.token}`,
    };

    let body: unknown = null;
    let files: RecordedFile[] = [];
    let result: RouteResult;
    let route: string | null = null;

    const parsedBody = raw === null ? null : parseBody(raw, req.headers["content-type"] ?? "");
    if (raw === null) {
      result = fail(discordError(413, 40005, "Request entity too large"));
    } else if (parsedBody && "error" in parsedBody) {
      result = fail(parsedBody.error);
    } else {
      body = parsedBody?.body ?? null;
      files = parsedBody?.files ?? [];
      const matched = url.pathname.startsWith(`${apiPrefix}/`) ? router.match(method, rawPath) : null;
      if (!matched?.found) {
        result = matched?.methodMismatch
          ? { status: 405, body: { message: "405: Method Not Allowed", code: 0 } }
          : { status: 404, body: { message: "404: Not Found", code: 0 } };
      } else {
        route = matched.found.template;
        if (matched.found.route.auth === "bot" && !auth.valid) {
          result = { status: 401, body: { message: "401: Unauthorized", code: 0 } };
        } else {
          try {
            result = matched.found.route.handle({ params: matched.found.params, query, body, files });
          } catch (error) {
            options.log(
              `handler for ${method} ${path} threw: ${error instanceof Error ? error.stack : String(error)}`,
            );
            result = { status: 500, body: { message: "500: Internal Server Error", code: 0 } };
          }
        }
      }
    }

    ctx.requestSeq += 1;
    const record: RecordedRequest = {
      seq: ctx.requestSeq,
      at: Date.now(),
      method,
      path,
      route,
      query,
      body,
      files,
      headers,
      auth,
      status: result.status,
      response: result.body ?? null,
    };
    options.log(`${method} ${path} -> ${result.status}`);
    // Record before answering: once the client sees the response, the record must exist.
    ctx.journals.requests.push(record);
    if (route === null) ctx.journals.unknownRoutes.push(record);
    result.after?.(record);
    send(res, result.status, result.body);
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** Reads the whole body; null when it exceeds the limit. */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function parseBody(
  raw: Buffer,
  contentType: string,
): { body: unknown; files: RecordedFile[] } | { error: DiscordError } {
  if (raw.length === 0) return { body: null, files: [] };
  const invalidJson = discordError(400, ErrorCode.InvalidJson, "The request body contains invalid JSON.");
  if (contentType.startsWith("multipart/form-data")) {
    const boundary = boundaryFrom(contentType);
    if (!boundary) return { error: invalidJson };
    let body: unknown = null;
    const files: RecordedFile[] = [];
    try {
      for (const part of parseMultipart(raw, boundary)) {
        if (part.name === "payload_json") body = JSON.parse(part.data.toString("utf8"));
        else if (part.filename !== null) {
          files.push({
            field: part.name,
            filename: part.filename,
            contentType: part.contentType,
            data: part.data,
            text: part.data.toString("utf8"),
          });
        }
      }
    } catch {
      return { error: invalidJson };
    }
    return { body, files };
  }
  try {
    return { body: JSON.parse(raw.toString("utf8")), files: [] };
  } catch {
    return { error: invalidJson };
  }
}
