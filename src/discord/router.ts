import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  ComponentType,
  type Interaction,
  InteractionType,
  MessageFlags,
  type RepliableInteraction,
} from "discord.js";
import type { LogFields, Logger } from "../config/logger.ts";
import type {
  AutocompleteContext,
  CommandContext,
  ComponentContext,
  OptionReader,
  Requester,
  Services,
  SourceMessage,
} from "./command.ts";
import { parseCustomId } from "./custom-id.ts";
import {
  errorRef,
  isAlreadyAcknowledged,
  isUnknownInteraction,
  somethingWentWrong,
  UserError,
} from "./errors.ts";
import { fitChoices } from "./limits.ts";
import type { CommandRegistry } from "./registry.ts";
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
    try {
      if (interaction.isChatInputCommand()) {
        fields.command = interaction.commandName;
        outcome = await handleCommand(interaction, deps, log);
      } else if (interaction.isAutocomplete()) {
        fields.command = interaction.commandName;
        outcome = await handleAutocomplete(interaction, deps);
      } else if (interaction.isButton()) {
        fields.component = interaction.customId.split(":")[1] ?? "?";
        outcome = await handleButton(interaction, deps);
      } else {
        // Context menus, select menus, modals: nothing of ours sends them.
        outcome = "ignored";
      }
    } catch (error) {
      outcome = await reportFailure(interaction, error, log);
    } finally {
      const level = outcome === "ignored" || outcome === "expired" ? "debug" : "info";
      log[level]("interaction", {
        ...fields,
        outcome,
        latencyMs: Date.now() - started,
        sinceCreatedMs: Date.now() - interaction.createdTimestamp,
      });
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
  // Option values are user text: debug only, never at info.
  log.debug("command options", {
    options: interaction.options.data.map((o) => ({ name: o.name, value: o.value })),
  });
  const model = await withDeferral(
    () => deferCommand(interaction, command.ephemeralWhenDeferred?.(ctx) ?? false),
    async () => command.execute(ctx),
    { immediately: command.slow === true },
  );
  await sendReply(interaction, model);
  return "ok";
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
  return {
    services,
    userId: interaction.user.id,
    ...(interaction.guildId ? { scope: interaction.guildId } : {}),
    surface: interaction.guildId ? "guild" : "dm",
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
