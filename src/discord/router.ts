import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  ComponentType,
  type Interaction,
  InteractionType,
  MessageFlags,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from "discord.js";
import type { LogFields, Logger } from "../config/logger.ts";
import type { InteractionKind } from "../observability/metrics.ts";
import type {
  AutocompleteContext,
  Command,
  CommandContext,
  ComponentContext,
  ComponentInteractive,
  Interactive,
  MemberInfo,
  OptionReader,
  Requester,
  Services,
  SourceMessage,
  SubmitContext,
} from "./command.ts";
import { parseCustomId } from "./custom-id.ts";
import {
  databaseTroubleMessage,
  errorRef,
  isAlreadyAcknowledged,
  isDiscordUnreachable,
  isUnknownInteraction,
  somethingWentWrong,
  UserError,
  WRITE_CONTENDED,
} from "./errors.ts";
import { fitChoices } from "./limits.ts";
import { buttonWrites, type ModerationAction, parseModerationId } from "./moderation/custom-id.ts";
import { formOverflow, toDiscordModal } from "./moderation/form-model.ts";
import type { CommandRegistry } from "./registry.ts";
import { toInteractionReply } from "./render.ts";
import { notice } from "./reply-model.ts";
import { deferButton, deferCommand, sendComponentResult, sendReply, withDeferral } from "./respond.ts";

export interface RouterDependencies {
  registry: CommandRegistry;
  services: Services;
  logger: Logger;
}

type Outcome = "ok" | "user-error" | "error" | "expired" | "stale" | "ignored";

export const STALE_BUTTON =
  "This button belongs to an older message and no longer works. Run the command again for a fresh one.";
export const UNKNOWN_COMMAND =
  "I don't know that command any more; Discord may take a minute to refresh the list. Try /help.";
export const STALE_FORM =
  "This form belongs to an older version of the bot. Run the command again for a fresh one.";
export const FORM_TOO_LATE = "That took too long to open the form. Please try again.";

/**
 * The one entry point for interactions: a switch per interaction type, then a single catch so
 * that no handler error ever escapes. Every interaction leaves exactly one info line in the log.
 */
export function createInteractionRouter(
  deps: RouterDependencies,
): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    const started = Date.now();
    const fields: LogFields = {
      interactionId: interaction.id,
      type: InteractionType[interaction.type],
      userId: interaction.user.id,
      ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
    };
    const log = deps.logger.child({ interactionId: interaction.id });
    let outcome: Outcome = "ok";
    let kind: InteractionKind = "other";
    let name = "?";
    try {
      if (interaction.isChatInputCommand()) {
        fields.command = interaction.commandName;
        [kind, name] = ["command", interaction.commandName];
        outcome = await handleCommand(interaction, deps, log);
      } else if (interaction.isAutocomplete()) {
        fields.command = interaction.commandName;
        [kind, name] = ["autocomplete", interaction.commandName];
        outcome = await handleAutocomplete(interaction, deps);
      } else if (interaction.isButton()) {
        fields.component = interaction.customId.split(":")[1] ?? "?";
        [kind, name] = ["button", String(fields.component)];
        outcome = await handleButton(interaction, deps);
      } else if (interaction.isModalSubmit()) {
        fields.form = interaction.customId.split(":")[1] ?? "?";
        [kind, name] = ["form", String(fields.form)];
        outcome = await handleSubmit(interaction, deps);
      } else if (interaction.isRepliable()) {
        // Context menus, select menus: nothing of ours sends them, but a stale registration or an
        // old message might. An answer beats Discord's "This interaction failed".
        await sendReply(interaction, notice(UNKNOWN_COMMAND));
        outcome = "stale";
      } else {
        outcome = "ignored";
      }
    } catch (error) {
      outcome = await reportFailure(interaction, error, log);
    } finally {
      const latencyMs = Date.now() - started;
      const level = outcome === "ignored" || outcome === "expired" ? "debug" : "info";
      // `fields` has the interaction id already: through the parent logger the line reads the same
      // (without the id twice), and the child, needed only when a handler logs, is not built for it.
      deps.logger[level]("interaction", {
        ...fields,
        outcome,
        latencyMs,
        sinceCreatedMs: Date.now() - interaction.createdTimestamp,
      });
      const metrics = deps.services.metrics;
      if (metrics) {
        metrics.interaction(kind, name, outcome, latencyMs / 1000);
        if (outcome === "error") metrics.error("interaction");
      }
    }
  };
}

