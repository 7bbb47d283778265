import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  MessageFlags,
  type RepliableInteraction,
} from "discord.js";
import { AUTO_DEFER_AFTER_MS } from "./limits.ts";
import { toInteractionReply, toMessageBody } from "./render.ts";
import type { ComponentResult, ReplyModel } from "./reply-model.ts";

/**
 * Sends a reply model whatever state the interaction is in: a first reply, the edit of a deferred
 * reply, or a follow-up once something was already sent. A deferred reply cannot change its
 * visibility, so when the model wants another one the placeholder is removed and a follow-up sent.
 */
export async function sendReply(interaction: RepliableInteraction, model: ReplyModel): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    const deferredEphemeral = interaction.ephemeral === true;
    const wanted = model.ephemeral === true;
    // After deferUpdate the "reply" is the clicked message itself: a reply must be a follow-up.
    if (isDeferredUpdate(interaction) || deferredEphemeral !== wanted) {
      if (!isDeferredUpdate(interaction)) await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp(toInteractionReply(model));
      return;
    }
    const { flags: _flags, ...body } = toInteractionReply(model);
    await interaction.editReply(body);
    return;
  }
  if (interaction.replied) {
    await interaction.followUp(toInteractionReply(model));
    return;
  }
  await interaction.reply(toInteractionReply(model));
}

/** A button's result: the clicked message updated in place, or a new reply. */
export async function sendComponentResult(
  interaction: ButtonInteraction,
  result: ComponentResult,
): Promise<void> {
  if (result.mode === "reply") {
    await sendReply(interaction, result.reply);
    return;
  }
  const body = toMessageBody(result.reply);
  if (interaction.deferred || interaction.replied) await interaction.editReply(body);
  else await interaction.update(body);
}

/** Buttons acknowledged with deferUpdate: discord.js marks them deferred with no reply of their own. */
const deferredUpdates = new WeakSet<RepliableInteraction>();

function isDeferredUpdate(interaction: RepliableInteraction): boolean {
  return deferredUpdates.has(interaction);
}

/**
 * Runs a handler; if it has not finished after two seconds, acknowledges the interaction so the
 * 3-second deadline is met, and the answer arrives as an edit. `immediately`: acknowledged before
 * the handler starts (Discord has answered), for handlers that may hold the event loop, where the
 * two-second check could not run: drafting, or a write waiting out another process's lock (the
 * database's calls are synchronous). Deferral failures are left to the final send, which reports them.
 */
export async function withDeferral<T>(
  defer: () => Promise<unknown>,
  work: () => Promise<T>,
  options: { immediately?: boolean; afterMs?: number } = {},
): Promise<T> {
  let deferring: Promise<unknown> | undefined;
  const start = () => {
    deferring ??= defer().catch(() => undefined);
  };
  if (options.immediately) {
    start();
    await deferring;
  }
  const waiting: Waiting = { due: performance.now() + (options.afterMs ?? AUTO_DEFER_AFTER_MS), start };
  if (!deferring) watch(waiting);
  try {
    return await work();
  } finally {
    waitingForDeferral.delete(waiting);
    if (deferring) await deferring;
  }
}

/**
 * Handlers that may still need deferring, checked by one shared timer rather than a timer each:
 * nearly every handler finishes in a few milliseconds, and a timer set and cleared per
 * interaction had Node create and drop its timer list (and re-arm the event loop's timer) every
 * time. The check runs every `DEFERRAL_CHECK_MS`, so a handler is deferred at most that much after
 * its due time, far inside Discord's 3 seconds; it stops once a check finds nothing waiting.
 */
interface Waiting {
  due: number;
  start: () => void;
}

const DEFERRAL_CHECK_MS = 100;
const waitingForDeferral = new Set<Waiting>();
let deferralCheck: NodeJS.Timeout | undefined;

function watch(waiting: Waiting): void {
  waitingForDeferral.add(waiting);
  deferralCheck ??= setInterval(checkDeferrals, DEFERRAL_CHECK_MS);
}

function checkDeferrals(): void {
  if (waitingForDeferral.size === 0) {
    clearInterval(deferralCheck);
    deferralCheck = undefined;
    return;
  }
  const now = performance.now();
  for (const waiting of waitingForDeferral) {
    if (waiting.due > now) continue;
    waitingForDeferral.delete(waiting);
    waiting.start();
  }
}

export function deferCommand(interaction: ChatInputCommandInteraction, ephemeral: boolean): Promise<unknown> {
  return interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}

export function deferButton(interaction: ButtonInteraction): Promise<unknown> {
  deferredUpdates.add(interaction);
  return interaction.deferUpdate();
}