async function handleCommand(
  interaction: ChatInputCommandInteraction,
  deps: RouterDependencies,
  log: Logger,
): Promise<Outcome> {
  const command = deps.registry.get(interaction.commandName);
  if (!command) {
    await sendReply(interaction, notice(UNKNOWN_COMMAND));
    return "stale";
  }
  const ctx: CommandContext = {
    ...requester(interaction, deps.services),
    options: optionReader(interaction),
  };
  // Option values are user text: debug only, never at info (and not even gathered otherwise).
  if (log.isEnabled("debug")) {
    log.debug("command options", {
      options: interaction.options.data.map((o) => ({ name: o.name, value: o.value })),
    });
  }
  if (command.interact) {
    const interact = command.interact.bind(command);
    const result = await withDeferral(
      () => deferCommand(interaction, command.ephemeralWhenDeferred?.(ctx) ?? false),
      async () => interact(ctx),
      { immediately: isSlow(command, ctx) || (command.writes?.(ctx) === true && writeMayWait(deps)) },
    );
    await sendInteractive(interaction, result);
    return "ok";
  }
  const model = await withDeferral(
    () => deferCommand(interaction, command.ephemeralWhenDeferred?.(ctx) ?? false),
    async () => command.execute(ctx),
    { immediately: isSlow(command, ctx) || (command.writes?.(ctx) === true && writeMayWait(deps)) },
  );
  await sendReply(interaction, model);
  return "ok";
}

function isSlow(command: Command, ctx: CommandContext): boolean {
  return typeof command.slow === "function" ? command.slow(ctx) : command.slow === true;
}

/**
 * Whether a write made now may wait for another's lock (see Store.writeMayWait). The wait holds
 * the event loop, so the check that acknowledges an interaction after two seconds could not run:
 * an interaction that writes is then acknowledged before it is handled, and its reply (saved, or
 * "nothing was saved", with a form's text given back) arrives as the edit of that acknowledgement.
 */
function writeMayWait(deps: RouterDependencies): boolean {
  return deps.services.storage?.store.writeMayWait() ?? false;
}

async function handleAutocomplete(
  interaction: AutocompleteInteraction,
  deps: RouterDependencies,
): Promise<Outcome> {
  const command = deps.registry.get(interaction.commandName);
  if (!command?.autocomplete) {
    await interaction.respond([]);
    return "stale";
  }
  const focused = interaction.options.getFocused(true);
  const ctx: AutocompleteContext = {
    ...requester(interaction, deps.services),
    options: optionReader(interaction),
    focused: { name: focused.name, value: String(focused.value) },
  };
  await interaction.respond(fitChoices(await command.autocomplete(ctx)));
  return "ok";
}

async function handleButton(interaction: ButtonInteraction, deps: RouterDependencies): Promise<Outcome> {
  const moderation = parseModerationId(interaction.customId);
  if (moderation) return handleModerationButton(interaction, moderation, deps);
  const action = parseCustomId(interaction.customId);
  const owner = action ? deps.registry.forComponent(action.kind) : undefined;
  if (!action || !owner?.onComponent) {
    await sendReply(interaction, notice(STALE_BUTTON));
    return "stale";
  }
  const onComponent = owner.onComponent.bind(owner);
  const ctx: ComponentContext = {
    ...requester(interaction, deps.services),
    customId: interaction.customId,
    message: sourceMessage(interaction),
  };
  const result = await withDeferral(
    () => deferButton(interaction),
    async () => onComponent(ctx, action),
  );
  await sendComponentResult(interaction, result);
  return "ok";
}

/** A moderator command's button: a reply, an update of its message, or a form. */
async function handleModerationButton(
  interaction: ButtonInteraction,
  action: ModerationAction,
  deps: RouterDependencies,
): Promise<Outcome> {
  const owner = deps.registry.forModeration(action.kind);
  if (!owner?.onModerationComponent) {
    await sendReply(interaction, notice(STALE_BUTTON));
    return "stale";
  }
  const onComponent = owner.onModerationComponent.bind(owner);
  const ctx: ComponentContext = {
    ...requester(interaction, deps.services),
    customId: interaction.customId,
    message: sourceMessage(interaction),
  };
  const result: ComponentInteractive = await withDeferral(
    () => deferButton(interaction),
    async () => onComponent(ctx, action),
    { immediately: buttonWrites(action) && writeMayWait(deps) },
  );
  if (result.kind === "update")
    await sendComponentResult(interaction, { mode: "update", reply: result.reply });
  else await sendInteractive(interaction, result);
  return "ok";
}

/** A submitted form (modal), routed by its custom_id like a button. */
async function handleSubmit(interaction: ModalSubmitInteraction, deps: RouterDependencies): Promise<Outcome> {
  const action = parseModerationId(interaction.customId);
  const owner = action ? deps.registry.forModeration(action.kind) : undefined;
  if (!action || !owner?.onSubmit) {
    await sendReply(interaction, notice(STALE_FORM));
    return "stale";
  }
  const onSubmit = owner.onSubmit.bind(owner);
  const ctx: SubmitContext = {
    ...requester(interaction, deps.services),
    customId: interaction.customId,
    fields: textInputs(interaction),
  };
  // A form writes (a fact, an entity, an event, a draft): acknowledged first when the write may
  // wait, so that the reply, which gives the form's text back if the wait was in vain, still
  // reaches the moderator.
  const result = await withDeferral(
    () => interaction.deferReply({ flags: MessageFlags.Ephemeral }),
    async () => onSubmit(ctx, action),
    { immediately: writeMayWait(deps) },
  );
  await sendInteractive(interaction, result);
  return "ok";
}

/** The text inputs of a submission; anything else a forged one may carry is ignored. */
function textInputs(interaction: ModalSubmitInteraction): Map<string, string> {
  const values = new Map<string, string>();
  for (const [customId, field] of interaction.fields.fields) {
    if (field.type === ComponentType.TextInput && typeof field.value === "string")
      values.set(customId, field.value);
  }
  return values;
}

/**
 * An interactive result: a form (only as the first response: a deferred interaction can no
 * longer open one, nor can a form's own submission), or a reply, with files if any.
 */
async function sendInteractive(
  interaction: ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction,
  result: Interactive,
): Promise<void> {
  if (result.kind === "form") {
    if (interaction.deferred || interaction.replied || interaction.isModalSubmit()) {
      await sendReply(interaction, notice(FORM_TOO_LATE));
      return;
    }
    const overflow = formOverflow(result.form);
    if (overflow) {
      await sendReply(interaction, notice(overflow));
      return;
    }
    await interaction.showModal(toDiscordModal(result.form));
    return;
  }
  const files = result.files ?? [];
  if (files.length === 0) {
    await sendReply(interaction, result.reply);
    return;
  }
  const body = {
    ...toInteractionReply(result.reply),
    files: files.map((file) => ({ attachment: file.data, name: file.name })),
  };
  if (interaction.deferred && !interaction.replied) {
    const { flags: _flags, ...edit } = body;
    await interaction.editReply(edit);
  } else if (interaction.replied) await interaction.followUp(body);
  else await interaction.reply(body);
}

/**
 * Tiered: Discord having forgotten the interaction is noise; a UserError is shown as written;
 * anything else gets a reference the user can quote, and the log gets the stack.
 */
async function reportFailure(interaction: Interaction, error: unknown, log: Logger): Promise<Outcome> {
  if (isUnknownInteraction(error) || isAlreadyAcknowledged(error)) {
    log.debug("interaction expired before the reply", { err: error });
    return "expired";
  }
  if (interaction.isAutocomplete()) {
    log.error("autocomplete failed", { err: error });
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    return "error";
  }
  if (!interaction.isRepliable()) return "error";
  if (error instanceof UserError) {
    await safeSend(interaction, error.message, log);
    return "user-error";
  }
  if (isDiscordUnreachable(error)) {
    // The reply itself could not reach Discord: another message would most likely not either,
    // and whatever the handler did (a change saved, or not) is unknown to the member, so they are
    // told nothing rather than something false; the operator gets one line.
    log.warn("Discord could not be reached to answer this interaction; the user was not told", {
      err: error,
    });
    return "error";
  }
  const trouble = databaseTroubleMessage(error);
  if (trouble) {
    log.warn(
      trouble === WRITE_CONTENDED
        ? "a write gave up waiting for another's lock; the user was told to try again"
        : "the database could not be reached or the connection was lost; the user was told to try again",
      { err: error },
    );
    await safeSend(interaction, trouble, log);
    return "user-error";
  }
  const ref = errorRef();
  log.error("handler failed", { ref, err: error });
  await safeSend(interaction, somethingWentWrong(ref), log);
  return "error";
}

async function safeSend(interaction: RepliableInteraction, message: string, log: Logger): Promise<void> {
  try {
    await sendReply(interaction, notice(message));
  } catch (error) {
    if (isUnknownInteraction(error)) log.debug("could not report the failure: interaction expired");
    else log.warn("could not report the failure to the user", { err: error });
  }
}

function requester(interaction: Interaction, services: Services): Requester {
  const member = memberInfo(interaction);
  return {
    services,
    userId: interaction.user.id,
    userTag: interaction.user.tag,
    ...(interaction.guildId ? { scope: interaction.guildId } : {}),
    surface: interaction.guildId ? "guild" : "dm",
    ...(interaction.channelId ? { channelId: interaction.channelId } : {}),
    ...(member ? { member } : {}),
    ...(typeof interaction.attachmentSizeLimit === "number"
      ? { attachmentSizeLimit: interaction.attachmentSizeLimit }
      : {}),
  };
}

/**
 * The member as this interaction describes them: the permissions Discord computed for it, and the
 * role ids it lists (discord.js keeps those it knows the server has). Permissions are never taken
 * from a cache or recomputed, so a stale cache cannot grant anything.
 */
function memberInfo(interaction: Interaction): MemberInfo | undefined {
  const member = interaction.member;
  const guildId = interaction.guildId;
  if (!guildId || !member) return undefined;
  // Only moderation reads the roles, and discord.js builds a new collection of them on every
  // read of `roles.cache`: gathered on first use, not for every question.
  let roles: string[] | undefined;
  return {
    permissions: interaction.memberPermissions?.bitfield ?? 0n,
    get roles() {
      roles ??= Array.isArray(member.roles)
        ? member.roles
        : [...member.roles.cache.keys()].filter((id) => id !== guildId);
      return roles;
    },
  };
}

function optionReader(interaction: ChatInputCommandInteraction | AutocompleteInteraction): OptionReader {
  return {
    string: (name) => {
      const value = interaction.options.get(name)?.value;
      return typeof value === "string" ? value : undefined;
    },
    boolean: (name) => {
      const value = interaction.options.get(name)?.value;
      return typeof value === "boolean" ? value : undefined;
    },
    integer: (name) => {
      const value = interaction.options.get(name)?.value;
      return typeof value === "number" && Number.isInteger(value) ? value : undefined;
    },
    subcommand: () => interaction.options.getSubcommand(false) ?? undefined,
    attachment: (name) => {
      const file = interaction.options.get(name)?.attachment;
      return file
        ? {
            name: file.name,
            url: file.url,
            size: file.size,
            ...(file.contentType ? { contentType: file.contentType } : {}),
          }
        : undefined;
    },
  };
}

/** What the handlers may need of the clicked message: visibility, title, buttons. */
function sourceMessage(interaction: ButtonInteraction): SourceMessage {
  const message = interaction.message;
  const buttons: SourceMessage["buttons"] = [];
  for (const row of message.components) {
    const json = row.toJSON();
    if (json.type !== ComponentType.ActionRow) continue;
    for (const component of json.components) {
      if (component.type === ComponentType.Button && "custom_id" in component) {
        buttons.push({ customId: component.custom_id, label: component.label ?? "" });
      }
    }
  }
  const title = message.embeds[0]?.title;
  return {
    id: message.id,
    ephemeral: message.flags.has(MessageFlags.Ephemeral),
    ...(title ? { title } : {}),
    buttons,
  };
}
